import { describe, expect, it } from 'vitest';
import { SIMULATION_EPOCH } from '../../../src/engine/clock.ts';
import type { ResAccount } from '../../../src/engine/encryption/key-service.ts';
import type { MailboxItem } from '../../../src/engine/mailflow/types.ts';
import { settleRequests } from '../../../src/engine/res/fulfilment.ts';
import {
  PROVISIONING_ADDRESS,
  readRequestEmail,
  requestFromEmail,
  requestTemplate,
  senderAddress,
} from '../../../src/engine/res/provisioning-email.ts';
import { nextAccountNumber, type DeskContext } from '../../../src/engine/res/provisioning-request.ts';

const SERIAL = '42127C7DDEE76852677B-F80CE8074CD3';
const SERIAL_2 = '564D3C1A2B3C4D5E6F70-A1B2C3D4E5F6';

/** The RES Portal's template, filled in as an administrator would. */
const filled = (lines: { name?: string; admins?: string; serials?: string; domains?: string; existing?: string; hosted?: string }) =>
  requestTemplate()
    .text.replace('1. Account name: ', `1. Account name: ${lines.name ?? 'Example Corp'}`)
    .replace('email address(es): ', `email address(es): ${lines.admins ?? 'admin@example.com'}`)
    .replace('serial number(s): ', `serial number(s): ${lines.serials ?? SERIAL}`)
    .replace('for administration: ', `for administration: ${lines.domains ?? 'example.com'}`)
    .replace('(if we already have one): ', `(if we already have one): ${lines.existing ?? ''}`)
    .replace('customer: no', `customer: ${lines.hosted ?? 'no'}`);

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

const desk = (changes: Partial<DeskContext> = {}): DeskContext => ({
  accounts: [],
  pending: [],
  now: SIMULATION_EPOCH,
  id: 'REQ-00001',
  newAccountNumber: () => nextAccountNumber([...(changes.accounts ?? []).map((a) => a.number)]),
  ...changes,
});

const mail = (text: string, changes: Partial<MailboxItem> = {}): MailboxItem & { id: number } => ({
  id: 7,
  address: PROVISIONING_ADDRESS,
  at: SIMULATION_EPOCH,
  kind: 'message',
  mid: 1,
  from: 'Alice Admin <Alice@Example.com>',
  to: [PROVISIONING_ADDRESS],
  cc: [],
  subject: 'CRES account provisioning request',
  text,
  html: '',
  attachments: [],
  headers: {},
  messageId: '<1@example.com>',
  ...changes,
});

describe('reading a provisioning email', () => {
  it('when the template is filled in then every field is read', () => {
    const r = readRequestEmail(filled({ admins: 'admin@example.com, sec@example.com', domains: 'example.com; example.org' }));
    expect(r.input).toEqual({
      accountName: 'Example Corp',
      deployment: 'on-premises',
      administrators: ['admin@example.com', 'sec@example.com'],
      serials: [SERIAL],
      domains: ['example.com', 'example.org'],
    });
  });

  it.each([
    [
      'free text with labels in another order, bullets and values on the following lines',
      'Hi team,\n\nCompany name: Example Corp\nDomains: example.com\n\nSerial numbers:\n- 42127C7DDEE76852677B-F80CE8074CD3\n- 564D3C1A2B3C4D5E6F70-A1B2C3D4E5F6\n\nAdmin: admin@example.com\n\nThanks,\nAlice',
      { accountName: 'Example Corp', serials: [SERIAL, SERIAL_2], domains: ['example.com'], administrators: ['admin@example.com'] },
    ],
    [
      'bold markdown labels and an equals sign',
      '**Name of account** = Example Corp\n**Administrators** = admin@example.com\n**S/N** = ' + SERIAL + '\n**Domain** = example.com',
      { accountName: 'Example Corp', serials: [SERIAL], administrators: ['admin@example.com'] },
    ],
    [
      'no labels at all: serials and addresses are picked out of the text',
      `Please add ${SERIAL} for admin@example.com, thanks`,
      { accountName: '', serials: [SERIAL], administrators: ['admin@example.com'], domains: [] },
    ],
    ['an existing account given by number', filled({ existing: '310001' }), { existingAccount: '310001' }],
    ['an existing account given as “Account #310001”', filled({ existing: 'Account #310001' }), { existingAccount: '310001' }],
    ['an existing account line saying none', filled({ existing: 'none' }), { accountName: 'Example Corp' }],
    ['a hosted customer', filled({ name: 'Example Corp HOSTED', hosted: 'yes' }), { deployment: 'cloud' }],
    ['a name ending with HOSTED and no hosted line', 'Account name: Example Corp HOSTED', { deployment: 'cloud' }],
  ])('when the email has %s then the desk reads it', (_, text, expected) => {
    expect(readRequestEmail(text).input).toMatchObject(expected);
  });

  it('when quoted text from an earlier reply is included then it is ignored', () => {
    const r = readRequestEmail(`Serial: ${SERIAL_2}\n\n> Serial: VLN1234567890\n> Domains: old.example`);
    expect(r.input.serials).toEqual([SERIAL_2]);
    expect(r.input.domains).toEqual([]);
  });

  it('when the From header has a display name then the reply goes to the bare address', () => {
    expect(senderAddress('Alice Admin <Alice@Example.com>')).toBe('alice@example.com');
    expect(senderAddress('bob@example.com')).toBe('bob@example.com');
  });
});

