/** "Maximum message size to encrypt" was lowered below the size of the monthly statements. */
import { sampleById } from '../../engine/mailflow/samples.ts';
import type { OutgoingMessage } from '../../engine/mailflow/types.ts';
import { submitAndCommit } from '../../tutorial/checks.ts';
import { ACTION_NAME } from '../../tutorial/steps/05-message-actions.ts';
import { checkSend, every, finishedWalkthrough, sendAndSee } from '../evidence.ts';
import type { Challenge, ChallengePort } from '../types.ts';

const RECIPIENT = 'accounts@partner.example';
/** About 2 MB of statement: 2.7 MB once base64-encoded for the wire. */
const STATEMENT_BYTES = 2_000_000;

/** A scanned statement: deterministic filler bytes after a PDF header (DLP finds the card in the body). */
function statementPdf(): Uint8Array {
  const bytes = new Uint8Array(STATEMENT_BYTES);
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  for (let i = 9; i < bytes.length; i += 1) bytes[i] = (i * 7919) % 251;
  return bytes;
}

/** The monthly card statement: the card in the body, the scanned statement attached. */
const statement = (): OutgoingMessage => ({
  ...sampleById('lunch-invitation')!.build('finance@example.com', RECIPIENT),
  from: 'Finance <finance@example.com>',
  subject: 'Corporate card statement — January',
  text:
    'Hello,\n\nPlease find attached the January statement for the shared corporate card, for your reconciliation:\n\n' +
    '  Visa 4539 1488 0343 6467\n  Expiry 09/28\n\nRegards,\nFinance',
  attachments: [{ filename: 'statement-january.pdf', contentType: 'application/pdf', content: statementPdf() }],
});

/** A short message with the same card and no attachment. */
const shortNote = (): OutgoingMessage => ({
  ...sampleById('lunch-invitation')!.build('finance@example.com', RECIPIENT),
  from: 'Finance <finance@example.com>',
  subject: 'Card for the February invoices',
  text: 'Hello,\n\nFor the February invoices please charge the shared corporate card:\n\n  Visa 4539 1488 0343 6467\n  Expiry 09/28\n\nRegards,\nFinance',
});

const maxSize = (size: string, comment: string) => (api: ChallengePort) =>
  submitAndCommit(api, 'encryption', (c) => ({ ...c.encryption, maxMessageSize: size }), comment);

export const encryptionSizeLimit: Challenge = {
  id: 'statements-bounce',
  title: 'Monthly statements bounce, short messages do not',
  reporter: 'Ticket 4533 — Finance',
  symptom:
    'This month every card statement we sent to partner.example came back with an “[ENCRYPTION FAILURE]” notice. Short messages with the same card number still reach them encrypted.',
  objective: 'Both the monthly statements (about 2 MB with the attachment) and short card messages reach the partner encrypted.',
  parMinutes: 4,
  hints: [
    'Put the bounced statement and the short message side by side in Message Tracking: what differs, and what reason does the failure give?',
    'Encryption has limits of its own, set on Security Services > Cisco IronPort Email Encryption, separate from the profiles.',
    'Edit Settings under Email Encryption Global Settings: the Maximum message size to encrypt is 1M. Put it back to 10M, submit and commit.',
  ],
  debrief: `**Cause:** "Maximum message size to encrypt" in the Email Encryption Global Settings had been lowered to 1M.
A message over the limit is not encrypted and, because the policy demanded encryption, it is bounced with the
profile's failure notice rather than sent in clear. Statements with their attachment measure about 2.7 MB as sent.

**Evidence:** tracking for the statement: "encryption failed: Message size … bytes exceeds the maximum message size
to encrypt (1048576 bytes)", then the bounce; the short message was encrypted with the same profile.

**On the real appliance:** Security Services > Cisco IronPort Email Encryption > Edit Settings, Maximum message size
to encrypt (10M by default). Larger envelopes are slower for recipients to open, so raise it only as far as needed.`,
  async setup(api) {
    await finishedWalkthrough(api);
    await maxSize('1M', 'Performance tuning after the January load test')(api);
    await sendAndSee(api, statement());
    await sendAndSee(api, shortNote());
  },
  async goal(api) {
    return every(await checkSend(api, statement()), 'encrypted') && every(await checkSend(api, shortNote()), 'encrypted');
  },
  fix: { name: 'raise the maximum message size to encrypt to 10M', apply: maxSize('10M', 'Encryption size limit back to 10M') },
  wrongFixes: [
    {
      name: 'raise the limit without committing',
      apply: async (api) => {
        const v = await api.config.view();
        await api.config.submit('encryption', { ...v.candidate.encryption, maxMessageSize: '10M' }, 'not committed');
      },
    },
    {
      name: 'deliver card data without encryption',
      apply: (api) =>
        submitAndCommit(
          api,
          'dlp',
          (c) => ({
            ...c.dlp,
            messageActions: c.dlp.messageActions.map((a) => (a.name === ACTION_NAME ? { ...a, encryption: null } : a)),
          }),
          'Statements must go out',
        ),
    },
  ],
};
