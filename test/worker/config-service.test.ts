import { describe, expect, it } from 'vitest';
import { PlaygroundDb } from '../../src/db/schema.ts';
import { createService } from '../../src/worker/service.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import { fresh } from '../helpers/fresh.ts';

const enableDlp = async (svc: EngineApi) => {
  const { candidate } = await svc.config.view();
  return svc.config.submit(
    'dlp',
    { ...candidate.dlp, enabled: true, licenseAccepted: true, matchedContentLogging: true },
    'DLP global settings',
  );
};

describe('Submit, Commit, Abandon', () => {
  it('when a section is submitted then it is pending and the committed configuration is unchanged', async () => {
    const { svc } = await fresh();
    const r = await enableDlp(svc);
    expect(r).toEqual({ ok: true, value: { pendingCount: 1 } });
    const view = await svc.config.view();
    expect(view.committed.dlp.enabled).toBe(false);
    expect(view.candidate.dlp.enabled).toBe(true);
    expect(view.diff.map((d) => d.path)).toEqual(['$.dlp.enabled', '$.dlp.licenseAccepted', '$.dlp.matchedContentLogging']);
  });

  it('when an invalid section is submitted then it is refused with located issues and nothing is pending', async () => {
    const { svc } = await fresh();
    const { candidate } = await svc.config.view();
    const r = await svc.config.submit('encryption', { ...candidate.encryption, enabled: true, adminEmail: 'nobody' }, 'Encryption');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.map((i) => i.path)).toEqual(['$.encryption.adminEmail', '$.encryption.licenseAccepted']);
    expect((await svc.config.view()).pending).toEqual([]);
  });

  it('when the same values are submitted again then no change is added', async () => {
    const { svc } = await fresh();
    await enableDlp(svc);
    const r = await enableDlp(svc);
    expect(r.ok && r.value.pendingCount).toBe(1);
  });

  it('when committed with a comment then the change applies and is recorded in the history', async () => {
    const { svc } = await fresh();
    await enableDlp(svc);
    const r = await svc.config.commit('Enable DLP for the PCI pilot');
    expect(r.ok).toBe(true);
    const view = await svc.config.view();
    expect(view.committed.dlp.enabled).toBe(true);
    expect(view.pending).toEqual([]);
    const [record] = await svc.config.history();
    expect(record).toMatchObject({ comment: 'Enable DLP for the PCI pilot', user: 'admin', changeCount: 1 });
    expect(record.summary).toContain('$.dlp.enabled: false → true');
  });

  it('when there is nothing pending then Commit and Abandon say so', async () => {
    const { svc } = await fresh();
    expect(await svc.config.commit('x')).toMatchObject({ ok: false, error: { code: 'config.nothing-pending' } });
    expect(await svc.config.abandon()).toMatchObject({ ok: false, error: { code: 'config.nothing-pending' } });
  });

  it('when abandoned then every pending change is discarded and the committed configuration stays', async () => {
    const { svc } = await fresh();
    await enableDlp(svc);
    expect(await svc.config.abandon()).toEqual({ ok: true, value: { discarded: 1 } });
    const view = await svc.config.view();
    expect(view.candidate.dlp.enabled).toBe(false);
    expect(view.pending).toEqual([]);
  });

  it('when an unknown section is submitted then it is refused', async () => {
    const { svc } = await fresh();
    const r = await svc.config.submit('bogus' as never, {} as never, 'x');
    expect(r).toMatchObject({ ok: false, error: { code: 'config.unknown-section' } });
  });
});

describe('persistence', () => {
  it('when the database is reopened then pending and committed state are still there', async () => {
    const { db, svc } = await fresh('persist');
    await enableDlp(svc);
    await svc.config.commit('first');
    const { candidate } = await svc.config.view();
    await svc.config.submit('encryption', { ...candidate.encryption, maxMessageSize: '20M' }, 'Encryption global settings');
    await svc.clock.advance(3_600_000);
    db.close();

    const again = await createService(new PlaygroundDb('persist'));
    const view = await again.config.view();
    expect(view.committed.dlp.enabled).toBe(true);
    expect(view.candidate.encryption.maxMessageSize).toBe('20M');
    expect(view.pending).toHaveLength(1);
    expect(await again.config.history()).toHaveLength(1);
    expect(await again.clock.now()).toBe(Date.UTC(2026, 0, 12, 10));
  });
});

