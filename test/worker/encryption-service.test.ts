import { describe, expect, it } from 'vitest';
import { PlaygroundDb } from '../../src/db/schema.ts';
import { parseEnvelopeHtml } from '../../src/engine/encryption/envelope.ts';
import { createService } from '../../src/worker/service.ts';
import { commitEncryption, DAY_MS, MESSAGE, profile, readyToEncrypt, REQUEST, SERIAL } from '../engine/encryption/helpers.ts';
import { fresh } from '../helpers/fresh.ts';

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

describe('Provision: preconditions, first failing one reported', () => {
  it('when encryption is not enabled (committed) then Provision says so', async () => {
    const { svc } = await fresh();
    expect(code(await svc.encryption.provision('Standard'))).toBe('encryption.provision-disabled');
  });

  it('when the profile is only submitted, not committed, then Provision asks for a commit', async () => {
    const { svc } = await fresh();
    await commitEncryption(svc, []);
    const { candidate } = await svc.config.view();
    await svc.config.submit('encryption', { ...candidate.encryption, profiles: [profile('Standard')] }, 'Add profile');
    const r = await svc.encryption.provision('Standard');
    expect(code(r)).toBe('encryption.provision-profile-not-committed');
    expect(!r.ok && r.error.message).toContain('Commit your changes');
  });

  it('when the profile does not exist then Provision says so', async () => {
    const { svc } = await fresh();
    await commitEncryption(svc, [profile('Standard')]);
    expect(code(await svc.encryption.provision('Nope'))).toBe('encryption.provision-unknown-profile');
  });

  it('when the profile uses a local key server then it is not provisioned', async () => {
    const { svc } = await fresh();
    await commitEncryption(svc, [
      profile('Local', {
        keyService: 'local',
        localKeyServer: { internalUrl: 'https://enc.example.com', externalUrl: 'https://enc.example.com' },
      }),
    ]);
    expect(code(await svc.encryption.provision('Local'))).toBe('encryption.provision-local-key-service');
  });

  it('when no account holds the serial then Provision asks for a provisioning request', async () => {
    const { svc } = await fresh();
    await commitEncryption(svc, [profile('Standard')]);
    const r = await svc.encryption.provision('Standard');
    expect(code(r)).toBe('encryption.provision-no-account');
    expect(!r.ok && r.error.message).toContain(SERIAL);
  });

  it('when the request is pending then Provision fails until the clock passes the fulfilment time, then succeeds', async () => {
    const { svc } = await fresh();
    await commitEncryption(svc, [profile('Standard')]);
    expect((await svc.res.requestProvisioning(REQUEST)).ok).toBe(true);
    const before = await svc.encryption.provision('Standard');
    expect(code(before)).toBe('encryption.provision-request-pending');
    expect(!before.ok && before.error.message).toContain('pending until Tue, 13 Jan 2026 09:00:00 +0000');
    await svc.clock.advance(DAY_MS - 60_000);
    expect(code(await svc.encryption.provision('Standard'))).toBe('encryption.provision-request-pending');
    await svc.clock.advance(60_000);
    const after = await svc.encryption.provision('Standard');
    expect(after).toMatchObject({
      ok: true,
      value: { profile: 'Standard', accountNumber: '310001', accountName: 'Example Corp', serial: SERIAL },
    });
  });

  it('when the configured account number does not exist then Provision says so', async () => {
    const { svc } = await fresh();
    await commitEncryption(svc, [profile('Standard')]);
    await svc.config.submit('resLink', { accountNumber: '123456', accountName: '' }, 'RES link');
    await svc.config.commit('link');
    expect(code(await svc.encryption.provision('Standard'))).toBe('encryption.provision-unknown-account');
  });

  it('when the account exists but lacks this serial then Provision says so, and works once it is added', async () => {
    const { svc } = await fresh();
    await commitEncryption(svc, [profile('Standard')]);
    await svc.res.requestProvisioning({ ...REQUEST, serials: ['564D3C1A2B3C4D5E6F70-A1B2C3D4E5F6'] });
    await svc.clock.advance(DAY_MS);
    await svc.config.submit('resLink', { accountNumber: '310001', accountName: 'Example Corp' }, 'RES link');
    await svc.config.commit('link');
    expect(code(await svc.encryption.provision('Standard'))).toBe('encryption.provision-serial-not-on-account');
    const added = await svc.res.requestProvisioning({ accountNumber: '310001', serials: [SERIAL] });
    expect(added.ok && added.value.kind).toBe('add-to-account');
    expect(code(await svc.encryption.provision('Standard'))).toBe('encryption.provision-request-pending');
    await svc.clock.advance(DAY_MS);
    expect(code(await svc.encryption.provision('Standard'))).toBe('ok');
    expect((await svc.res.accounts()).map((a) => a.number)).toEqual(['310001']);
  });
});

