/**
 * ARC4 envelopes, authenticated. ARC4 (crypto-js; Node's OpenSSL 3 refuses rc4) is a bare stream
 * cipher, so a flipped ciphertext byte would silently flip a plaintext byte. An HMAC-SHA256
 * (WebCrypto) over the associated data and the ciphertext (encrypt-then-MAC) makes tampering
 * detectable, as the GCM tag does for AES. The 48-byte message key is 16 bytes of ARC4 key then
 * 32 bytes of MAC key.
 */
import type CryptoJS from 'crypto-js/core';
import { concatBytes, plainBytes } from './bytes.ts';

/** ARC4 key bytes (128-bit). */
export const ARC4_KEY_BYTES = 16;
/** HMAC-SHA256 key bytes. */
export const MAC_KEY_BYTES = 32;

type WordArray = CryptoJS.lib.WordArray;

// crypto-js loads with the first ARC4 envelope (a lazy chunk), not with the engine.
let cryptoJs: Promise<{ core: typeof CryptoJS; rc4: typeof CryptoJS.RC4 }> | undefined;
const loadCryptoJs = () =>
  (cryptoJs ??= Promise.all([import('crypto-js/core'), import('crypto-js/rc4')]).then(([core, rc4]) => ({
    core: core.default,
    rc4: rc4.default,
  })));

/** ARC4 over `bytes` (encrypting and decrypting are the same keystream XOR). */
async function rc4(bytes: Uint8Array, key: Uint8Array): Promise<Uint8Array> {
  const { core, rc4: RC4 } = await loadCryptoJs();
  return fromWordArray(RC4.encrypt(toWordArray(core, bytes), toWordArray(core, key)).ciphertext);
}

function toWordArray(core: typeof CryptoJS, bytes: Uint8Array): WordArray {
  const words = new Array<number>(Math.ceil(bytes.length / 4)).fill(0);
  for (let i = 0; i < bytes.length; i++) words[i >>> 2] |= bytes[i] << (24 - (i % 4) * 8);
  return core.lib.WordArray.create(words, bytes.length);
}

function fromWordArray(w: WordArray): Uint8Array {
  const out = new Uint8Array(w.sigBytes);
  for (let i = 0; i < w.sigBytes; i++) out[i] = (w.words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
  return out;
}

/** The bytes the MAC covers: the associated data's length (so the split is unambiguous), it, the ciphertext. */
function macInput(aad: Uint8Array, ciphertext: Uint8Array): Uint8Array {
  const len = new Uint8Array(4);
  new DataView(len.buffer).setUint32(0, aad.length);
  return concatBytes(len, aad, ciphertext);
}

async function hmacKey(macKey: Uint8Array, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('raw', plainBytes(macKey), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
}

function splitKey(key: Uint8Array): { rc4: Uint8Array; mac: Uint8Array } {
  if (key.length !== ARC4_KEY_BYTES + MAC_KEY_BYTES) throw new RangeError('ARC4 envelopes need a 48-byte key');
  return { rc4: key.subarray(0, ARC4_KEY_BYTES), mac: key.subarray(ARC4_KEY_BYTES) };
}

/** Encrypts with ARC4, then MACs; returns the ciphertext and the 32-byte tag. */
export async function arc4Encrypt(
  key: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Promise<{ ciphertext: Uint8Array; mac: Uint8Array }> {
  const k = splitKey(key);
  const ciphertext = await rc4(plaintext, k.rc4);
  const mac = new Uint8Array(
    await globalThis.crypto.subtle.sign('HMAC', await hmacKey(k.mac, 'sign'), plainBytes(macInput(aad, ciphertext))),
  );
  return { ciphertext, mac };
}

/** Verifies the MAC (constant time, by WebCrypto), then decrypts; null when the MAC fails. */
export async function arc4Decrypt(key: Uint8Array, ciphertext: Uint8Array, mac: Uint8Array, aad: Uint8Array): Promise<Uint8Array | null> {
  const k = splitKey(key);
  const valid = await globalThis.crypto.subtle.verify(
    'HMAC',
    await hmacKey(k.mac, 'verify'),
    plainBytes(mac),
    plainBytes(macInput(aad, ciphertext)),
  );
  if (!valid) return null;
  // ARC4 is its own inverse: running the keystream over the ciphertext gives the plaintext back.
  return rc4(ciphertext, k.rc4);
}
