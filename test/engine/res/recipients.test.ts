import { describe, expect, it } from 'vitest';
import { HOUR, SIMULATION_EPOCH } from '../../../src/engine/clock.ts';
import { seededRandom } from '../../../src/engine/encryption/random.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../../../src/engine/res/password.ts';
import { isLockedOut, knowsDevice, recordFailure, recordSuccess, register } from '../../../src/engine/res/recipients.ts';
import type { RecipientAccount } from '../../../src/engine/res/types.ts';

const now = SIMULATION_EPOCH;
const random = seededRandom(1);

describe('passwords', () => {
  it.each([
    ['short1', 'shorter than 8'],
    ['lettersonly', 'letters and digits'],
    ['1234567890', 'letters and digits'],
    ['bob-2026-secret', 'user name'],
  ])('when the password is %s then it is too weak', (pw, why) => {
    expect(passwordProblem(pw, 'bob@partner.example')).toContain(why);
  });

  it('when the password has 8+ characters with letters and digits then it is accepted', () => {
    expect(passwordProblem('Tr0ub4dor&3', 'bob@partner.example')).toBeNull();
  });

  it('when hashed with PBKDF2 then only the same password verifies, and salts differ', async () => {
    const a = await hashPassword('Tr0ub4dor&3', random, 1000);
    const b = await hashPassword('Tr0ub4dor&3', random, 1000);
    expect(a).toMatch(/^pbkdf2-sha256\$1000\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Tr0ub4dor&3', a)).toBe(true);
    expect(await verifyPassword('tr0ub4dor&3', a)).toBe(false);
    expect(await verifyPassword('Tr0ub4dor&3', 'garbage')).toBe(false);
  });
});

describe('registration', () => {
  it('when the form is valid then the account stores a hash and the phrase, never the password', async () => {
    const r = await register(
      { address: ' Bob@Partner.example ', password: 'Tr0ub4dor&3', phrase: 'blue heron at dawn' },
      undefined,
      now,
      random,
    );
    expect(r.ok && r.value).toMatchObject({
      address: 'bob@partner.example',
      phrase: 'blue heron at dawn',
      failedAttempts: 0,
      lockedUntil: null,
    });
    expect(JSON.stringify(r)).not.toContain('Tr0ub4dor&3');
  });

  it.each([
    [{ address: 'bob', password: 'Tr0ub4dor&3', phrase: 'heron' }, 'res.bad-address'],
    [{ address: 'bob@partner.example', password: 'weak', phrase: 'heron' }, 'res.weak-password'],
    [{ address: 'bob@partner.example', password: 'Tr0ub4dor&3', phrase: '' }, 'res.bad-phrase'],
    [{ address: 'bob@partner.example', password: 'Tr0ub4dor&3', phrase: 'Tr0ub4dor&3' }, 'res.bad-phrase'],
  ])('when the form is %o then it is refused with %s', async (input, code) => {
    const r = await register(input, undefined, now, random);
    expect(!r.ok && r.error.code).toBe(code);
  });
});

describe('lock-out', () => {
  const base: RecipientAccount = {
    address: 'bob@partner.example',
    registeredAt: now,
    passwordHash: '',
    phrase: 'p',
    failedAttempts: 0,
    lockedUntil: null,
    deviceTokens: [],
  };

  it('when five consecutive attempts fail then the account is locked for one hour', () => {
    let a = base;
    for (let i = 1; i <= 4; i++) {
      a = recordFailure(a, now);
      expect([a.failedAttempts, isLockedOut(a, now)]).toEqual([i, false]);
    }
    a = recordFailure(a, now);
    expect(a.lockedUntil).toBe(now + HOUR);
    expect(isLockedOut(a, now + HOUR - 1)).toBe(true);
    expect(isLockedOut(a, now + HOUR)).toBe(false);
    expect(recordFailure(a, now + HOUR).failedAttempts).toBe(1);
  });

  it('when a sign-in succeeds then the count resets and a remembered browser is known', () => {
    const a = recordSuccess(recordFailure(recordFailure(base, now), now), now, 'tok');
    expect(a.failedAttempts).toBe(0);
    expect(knowsDevice(a, 'tok')).toBe(true);
    expect(knowsDevice(a, 'other')).toBe(false);
    expect(knowsDevice(a, undefined)).toBe(false);
  });
});
