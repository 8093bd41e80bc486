/**
 * Following the database from the UI: `onChange` with a quiet interval reports a burst of writes
 * with one read per interval, and the last write is still reported.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PlaygroundDb } from '../../src/db/schema.ts';
import { onChange } from '../../src/ui/live.ts';

const opened: PlaygroundDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function watched(quietMs: number) {
  const db = new PlaygroundDb(`live-${quietMs}-${Math.random()}`);
  opened.push(db);
  await db.open();
  let reads = 0;
  let changes = 0;
  const stop = onChange(
    async () => {
      reads += 1;
      return db.messages.count();
    },
    () => (changes += 1),
    quietMs,
  );
  await pause(50);
  const burst = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await db.messages.bulkPut(Array.from({ length: 60 }, (_, j) => ({ mid: i * 100 + j + 1, at: 0, message: {} as never })));
      await pause(10);
    }
  };
  return { db, burst, stop, counts: () => ({ reads, changes }) };
}

describe('onChange', () => {
  it('when there is no quiet interval then every write is read and reported', async () => {
    const w = await watched(0);
    await w.burst(10);
    await pause(50);
    expect(w.counts().changes).toBe(11);
    w.stop();
  });

  it('when writes come in a burst then they are read about once per interval, and the last is reported', async () => {
    const w = await watched(200);
    await w.burst(10);
    const during = w.counts();
    expect(during.reads).toBeLessThan(6);
    await pause(400);
    const after = w.counts();
    // Reading again after the burst saw the last write: one more report at least, and nothing pending.
    expect(after.changes).toBeGreaterThan(during.changes);
    expect(await w.db.messages.count()).toBe(600);
    await pause(400);
    expect(w.counts()).toEqual(after);
    w.stop();
  });
});
