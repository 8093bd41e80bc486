/** Checks a composed message before it is sent: addresses, recipients, size. */
import { fail, ok, type Issue, type Result } from '../errors.ts';
import { isEmailAddress } from '../model/address.ts';
import { MAX_MESSAGE_BYTES } from '../model/message-limits.ts';
import { messageSize } from './size.ts';
import type { OutgoingMessage } from './types.ts';

const MAX_RECIPIENTS = 100;

/** The message with addresses trimmed, or every problem located by field. */
export function validateMessage(m: OutgoingMessage): Result<OutgoingMessage> {
  const issues: Issue[] = [];
  const envelopeFrom = m.envelopeFrom.trim();
  const recipients = [...new Set(m.recipients.map((r) => r.trim()).filter(Boolean))];
  if (!isEmailAddress(envelopeFrom))
    issues.push({
      path: 'envelopeFrom',
      message: envelopeFrom ? `“${envelopeFrom}” is not a valid sender address.` : 'A sender address is required.',
    });
  if (recipients.length === 0) issues.push({ path: 'recipients', message: 'At least one recipient (To, Cc or Bcc) is required.' });
  if (recipients.length > MAX_RECIPIENTS) issues.push({ path: 'recipients', message: `At most ${MAX_RECIPIENTS} recipients per message.` });
  recipients.forEach((r) => isEmailAddress(r) || issues.push({ path: 'recipients', message: `“${r}” is not a valid recipient address.` }));
  if (m.subject.length > 998) issues.push({ path: 'subject', message: 'The subject can be at most 998 characters.' });
  const size = messageSize(m);
  if (size > MAX_MESSAGE_BYTES)
    issues.push({
      path: 'size',
      message: `The message is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_MESSAGE_BYTES / 1048576} MB.`,
    });
  return issues.length ? fail('mail.invalid', issues) : ok({ ...m, envelopeFrom, recipients });
}
