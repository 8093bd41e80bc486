import { describe, expect, it } from 'vitest';
import { PlaygroundDb } from '../../src/db/schema.ts';
import type { EncryptionProfile } from '../../src/engine/config/schema/index.ts';
import { createService } from '../../src/worker/service.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import { commitEncryption, DAY_MS, MESSAGE, profile, readyToEncrypt, REQUEST, SERIAL } from '../engine/encryption/helpers.ts';

const HOUR_MS = 3_600_000;
import { fresh } from '../helpers/fresh.ts';

const BOB = 'bob@partner.example';
const PASSWORD = 'Blue4Heron!';
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

/** A service with one provisioned profile and one message sent with it; returns the envelope page. */
async function sent(
  changes: Partial<EncryptionProfile> = {},
  name?: string,
): Promise<{ svc: EngineApi; db: PlaygroundDb; html: string; id: string }> {
  const { svc, db } = await fresh(name);
  await readyToEncrypt(svc, [profile('Standard', changes)]);
  const r = await svc.encryption.encryptMessage({ message: MESSAGE, profile: 'Standard' });
  if (!r.ok) throw new Error(r.error.message);
  return { svc, db, html: r.value.notification.envelopeHtml, id: r.value.notification.resMessageId };
}

describe('provisioning requests and the portal', () => {
  it('when a request is sent then it is pending, and after a business day the portal lists the account', async () => {
    const { svc } = await fresh();
    const r = await svc.res.requestProvisioning(REQUEST);
    expect(r).toMatchObject({ ok: true, value: { id: 'REQ-00001', status: 'pending', accountNumber: '310001' } });
    expect(await svc.res.accounts()).toEqual([]);
    await svc.clock.advance(DAY_MS);
    expect((await svc.res.requests()).map((q) => q.status)).toEqual(['fulfilled']);
    expect(await svc.res.accounts()).toMatchObject([{ number: '310001', name: 'Example Corp', serials: [SERIAL] }]);
    expect(await svc.res.appliances()).toEqual([{ serial: SERIAL, accountNumber: '310001', accountName: 'Example Corp' }]);
    expect(await svc.res.domains()).toEqual([{ domain: 'example.com', accountNumber: '310001' }]);
    expect(await svc.res.administrators()).toEqual([{ address: 'admin@example.com', accountNumber: '310001' }]);
  });

  it('when a request uses a VLN then it is refused and nothing is recorded', async () => {
    const { svc } = await fresh();
    const r = await svc.res.requestProvisioning({ ...REQUEST, serials: ['VLN1234567890'] });
    expect(code(r)).toBe('res.request-vln');
    expect(await svc.res.requests()).toEqual([]);
  });

  it('when the same organisation asks again naming its existing account then its account grows instead of being duplicated', async () => {
    const { svc } = await fresh();
    await svc.res.requestProvisioning(REQUEST);
    await svc.clock.advance(DAY_MS);
    const duplicate = await svc.res.requestProvisioning({ ...REQUEST, serials: ['564D3C1A2B3C4D5E6F70-A1B2C3D4E5F6'] });
    expect(code(duplicate)).toBe('res.request-duplicate-account');
    const again = await svc.res.requestProvisioning({
      existingAccount: 'Example Corp',
      serials: ['564D3C1A2B3C4D5E6F70-A1B2C3D4E5F6'],
      domains: ['example.org'],
    });
    expect(again).toMatchObject({ ok: true, value: { id: 'REQ-00002', kind: 'add-to-account', accountNumber: '310001' } });
    await svc.clock.advance(DAY_MS);
    const accounts = await svc.res.accounts();
    expect(accounts).toHaveLength(1);
    expect(accounts[0].domains).toEqual(['example.com', 'example.org']);
    const other = await svc.res.requestProvisioning({
      ...REQUEST,
      accountName: 'Other Inc',
      serials: ['AAAAAAAAAAAAAAAAAAAA-BBBBBBBBBBBB'],
    });
    expect(other.ok && other.value.accountNumber).toBe('310002');
  });
});

/** The provisioning email an administrator sends from the composer. */
const requestEmail = (text: string) => ({
  envelopeFrom: 'alice@example.com',
  recipients: ['stg-cres-provisioning@cisco.com'],
  from: 'Alice <alice@example.com>',
  to: ['stg-cres-provisioning@cisco.com'],
  cc: [],
  subject: 'CRES account provisioning request',
  text,
  html: '',
  attachments: [],
  headers: {},
  messageId: '',
});
const GOOD_EMAIL = `Account name: Example Corp\nAdministrators: admin@example.com\nSerial number: ${SERIAL}\nDomains: example.com`;

