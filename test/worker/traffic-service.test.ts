/**
 * The traffic service on fake-indexeddb: a run stores exactly N tracked messages in batches, the
 * MIDs follow on from earlier sends, the clock does not move, a Send during a run lands between
 * batches with its own MID, and cancel stops after a whole batch.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAFFIC } from '../../src/engine/mailflow/traffic.ts';
import { sampleById } from '../../src/engine/mailflow/samples.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import { TRAFFIC_BATCH, TRAFFIC_STRETCH } from '../../src/worker/traffic-service.ts';
import { fresh } from '../helpers/fresh.ts';
import { originalMids } from '../helpers/originals.ts';
import { countOriginals } from '../../src/worker/originals.ts';

async function finished(svc: EngineApi) {
  for (;;) {
    const p = await svc.traffic.progress();
    if (p.state !== 'running') return p;
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('traffic service', () => {
  it('when N messages are generated then exactly N messages are tracked, with rising MIDs, and the clock stays', async () => {
    const { svc, db } = await fresh();
    const before = await svc.clock.now();
    const started = await svc.traffic.start({ ...DEFAULT_TRAFFIC, count: 260, spanMs: 3_600_000 });
    expect(started.ok && started.value.state).toBe('running');
    const p = await finished(svc);
    expect(p).toMatchObject({ state: 'done', done: 260, total: 260, firstMid: 1 });
    const firsts = await db.tracking.filter((r) => r.parentMid === null).toArray();
    expect(firsts.length).toBe(260);
    expect(await countOriginals(db)).toBe(260);
    expect(await svc.clock.now()).toBe(before);
    const times = firsts.sort((a, b) => a.mid - b.mid).map((r) => r.receivedAt);
    expect(times.every((t, i) => i === 0 || t >= times[i - 1])).toBe(true);
    expect(Math.max(...times)).toBeLessThanOrEqual(before);
    const found = await svc.tracking.search({ sender: { op: 'is', value: 'alice@example.com' } });
    expect(found.total).toBe(firsts.filter((r) => r.envelopeFrom === 'alice@example.com').length);
  });

  it('when the same seed runs on two fresh appliances then the tracked messages are identical', async () => {
    const subjects = [];
    for (let i = 0; i < 2; i++) {
      const { svc, db } = await fresh();
      await svc.traffic.start({ ...DEFAULT_TRAFFIC, count: 40, seed: 99 });
      await finished(svc);
      subjects.push(
        (await db.tracking.orderBy('mid').toArray()).map((r) => [r.mid, r.receivedAt, r.envelopeFrom, r.recipients, r.subject]),
      );
    }
    expect(subjects[0]).toEqual(subjects[1]);
  });

  it('when a message is sent during a run then it gets its own MID between batches and nothing collides', async () => {
    const { svc, db } = await fresh();
    await svc.traffic.start({ ...DEFAULT_TRAFFIC, count: TRAFFIC_BATCH * 2 });
    const sent = await svc.mail.send(sampleById('lunch-invitation')!.build());
    expect(sent.ok).toBe(true);
    await finished(svc);
    const mids = (await db.tracking.toArray()).map((r) => r.mid);
    expect(new Set(mids).size).toBe(mids.length);
    expect(await countOriginals(db)).toBe(TRAFFIC_BATCH * 2 + 1);
    const mid = sent.ok ? sent.value.mids[0] : 0;
    expect((await db.tracking.get(mid))?.subject).toBe('Lunch on Thursday?');
  });

  // A run holds the id lock a stretch of batches at a time and reads the committed configuration
  // at each stretch's start: a Send lands between two stretches, a commit takes effect from one on.
  const STRETCH = TRAFFIC_BATCH * TRAFFIC_STRETCH;
  const firstRecords = async (db: Awaited<ReturnType<typeof fresh>>['db']) =>
    (await db.tracking.orderBy('mid').toArray()).filter((r) => r.parentMid === null);

  it("when messages are sent between stretches then each gets its own MID and the run's messages keep theirs", async () => {
    const { svc, db } = await fresh();
    await svc.traffic.start({ ...DEFAULT_TRAFFIC, count: STRETCH * 3 });
    const subjects: number[] = [];
    // Sends queue behind the stretch running, so they land between stretches.
    for (let i = 0; i < 2; i++) {
      while ((await svc.traffic.progress()).done < STRETCH * i + TRAFFIC_BATCH) await new Promise((r) => setTimeout(r, 2));
      const sent = await svc.mail.send({ ...sampleById('lunch-invitation')!.build(), subject: `Between stretches ${i}` });
      if (sent.ok) subjects.push(sent.value.mids[0]);
    }
    expect((await finished(svc)).state).toBe('done');
    const all = (await db.tracking.toArray()).map((r) => r.mid);
    expect(new Set(all).size).toBe(all.length);
    const firsts = await firstRecords(db);
    expect(firsts.length).toBe(STRETCH * 3 + 2);
    expect(subjects).toHaveLength(2);
    expect(firsts.filter((r) => r.subject.startsWith('Between stretches')).map((r) => r.mid)).toEqual(subjects);
    // The run's messages, in order, are the same sequence an uninterrupted run stores.
    const again = await fresh();
    await again.svc.traffic.start({ ...DEFAULT_TRAFFIC, count: STRETCH * 3 });
    await finished(again.svc);
    const plain = (await firstRecords(again.db)).map((r) => [r.receivedAt, r.subject]);
    expect(firsts.filter((r) => !subjects.includes(r.mid)).map((r) => [r.receivedAt, r.subject])).toEqual(plain);
  });

  it('when a change is committed during a run then each stretch is processed under one configuration, the new one from a stretch on', async () => {
    const { svc, db } = await fresh();
    await svc.traffic.start({ ...DEFAULT_TRAFFIC, count: STRETCH * 3 });
    while ((await svc.traffic.progress()).done < TRAFFIC_BATCH) await new Promise((r) => setTimeout(r, 2));
    const { committed } = await svc.config.view();
    expect((await svc.config.submit('appliance', { ...committed.appliance, hostname: 'renamed.example.com' }, 'rename')).ok).toBe(true);
    expect((await svc.config.commit('rename')).ok).toBe(true);
    expect((await finished(svc)).state).toBe('done');
    const hosts = (await firstRecords(db)).map((r) => r.host);
    expect(hosts.length).toBe(STRETCH * 3);
    for (let s = 0; s < 3; s++) expect(new Set(hosts.slice(s * STRETCH, (s + 1) * STRETCH)).size, `stretch ${s + 1}`).toBe(1);
    expect([hosts[0], hosts.at(-1)]).toEqual(['esa1.example.com', 'renamed.example.com']);
  });

  it('when a run passes the retention then only the newest originals are kept, after every batch', async () => {
    const { svc, db } = await fresh();
    expect((await svc.impact.setRetention(120)).ok).toBe(true);
    await svc.traffic.start({ ...DEFAULT_TRAFFIC, count: TRAFFIC_BATCH + 50 });
    const p = await finished(svc);
    expect(p.state).toBe('done');
    const kept = await originalMids(db);
    const newest = ((await db.tracking.orderBy('mid').toArray()) as { mid: number; parentMid: number | null }[])
      .filter((r) => r.parentMid === null)
      .map((r) => r.mid)
      .slice(-120);
    expect(kept).toEqual(newest);
  });

  it('when a run is cancelled then it stops after a whole batch', async () => {
    const { svc, db } = await fresh();
    await svc.traffic.start({ ...DEFAULT_TRAFFIC, count: TRAFFIC_BATCH * 4 });
    await svc.traffic.cancel();
    const p = await finished(svc);
    expect(p.state).toBe('cancelled');
    expect(p.done % TRAFFIC_BATCH).toBe(0);
    expect(p.done).toBeLessThan(TRAFFIC_BATCH * 4);
    expect(await countOriginals(db)).toBe(p.done);
  });

  it('when a run is already in progress then another start is refused; invalid options are reported', async () => {
    const { svc } = await fresh();
    await svc.traffic.start({ ...DEFAULT_TRAFFIC, count: 300 });
    expect((await svc.traffic.start({ ...DEFAULT_TRAFFIC, count: 10 })).ok).toBe(false);
    await finished(svc);
    const bad = await svc.traffic.start({ ...DEFAULT_TRAFFIC, senders: [] });
    expect(!bad.ok && bad.error.issues?.[0].path).toBe('senders');
  });

  it('when the floor is measured then it writes n records to a scratch database only', async () => {
    const { svc, db } = await fresh();
    await svc.traffic.start({ ...DEFAULT_TRAFFIC, count: 20 });
    await finished(svc);
    const tracked = await db.tracking.count();
    const floor = await svc.traffic.floorBulkPut(600);
    expect(floor.records).toBe(600);
    expect(floor.ms).toBeGreaterThan(0);
    expect(await db.tracking.count()).toBe(tracked);
  });
});
