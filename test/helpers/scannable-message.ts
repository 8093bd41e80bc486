/** A message as the DLP engine reads it, from its attachments and what else a test sets. */
import type { ScannableMessage } from '../../src/engine/dlp/index.ts';

export const scannableMessage = (attachments: ScannableMessage['attachments'], over: Partial<ScannableMessage> = {}): ScannableMessage => ({
  subject: '',
  text: '',
  html: '',
  attachments,
  sender: 'a@example.com',
  recipients: ['b@partner.net'],
  ...over,
});
