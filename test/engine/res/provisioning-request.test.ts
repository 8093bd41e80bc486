import { describe, expect, it } from 'vitest';
import { SIMULATION_EPOCH } from '../../../src/engine/clock.ts';
import { settleRequests } from '../../../src/engine/res/fulfilment.ts';
import { acceptRequest, nextAccountNumber, type DeskContext } from '../../../src/engine/res/provisioning-request.ts';
import type { ProvisioningRequestInput } from '../../../src/engine/res/types.ts';
import type { ResAccount } from '../../../src/engine/encryption/key-service.ts';

const SERIAL = '42127C7DDEE76852677B-F80CE8074CD3';
const SERIAL_2 = '564D3C1A2B3C4D5E6F70-A1B2C3D4E5F6';
const HW_SERIAL = '0050569A1B2C-FCH1234ABCD';
const GOOD: ProvisioningRequestInput = {
  accountName: 'Example Corp',
  administrators: ['admin@example.com'],
  serials: [SERIAL],
  domains: ['example.com'],
};

const desk = (changes: Partial<DeskContext> = {}): DeskContext => {
  const inUse: string[] = [];
  return {
    accounts: [],
    pending: [],
    now: SIMULATION_EPOCH,
    id: 'REQ-00001',
    newAccountNumber: () => nextAccountNumber(inUse),
    ...changes,
  };
};

const EXISTING: ResAccount = {
  number: '310001',
  name: 'Example Corp',
  deployment: 'on-premises',
  administrators: ['admin@example.com'],
  domains: ['example.com'],
  serials: [SERIAL],
  createdAt: SIMULATION_EPOCH,
  updatedAt: SIMULATION_EPOCH,
};

describe('the provisioning desk refuses', () => {
  it.each([
    ['a VLN instead of a serial', { serials: ['VLN1234567890'] }, 'res.request-vln'],
    ['a PAK instead of a serial', { serials: ['1AB2C3D4E5F'] }, 'res.request-pak'],
    ['a truncated serial', { serials: ['42127C7DDEE76852677B'] }, 'res.request-bad-serial'],
    ['no serial', { serials: [] }, 'res.request-no-serial'],
    ['a bad administrator address', { administrators: ['admin(at)example.com'] }, 'res.request-bad-admin'],
    ['no administrator', { administrators: [' '] }, 'res.request-no-admin'],
    ['a domain written as an address pattern', { domains: ['@example.com'] }, 'res.request-bad-domain'],
    ['a URL instead of a domain', { domains: ['https://example.com'] }, 'res.request-bad-domain'],
    ['no domain', { domains: [] }, 'res.request-no-domain'],
    ['no account name or number', { accountName: '  ' }, 'res.request-no-account-name'],
    ['a one-letter account name', { accountName: 'X' }, 'res.request-bad-account-name'],
    ['a cloud customer without the HOSTED suffix', { deployment: 'cloud' as const }, 'res.request-hosted-suffix-missing'],
    [
      'a cloud customer with a lower-case suffix',
      { deployment: 'cloud' as const, accountName: 'Example Corp hosted' },
      'res.request-hosted-suffix-missing',
    ],
    ['an unknown account number', { accountNumber: '999999' }, 'res.request-unknown-account'],
    ['an unknown existing account name', { existingAccount: 'Nobody Ltd' }, 'res.request-unknown-account'],
    ['a hardware serial with spaces and symbols', { serials: ['FCH 1234/ABCD'] }, 'res.request-bad-serial'],
  ])('when given %s', (_, changes, code) => {
    const r = acceptRequest({ ...GOOD, ...changes }, desk());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });

  it('when a VLN is given then the message explains where the serial number is found', () => {
    const r = acceptRequest({ ...GOOD, serials: ['VLN1234567890'] }, desk());
    expect(!r.ok && r.error.message).toMatch(/virtual licence number \(VLN\), not a serial number.*version/);
    expect(!r.ok && r.error.issues).toEqual([{ path: '$.serials[0]', message: expect.stringContaining('VLN1234567890') }]);
  });

  it('when several entries are wrong then every problem is listed, the first one named', () => {
    const r = acceptRequest({ ...GOOD, administrators: ['nobody'], serials: ['1AB2C3D4E5F', SERIAL], domains: ['bad domain'] }, desk());
    expect(!r.ok && r.error.code).toBe('res.request-bad-admin');
    expect(!r.ok && r.error.issues?.map((i) => i.path)).toEqual(['$.administrators[0]', '$.serials[0]', '$.domains[0]']);
  });

  it('when a new account is asked for under the name of an existing account then it is refused as a duplicate', () => {
    const r = acceptRequest({ ...GOOD, accountName: 'example  corp', serials: [SERIAL_2] }, desk({ accounts: [EXISTING] }));
    expect(!r.ok && r.error.code).toBe('res.request-duplicate-account');
  });

  it('when a second new-account request names a pending new account then it is refused as a duplicate', () => {
    const first = acceptRequest(GOOD, desk());
    if (!first.ok) throw new Error('first');
    const second = acceptRequest({ ...GOOD, serials: [SERIAL_2] }, desk({ pending: [first.value], id: 'REQ-00002' }));
    expect(!second.ok && second.error.code).toBe('res.request-duplicate-account');
  });

  it('when the serial belongs to another account then it is refused', () => {
    const r = acceptRequest({ ...GOOD, accountName: 'Other Inc' }, desk({ accounts: [EXISTING] }));
    expect(!r.ok && r.error.code).toBe('res.request-serial-taken');
  });
});

