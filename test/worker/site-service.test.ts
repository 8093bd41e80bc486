import { describe, expect, it } from 'vitest';
import { createPolicyFromTemplate } from '../../src/engine/dlp/index.ts';
import type { MessageAction } from '../../src/engine/config/schema/index.ts';
import { serialFor } from '../../src/engine/site/index.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import { DAY_MS, profile, SERIAL } from '../engine/encryption/helpers.ts';
import { fresh } from '../helpers/fresh.ts';
import { cardMessage } from '../helpers/card-message.ts';

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);
const ESA1 = 'machine:esa1.example.com';
const ESA2 = 'machine:esa2.example.com';
const SERIAL2 = serialFor('esa2.example.com');

async function twoMachines(svc: EngineApi) {
  expect(code(await svc.site.createCluster('Cluster_1'))).toBe('ok');
  expect(code(await svc.site.join('esa2.example.com'))).toBe('ok');
}

/** Encryption with one RES profile, submitted and committed at `scope`. */
async function encryptionAt(svc: EngineApi, scope: string) {
  const { candidate } = await svc.config.view(scope);
  const r = await svc.config.submit(
    'encryption',
    { ...candidate.encryption, enabled: true, licenseAccepted: true, profiles: [profile('CRES_MED', { security: 'medium' })] },
    'Encryption',
    scope,
  );
  expect(code(r)).toBe('ok');
  expect(code(await svc.config.commit('encryption', scope))).toBe('ok');
}

const hold: MessageAction = {
  name: 'Hold',
  description: '',
  primary: { kind: 'quarantine', quarantine: 'Policy' },
  copyToQuarantine: null,
  encryption: null,
  modifySubject: null,
  disclaimer: null,
  alternateHost: null,
  bcc: null,
  notification: null,
};

describe('a standalone appliance', () => {
  it('when nothing cluster-related was done then no layout is stored and the site reports one standalone machine', async () => {
    const { svc, db } = await fresh();
    expect(await db.kv.get('site')).toBeUndefined();
    const layout = await svc.site.layout();
    expect(layout.mode).toBe('standalone');
    expect(layout.machines).toEqual([{ hostname: 'esa1.example.com', serial: SERIAL, group: null }]);
  });

  it('when there are pending changes then Create Cluster asks to commit first', async () => {
    const { svc } = await fresh();
    const { candidate } = await svc.config.view();
    await svc.config.submit('encryption', { ...candidate.encryption, adminEmail: 'a@example.com' }, 'x');
    expect(code(await svc.site.createCluster('Cluster_1'))).toBe('site.pending-changes');
  });
});

