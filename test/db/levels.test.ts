import { describe, expect, it } from 'vitest';
import { levelPending, levelView, readLayout, totalPending } from '../../src/db/views/levels.ts';
import { fresh } from '../helpers/fresh.ts';

describe('the shared level views', () => {
  it('when standalone then a level view is exactly the stored row and its pending state', async () => {
    const { db, svc } = await fresh();
    const { candidate } = await svc.config.view();
    await svc.config.submit('encryption', { ...candidate.encryption, adminEmail: 'a@example.com' }, 'admin');
    const view = await levelView(db, 'machine:esa1.example.com');
    expect(view.committed).toEqual((await db.config.get('machine:esa1.example.com'))!.config);
    expect(view.pending?.candidate.encryption.adminEmail).toBe('a@example.com');
    expect(totalPending(null, 'machine:esa1.example.com', await db.pending.toArray())).toBe(1);
  });

  it('when clustered then the UI view of every level equals the worker’s configuration view, and the header counts every level', async () => {
    const { db, svc } = await fresh();
    expect((await svc.site.createCluster('Cluster_1')).ok).toBe(true);
    expect((await svc.site.join('esa2.example.com')).ok).toBe(true);
    const cluster = await svc.config.view('cluster');
    await svc.config.submit('dlp', { ...cluster.candidate.dlp, enabled: true, licenseAccepted: true }, 'DLP on', 'cluster');
    const esa2 = await svc.config.view('machine:esa2.example.com');
    await svc.config.submit('appliance', { ...esa2.candidate.appliance, hostname: 'esa2.example.com' }, 'same', 'machine:esa2.example.com');
    const layout = (await readLayout(db))!;
    for (const scope of ['cluster', 'machine:esa1.example.com', 'machine:esa2.example.com']) {
      const worker = await svc.config.view(scope);
      const ui = await levelView(db, scope);
      expect(ui.committed).toEqual(worker.committed);
      expect(ui.pending?.candidate ?? ui.committed).toEqual(worker.candidate);
    }
    const all = await db.pending.toArray();
    expect(totalPending(layout, 'cluster', all)).toBe(all.reduce((n, p) => n + p.changes.length, 0));
    const levels = await levelPending(db, layout);
    expect(levels.map((l) => l.scope)).toEqual(['cluster', 'machine:esa2.example.com'].filter((s) => all.some((p) => p.scope === s)));
    expect(levels[0].diff.some((d) => d.path.startsWith('$.dlp'))).toBe(true);
  });
});
