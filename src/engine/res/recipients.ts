/**
 * Recipient accounts at the key service: registration (password strength, personal security
 * phrase), consecutive failed attempts with a one-hour lock-out after five, and the device tokens
 * of browsers where "Remember me on this computer" was ticked. Pure state transitions.
 */
import { HOUR } from '../clock.ts';
import { fail, ok, type Result } from '../errors.ts';
import { isEmailAddress } from '../model/address.ts';
import { randomHex, type RandomBytes } from '../encryption/random.ts';
import { hashPassword, passwordProblem } from './password.ts';
import type { RecipientAccount } from './types.ts';

/** Consecutive failures that lock a recipient account. */
export const MAX_FAILED_ATTEMPTS = 5;
/** How long a lock-out lasts on the simulated clock. */
export const LOCKOUT_MS = HOUR;
/** Remembered browsers kept per address (the oldest is forgotten first). */
const MAX_DEVICE_TOKENS = 10;

/** What the registration form sends. */
export interface RegistrationInput {
  readonly address: string;
  readonly password: string;
  readonly phrase: string;
}

/** Checks a registration and builds the account (hashing the password). */
export async function register(
  input: RegistrationInput,
  existing: RecipientAccount | undefined,
  now: number,
  random: RandomBytes,
): Promise<Result<RecipientAccount>> {
  const address = input.address.trim().toLowerCase();
  if (!isEmailAddress(address)) return fail('res.bad-address', undefined, `(“${input.address}”)`);
  if (existing) return fail('res.already-registered');
  const weak = passwordProblem(input.password, address);
  if (weak) return fail('res.weak-password', [{ path: '$.password', message: weak }], weak);
  const phrase = input.phrase.trim();
  if (phrase.length < 3 || phrase.length > 64 || phrase === input.password)
    return fail('res.bad-phrase', [{ path: '$.phrase', message: 'Choose another phrase.' }]);
  return ok({
    address,
    registeredAt: now,
    passwordHash: await hashPassword(input.password, random),
    phrase,
    failedAttempts: 0,
    lockedUntil: null,
    deviceTokens: [],
  });
}

/** True while the account is locked out. */
export const isLockedOut = (a: RecipientAccount, now: number): boolean => a.lockedUntil !== null && a.lockedUntil > now;

/** One more wrong password: the fifth consecutive one locks the account for an hour. */
export function recordFailure(a: RecipientAccount, now: number): RecipientAccount {
  // A lock-out that has run out starts a fresh count.
  const failed = (a.lockedUntil !== null && a.lockedUntil <= now ? 0 : a.failedAttempts) + 1;
  return failed >= MAX_FAILED_ATTEMPTS
    ? { ...a, failedAttempts: MAX_FAILED_ATTEMPTS, lockedUntil: now + LOCKOUT_MS }
    : { ...a, failedAttempts: failed, lockedUntil: null };
}

/** A successful sign-in: the count resets; a remembered browser gets a new token. */
export function recordSuccess(a: RecipientAccount, now: number, deviceToken: string | null): RecipientAccount {
  const tokens = deviceToken ? [...a.deviceTokens, { token: deviceToken, issuedAt: now }].slice(-MAX_DEVICE_TOKENS) : a.deviceTokens;
  return { ...a, failedAttempts: 0, lockedUntil: null, deviceTokens: tokens };
}

/** True when the browser's token was issued to this account. */
export const knowsDevice = (a: RecipientAccount, token: string | undefined): boolean =>
  !!token && a.deviceTokens.some((t) => t.token === token);

/** A new token for a browser that ticked "Remember me on this computer". */
export const newDeviceToken = (random: RandomBytes): string => randomHex(random, 24);
