/** Lesson 2: the provisioning request at the key service, and waiting for the account. */
import { must, observed } from '../checks.ts';
import type { Lesson, TutorialPort } from '../types.ts';
import type { TutorialSnapshot } from '../../api/tutorial.ts';
import body from './02-register-with-res.md?raw';

/** The serials that must be on the account: this appliance's, or in a cluster every member's. */
export const serialsOf = (s: TutorialSnapshot): string[] =>
  s.members?.length ? s.members.map((m) => m.serial) : [s.committed.appliance.serialNumber];

const onAccount = (s: TutorialSnapshot, serial: string) => s.resAccounts.some((a) => a.serials.includes(serial));
const requested = (s: TutorialSnapshot, serial: string) => s.resRequests.some((r) => r.serials.includes(serial)) || onAccount(s, serial);

/** The serials the solution registers: every member's in a cluster (as the check wants). */
async function wantedSerials(api: TutorialPort): Promise<string[]> {
  const layout = await api.site.layout();
  if (layout.mode === 'cluster') return layout.machines.map((m) => m.serial);
  return [(await api.config.view()).committed.appliance.serialNumber];
}

export const registerWithRes: Lesson = {
  id: 'register-with-res',
  number: 2,
  title: 'Register the appliance and organisation with RES',
  body,
  steps: [
    {
      id: 'request',
      title: 'Send a provisioning request with the complete serial number',
      check: observed((s) => serialsOf(s).every((serial) => requested(s, serial))),
      hint: 'Copy the serial number from System Administration > Feature Keys (or the CLI command version) into the request at the RES portal. In a cluster, list every machine’s serial.',
      showMe: { path: '/simulation/res-portal', target: 'serial' },
    },
    {
      id: 'account',
      title: 'Wait until the account exists with this appliance on it',
      check: observed((s) => serialsOf(s).every((serial) => onAccount(s, serial))),
      hint: 'Advance the simulated clock by a day (Advance ▾ in the header), then look at the RES portal again.',
      showMe: { path: '/simulation/res-portal', target: 'Accounts' },
    },
  ],
  async solve(api) {
    const serials = await wantedSerials(api);
    const missing = async () => {
      const accounts = await api.res.accounts();
      return serials.filter((serial) => !accounts.some((a) => a.serials.includes(serial)));
    };
    if (!(await missing()).length) return;
    const requests = await api.res.requests();
    const unasked = (await missing()).filter((serial) => !requests.some((r) => r.serials.includes(serial)));
    if (unasked.length) {
      // An organisation with an account adds the new serials to it rather than opening a duplicate.
      const [account] = await api.res.accounts();
      must(
        await api.res.requestProvisioning(
          account
            ? { accountNumber: account.number, serials: unasked }
            : {
                accountName: 'Example Corp',
                deployment: 'on-premises',
                administrators: ['res-admin@example.com'],
                serials: unasked,
                domains: ['example.com'],
              },
        ),
      );
    }
    // One business day; a weekend in between needs up to three calendar days.
    for (let i = 0; i < 4 && (await missing()).length; i += 1) must(await api.clock.advance(86_400_000));
  },
};