describe('the desk’s answer to an email', () => {
  const answer = (text: string, ctx = desk(), item: Partial<MailboxItem> = {}) => {
    const r = requestFromEmail(mail(text, item), ctx);
    const settled = settleRequests(ctx.accounts, [r], r.fulfilAt);
    return { request: r, settled, reply: settled.replies[0] };
  };

  it('when the request is complete then a day later the account exists and the reply gives its details', () => {
    const { request, settled, reply } = answer(filled({}));
    expect(request).toMatchObject({ status: 'pending', accountNumber: '310001', email: { from: 'alice@example.com', mailboxId: 7 } });
    expect(request.fulfilAt).toBe(SIMULATION_EPOCH + 86_400_000);
    expect(settled.accounts).toMatchObject([{ number: '310001', name: 'Example Corp', serials: [SERIAL] }]);
    expect(settled.fulfilled[0].status).toBe('fulfilled');
    expect(reply).toMatchObject({ to: 'alice@example.com', at: request.fulfilAt, subject: 'RE: CRES account provisioning request' });
    expect(reply.text).toMatch(/account has been created/);
    expect(reply.text).toMatch(/Account number:\s+310001/);
    expect(reply.text).toMatch(/click Provision/);
  });

  it.each([
    [
      'a VLN instead of a serial',
      filled({ serials: 'VLN1234567890' }),
      /“VLN1234567890” is a virtual licence number \(VLN\).*Feature Keys/,
    ],
    ['a PAK instead of a serial', filled({ serials: '1AB2C3D4E5F' }), /“1AB2C3D4E5F” looks like a product activation key \(PAK\)/],
    ['a hosted customer without HOSTED', filled({ hosted: 'yes' }), /has to end with HOSTED, for example “Example Corp HOSTED”/],
    ['no serial at all', filled({ serials: '' }), /did not find the serial number of any appliance/],
    ['no account name', filled({ name: '' }), /does not say what the account should be called/],
    ['a domain given as a URL', filled({ domains: 'https://example.com/' }), /“https:\/\/example.com\/” is not a domain name/],
  ])('when the email gives %s then the reply says what was wrong and nothing is created', (_, text, said) => {
    const { request, settled, reply } = answer(text);
    expect(request.refusal?.length).toBeGreaterThan(0);
    expect(request.serials).toEqual([]);
    expect(settled.accounts).toEqual([]);
    expect(settled.fulfilled[0].status).toBe('refused');
    expect(reply.text).toMatch(/could not provision your account yet/);
    expect(reply.text).toMatch(said);
  });

  it('when the account name is already taken then the reply refuses a duplicate and says how to add to it', () => {
    const { reply, settled } = answer(filled({ serials: SERIAL_2 }), desk({ accounts: [EXISTING] }));
    expect(settled.accounts).toEqual([]);
    expect(reply.text).toMatch(/already an account named “Example Corp” \(account 310001\).*Existing CRES account: 310001/);
  });

  it('when the serial is already on another account then the reply refuses it', () => {
    const { reply } = answer(filled({ name: 'Other Inc' }), desk({ accounts: [EXISTING] }));
    expect(reply.text).toMatch(/The appliance 42127C7DDEE76852677B-F80CE8074CD3 is already registered to account 310001 \(Example Corp\)/);
  });

  it('when the existing account is named then the new serial is added and the reply lists the whole account', () => {
    const { settled, reply } = answer(
      filled({ name: '', admins: '', domains: '', serials: SERIAL_2, existing: 'Example Corp' }),
      desk({ accounts: [EXISTING] }),
    );
    expect(settled.accounts).toMatchObject([{ number: '310001', serials: [SERIAL, SERIAL_2] }]);
    expect(reply.text).toMatch(/added your request to your existing account 310001 \(Example Corp\)/);
    expect(reply.text).toContain(SERIAL_2);
  });

  it('when the email arrived as an encrypted envelope then the reply asks for it in clear', () => {
    const { reply } = answer(filled({}), desk(), { kind: 'encrypted' });
    expect(reply.text).toMatch(/encrypted envelope, which we cannot open/);
  });

  it('when the email is sent on a Friday then the answer comes on Monday', () => {
    const friday = Date.UTC(2026, 0, 16, 15);
    const { reply } = answer(filled({}), desk({ now: friday }), { at: friday });
    expect(new Date(reply.at).toISOString()).toBe('2026-01-19T15:00:00.000Z');
  });

  it('when a refused request is still pending then a corrected email is not taken for a duplicate of it', () => {
    const refused = requestFromEmail(mail(filled({ serials: 'VLN1234567890' })), desk());
    const corrected = requestFromEmail(mail(filled({}), { id: 8 }), desk({ pending: [refused], id: 'REQ-00002' }));
    expect(corrected.refusal).toBeUndefined();
    expect(corrected.serials).toEqual([SERIAL]);
  });
});
