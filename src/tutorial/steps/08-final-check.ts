/** The final check: a card number goes out encrypted, is tracked with its matched content, and is opened. */
import { must, observed } from '../checks.ts';
import type { Lesson } from '../types.ts';
import body from './08-final-check.md?raw';

const RECIPIENT = 'bob@partner.example';
const PASSWORD = 'Envelope-Key-2026';

export const finalCheck: Lesson = {
  id: 'final-check',
  number: 8,
  title: 'Final check: send, track, open',
  body,
  steps: [
    {
      id: 'encrypted',
      title: 'Send a card number; tracking shows it encrypted after a DLP violation',
      check: observed((s) => s.encryptedViolations.length > 0),
      hint: 'Compose → Sample messages → a card with its expiry date → Send.',
      showMe: { path: '/simulation/compose', target: 'Send' },
    },
    {
      id: 'matched',
      title: 'The matched content is in Message Tracking',
      check: observed((s) => s.encryptedViolations.some((m) => m.contentLogged)),
      hint: 'Matched content is only logged when matched content logging was on when the message was processed.',
      showMe: { path: '/monitor/message-tracking', target: 'Search' },
    },
    {
      id: 'opened',
      title: 'Open the envelope as the recipient',
      check: observed((s) => s.envelopesOpened > 0),
      hint: 'Mailboxes → the recipient → Open envelope.',
      showMe: { path: '/simulation/mailboxes' },
    },
    {
      id: 'receipt',
      title: 'The sender receives the read receipt',
      check: observed((s) => s.readReceipts > 0),
      hint: 'Read receipts are sent the first time a recipient opens the envelope, when the profile enables them.',
      showMe: { path: '/simulation/mailboxes' },
    },
  ],
  async solve(api) {
    // A recipient who registered by hand has a password we do not know: use a fresh one then.
    const candidates = [RECIPIENT, 'carol@partner.example', 'dave@partner.example'];
    let to = '';
    for (const c of candidates) if (!to && !(await api.res.recipient(c)).registered) to = c;
    if (!to) throw new Error('The demo recipients are already registered; use Start over to reset the simulation.');
    must(
      await api.mail.send({
        envelopeFrom: 'alice@example.com',
        recipients: [to],
        from: 'Alice <alice@example.com>',
        to: [to],
        cc: [],
        subject: 'Card for the conference booking',
        text: 'Hi Bob, please book it on my Visa 4111 1111 1111 1111, expiry 09/28. Thanks, Alice',
        html: '',
        attachments: [],
        headers: {},
        messageId: '',
      }),
    );
    const envelope = await api.tutorial.latestEnvelope(to);
    if (!envelope) throw new Error('No envelope reached the recipient: is the message action encrypting?');
    must(await api.res.register({ address: to, password: PASSWORD, phrase: 'Blue heron at dawn' }));
    must(await api.res.openEnvelope({ html: envelope, address: to, password: PASSWORD }));
  },
};
