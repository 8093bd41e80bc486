/**
 * A traffic run cut short (the tab reloaded: its worker and database connection gone mid-run) and
 * continued by the next engine over the same database: the stored intent says exactly how many
 * messages are stored, and Continue ends with exactly the messages an uninterrupted run stores.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAFFIC } from '../../src/engine/mailflow/traffic.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import type { PlaygroundDb } from '../../src/db/schema.ts';
import { TRAFFIC_BATCH } from '../../src/worker/traffic-service.ts';
import { fresh } from '../helpers/fresh.ts';
import { countOriginals } from '../../src/worker/originals.ts';

const OPTIONS = { ...DEFAULT_TRAFFIC, count: TRAFFIC_BATCH * 3 + 37, seed: 7, sensitiveShare: 0.4 };
let n = 0;

async function finished(svc: EngineApi) {
  for (;;) {
    const p = await svc.traffic.progress();
    if (p.state !== 'running') return p;
    await new Promise((r) => setTimeout(r, 2));
  }
}

const tracked = async (db: PlaygroundDb) =>
  (await db.tracking.orderBy('mid').toArray()).map((r) => [
    r.mid,
    r.parentMid,
    r.receivedAt,
    r.envelopeFrom,
    r.recipients,
    r.subject,
    r.dlpPolicies,
  ]);

/** Starts a run and "reloads" once `atLeast` messages are stored: the database connection closes under the running batch. */
async function interruptedRun(atLeast: number) {
  const name = `traffic-resume-${n++}`;
  const before = await fresh(name);
  await before.svc.traffic.start(OPTIONS);
  while ((await before.svc.traffic.progress()).done < atLeast) await new Promise((r) => setTimeout(r, 1));
  before.db.close();
  await finished(before.svc);
  return fresh(name);
}

describe('a traffic run cut short by a reload', () => {
  for (const atLeast of [1, TRAFFIC_BATCH, TRAFFIC_BATCH * 2]) {
    it(`when the run is cut after at least ${atLeast} messages then the next engine reports exactly what is stored, and Continue ends as an uninterrupted run`, async () => {
      const after = await interruptedRun(atLeast);
      const cut = await after.svc.traffic.interrupted();
      expect(cut).not.toBeNull();
      const stored = await countOriginals(after.db);
      expect(cut).toEqual({ done: stored, total: OPTIONS.count, seed: OPTIONS.seed });
      expect(stored % TRAFFIC_BATCH).toBe(0);
      expect(stored).toBeGreaterThanOrEqual(atLeast);
      expect(stored).toBeLessThan(OPTIONS.count);

      const resumed = await after.svc.traffic.resume();
      expect(resumed.ok && resumed.value).toMatchObject({ state: 'running', done: stored, total: OPTIONS.count });
      const end = await finished(after.svc);
      expect(end).toMatchObject({ state: 'done', done: OPTIONS.count, total: OPTIONS.count, firstMid: 1 });
      expect(await countOriginals(after.db)).toBe(OPTIONS.count);
      expect(await after.svc.traffic.interrupted()).toBeNull();

      const whole = await fresh();
      await whole.svc.traffic.start(OPTIONS);
      const uninterrupted = await finished(whole.svc);
      expect(await tracked(after.db)).toEqual(await tracked(whole.db));
      const summary = (p: typeof end) => [p.done, p.sensitive, p.violations, p.firstMid, p.lastMid, p.from, p.to];
      expect(summary(end)).toEqual(summary(uninterrupted));
    });
  }

  it('when the interrupted run is dismissed then it is forgotten and Continue says there is nothing to continue', async () => {
    const after = await interruptedRun(TRAFFIC_BATCH);
    const stored = await countOriginals(after.db);
    expect((await after.svc.traffic.interrupted())?.done).toBe(stored);
    expect(await after.svc.traffic.dismiss()).toEqual({ ok: true, value: { dismissed: true } });
    expect(await after.svc.traffic.interrupted()).toBeNull();
    const refused = await after.svc.traffic.resume();
    expect(refused.ok ? null : refused.error.issues?.[0]?.message).toBe('There is no interrupted traffic run to continue.');
    expect(await countOriginals(after.db)).toBe(stored);
  });

  it('when a run ends, or is cancelled, then nothing is reported as interrupted', async () => {
    const { svc } = await fresh();
    await svc.traffic.start({ ...OPTIONS, count: 30 });
    expect(await svc.traffic.interrupted()).toBeNull();
    await finished(svc);
    expect(await svc.traffic.interrupted()).toBeNull();
    await svc.traffic.start(OPTIONS);
    await svc.traffic.cancel();
    expect((await finished(svc)).state).toBe('cancelled');
    expect(await svc.traffic.interrupted()).toBeNull();
  });
});
