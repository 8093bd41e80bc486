/**
 * The Registered Envelope's machine-readable part: the data embedded in the securedoc page (ids,
 * visible headers, algorithm, IV, ciphertext, MAC), the associated data the cipher binds so the
 * visible metadata cannot be swapped either, and reading it back from the page's HTML.
 */
import { z } from 'zod';
import type { EncryptionProfile } from '../config/schema/index.ts';
import { fromBase64, utf8 } from './bytes.ts';
import type { Sealed } from './cipher.ts';

/** The profile's Envelope Message Security. */
export type SecurityLevel = EncryptionProfile['security'];

/** The hosted key service's address, as on the appliance. */
export const KEY_SERVER_URL = 'https://res.cisco.com';

/** The id of the JSON block in the page; the app finds the envelope by it. */
export const ENVELOPE_BLOCK_ID = 'res-envelope';

const FORMAT = 'cisco-registered-envelope';

const envelopeSchema = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(1),
    keyServer: z.string(),
    messageId: z.string().min(1).max(100),
    accountNumber: z.string().max(20),
    from: z.string(),
    to: z.array(z.string()),
    sentAt: z.number().int(),
    security: z.enum(['high', 'medium', 'none']),
    algorithm: z.enum(['ARC4', 'AES-192', 'AES-256']),
    iv: z.string(),
    ciphertext: z.string().min(1),
    mac: z.string().nullable(),
  })
  .strict();

/** What the envelope page carries, as JSON. */
export type EnvelopeData = z.infer<typeof envelopeSchema>;

/** An envelope read back from its page: the data plus the decoded cipher fields. */
export interface ParsedEnvelope {
  readonly data: EnvelopeData;
  readonly sealed: Sealed;
}

/** The visible metadata the cipher authenticates along with the body. */
export function associatedData(
  d: Pick<EnvelopeData, 'messageId' | 'accountNumber' | 'from' | 'to' | 'sentAt' | 'security' | 'algorithm'>,
): Uint8Array {
  return utf8(JSON.stringify([FORMAT, 1, d.messageId, d.accountNumber, d.from, d.to, d.sentAt, d.security, d.algorithm]));
}

/** The JSON text for a `<script type="application/json">` block: `<`, `>`, `&` escaped so it cannot end the block. */
export function envelopeJson(d: EnvelopeData): string {
  return JSON.stringify(d)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const BLOCK = new RegExp(`<script type="application/json" id="${ENVELOPE_BLOCK_ID}">([\\s\\S]*?)</script>`, 'g');

/** Reads the envelope out of a securedoc page; null when the page is not a (whole) Registered Envelope. */
export function parseEnvelopeHtml(html: string): ParsedEnvelope | null {
  if (typeof html !== 'string' || html.length > 50 * 1024 ** 2) return null;
  const blocks = [...html.matchAll(BLOCK)];
  if (blocks.length !== 1) return null;
  let data: EnvelopeData;
  try {
    data = envelopeSchema.parse(JSON.parse(blocks[0][1]));
  } catch {
    return null;
  }
  const iv = fromBase64(data.iv);
  const ciphertext = fromBase64(data.ciphertext);
  const mac = data.mac === null ? null : fromBase64(data.mac);
  if (!iv || !ciphertext || (data.mac !== null && !mac)) return null;
  return { data, sealed: { iv, ciphertext, mac } };
}
