/** The message action encrypts "only if TLS fails", and Destination Controls require TLS to the partner. */
import type { ApplianceConfig } from '../../engine/config/schema/index.ts';
import { sampleById } from '../../engine/mailflow/samples.ts';
import { submitAndCommit } from '../../tutorial/checks.ts';
import { ACTION_NAME } from '../../tutorial/steps/05-message-actions.ts';
import { checkSend, every, finishedWalkthrough, sendAndSee } from '../evidence.ts';
import type { Challenge, ChallengePort } from '../types.ts';

const PARTNER = 'partner.example';

const card = (recipient?: string) => sampleById('visa-with-expiry')!.build(undefined, recipient);
const lunch = () => sampleById('lunch-invitation')!.build();

/** The walkthrough's action with its encryption rule set to `rule`. */
const withRule = (c: ApplianceConfig, rule: 'always' | 'tls-failed'): ApplianceConfig['dlp'] => ({
  ...c.dlp,
  messageActions: c.dlp.messageActions.map((a) =>
    a.name === ACTION_NAME && a.encryption ? { ...a, encryption: { ...a.encryption, rule } } : a,
  ),
});

/** The committed TLS setting that applies to the partner's domain (its own row, else Default). */
async function partnerTls(api: ChallengePort): Promise<string> {
  const rows = (await api.config.view()).committed.destinationControls;
  return (rows.find((d) => d.destination.toLowerCase() === PARTNER) ?? rows.find((d) => d.destination === 'default'))?.tls ?? 'none';
}

export const encryptOnlyIfTlsFails: Challenge = {
  id: 'partner-gets-no-envelope',
  title: 'The partner receives card data without an envelope',
  reporter: 'Ticket 4517 — Compliance office',
  symptom:
    'Bob at partner.example received Alice’s card details as an ordinary email, with no Registered Envelope to open. The same kind of message to our travel agency arrived encrypted.',
  objective:
    'Card data to partner.example always arrives inside a Registered Envelope, and mail to partner.example still travels over TLS as agreed with the partner.',
  parMinutes: 5,
  hints: [
    'Compare the two messages in Message Tracking: DLP and the same message action applied to both. What did the appliance decide before encrypting?',
    'The message action’s Encryption Rule decides whether TLS alone is enough; Mail Policies > Destination Controls decides which domains get TLS.',
    'In DLP Policy Customizations, edit “Encrypt Medium and Deliver”: set the Encryption Rule to always use message encryption. Leave partner.example’s TLS as it is.',
  ],
  debrief: `**Cause:** the message action "Encrypt Medium and Deliver" had its encryption rule set to "Only use message
encryption if TLS fails", and Destination Controls require TLS for partner.example. TLS succeeded, so the appliance
skipped encryption: the card data was protected in transit only, and sat in clear in Bob's mailbox.

**Evidence:** tracking for Bob's message said "TLS success for partner.example" and that "only if TLS fails" was not
applied; the travel agency (no TLS) got an envelope.

**On the real appliance:** Mail Policies > DLP Policy Customizations, the message action's Encryption Rule; and
Mail Policies > Destination Controls, TLS Support per domain. Turning TLS off for the partner would bring the
envelope back, but breaks the TLS agreement and still leaves the rule wrong.`,
  async setup(api) {
    await finishedWalkthrough(api);
    await submitAndCommit(
      api,
      'destinationControls',
      (c) => [...c.destinationControls.filter((d) => d.destination !== PARTNER), { destination: PARTNER, tls: 'required' }],
      'TLS required for partner.example (partner agreement)',
    );
    await submitAndCommit(api, 'dlp', (c) => withRule(c, 'tls-failed'), 'TLS to the partner is enough: encrypt only if TLS fails');
    await sendAndSee(api, card());
    await sendAndSee(api, card('bookings@travel-agency.example'));
    await sendAndSee(api, lunch());
  },
  async goal(api) {
    return (
      ['required', 'preferred'].includes(await partnerTls(api)) &&
      every(await checkSend(api, card()), 'encrypted') &&
      every(await checkSend(api, lunch()), 'delivered')
    );
  },
  fix: {
    name: 'set the message action’s encryption rule to always',
    apply: (api) => submitAndCommit(api, 'dlp', (c) => withRule(c, 'always'), 'Always encrypt card data'),
  },
  wrongFixes: [
    {
      name: 'set TLS to None for partner.example',
      apply: (api) =>
        submitAndCommit(
          api,
          'destinationControls',
          (c) => c.destinationControls.map((d) => (d.destination === PARTNER ? { ...d, tls: 'none' as const } : d)),
          'No TLS to the partner',
        ),
    },
    {
      name: 'delete the partner.example destination control',
      apply: (api) =>
        submitAndCommit(
          api,
          'destinationControls',
          (c) => c.destinationControls.filter((d) => d.destination !== PARTNER),
          'Partner back on the default settings',
        ),
    },
    {
      name: 'set the rule to always without committing',
      apply: async (api) => {
        const v = await api.config.view();
        await api.config.submit('dlp', withRule(v.candidate, 'always'), 'not committed');
      },
    },
  ],
};
