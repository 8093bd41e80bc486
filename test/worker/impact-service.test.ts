/**
 * Preview impact on fake-indexeddb: a replay of recorded traffic gives exactly the outcomes that
 * sending the same messages gives — under the committed configuration (what tracking recorded) and
 * under the pending one (real sends in a fresh database with it committed); a replay writes nothing;
 * the retention prunes the oldest originals and the plan says what it can no longer replay.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../src/api/engine-api.ts';
import type { ReplayRow } from '../../src/api/impact.ts';
import { kvGet, kvKeys } from '../../src/db/kv.ts';
import type { PlaygroundDb } from '../../src/db/schema.ts';
import { DEFAULT_TRAFFIC } from '../../src/engine/mailflow/traffic.ts';
import { addToTotals, emptyTotals, SEVERITIES } from '../../src/engine/mailflow/impact.ts';
import { MAX_BATCH } from '../../src/worker/impact-service.ts';
import { fresh } from '../helpers/fresh.ts';
import { countOriginals, originalsOf } from '../../src/worker/originals.ts';
import { originalMids } from '../helpers/originals.ts';

const scenario = (name: string) => readFileSync(new URL(`../../public/scenarios/${name}.json`, import.meta.url), 'utf8');

async function load(svc: EngineApi, name: string, commit: boolean): Promise<void> {
  const r = await svc.config.importFile(scenario(name), `${name}.json`);
  expect(r.ok, name).toBe(true);
  if (commit) expect((await svc.config.commit(name)).ok).toBe(true);
}

async function traffic(svc: EngineApi, count: number): Promise<void> {
  await svc.traffic.start({ ...DEFAULT_TRAFFIC, count, seed: 7, sensitiveShare: 0.5 });
  while ((await svc.traffic.progress()).state === 'running') await new Promise((r) => setTimeout(r, 5));
}

/** What tracking recorded for a message (its first MID and any splintered parts): outcome and worst severity. */
async function recorded(db: PlaygroundDb, firstMid: number): Promise<{ outcome: string; severity: string }> {
  const parts = [await db.tracking.get(firstMid), ...(await db.tracking.where('parentMid').equals(firstMid).toArray())].filter((r) => !!r);
  const types = new Set(parts.flatMap((r) => r.eventTypes));
  const outcome = types.has('dropped')
    ? 'dropped'
    : types.has('quarantined')
      ? 'quarantined'
      : types.has('bounced')
        ? 'bounced'
        : types.has('encrypted')
          ? 'encrypted'
          : 'delivered';
  const severity = parts
    .map((r) => (r.dlpSeverity === 'ignore' ? 'none' : r.dlpSeverity))
    .sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b))[0]!;
  return { outcome, severity };
}

async function replayAll(svc: EngineApi, mids: readonly number[]): Promise<ReplayRow[]> {
  const rows: ReplayRow[] = [];
  for (let i = 0; i < mids.length; i += MAX_BATCH) {
    const r = await svc.impact.replay(mids.slice(i, i + MAX_BATCH));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.missing).toEqual([]);
    rows.push(...r.value.rows);
  }
  return rows;
}

const counts = (db: PlaygroundDb) =>
  Promise.all(
    [db.tracking, db.messages, db.mailboxes, db.quarantine, db.resMessages, db.resKeys, db.pending, db.config, db.commits].map((t) =>
      t.count(),
    ),
  );