describe('provisioning status', () => {
  it('shows Not Provisioned → Provisioned (Re-provision), per profile, and n/a for a local key server', async () => {
    const { svc } = await fresh();
    const local = profile('Local', { keyService: 'local', localKeyServer: { internalUrl: 'https://enc.example.com', externalUrl: '' } });
    await commitEncryption(svc, [profile('High'), profile('Medium', { security: 'medium' }), local]);
    await svc.res.requestProvisioning(REQUEST);
    await svc.clock.advance(DAY_MS);
    expect((await svc.encryption.provisioningStatus()).map((s) => [s.profile, s.status, s.action])).toEqual([
      ['High', 'not-provisioned', 'Provision'],
      ['Medium', 'not-provisioned', 'Provision'],
      ['Local', 'not-applicable', null],
    ]);
    await svc.encryption.provision('High');
    const status = await svc.encryption.provisioningStatus();
    expect(status[0]).toMatchObject({ status: 'provisioned', action: 'Re-provision', accountNumber: '310001' });
    expect(status[1].status).toBe('not-provisioned');
    expect(await svc.encryption.provisioningStatus('machine:esa2.example.com').catch((e: Error) => e.message)).toContain(
      'no configuration',
    );
  });

  it('when the database is reopened then provisioning, accounts and messages are still there', async () => {
    const { db, svc } = await fresh('enc-persist');
    await readyToEncrypt(svc, [profile('Standard')]);
    const sent = await svc.encryption.encryptMessage({ message: MESSAGE, profile: 'Standard' });
    expect(sent.ok).toBe(true);
    db.close();
    const again = await createService(new PlaygroundDb('enc-persist'));
    expect((await again.encryption.provisioningStatus())[0].status).toBe('provisioned');
    expect((await again.res.accounts())[0].serials).toEqual([SERIAL]);
    expect((await again.res.messages()).map((m) => m.subject)).toEqual(['Quarterly figures']);
    expect((await again.res.requests())[0].status).toBe('fulfilled');
  });
});