describe('provisioning by email', () => {
  it('when the request is emailed then a business day later the reply is in the sender’s mailbox and the appliance provisions', async () => {
    const { svc, db } = await fresh();
    await commitEncryption(svc, [profile('Standard')]);
    expect((await svc.mail.send(requestEmail(GOOD_EMAIL))).ok).toBe(true);
    expect(await svc.res.requests()).toMatchObject([{ id: 'REQ-00001', status: 'pending', email: { from: 'alice@example.com' } }]);
    expect(code(await svc.encryption.provision('Standard'))).not.toBe('ok');
    expect(await db.mailboxes.where('address').equals('alice@example.com').count()).toBe(0);

    await svc.clock.advance(DAY_MS);
    const [reply] = await db.mailboxes.where('address').equals('alice@example.com').toArray();
    expect(reply).toMatchObject({
      from: 'Cisco RES Provisioning <stg-cres-provisioning@cisco.com>',
      subject: 'RE: CRES account provisioning request',
    });
    expect(reply.text).toMatch(/Account number:\s+310001/);
    expect(await svc.res.accounts()).toMatchObject([{ number: '310001', serials: [SERIAL] }]);
    expect(code(await svc.encryption.provision('Standard'))).toBe('ok');
  });

  it('when the email gives a VLN then the reply explains it, no account is made, and a corrected email works', async () => {
    const { svc, db } = await fresh();
    await svc.mail.send(requestEmail(GOOD_EMAIL.replace(SERIAL, 'VLN1234567890')));
    await svc.clock.advance(DAY_MS);
    const [reply] = await db.mailboxes.where('address').equals('alice@example.com').toArray();
    expect(reply.text).toMatch(/“VLN1234567890” is a virtual licence number/);
    expect((await svc.res.requests()).map((r) => r.status)).toEqual(['refused']);
    expect(await svc.res.accounts()).toEqual([]);
    await svc.mail.send(requestEmail(GOOD_EMAIL));
    await svc.clock.advance(DAY_MS);
    expect(await svc.res.accounts()).toMatchObject([{ number: '310001' }]);
  });

  it('when a TAC case is opened then the answer comes within the hour; a second case or an answered request is refused', async () => {
    const { svc, db } = await fresh();
    await svc.mail.send(requestEmail(GOOD_EMAIL));
    const [pending] = await svc.res.requests();
    const opened = await svc.res.openCase(pending.id);
    expect(opened).toMatchObject({ ok: true, value: { tacCase: '698100001' } });
    expect(code(await svc.res.openCase(pending.id))).toBe('res.case-already-open');
    expect(code(await svc.res.openCase('REQ-99999'))).toBe('res.case-unknown-request');
    await svc.clock.advance(HOUR_MS);
    expect(await svc.res.accounts()).toMatchObject([{ number: '310001' }]);
    const [reply] = await db.mailboxes.where('address').equals('alice@example.com').toArray();
    expect(reply.text).toMatch(/TAC case 698100001/);
    expect(code(await svc.res.openCase(pending.id))).toBe('res.case-not-pending');
  });
});

