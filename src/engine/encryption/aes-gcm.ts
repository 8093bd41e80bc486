/**
 * AES in GCM mode for envelope bodies. AES-256 uses WebCrypto; AES-192 uses @noble/ciphers because
 * Chromium's WebCrypto rejects 192-bit AES keys ("192-bit AES keys are not supported") while Node's
 * accepts them, so a Node-only test would hide the browser failure. The 24-byte path must never
 * reach crypto.subtle.
 */
import { plainBytes } from './bytes.ts';

// @noble/ciphers loads on the first AES-192 envelope (a lazy chunk), not with the engine.
const noble = () => import('@noble/ciphers/aes.js');

/** GCM's recommended nonce length. */
export const GCM_IV_BYTES = 12;

/** Encrypts with AES-256-GCM (WebCrypto); the 16-byte tag is appended to the ciphertext. */
export async function aes256GcmEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Promise<Uint8Array> {
  if (key.length !== 32) throw new RangeError('AES-256 needs a 32-byte key');
  const k = await globalThis.crypto.subtle.importKey('raw', plainBytes(key), 'AES-GCM', false, ['encrypt']);
  const out = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: plainBytes(iv), additionalData: plainBytes(aad) },
    k,
    plainBytes(plaintext),
  );
  return new Uint8Array(out);
}

/** Decrypts AES-256-GCM; null when the tag does not verify (tampered or wrong key). */
export async function aes256GcmDecrypt(
  key: Uint8Array,
  iv: Uint8Array,
  ciphertext: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array | null> {
  if (key.length !== 32) throw new RangeError('AES-256 needs a 32-byte key');
  const k = await globalThis.crypto.subtle.importKey('raw', plainBytes(key), 'AES-GCM', false, ['decrypt']);
  try {
    return new Uint8Array(
      await globalThis.crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: plainBytes(iv), additionalData: plainBytes(aad) },
        k,
        plainBytes(ciphertext),
      ),
    );
  } catch {
    // WebCrypto reports a failed tag check as an OperationError; for us that means "altered".
    return null;
  }
}

/** Encrypts with AES-192-GCM in pure JS (tag appended, same layout as WebCrypto's). */
export async function aes192GcmEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Promise<Uint8Array> {
  if (key.length !== 24) throw new RangeError('AES-192 needs a 24-byte key');
  const { gcm } = await noble();
  return gcm(key, iv, aad).encrypt(plaintext);
}

/** Decrypts AES-192-GCM in pure JS; null when the tag does not verify. */
export async function aes192GcmDecrypt(
  key: Uint8Array,
  iv: Uint8Array,
  ciphertext: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array | null> {
  if (key.length !== 24) throw new RangeError('AES-192 needs a 24-byte key');
  const { gcm } = await noble();
  try {
    return gcm(key, iv, aad).decrypt(ciphertext);
  } catch {
    return null;
  }
}
