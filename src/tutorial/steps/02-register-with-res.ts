/** Lesson 2: the provisioning request emailed to Cisco's provisioning team, and waiting for the account. */
import { PROVISIONING_ADDRESS, requestTemplate } from '../../engine/res/provisioning-email.ts';
import { must, observed } from '../checks.ts';
import type { Lesson, TutorialPort } from '../types.ts';
import type { TutorialSnapshot } from '../../api/tutorial.ts';
import body from './02-register-with-res.md?raw';

/** The serials that must be on the account: this appliance's, or in a cluster every member's. */
export const serialsOf = (s: TutorialSnapshot): string[] =>
  s.members?.length ? s.members.map((m) => m.serial) : [s.committed.appliance.serialNumber];

const onAccount = (s: TutorialSnapshot, serial: string) => s.resAccounts.some((a) => a.serials.includes(serial));
/** A request the team accepted holds the serial (a refused one holds none). */
const requested = (s: TutorialSnapshot, serial: string) => s.resRequests.some((r) => r.serials.includes(serial)) || onAccount(s, serial);

/** Who writes to the provisioning team in the solution: the account's administrator. */
const ADMIN = 'res-admin@example.com';

/** The RES Portal's template, filled in as the administrator would. */
function requestEmail(fields: { accountName?: string; existing?: string; serials: readonly string[] }) {
  const { subject, text } = requestTemplate();
  const filled = text
    .replace('Account name: ', `Account name: ${fields.accountName ?? ''}`)
    .replace('email address(es): ', `email address(es): ${fields.existing ? '' : ADMIN}`)
    .replace('serial number(s): ', `serial number(s): ${fields.serials.join(', ')}`)
    .replace('for administration: ', `for administration: ${fields.existing ? '' : 'example.com'}`)
    .replace('(if we already have one): ', `(if we already have one): ${fields.existing ?? ''}`);
  return {
    envelopeFrom: ADMIN,
    recipients: [PROVISIONING_ADDRESS],
    from: ADMIN,
    to: [PROVISIONING_ADDRESS],
    cc: [],
    subject,
    text: filled,
    html: '',
    attachments: [],
    headers: {},
    messageId: '',
  };
}

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
      title: 'Email the provisioning request with the complete serial number',
      check: observed((s) => serialsOf(s).every((serial) => requested(s, serial))),
      hint: `On the RES Portal, Write the provisioning email: it opens Compose addressed to ${PROVISIONING_ADDRESS}. Fill in the account name, an administrator, the domain and the serial number from System Administration > Feature Keys (or the CLI command version), then Send. In a cluster, list every machine’s serial.`,
      showMe: { path: '/simulation/res-portal', target: 'Write the provisioning email' },
    },
    {
      id: 'account',
      title: 'Wait for the team’s reply: the account exists with this appliance on it',
      check: observed((s) => serialsOf(s).every((serial) => onAccount(s, serial))),
      hint: 'Advance the simulated clock by a day (Advance ▾ in the header), then read the reply in Simulation > Mailboxes. If it says something was wrong, send a corrected email.',
      showMe: { path: '/simulation/mailboxes' },
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
      // An organisation with an account names it, so the new serials are added rather than a duplicate opened.
      const [account] = await api.res.accounts();
      must(
        await api.mail.send(
          requestEmail(account ? { existing: account.number, serials: unasked } : { accountName: 'Example Corp', serials: unasked }),
        ),
      );
    }
    // One business day; a weekend in between needs up to three calendar days.
    for (let i = 0; i < 4 && (await missing()).length; i += 1) must(await api.clock.advance(86_400_000));
    if ((await missing()).length) {
      // The email was refused (the reply says why) or never reached the team (dropped or held on the way out).
      const refused = (await api.res.requests()).find((r) => r.refusal?.length);
      throw new Error(
        refused
          ? `The provisioning team refused the request: ${refused.refusal?.[0]}`
          : `The provisioning email did not reach ${PROVISIONING_ADDRESS}: look it up in Monitor > Message Tracking.`,
      );
    }
  },
};