describe('the provisioning desk accepts', () => {
  it('when the request is complete then a new account is planned, fulfilled one business day later', () => {
    const r = acceptRequest(GOOD, desk());
    expect(r).toEqual({
      ok: true,
      value: {
        id: 'REQ-00001',
        submittedAt: SIMULATION_EPOCH,
        fulfilAt: SIMULATION_EPOCH + 86_400_000,
        status: 'pending',
        kind: 'new-account',
        accountNumber: '310001',
        accountName: 'Example Corp',
        deployment: 'on-premises',
        administrators: ['admin@example.com'],
        serials: [SERIAL],
        domains: ['example.com'],
        notes: [],
      },
    });
  });

  it('when submitted on a Friday then it is fulfilled on Monday', () => {
    const friday = Date.UTC(2026, 0, 16, 15);
    const r = acceptRequest(GOOD, desk({ now: friday }));
    expect(r.ok && new Date(r.value.fulfilAt).toISOString()).toBe('2026-01-19T15:00:00.000Z');
  });

  it('when a cloud customer names the account with HOSTED then it is accepted', () => {
    const r = acceptRequest({ ...GOOD, accountName: 'Example Corp HOSTED', deployment: 'cloud' }, desk());
    expect(r.ok && r.value.deployment).toBe('cloud');
  });

  it('when an on-premises customer’s name ends with HOSTED then it is accepted (no such rule)', () => {
    const r = acceptRequest({ ...GOOD, accountName: 'Example Corp HOSTED' }, desk());
    expect(r.ok && r.value.accountName).toBe('Example Corp HOSTED');
  });

  it.each([['FCH1234ABCD'], ['0050569A1B2C-FCH1234ABCD'], ['WZP2234X0AB'], ['C3K-1234567890'], ['ESA-C395-FOC1234567X']])(
    'when the plausible hardware serial %s is given then it is accepted',
    (serial) => {
      const r = acceptRequest({ ...GOOD, serials: [serial] }, desk());
      expect(r.ok && r.value.serials).toEqual([serial]);
    },
  );

  it('when serials are lower case, padded or repeated then they are normalised', () => {
    const r = acceptRequest(
      { ...GOOD, serials: [` ${SERIAL.toLowerCase()} `, SERIAL, HW_SERIAL], administrators: ['Admin@Example.com', 'admin@example.com'] },
      desk(),
    );
    expect(r.ok && r.value.serials).toEqual([SERIAL, HW_SERIAL]);
    expect(r.ok && r.value.administrators).toEqual(['admin@example.com']);
  });

  it('when the existing account is named by its name then serials are added to it instead of a duplicate', () => {
    const r = acceptRequest(
      { existingAccount: 'example  corp', serials: [SERIAL_2], administrators: [], domains: ['example.org'] },
      desk({ accounts: [EXISTING] }),
    );
    expect(r.ok && r.value).toMatchObject({
      kind: 'add-to-account',
      accountNumber: '310001',
      accountName: 'Example Corp',
      serials: [SERIAL_2],
      domains: ['example.org'],
    });
    expect(r.ok && r.value.notes[0]).toMatch(/existing account 310001/);
  });

  it('when the existing account is named by number then entries already on it are ignored', () => {
    const r = acceptRequest(
      { accountNumber: '310001', serials: [SERIAL, SERIAL_2], administrators: ['admin@example.com'] },
      desk({ accounts: [EXISTING] }),
    );
    expect(r.ok && r.value).toMatchObject({ serials: [SERIAL_2], administrators: [] });
    expect(r.ok && r.value.notes[1]).toMatch(/Already on the account.*administrators/);
  });

  it('when nothing new is asked for an existing account then it is refused', () => {
    const r = acceptRequest({ accountNumber: '310001', serials: [SERIAL] }, desk({ accounts: [EXISTING] }));
    expect(!r.ok && r.error.code).toBe('res.request-nothing-to-add');
  });

  it('when a second request names a pending new account as existing then it joins that account', () => {
    const first = acceptRequest(GOOD, desk());
    if (!first.ok) throw new Error('first');
    const second = acceptRequest(
      { existingAccount: 'Example Corp', serials: [SERIAL_2] },
      desk({ pending: [first.value], id: 'REQ-00002' }),
    );
    expect(second.ok && second.value).toMatchObject({ kind: 'add-to-account', accountNumber: '310001' });
  });
});

describe('fulfilment', () => {
  it('when the time comes then the account is created and later requests extend it', () => {
    const a = acceptRequest(GOOD, desk());
    if (!a.ok) throw new Error('a');
    const b = acceptRequest(
      { accountNumber: '310001', serials: [SERIAL_2] },
      desk({ pending: [a.value], id: 'REQ-00002', now: SIMULATION_EPOCH + 3_600_000 }),
    );
    if (!b.ok) throw new Error('b');
    expect(settleRequests([], [a.value, b.value], SIMULATION_EPOCH + 86_400_000 - 1).accounts).toEqual([]);
    const once = settleRequests([], [a.value, b.value], SIMULATION_EPOCH + 86_400_000);
    expect(once.accounts).toMatchObject([{ number: '310001', serials: [SERIAL] }]);
    expect(once.fulfilled.map((r) => [r.id, r.status])).toEqual([['REQ-00001', 'fulfilled']]);
    const twice = settleRequests(once.accounts, [b.value], SIMULATION_EPOCH + 2 * 86_400_000);
    expect(twice.accounts).toMatchObject([{ number: '310001', serials: [SERIAL, SERIAL_2] }]);
  });

  it('account numbers follow on from the highest in use', () => {
    expect(nextAccountNumber([])).toBe('310001');
    expect(nextAccountNumber(['310001', '310007'])).toBe('310008');
  });
});
