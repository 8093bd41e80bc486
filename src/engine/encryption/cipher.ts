/**
 * The profile's Encryption Algorithm, one interface for all three: a fresh key per message, seal
 * (encrypt + authenticate) and unseal (verify + decrypt). Every algorithm is authenticated, so an
 * altered envelope is refused instead of showing garbled text.
 */
import type { EncryptionProfile } from '../config/schema/index.ts';
import { aes192GcmDecrypt, aes192GcmEncrypt, aes256GcmDecrypt, aes256GcmEncrypt, GCM_IV_BYTES } from './aes-gcm.ts';
import { ARC4_KEY_BYTES, arc4Decrypt, arc4Encrypt, MAC_KEY_BYTES } from './arc4-hmac.ts';
import type { RandomBytes } from './random.ts';

/** The algorithms a profile offers. */
export type EnvelopeAlgorithm = EncryptionProfile['algorithm'];

/** Bytes of the per-message key each algorithm needs. */
export const KEY_BYTES: Readonly<Record<EnvelopeAlgorithm, number>> = {
  ARC4: ARC4_KEY_BYTES + MAC_KEY_BYTES,
  'AES-192': 24,
  'AES-256': 32,
};

/** An encrypted body: the IV (empty for ARC4), the ciphertext (GCM tag appended) and the ARC4 MAC. */
export interface Sealed {
  readonly iv: Uint8Array;
  readonly ciphertext: Uint8Array;
  readonly mac: Uint8Array | null;
}

/** A fresh random key for one message. */
export const newMessageKey = (algorithm: EnvelopeAlgorithm, random: RandomBytes): Uint8Array => random(KEY_BYTES[algorithm]);

/** Encrypts and authenticates `plaintext`, binding `aad` (the envelope's visible metadata). */
export async function seal(
  algorithm: EnvelopeAlgorithm,
  key: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
  random: RandomBytes,
): Promise<Sealed> {
  switch (algorithm) {
    case 'AES-256': {
      const iv = random(GCM_IV_BYTES);
      return { iv, ciphertext: await aes256GcmEncrypt(key, iv, plaintext, aad), mac: null };
    }
    case 'AES-192': {
      const iv = random(GCM_IV_BYTES);
      return { iv, ciphertext: await aes192GcmEncrypt(key, iv, plaintext, aad), mac: null };
    }
    case 'ARC4': {
      const { ciphertext, mac } = await arc4Encrypt(key, plaintext, aad);
      return { iv: new Uint8Array(0), ciphertext, mac };
    }
  }
}

/** Verifies and decrypts; null when anything was altered (or the key is wrong). */
export async function unseal(algorithm: EnvelopeAlgorithm, key: Uint8Array, sealed: Sealed, aad: Uint8Array): Promise<Uint8Array | null> {
  if (key.length !== KEY_BYTES[algorithm]) return null;
  switch (algorithm) {
    case 'AES-256':
      return sealed.iv.length === GCM_IV_BYTES ? aes256GcmDecrypt(key, sealed.iv, sealed.ciphertext, aad) : null;
    case 'AES-192':
      return sealed.iv.length === GCM_IV_BYTES ? aes192GcmDecrypt(key, sealed.iv, sealed.ciphertext, aad) : null;
    case 'ARC4':
      return sealed.mac ? arc4Decrypt(key, sealed.ciphertext, sealed.mac, aad) : null;
  }
}
