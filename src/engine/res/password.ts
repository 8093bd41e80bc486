/**
 * Recipient passwords: the strength rule applied at registration and PBKDF2-SHA256 hashing on
 * WebCrypto (salted, iteration count stored with the hash so it can be raised later).
 */
import { fromBase64, plainBytes, toBase64, utf8 } from '../encryption/bytes.ts';
import type { RandomBytes } from '../encryption/random.ts';

/** PBKDF2 iterations for new hashes (the count measured fine in a Chromium worker). */
export const PBKDF2_ITERATIONS = 100_000;

/** Why a password is too weak, or null when it is acceptable. */
export function passwordProblem(password: string, address: string): string | null {
  if (password.length < 8) return 'It is shorter than 8 characters.';
  if (password.length > 128) return 'It is longer than 128 characters.';
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return 'It needs both letters and digits.';
  const user = address.split('@')[0].toLowerCase();
  if (user.length >= 3 && password.toLowerCase().includes(user)) return 'It contains your user name.';
  return null;
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const base = await globalThis.crypto.subtle.importKey('raw', plainBytes(utf8(password)), 'PBKDF2', false, ['deriveBits']);
  const bits = await globalThis.crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: plainBytes(salt), iterations },
    base,
    256,
  );
  return new Uint8Array(bits);
}

/** A salted hash to store: `pbkdf2-sha256$<iterations>$<salt>$<hash>`. */
export async function hashPassword(password: string, random: RandomBytes, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = random(16);
  return `pbkdf2-sha256$${iterations}$${toBase64(salt)}$${toBase64(await derive(password, salt, iterations))}`;
}

/** True when the password matches the stored hash (compared in constant time). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iter, saltB64, hashB64] = stored.split('$');
  const salt = fromBase64(saltB64 ?? '');
  const expected = fromBase64(hashB64 ?? '');
  const iterations = Number(iter);
  if (scheme !== 'pbkdf2-sha256' || !salt || !expected || !Number.isInteger(iterations) || iterations < 1) return false;
  const actual = await derive(password, salt, iterations);
  let diff = actual.length ^ expected.length;
  for (let i = 0; i < Math.min(actual.length, expected.length); i++) diff |= actual[i] ^ expected[i];
  return diff === 0;
}