describe('a cluster of two machines', () => {
  it('when the cluster is created then the standalone settings are at Cluster level and esa2 inherits them', async () => {
    const { svc } = await fresh();
    await encryptionAt(svc, ESA1);
    await twoMachines(svc);
    expect((await svc.site.effective('esa2.example.com')).encryption.profiles.map((p) => p.name)).toEqual(['CRES_MED']);
    expect((await svc.site.effective('esa2.example.com')).appliance.serialNumber).toBe(SERIAL2);
    expect((await svc.site.definitions(ESA2)).encryption).toBe('cluster');
  });

  it('when a machine submits a section it inherits then it is refused until overridden', async () => {
    const { svc } = await fresh();
    await twoMachines(svc);
    const { candidate } = await svc.config.view(ESA2);
    const r = await svc.config.submit('encryption', { ...candidate.encryption, adminEmail: 'a@example.com' }, 'x', ESA2);
    expect(code(r)).toBe('site.section-not-defined');
    expect(r.ok ? '' : r.error.message).toContain('Cluster level');
    expect(code(await svc.site.override(ESA2, 'encryption', 'inherited'))).toBe('ok');
    expect(code(await svc.config.submit('encryption', { ...candidate.encryption, adminEmail: 'a@example.com' }, 'x', ESA2))).toBe('ok');
  });

  it('when encryption is set at Cluster level then each machine provisions with its own serial on the account', async () => {
    const { svc } = await fresh();
    await twoMachines(svc);
    await encryptionAt(svc, 'cluster');
    expect(code(await svc.encryption.provision('CRES_MED', 'cluster'))).toBe('site.unknown-machine');
    // Only esa1's serial on the account: esa2 cannot provision.
    expect(
      code(
        await svc.res.requestProvisioning({
          accountName: 'Example Corp',
          administrators: ['admin@example.com'],
          serials: [SERIAL],
          domains: ['example.com'],
        }),
      ),
    ).toBe('ok');
    await svc.clock.advance(3 * DAY_MS);
    expect(code(await svc.encryption.provision('CRES_MED', ESA1))).toBe('ok');
    expect(code(await svc.encryption.provision('CRES_MED', ESA2))).toBe('encryption.provision-no-account');
    const [account] = await svc.res.accounts();
    expect(
      code(
        await svc.res.requestProvisioning({ accountNumber: account.number, administrators: [], serials: [SERIAL2], domains: [] } as never),
      ),
    ).toBe('ok');
    await svc.clock.advance(3 * DAY_MS);
    expect(code(await svc.encryption.provision('CRES_MED', ESA2))).toBe('ok');
    expect((await svc.encryption.provisioningStatus(ESA2))[0].status).toBe('provisioned');
  });

  it('when mail is sent through esa2 and quarantined centrally then the SMA lists it and releases it', async () => {
    const { svc, db } = await fresh();
    await twoMachines(svc);
    // On at Cluster level first: the cluster's DLP actions then see the SMA's quarantines (Policy).
    expect(code(await svc.site.setCentralQuarantines('cluster', true))).toBe('ok');
    const { candidate } = await svc.config.view('cluster');
    expect(candidate.quarantines.map((q) => q.name)).toContain('Policy');
    const pci = createPolicyFromTemplate('pci-dss');
    pci.actions.critical = hold.name;
    expect(
      code(
        await svc.config.submit(
          'dlp',
          { ...candidate.dlp, enabled: true, licenseAccepted: true, messageActions: [hold], policies: [pci] },
          'DLP',
          'cluster',
        ),
      ),
    ).toBe('ok');
    expect(
      code(
        await svc.config.submit(
          'outgoingPolicies',
          { policies: [], defaultPolicy: { dlp: { mode: 'enabled', policies: [pci.name] } } },
          'Policies',
          'cluster',
        ),
      ),
    ).toBe('ok');
    expect(code(await svc.config.commit('DLP', 'cluster'))).toBe('ok');
    // The rule of §1.3: the setting at machine level while DLP is at Cluster level is refused.
    expect(code(await svc.site.setCentralQuarantines(ESA2, true))).toBe('site.central-level');
    expect(code(await svc.site.override(ESA1, 'dlp', 'inherited'))).toBe('site.central-level');

    const sent = await svc.mail.send(cardMessage(), ESA2);
    expect(code(sent)).toBe('ok');
    const mid = sent.ok ? sent.value.mids[0] : 0;
    expect((await svc.tracking.details(mid))?.record.host).toBe('esa2.example.com');
    expect((await svc.tracking.search({ host: 'esa2.example.com' })).rows.map((r) => r.mid)).toEqual([mid]);
    expect((await svc.tracking.search({ host: 'esa1.example.com' })).total).toBe(0);

    const held = await svc.site.smaMessages();
    expect(held.map((h) => [h.mid, h.host, h.quarantine])).toEqual([[mid, 'esa2.example.com', 'Policy']]);
    const scope = await svc.site.smaScopeOf(held[0].id!);
    expect(scope).toEqual({ ok: true, value: ESA2 });
    expect(code(await svc.quarantine.release(held[0].id!, ESA2))).toBe('ok');
    expect(await svc.site.smaMessages()).toEqual([]);
    expect((await db.mailboxes.where('address').equals('bob@partner.example').toArray()).length).toBe(1);
  });

  it("when a message held for esa2 is released then it encrypts with esa2's provisioning, whatever mode released it", async () => {
    const { svc, db } = await fresh();
    await twoMachines(svc);
    await encryptionAt(svc, 'cluster');
    // Only esa2 is provisioned: esa1's ports would fail the encryption.
    expect(
      code(
        await svc.res.requestProvisioning({
          accountName: 'Example Corp',
          administrators: ['admin@example.com'],
          serials: [SERIAL, SERIAL2],
          domains: ['example.com'],
        }),
      ),
    ).toBe('ok');
    await svc.clock.advance(DAY_MS);
    expect(code(await svc.encryption.provision('CRES_MED', ESA2))).toBe('ok');
    const { candidate } = await svc.config.view('cluster');
    const holdEncrypt: MessageAction = {
      ...hold,
      primary: { kind: 'quarantine', quarantine: 'DLP Quarantine' },
      encryption: { rule: 'always', profile: 'CRES_MED', subject: '$Subject' },
    };
    const pci = createPolicyFromTemplate('pci-dss');
    pci.actions.critical = holdEncrypt.name;
    const local = { ...candidate.quarantines[0], name: 'DLP Quarantine', system: false };
    expect(code(await svc.config.submit('quarantines', [...candidate.quarantines, local], 'Q', 'cluster'))).toBe('ok');
    expect(
      code(
        await svc.config.submit(
          'dlp',
          { ...candidate.dlp, enabled: true, licenseAccepted: true, messageActions: [holdEncrypt], policies: [pci] },
          'DLP',
          'cluster',
        ),
      ),
    ).toBe('ok');
    expect(
      code(
        await svc.config.submit(
          'outgoingPolicies',
          { policies: [], defaultPolicy: { dlp: { mode: 'enabled', policies: [pci.name] } } },
          'Policies',
          'cluster',
        ),
      ),
    ).toBe('ok');
    expect(code(await svc.config.commit('DLP', 'cluster'))).toBe('ok');

    const sent = await svc.mail.send(cardMessage(), ESA2);
    const mid = sent.ok ? sent.value.mids[0] : 0;
    const [item] = await svc.quarantine.list('DLP Quarantine');
    expect(item.mid).toBe(mid);
    // Released from the page in Cluster mode (or esa1's): the message still leaves through esa2.
    expect(code(await svc.quarantine.release(item.id!, ESA1))).toBe('ok');
    const record = (await svc.tracking.details(mid))?.record;
    expect(record?.eventTypes).toContain('encrypted');
    const inbox = await db.mailboxes.where('address').equals('bob@partner.example').toArray();
    expect(inbox.map((m) => m.kind)).toEqual(['encrypted']);
  });

  it('when the SMA lacks a quarantine a DLP action names then turning centralized quarantines on is refused', async () => {
    const { svc } = await fresh();
    await twoMachines(svc);
    const { candidate } = await svc.config.view('cluster');
    const local = { ...candidate.quarantines[0], name: 'Local DLP', system: false };
    const act = { ...hold, primary: { kind: 'quarantine' as const, quarantine: 'Local DLP' } };
    expect(code(await svc.config.submit('quarantines', [...candidate.quarantines, local], 'Q', 'cluster'))).toBe('ok');
    expect(code(await svc.config.submit('dlp', { ...candidate.dlp, messageActions: [act] }, 'DLP', 'cluster'))).toBe('ok');
    expect(code(await svc.config.commit('x', 'cluster'))).toBe('ok');
    expect(code(await svc.site.setCentralQuarantines('cluster', true))).toBe('config.invalid');
  });

  it('when it is turned on with migration then the missing policy quarantine is created on the SMA and the action works there', async () => {
    const { svc } = await fresh();
    await twoMachines(svc);
    const { candidate } = await svc.config.view('cluster');
    const local = { ...candidate.quarantines[1], name: 'Local DLP', system: false, retention: { value: 3, unit: 'days' as const } };
    const act = { ...hold, primary: { kind: 'quarantine' as const, quarantine: 'Local DLP' } };
    expect(code(await svc.config.submit('quarantines', [...candidate.quarantines, local], 'Q', 'cluster'))).toBe('ok');
    expect(code(await svc.config.submit('dlp', { ...candidate.dlp, messageActions: [act] }, 'DLP', 'cluster'))).toBe('ok');
    expect(code(await svc.config.commit('x', 'cluster'))).toBe('ok');
    expect(code(await svc.site.setCentralQuarantines('cluster', true, true))).toBe('ok');
    const sma = (await svc.site.layout()).sma.quarantines;
    expect(sma.filter((q) => q.name === 'Local DLP').map((q) => q.retention)).toEqual([{ value: 3, unit: 'days' }]);
    expect((await svc.site.effective('esa2.example.com')).quarantines).toEqual(sma);
  });
});