describe('import, export and reset', () => {
  it('when the export is imported then nothing is pending (identical), and a changed file becomes pending changes', async () => {
    const { svc } = await fresh();
    await enableDlp(svc);
    await svc.config.commit('x');
    const file = await svc.config.exportFile();
    expect(file.fileName).toMatch(/^config-esa1\.example\.com-20260112T0900\d\d\.json$/);
    // Without the site's address for the schema, the file names it beside itself (`dlp schema > appliance-config.schema.json`).
    expect(JSON.parse(file.text).$schema).toBe('appliance-config.schema.json');
    const onSite = await svc.config.exportFile(undefined, 'https://training.example/dlp/schema/appliance-config.schema.json');
    expect(onSite.text).toMatch(/^\{\n {2}"\$schema": "https:\/\/training\.example\/dlp\/schema\/appliance-config\.schema\.json",\n/);
    expect((await svc.config.importFile(file.text, file.fileName)).ok).toBe(true);
    expect((await svc.config.view()).pending).toEqual([]);

    const changed = JSON.parse(file.text);
    changed.config.dlp.automaticUpdates = true;
    const preview = await svc.config.previewImport(JSON.stringify(changed));
    expect(preview.ok && preview.value.diff.map((d) => d.path)).toEqual(['$.dlp.automaticUpdates']);
    const r = await svc.config.importFile(JSON.stringify(changed), 'changed.json');
    expect(r).toEqual({ ok: true, value: { pendingCount: 1 } });
    expect((await svc.config.view()).pending[0].description).toBe('Imported changed.json');
    expect((await svc.config.view()).committed.dlp.automaticUpdates).toBe(false);
  });

  it('when a bad file is imported then nothing changes', async () => {
    const { svc } = await fresh();
    const before = await svc.config.view();
    const r = await svc.config.importFile('[]', 'bad.json');
    expect(r.ok).toBe(false);
    expect(await svc.config.view()).toEqual(before);
  });

  it('when reset to factory defaults then the configuration is cleared but the serial number stays', async () => {
    const { svc } = await fresh();
    await enableDlp(svc);
    await svc.config.commit('x');
    await enableDlp(svc);
    const serial = (await svc.config.view()).committed.appliance.serialNumber;
    expect((await svc.config.resetToFactoryDefaults()).ok).toBe(true);
    const view = await svc.config.view();
    expect(view.committed.dlp.enabled).toBe(false);
    expect(view.committed.appliance.serialNumber).toBe(serial);
    expect(view.pending).toEqual([]);
    expect((await svc.config.history())[0].comment).toBe('Reset to factory defaults');
  });

  it('when the editor submits a whole configuration then schema errors are located', async () => {
    const { svc } = await fresh();
    const { candidate } = await svc.config.view();
    const r = await svc.config.submitAll({ ...candidate, dlp: { ...candidate.dlp, enabled: 'on' } });
    expect(r).toMatchObject({ ok: false, error: { issues: [{ path: '$.dlp.enabled' }] } });
  });

  it('the JSON Schema describes the configuration sections', async () => {
    const { svc } = await fresh();
    const schema = (await svc.config.jsonSchema()) as { properties: Record<string, unknown>; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).toEqual([
      'appliance',
      'encryption',
      'resLink',
      'dlp',
      'quarantines',
      'outgoingPolicies',
      'textResources',
      'destinationControls',
    ]);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('simulated clock', () => {
  it('when advanced then it moves forward, and it refuses to move back', async () => {
    const { svc } = await fresh();
    const start = await svc.clock.now();
    expect(await svc.clock.advance(86_400_000)).toEqual({ ok: true, value: start + 86_400_000 });
    expect(await svc.clock.advance(-60_000)).toMatchObject({ ok: false, error: { code: 'clock.invalid-advance' } });
    expect(await svc.clock.now()).toBe(start + 86_400_000);
  });
});

describe('renaming a DLP policy', () => {
  it('when a DLP policy enabled on an outgoing mail policy is renamed then it is detached, as on the appliance', async () => {
    const { svc } = await fresh();
    const { candidate } = await svc.config.view();
    const action = {
      name: 'Deliver',
      description: '',
      primary: { kind: 'deliver' as const },
      copyToQuarantine: null,
      encryption: null,
      modifySubject: null,
      disclaimer: null,
      alternateHost: null,
      bcc: null,
      notification: null,
    };
    const policy = {
      name: 'Cards',
      description: '',
      enabled: true,
      template: 'pci-dss',
      classifiers: [],
      minimumTotalScore: 0,
      senders: null,
      recipients: null,
      attachments: null,
      scale: { low: 10, medium: 40, high: 60, critical: 90 },
      actions: { critical: 'Deliver', high: null, medium: null, low: null },
    };
    expect((await svc.config.submit('dlp', { ...candidate.dlp, messageActions: [action], policies: [policy] }, 'DLP policy')).ok).toBe(
      true,
    );
    expect(
      (
        await svc.config.submit(
          'outgoingPolicies',
          { policies: [], defaultPolicy: { dlp: { mode: 'enabled', policies: ['Cards'] } } },
          'Outgoing',
        )
      ).ok,
    ).toBe(true);
    const view = await svc.config.view();
    const r = await svc.config.submit(
      'dlp',
      { ...view.candidate.dlp, policies: [{ ...policy, name: 'Card numbers' }] },
      'Rename DLP policy',
    );
    expect(r.ok).toBe(true);
    const after = await svc.config.view();
    expect(after.candidate.outgoingPolicies.defaultPolicy.dlp).toEqual({ mode: 'enabled', policies: [] });
    expect(after.pending.at(-1)?.description).toBe('Rename DLP policy (detached from outgoing mail policies: Cards)');
  });
});

describe('Commit across levels (commitAll)', () => {
  it('when standalone then commitAll commits the one machine like Commit does', async () => {
    const { svc } = await fresh();
    await enableDlp(svc);
    const r = await svc.config.commitAll('all');
    expect(r.ok && r.value.map((c) => [c.scope, c.changeCount])).toEqual([['machine:esa1.example.com', 1]]);
    expect((await svc.config.view()).committed.dlp.enabled).toBe(true);
    expect((await svc.config.history()).map((c) => c.comment)).toEqual(['all']);
    expect((await svc.config.commitAll('again')).ok).toBe(false);
  });

  it('when changes are pending at Cluster and Machine level then one commit applies both, one history record per level', async () => {
    const { db, svc } = await fresh();
    expect((await svc.site.createCluster('Cluster_1')).ok).toBe(true);
    expect((await svc.site.join('esa2.example.com')).ok).toBe(true);
    expect((await svc.site.override('machine:esa2.example.com', 'encryption', 'inherited')).ok).toBe(true);
    const esa2 = await svc.config.view('machine:esa2.example.com');
    expect(
      (
        await svc.config.submit(
          'encryption',
          { ...esa2.candidate.encryption, adminEmail: 'esa2@example.com' },
          'esa2 admin',
          'machine:esa2.example.com',
        )
      ).ok,
    ).toBe(true);
    const cluster = await svc.config.view('cluster');
    expect(
      (await svc.config.submit('dlp', { ...cluster.candidate.dlp, enabled: true, licenseAccepted: true }, 'DLP on', 'cluster')).ok,
    ).toBe(true);
    expect(await db.pending.count()).toBe(2);

    const r = await svc.config.commitAll('cluster-wide');
    expect(r.ok && r.value.map((c) => c.scope)).toEqual(['cluster', 'machine:esa2.example.com']);
    expect(await db.pending.count()).toBe(0);
    const effective = await svc.site.effective('esa2.example.com');
    expect([effective.dlp.enabled, effective.encryption.adminEmail]).toEqual([true, 'esa2@example.com']);
    expect((await svc.site.effective('esa1.example.com')).dlp.enabled).toBe(true);
    expect((await svc.config.history('cluster')).map((c) => c.comment)).toEqual(['cluster-wide']);
    expect((await svc.config.history('machine:esa2.example.com')).map((c) => c.comment)).toEqual(['cluster-wide']);
  });

  it('when scopes are named then only those commit, and abandonAll discards every level', async () => {
    const { db, svc } = await fresh();
    expect((await svc.site.createCluster('Cluster_1')).ok).toBe(true);
    expect((await svc.site.join('esa2.example.com')).ok).toBe(true);
    expect((await svc.site.override('machine:esa2.example.com', 'encryption', 'inherited')).ok).toBe(true);
    const esa2 = await svc.config.view('machine:esa2.example.com');
    await svc.config.submit(
      'encryption',
      { ...esa2.candidate.encryption, adminEmail: 'esa2@example.com' },
      'x',
      'machine:esa2.example.com',
    );
    const cluster = await svc.config.view('cluster');
    await svc.config.submit('dlp', { ...cluster.candidate.dlp, enabled: true, licenseAccepted: true }, 'y', 'cluster');
    const r = await svc.config.commitAll('only cluster', ['cluster']);
    expect(r.ok && r.value.map((c) => c.scope)).toEqual(['cluster']);
    expect((await db.pending.toArray()).map((p) => p.scope)).toEqual(['machine:esa2.example.com']);
    await svc.config.submit('dlp', { ...cluster.candidate.dlp, matchedContentLogging: true }, 'z', 'cluster');
    expect(await svc.config.abandonAll()).toEqual({ ok: true, value: { discarded: 2 } });
    expect(await db.pending.count()).toBe(0);
  });
});
