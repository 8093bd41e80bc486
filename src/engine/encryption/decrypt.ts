/**
 * Decrypting an envelope with the key the key service released. Verification comes first: a
 * changed byte anywhere in the ciphertext or the visible metadata makes this return null.
 */
import type { EnvelopeKey } from './key-service.ts';
import { fromBase64 } from './bytes.ts';
import { unseal } from './cipher.ts';
import { associatedData, type ParsedEnvelope } from './envelope.ts';
import { decodePayload } from './payload.ts';
import type { OpenedContent } from './types.ts';

/** The opened message, or null when the envelope was altered or the key does not fit. */
export async function decryptEnvelope(envelope: ParsedEnvelope, key: EnvelopeKey): Promise<OpenedContent | null> {
  if (key.algorithm !== envelope.data.algorithm || key.messageId !== envelope.data.messageId) return null;
  const raw = fromBase64(key.key);
  if (!raw) return null;
  const plain = await unseal(envelope.data.algorithm, raw, envelope.sealed, associatedData(envelope.data));
  return plain ? decodePayload(plain) : null;
}
