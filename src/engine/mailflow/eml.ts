/** Reading an RFC 5322 message (.eml) into the shape the engine scans: the mail flow's parser, reshaped. */
import { ok, type Result } from '../errors.ts';
import { parseEml as parseMessage } from './mime.ts';
import type { ScannableMessage } from '../dlp/types.ts';

/** Parses a message; a file that is not one (empty, binary, nested too deeply…) is a value with the reason. */
export async function readScannable(raw: Uint8Array | string): Promise<Result<ScannableMessage>> {
  const r = await parseMessage(raw);
  if (!r.ok) return r;
  const m = r.value;
  return ok({
    subject: m.subject,
    text: m.text,
    html: m.html,
    attachments: m.attachments.map((a) => ({ ...a })),
    sender: m.envelopeFrom,
    recipients: [...m.recipients],
  });
}

/** Parses a message known to be one (test fixtures); throws with the parser's reason otherwise. */
export async function parseEml(raw: Uint8Array | string): Promise<ScannableMessage> {
  const r = await readScannable(raw);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