describe('preview impact', () => {
  it('when recorded traffic is replayed then before is what tracking recorded and after is what sending under the pending configuration does', async () => {
    const { svc, db } = await fresh();
    await load(svc, 'proof-of-value', true);
    await traffic(svc, 240);
    await load(svc, 'healthcare-hipaa', false);
    const plan = await svc.impact.plan({ last: 'all', from: null, to: null });
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.mids).toHaveLength(240);
    expect(plan.value.pendingChanges).toBeGreaterThan(0);
    const rows = await replayAll(svc, plan.value.mids);

    for (const row of rows)
      expect({ outcome: row.before.outcome, severity: row.before.severity }, `MID ${row.mid}`).toEqual(await recorded(db, row.mid));

    // The same messages really sent with the pending configuration committed, on a fresh appliance.
    const other = await fresh();
    await load(other.svc, 'healthcare-hipaa', true);
    const originals = await originalsOf(db, plan.value.mids);
    for (const [i, original] of originals.entries()) {
      const sent = await other.svc.mail.send(original!.message);
      if (!sent.ok) throw new Error(sent.error.message);
      const row = rows[i]!;
      expect({ outcome: row.after.outcome, severity: row.after.severity }, `MID ${row.mid}`).toEqual(
        await recorded(other.db, sent.value.mids[0]!),
      );
      if (row.after.outcome === 'quarantined') expect(row.after.target).toBe('HIPAA Quarantine');
    }
    const totals = addToTotals(emptyTotals(), rows);
    // The change matters on this traffic: some messages go from delivered to quarantined.
    expect(totals.outcomes['Quarantined (HIPAA Quarantine)']?.after ?? 0).toBeGreaterThan(0);
    expect(totals.outcomes['Quarantined (HIPAA Quarantine)']?.before ?? 0).toBe(0);
    expect(totals.changed).toBeGreaterThan(0);
    expect(Object.values(totals.outcomes).reduce((n, c) => n + c.after, 0)).toBe(240);
  });

  it('when a preview runs then nothing is written to tracking, messages, mailboxes, quarantines, the key service or the configuration', async () => {
    const { svc, db } = await fresh();
    await load(svc, 'walkthrough-completed', true);
    await traffic(svc, 120);
    await load(svc, 'finance-severity', false);
    const before = await counts(db);
    const plan = await svc.impact.plan({ last: 100, from: null, to: null });
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.mids).toHaveLength(100);
    const rows = await replayAll(svc, plan.value.mids);
    expect(rows).toHaveLength(100);
    expect(await counts(db)).toEqual(before);
  });

  it('when nothing is pending then every message keeps its disposition', async () => {
    const { svc } = await fresh();
    await load(svc, 'healthcare-hipaa', true);
    await traffic(svc, 80);
    const plan = await svc.impact.plan({ last: 'all', from: null, to: null });
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.pendingChanges).toBe(0);
    const rows = await replayAll(svc, plan.value.mids);
    expect(rows.every((r) => JSON.stringify(r.before) === JSON.stringify(r.after))).toBe(true);
    expect(addToTotals(emptyTotals(), rows).changed).toBe(0);
  });

  it('when a preview is made with changes pending then the tutorial’s note has its time; with nothing pending there is no note', async () => {
    const { svc, db } = await fresh();
    await load(svc, 'healthcare-hipaa', true);
    expect((await svc.impact.plan({ last: 'all', from: null, to: null })).ok).toBe(true);
    expect(await kvGet(db, kvKeys.impactPreviewed)).toBeUndefined();
    await load(svc, 'finance-severity', false);
    expect((await svc.impact.plan({ last: 'all', from: null, to: null })).ok).toBe(true);
    expect(await kvGet(db, kvKeys.impactPreviewed)).toBe(await svc.clock.now());
  });

  it('when the retention is lowered then the oldest originals go and the plan says how many can no longer be replayed', async () => {
    const { svc, db } = await fresh();
    await traffic(svc, 300);
    const set = await svc.impact.setRetention(120);
    expect(set).toEqual({ ok: true, value: { retention: 120, pruned: 180 } });
    expect(await countOriginals(db)).toBe(120);
    expect((await originalMids(db))[0]).toBe(181);
    const plan = await svc.impact.plan({ last: 200, from: null, to: null });
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value).toMatchObject({ tracked: 300, notReplayable: 80, retention: 120 });
    expect(plan.value.mids[0]).toBe(181);
    // New traffic keeps the newest 120.
    await traffic(svc, 30);
    expect(await countOriginals(db)).toBe(120);
    expect((await originalMids(db))[0]).toBe(211);
  });

  it('when the time range is set then only messages received in it are replayed', async () => {
    const { svc, db } = await fresh();
    await traffic(svc, 60);
    const times = (await db.tracking.orderBy('mid').toArray()).map((r) => r.receivedAt);
    const from = times[20]!;
    const to = times[39]!;
    const plan = await svc.impact.plan({ last: 'all', from, to });
    if (!plan.ok) throw new Error(plan.error.message);
    const inRange = (await db.tracking.toArray()).filter((r) => r.parentMid === null && r.receivedAt >= from && r.receivedAt <= to);
    expect(plan.value.mids).toEqual(inRange.map((r) => r.mid).sort((a, b) => a - b));
  });

  it('when the options are wrong then each is refused with its field', async () => {
    const { svc } = await fresh();
    expect(await svc.impact.plan({ last: 0, from: null, to: null })).toMatchObject({ ok: false, error: { issues: [{ path: 'last' }] } });
    expect(await svc.impact.plan({ last: 10, from: 5, to: 1 })).toMatchObject({ ok: false, error: { issues: [{ path: 'to' }] } });
    expect(await svc.impact.setRetention(5)).toMatchObject({ ok: false, error: { issues: [{ path: 'retention' }] } });
    expect(await svc.impact.replay(Array.from({ length: MAX_BATCH + 1 }, (_, i) => i))).toMatchObject({ ok: false });
  });
});
