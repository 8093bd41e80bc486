/**
 * The originals kept for export and Preview impact, across their two tables: composed messages a row
 * each, traffic batches a row per batch. Lookups, counting and pruning must treat them as one set in
 * MID order; a version 4 database opens as version 5 with everything it stored.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PlaygroundDb, type StoredMessageRow } from '../../src/db/schema.ts';
import { countOriginals, keptOriginals, originalOf, originalsOf, pruneOriginals, putOriginalBatch } from '../../src/worker/originals.ts';
import { DEFAULT_TRAFFIC } from '../../src/engine/mailflow/traffic.ts';
import { fresh } from '../helpers/fresh.ts';
import { originalMids } from '../helpers/originals.ts';

const row = (mid: number): StoredMessageRow => ({ mid, at: mid * 10, message: { subject: `m${mid}` } as never });

/** Singles 1–3, a batch 4–8 (MIDs 4, 5, 7, 8: 6 was a splinter), a single 9, a batch 10–12, a single 13. */
async function mixed(): Promise<PlaygroundDb> {
  const { db } = await fresh();
  await db.messages.bulkPut([1, 2, 3, 9, 13].map(row));
  await db.transaction('rw', db.messageBatches, async () => {
    await putOriginalBatch(db, [4, 5, 7, 8].map(row));
    await putOriginalBatch(db, [10, 11, 12].map(row));
  });
  return db;
}
const ALL = [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13];

describe('originals in two tables', () => {
  it('when originals are in both tables then they are counted, found by MID and reported kept as one set', async () => {
    const db = await mixed();
    expect(await countOriginals(db)).toBe(ALL.length);
    expect(await originalMids(db)).toEqual(ALL);
    const found = await originalsOf(db, [13, 7, 6, 1, 11, 0, 99]);
    expect(found.map((m) => m?.message.subject ?? null)).toEqual(['m13', 'm7', null, 'm1', 'm11', null, null]);
    expect((await originalOf(db, 8))?.at).toBe(80);
    expect(await originalOf(db, 14)).toBeUndefined();
    // 6 is inside a batch's range but is no original: keptOriginals is asked about unsplintered MIDs only.
    expect([...(await keptOriginals(db, [1, 4, 8, 9, 12, 14, 0]))].sort((a, b) => a - b)).toEqual([1, 4, 8, 9, 12]);
  });

  for (const keep of [12, 11, 9, 8, 6, 5, 4, 3, 1, 0]) {
    it(`when the retention is ${keep} then exactly the ${keep} newest originals stay, whichever table holds them`, async () => {
      const db = await mixed();
      expect(await pruneOriginals(db, keep)).toBe(ALL.length - keep);
      expect(await originalMids(db)).toEqual(ALL.slice(ALL.length - keep));
      expect(await countOriginals(db)).toBe(keep);
      // A cut batch is still found from any of its MIDs, and its first MID is its key.
      for (const mid of ALL.slice(ALL.length - keep)) expect((await originalOf(db, mid))?.mid).toBe(mid);
      expect(await pruneOriginals(db, keep)).toBe(0);
    });
  }

  it('when traffic is stored then each batch is one row, and .eml export finds any of its messages', async () => {
    const { db, svc } = await fresh();
    expect((await svc.traffic.start({ ...DEFAULT_TRAFFIC, count: 260 })).ok).toBe(true);
    while ((await svc.traffic.progress()).state === 'running') await new Promise((r) => setTimeout(r, 5));
    expect(await db.messages.count()).toBe(0);
    expect((await db.messageBatches.toArray()).map((b) => b.count)).toEqual([250, 10]);
    const firsts = (await db.tracking.filter((r) => r.parentMid === null).primaryKeys()) as number[];
    for (const i of [0, 137, 249, 250, 259]) {
      const eml = await svc.mail.exportEml({ mid: firsts[i] });
      expect(eml.ok && eml.value.fileName).toBe(`MID-${firsts[i]}.eml`);
      expect(eml.ok && eml.value.text).toContain(`X-Traffic-Generator: seed=${DEFAULT_TRAFFIC.seed}; message=${i + 1}\r\n`);
    }
  });

  it('when a version 4 database is opened then its originals and mailboxes are kept and read as before', async () => {
    const name = `originals-v4-${Date.now()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores({ messages: 'mid', mailboxes: '++id, address, at, mid, kind', kv: 'key' });
    await v4.table('messages').bulkPut([1, 2, 3].map(row));
    await v4.table('mailboxes').add({ address: 'a@example.com', at: 1, kind: 'message', mid: 1, subject: 'kept' });
    v4.close();
    const db = new PlaygroundDb(name);
    try {
      expect(db.verno).toBeGreaterThanOrEqual(5);
      expect(await countOriginals(db)).toBe(3);
      expect((await originalOf(db, 2))?.message.subject).toBe('m2');
      expect((await db.mailboxes.where('address').equals('a@example.com').first())?.subject).toBe('kept');
    } finally {
      db.close();
    }
  });
});
