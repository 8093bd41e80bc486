/** The composer's message a worker test sends: a Visa number with its expiry, alice@example.com to bob@partner.example. */
import type { OutgoingMessage } from '../../src/engine/mailflow/types.ts';

export const cardMessage = (over: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  envelopeFrom: 'alice@example.com',
  recipients: ['bob@partner.example'],
  from: 'alice@example.com',
  to: ['bob@partner.example'],
  cc: [],
  subject: 'Payment details',
  text: 'Please charge my Visa card 4111 1111 1111 1111, expiry 09/28. Thanks!',
  html: '',
  attachments: [],
  headers: {},
  messageId: '',
  ...over,
});
