/**
 * The encrypted part of a message: body and attachments (plus the original headers, which are also
 * sent in clear, so the opened message can show them). Serialised as JSON with base64 attachments.
 */
import { z } from 'zod';
import { fromBase64, fromUtf8, toBase64, utf8 } from './bytes.ts';
import type { OpenedContent, PlainMessage } from './types.ts';

const payloadSchema = z
  .object({
    v: z.literal(1),
    from: z.string(),
    to: z.array(z.string()),
    cc: z.array(z.string()),
    subject: z.string(),
    sentAt: z.number(),
    text: z.string(),
    html: z.string(),
    attachments: z.array(z.object({ name: z.string(), contentType: z.string(), data: z.string() }).strict()),
  })
  .strict();

/** The bytes that get encrypted. */
export function encodePayload(m: PlainMessage, sentAt: number): Uint8Array {
  return utf8(
    JSON.stringify({
      v: 1,
      from: m.from,
      to: [...m.to],
      cc: [...(m.cc ?? [])],
      subject: m.subject,
      sentAt,
      text: m.text,
      html: m.html ?? '',
      attachments: (m.attachments ?? []).map((a) => ({ name: a.name, contentType: a.contentType, data: toBase64(a.data) })),
    }),
  );
}

/** The opened message from decrypted bytes; null if they are not a payload (never expected after a valid tag). */
export function decodePayload(bytes: Uint8Array): OpenedContent | null {
  try {
    const p = payloadSchema.parse(JSON.parse(fromUtf8(bytes)));
    const attachments = p.attachments.map((a) => ({ name: a.name, contentType: a.contentType, data: fromBase64(a.data) }));
    if (attachments.some((a) => a.data === null)) return null;
    const { v: _v, ...rest } = p;
    return { ...rest, attachments: attachments as OpenedContent['attachments'] };
  } catch {
    return null;
  }
}

/**
 * The size the appliance compares with "Maximum message size to encrypt" when the mail flow did
 * not measure one: headers and bodies in UTF-8, attachments as base64 (as they travel in MIME).
 */
export function messageSize(m: PlainMessage): number {
  if (m.sizeBytes !== undefined) return m.sizeBytes;
  const headers = `From: ${m.from}\r\nTo: ${m.to.join(', ')}\r\nCc: ${(m.cc ?? []).join(', ')}\r\nSubject: ${m.subject}\r\n\r\n`;
  const parts = utf8(headers).length + utf8(m.text).length + utf8(m.html ?? '').length;
  return parts + (m.attachments ?? []).reduce((n, a) => n + Math.ceil(a.data.length / 3) * 4, 0);
}
