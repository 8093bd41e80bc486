/** Reading an RFC 5322 message (.eml) into the shape the engine scans: the mail flow's parser, reshaped. */
import { parseEml as parseMessage } from './mime.ts';
import type { ScannableMessage } from '../dlp/types.ts';

/** Parses a message; throws with the parser's reason when the file is not a message. */
export async function parseEml(raw: Uint8Array | string): Promise<ScannableMessage> {
  const r = await parseMessage(raw);
  if (!r.ok) throw new Error(r.error.message);
  const m = r.value;
  return {
    subject: m.subject,
    text: m.text,
    html: m.html,
    attachments: m.attachments.map((a) => ({ ...a })),
    sender: m.envelopeFrom,
    recipients: [...m.recipients],
  };
}
