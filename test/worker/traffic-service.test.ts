/**
 * The traffic service on fake-indexeddb: a run stores exactly N tracked messages in batches, the
 * MIDs follow on from earlier sends, the clock does not move, a Send during a run lands between
 * batches with its own MID, and cancel stops after a whole batch.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAFFIC } from '../../src/engine/mailflow/traffic.ts';
import { sampleById } from '../../src/engine/mailflow/samples.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import { TRAFFIC_BATCH } from '../../src/worker/traffic-service.ts';
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
