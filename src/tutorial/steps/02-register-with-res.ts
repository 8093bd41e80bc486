/** Lesson 2: the provisioning request at the key service, and waiting for the account. */
import { must, observed } from '../checks.ts';
import type { Lesson, TutorialSnapshot } from '../types.ts';
import body from './02-register-with-res.md?raw';

const serialOf = (s: TutorialSnapshot) => s.committed.appliance.serialNumber;

export const registerWithRes: Lesson = {
  id: 'register-with-res',
  number: 2,
  title: 'Register the appliance and organisation with RES',
  body,
  steps: [
    {
      id: 'request',
      title: 'Send a provisioning request with the complete serial number',
      check: observed((s) => s.resRequests.some((r) => r.serials.includes(serialOf(s))) || s.resAccounts.some((a) => a.serials.includes(serialOf(s)))),
      hint: 'Copy the serial number from System Administration > Feature Keys into the request at the RES portal.',
      showMe: { path: '/simulation/res-portal', target: 'serial' },
    },
    {
      id: 'account',
      title: 'Wait until the account exists with this appliance on it',
      check: observed((s) => s.resAccounts.some((a) => a.serials.includes(serialOf(s)))),
      hint: 'Advance the simulated clock by a day (Advance ▾ in the header), then look at the RES portal again.',
      showMe: { path: '/simulation/res-portal', target: 'Accounts' },
    },
  ],
  async solve(api) {
    const serial = (await api.config.view()).committed.appliance.serialNumber;
    const has = async () => (await api.res.accounts()).some((a) => a.serials.includes(serial));
    if (await has()) return;
    if (!(await api.res.requests()).some((r) => r.serials.includes(serial))) {
      must(await api.res.requestProvisioning({ accountName: 'Example Corp', deployment: 'on-premises', administrators: ['res-admin@example.com'], serials: [serial], domains: ['example.com'] }));
    }
    // One business day; a weekend in between needs up to three calendar days.
    for (let i = 0; i < 4 && !(await has()); i += 1) must(await api.clock.advance(86_400_000));
  },
};
