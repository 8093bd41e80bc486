/**
 * Where the engine's randomness comes from. Keys, IVs, salts and device tokens are drawn from an
 * injected source so tests can make them repeatable; the default is the platform's CSPRNG.
 */

/** Fills and returns `length` random bytes. */
export type RandomBytes = (length: number) => Uint8Array;

/** The platform's cryptographically secure generator (WebCrypto, in the worker and in Node). */
export const cryptoRandom: RandomBytes = (length) => globalThis.crypto.getRandomValues(new Uint8Array(length));

/** A repeatable generator for tests and scenarios (xorshift32; not secure, never the default). */
export function seededRandom(seed: number): RandomBytes {
  let state = seed >>> 0 || 0x9e3779b9;
  return (length) => {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      state ^= state << 13;
      state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      out[i] = state & 0xff;
    }
    return out;
  };
}

/** A random token as lower-case hex (device tokens, ids). */
export function randomHex(random: RandomBytes, bytes = 16): string {
  return Array.from(random(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}