describe('opening an envelope, per security level', () => {
  it('High: a first-time recipient must register, then the password is asked every time, even with a remembered browser', async () => {
    const { svc, html } = await sent({ security: 'high' });
    expect(code(await svc.res.openEnvelope({ html, address: BOB }))).toBe('res.registration-required');
    expect(code(await svc.res.register({ address: BOB, password: PASSWORD, phrase: 'heron at dawn' }))).toBe('ok');
    expect(code(await svc.res.openEnvelope({ html, address: BOB }))).toBe('res.password-required');
    const first = await svc.res.openEnvelope({ html, address: BOB, password: PASSWORD, rememberMe: true });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.content).toMatchObject({ subject: 'Quarterly figures', text: MESSAGE.text, html: MESSAGE.html });
    expect(first.value.phrase).toBe('heron at dawn');
    expect(first.value.deviceToken).toMatch(/^[0-9a-f]{48}$/);
    expect(code(await svc.res.openEnvelope({ html, address: BOB, deviceToken: first.value.deviceToken! }))).toBe('res.password-required');
  });

  it('Medium: a remembered browser opens without the password; an unknown token does not', async () => {
    const { svc, html } = await sent({ security: 'medium' });
    await svc.res.register({ address: BOB, password: PASSWORD, phrase: 'heron at dawn' });
    const first = await svc.res.openEnvelope({ html, address: BOB, password: PASSWORD, rememberMe: true });
    const token = first.ok ? first.value.deviceToken! : '';
    expect(code(await svc.res.openEnvelope({ html, address: BOB, deviceToken: token }))).toBe('ok');
    expect(code(await svc.res.openEnvelope({ html, address: BOB, deviceToken: 'f'.repeat(48) }))).toBe('res.password-required');
    const noRemember = await svc.res.openEnvelope({ html, address: BOB, password: PASSWORD });
    expect(noRemember.ok && noRemember.value.deviceToken).toBeNull();
  });

  it('No Password Required: opens directly, without registration; replying needs registration', async () => {
    const { svc, html } = await sent({ security: 'none' });
    const r = await svc.res.openEnvelope({ html, address: BOB });
    expect(r.ok && r.value.content.text).toBe(MESSAGE.text);
    expect(r.ok && r.value.actions).toEqual({ reply: false, replyAll: false, forward: false });
    expect(code(await svc.res.reply({ html, address: BOB, text: 'Thanks' }))).toBe('res.reply-requires-registration');
  });

  it('the attachments come back byte for byte', async () => {
    const { svc, html } = await sent({ security: 'none', algorithm: 'AES-192' });
    const r = await svc.res.openEnvelope({ html, address: 'carol@partner.example' });
    expect(r.ok && r.value.content.attachments).toEqual(MESSAGE.attachments);
  });

  it('when the address is not a recipient then it is refused (select a different address)', async () => {
    const { svc, html } = await sent({ security: 'none' });
    expect(code(await svc.res.openEnvelope({ html, address: 'mallory@evil.example' }))).toBe('res.not-a-recipient');
  });

  it('when a ciphertext character of the envelope is changed then it is refused as tampered', async () => {
    const { svc, html } = await sent({ security: 'none' });
    const tampered = html.replace(/"ciphertext":"(.)/, (_, c: string) => `"ciphertext":"${c === 'A' ? 'B' : 'A'}`);
    expect(tampered).not.toBe(html);
    expect(code(await svc.res.openEnvelope({ html: tampered, address: BOB }))).toBe('res.envelope-tampered');
  });

  it('when the visible sender in the envelope data is changed then it is refused as tampered', async () => {
    const { svc, html } = await sent({ security: 'none' });
    const forged = html.replace('"from":"alice@example.com"', '"from":"ceo@example.com"');
    expect(code(await svc.res.openEnvelope({ html: forged, address: BOB }))).toBe('res.envelope-tampered');
  });

  it('when the file is not an envelope, or unknown to the key service, then it is refused', async () => {
    const { svc, html } = await sent({ security: 'none' });
    expect(code(await svc.res.openEnvelope({ html: '<html></html>', address: BOB }))).toBe('res.envelope-malformed');
    const unknown = html.replace(/"messageId":"[^"]+"/, '"messageId":"nope"');
    expect(code(await svc.res.openEnvelope({ html: unknown, address: BOB }))).toBe('res.envelope-unknown');
  });
});

describe('wrong passwords and lock-out', () => {
  it('when five consecutive passwords are wrong then the account is locked for an hour, even for the right password', async () => {
    const { svc, html } = await sent({ security: 'high' });
    await svc.res.register({ address: BOB, password: PASSWORD, phrase: 'heron at dawn' });
    for (let i = 4; i >= 1; i--) {
      const r = await svc.res.openEnvelope({ html, address: BOB, password: 'Wrong1234' });
      expect(code(r)).toBe('res.wrong-password');
      expect(!r.ok && r.error.message).toContain(`${i} attempt${i === 1 ? '' : 's'} left`);
    }
    expect(code(await svc.res.openEnvelope({ html, address: BOB, password: 'Wrong1234' }))).toBe('res.recipient-locked-out');
    expect(code(await svc.res.openEnvelope({ html, address: BOB, password: PASSWORD }))).toBe('res.recipient-locked-out');
    expect((await svc.res.recipient(BOB)).lockedUntil).toBe((await svc.clock.now()) + 3_600_000);
    await svc.clock.advance(3_600_000);
    expect(code(await svc.res.openEnvelope({ html, address: BOB, password: PASSWORD }))).toBe('ok');
  });

  it('when a correct password follows failures then the count starts again', async () => {
    const { svc, html } = await sent({ security: 'high' });
    await svc.res.register({ address: BOB, password: PASSWORD, phrase: 'heron at dawn' });
    for (let i = 0; i < 4; i++) await svc.res.openEnvelope({ html, address: BOB, password: 'Wrong1234' });
    expect(code(await svc.res.openEnvelope({ html, address: BOB, password: PASSWORD }))).toBe('ok');
    const r = await svc.res.openEnvelope({ html, address: BOB, password: 'Wrong1234' });
    expect(!r.ok && r.error.message).toContain('4 attempts left');
  });

  it('registration refuses a weak password and a second registration', async () => {
    const { svc } = await fresh();
    expect(code(await svc.res.register({ address: BOB, password: 'password', phrase: 'heron' }))).toBe('res.weak-password');
    expect(code(await svc.res.register({ address: BOB, password: PASSWORD, phrase: 'heron' }))).toBe('ok');
    expect(code(await svc.res.register({ address: 'BOB@partner.example', password: PASSWORD, phrase: 'heron' }))).toBe(
      'res.already-registered',
    );
    expect(await svc.res.recipient(BOB)).toEqual({ address: BOB, registered: true, phrase: 'heron', lockedUntil: null });
  });
});

describe('Lock, Unlock, Expire', () => {
  it('when locked then opening is refused with the reason; when unlocked it opens again', async () => {
    const { svc, html, id } = await sent({ security: 'none' });
    expect(await svc.res.lock(id, 'Sent to the wrong person')).toMatchObject({ ok: true, value: { status: 'locked' } });
    const r = await svc.res.openEnvelope({ html, address: BOB });
    expect(code(r)).toBe('res.message-locked');
    expect(!r.ok && r.error.message).toContain('Sent to the wrong person');
    expect(code(await svc.res.lock(id))).toBe('res.message-already-locked');
    expect(await svc.res.unlock(id)).toMatchObject({ ok: true, value: { status: 'active' } });
    expect(code(await svc.res.unlock(id))).toBe('res.message-not-locked');
    expect(code(await svc.res.openEnvelope({ html, address: BOB }))).toBe('ok');
  });

  it('when an expiry date is set then the message opens until then and is refused after', async () => {
    const { svc, html, id } = await sent({ security: 'none' });
    const now = await svc.clock.now();
    expect(await svc.res.expire(id, now + DAY_MS)).toMatchObject({ ok: true, value: { status: 'active', expiresAt: now + DAY_MS } });
    expect(code(await svc.res.openEnvelope({ html, address: BOB }))).toBe('ok');
    await svc.clock.advance(DAY_MS);
    expect(code(await svc.res.openEnvelope({ html, address: BOB }))).toBe('res.message-expired');
    expect((await svc.res.messages())[0].status).toBe('expired');
    expect(code(await svc.res.expire(id, Number.NaN))).toBe('res.bad-expiry');
    expect(code(await svc.res.lock('nope'))).toBe('res.unknown-message');
  });
});

describe('read receipts', () => {
  it('when enabled then the first opening by each recipient produces a receipt to the sender, kept at the key service', async () => {
    const { svc, html, id } = await sent({ security: 'none', readReceipts: true });
    const first = await svc.res.openEnvelope({ html, address: BOB });
    expect(first.ok && first.value.readReceipt).toMatchObject({ to: 'alice@example.com', subject: 'Read: Quarterly figures', reader: BOB });
    expect(first.ok && first.value.readReceipt?.text).toContain(`opened by ${BOB}`);
    const second = await svc.res.openEnvelope({ html, address: BOB });
    expect(second.ok && second.value.readReceipt).toBeNull();
    const carol = await svc.res.openEnvelope({ html, address: 'carol@partner.example' });
    expect(carol.ok && carol.value.readReceipt?.reader).toBe('carol@partner.example');
    const m = await svc.res.message(id);
    expect(m.ok && m.value.receipts.map((x) => x.reader)).toEqual([BOB, 'carol@partner.example']);
    expect(m.ok && m.value.openedBy.map((o) => o.address)).toEqual([BOB, BOB, 'carol@partner.example']);
  });

  it('when disabled then openings are logged but no receipt is produced', async () => {
    const { svc, html, id } = await sent({ security: 'none', readReceipts: false });
    const r = await svc.res.openEnvelope({ html, address: BOB });
    expect(r.ok && r.value.readReceipt).toBeNull();
    const m = await svc.res.message(id);
    expect(m.ok && [m.value.receipts.length, m.value.openedBy.length]).toEqual([0, 1]);
  });
});

describe('Secure Reply, Reply All and Forward', () => {
  const signedIn = { address: BOB, password: PASSWORD };

  it('Reply is open to a registered recipient and produces an encrypted envelope to the sender', async () => {
    const { svc, html, id } = await sent({ security: 'high', secureReplyAll: false, secureForwarding: false });
    await svc.res.register({ address: BOB, password: PASSWORD, phrase: 'heron at dawn' });
    const opened = await svc.res.openEnvelope({ html, ...signedIn });
    expect(opened.ok && opened.value.actions).toEqual({ reply: true, replyAll: false, forward: false });
    const r = await svc.res.reply({ html, ...signedIn, text: 'Got it, thanks.' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.notification).toMatchObject({ from: BOB, to: ['alice@example.com'], cc: [], subject: 'Re: Quarterly figures' });
    const listed = (await svc.res.messages()).find((m) => m.id === r.value.messageId);
    expect(listed).toMatchObject({ origin: 'secure-reply', sender: BOB, recipients: ['alice@example.com'], security: 'high' });
    // The original sender opens the reply like any recipient.
    await svc.res.register({ address: 'alice@example.com', password: 'Sender2026x', phrase: 'sender phrase' });
    const back = await svc.res.openEnvelope({
      html: r.value.notification.envelopeHtml,
      address: 'alice@example.com',
      password: 'Sender2026x',
    });
    expect(back.ok && back.value.content.text).toMatch(/^Got it, thanks\.\n\n-----Original Message-----\nFrom: alice@example\.com/);
    expect((await svc.res.message(id)).ok).toBe(true);
  });

  it('Reply All and Forward are refused unless the profile enabled them', async () => {
    const { svc, html } = await sent({ security: 'high', secureReplyAll: false, secureForwarding: false });
    await svc.res.register({ address: BOB, password: PASSWORD, phrase: 'heron at dawn' });
    expect(code(await svc.res.reply({ html, ...signedIn, text: 'x', all: true }))).toBe('res.reply-all-not-allowed');
    expect(code(await svc.res.forward({ html, ...signedIn, text: 'x', to: ['dave@other.example'] }))).toBe('res.forward-not-allowed');
  });

  it('when enabled, Reply All goes to the sender and the other recipients, and Forward carries the attachments', async () => {
    const { svc, html } = await sent({ security: 'medium', secureReplyAll: true, secureForwarding: true });
    await svc.res.register({ address: BOB, password: PASSWORD, phrase: 'heron at dawn' });
    const all = await svc.res.reply({ html, ...signedIn, text: 'All: noted.', all: true });
    expect(all.ok && [all.value.notification.to, all.value.notification.cc]).toEqual([['alice@example.com'], ['carol@partner.example']]);
    expect(code(await svc.res.forward({ html, ...signedIn, text: 'FYI', to: ['not an address'] }))).toBe('res.forward-no-recipients');
    const fw = await svc.res.forward({ html, ...signedIn, text: 'FYI', to: ['dave@other.example'] });
    if (!fw.ok) throw new Error(fw.error.message);
    expect(fw.value.notification).toMatchObject({ to: ['dave@other.example'], subject: 'Fw: Quarterly figures' });
    const opened = await svc.res.openEnvelope({ html: fw.value.notification.envelopeHtml, address: 'dave@other.example' });
    expect(code(opened)).toBe('res.registration-required');
  });

  it('a wrong password on reply counts towards the lock-out', async () => {
    const { svc, html } = await sent({ security: 'high' });
    await svc.res.register({ address: BOB, password: PASSWORD, phrase: 'heron at dawn' });
    const r = await svc.res.reply({ html, address: BOB, password: 'Wrong1234', text: 'x' });
    expect(!r.ok && r.error.message).toContain('4 attempts left');
  });
});

describe('persistence', () => {
  it('when the database is reopened then registrations, keys, locks and opens are still there', async () => {
    const { svc, db, html, id } = await sent({ security: 'high', readReceipts: true }, 'res-persist');
    await svc.res.register({ address: BOB, password: PASSWORD, phrase: 'heron at dawn' });
    await svc.res.openEnvelope({ html, address: BOB, password: PASSWORD });
    await svc.res.expire(id, (await svc.clock.now()) + 7 * DAY_MS);
    db.close();
    const again = await createService(new PlaygroundDb('res-persist'));
    const [m] = await again.res.messages();
    expect(m).toMatchObject({ id, status: 'active', expiresAt: expect.any(Number) });
    expect(m.receipts).toHaveLength(1);
    const r = await again.res.openEnvelope({ html, address: BOB, password: PASSWORD });
    expect(r.ok && r.value.content.subject).toBe('Quarterly figures');
  });
});