describe('encryptMessage (for the mail flow)', () => {
  it('when provisioned then the message is encrypted and the key and metadata are at the key service', async () => {
    const { db, svc } = await fresh();
    await readyToEncrypt(svc, [profile('Standard', { algorithm: 'ARC4' })]);
    const r = await svc.encryption.encryptMessage({ message: MESSAGE, profile: 'Standard', subject: '[Encrypted] $Subject' });
    if (!r.ok) throw new Error(r.error.message);
    const n = r.value.notification;
    expect(n.subject).toBe('[Encrypted] Quarterly figures');
    expect(n.attachments[0].name).toBe('securedoc_20260113T090000.html');
    expect(parseEnvelopeHtml(n.envelopeHtml)?.data).toMatchObject({
      accountNumber: '310001',
      algorithm: 'ARC4',
      messageId: n.resMessageId,
    });
    expect(await db.resKeys.get(n.resMessageId)).toMatchObject({ algorithm: 'ARC4' });
    const [listed] = await svc.res.messages();
    expect(listed).toMatchObject({
      id: n.resMessageId,
      sender: 'alice@example.com',
      recipients: ['bob@partner.example', 'carol@partner.example'],
      status: 'active',
    });
  });

  it("the notification uses the profile's text resources", async () => {
    const { svc } = await fresh();
    const { candidate } = await svc.config.view();
    await svc.config.submit(
      'textResources',
      [...candidate.textResources, { name: 'Branded', type: 'encryption-text', text: 'Secure mail from $From: $Subject' }],
      'Text resource',
    );
    await svc.config.commit('text');
    const p = profile('Standard');
    await readyToEncrypt(svc, [{ ...p, notifications: { ...p.notifications, textTemplate: 'Branded' } }]);
    const r = await svc.encryption.encryptMessage({ message: MESSAGE, profile: 'Standard' });
    expect(r.ok && r.value.notification.text).toBe('Secure mail from alice@example.com: Quarterly figures');
  });

  it('when the message is over the maximum size to encrypt then nothing is stored and a typed failure is returned', async () => {
    const { db, svc } = await fresh();
    await commitEncryption(svc, [profile('Standard')], { maxMessageSize: '1k' });
    await svc.res.requestProvisioning(REQUEST);
    await svc.clock.advance(DAY_MS);
    await svc.encryption.provision('Standard');
    const big = { ...MESSAGE, attachments: [{ name: 'big.bin', contentType: 'application/octet-stream', data: new Uint8Array(4096) }] };
    const r = await svc.encryption.encryptMessage({ message: big, profile: 'Standard' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('encryption.too-large');
    expect(r.failure).toMatchObject({
      reason: 'too-large',
      limitBytes: 1024,
      notification: { to: ['alice@example.com'], subject: '[ENCRYPTION FAILURE] Quarterly figures' },
    });
    expect(await db.resMessages.count()).toBe(0);
  });

  it.each([
    ['encryption disabled', 'not-enabled'],
    ['an unknown profile', 'unknown-profile'],
    ['a profile not provisioned', 'not-provisioned'],
  ])('when %s then the message is not encrypted (%s)', async (_, reason) => {
    const { svc } = await fresh();
    if (reason !== 'not-enabled') await commitEncryption(svc, [profile('Standard')]);
    const r = await svc.encryption.encryptMessage({ message: MESSAGE, profile: reason === 'unknown-profile' ? 'Missing' : 'Standard' });
    expect(!r.ok && r.failure.reason).toBe(reason);
    expect(!r.ok && r.failure.notification.to).toEqual(['alice@example.com']);
  });
});

describe('Example Message preview', () => {
  it('gives the notification, the envelope page and the opened message as strings, storing nothing', async () => {
    const { db, svc } = await fresh();
    const preview = await svc.encryption.examplePreview(profile('Draft', { security: 'none', secureForwarding: true }));
    expect(preview.fileName).toBe('securedoc_20260112T090000.html');
    expect(preview.notification.subject).toBe('Example secure message');
    expect(preview.envelopeHtml).toContain('No Password Required');
    expect(preview.openedHtml).toContain('This is an example of a message encrypted');
    expect(preview.openedHtml).toContain('<button type="button">Forward</button>');
    expect(preview.openedHtml).not.toContain('Reply All');
    expect(await db.resMessages.count()).toBe(0);
  });
});

describe('database upgrade', () => {
  it('when a version 1 database is opened then the key service tables are added and the configuration kept', async () => {
    const { Dexie } = await import('dexie');
    const v1 = new Dexie('enc-upgrade');
    v1.version(1).stores({ config: 'scope', pending: 'scope', commits: '++id, scope, at', kv: 'key' });
    await v1.table('kv').put({ key: 'clock', value: 123_000 });
    v1.close();
    const { db, svc } = await fresh('enc-upgrade');
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['resAccounts', 'tracking', 'mailboxes', 'quarantine']));
    expect(await svc.clock.now()).toBe(123_000);
    expect(await svc.res.accounts()).toEqual([]);
  });
});
