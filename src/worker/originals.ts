/**
 * The messages as received ("originals"), kept for .eml export and for Preview impact to replay,
 * up to a retention the user sets: the oldest beyond it are deleted after each store. A message
 * sent from the composer is a row of `messages`; a traffic batch's are one row of `messageBatches`
 * (one write instead of 250). Every reader goes through this file, which reads both as one set.
 */
import { RETENTION_DEFAULT } from '../api/impact.ts';
import { kvGet, kvKeys } from '../db/kv.ts';
import type { PlaygroundDb, StoredBatchRow, StoredMessageRow } from '../db/schema.ts';

/** How many originals are kept. */
export const retentionOf = async (db: PlaygroundDb): Promise<number> => (await kvGet(db, kvKeys.replayRetention)) ?? RETENTION_DEFAULT;

/** A traffic batch's originals (in MID order) as one row; inside the caller's write transaction. */
export function putOriginalBatch(db: PlaygroundDb, items: readonly StoredMessageRow[]): Promise<unknown> {
  if (items.length === 0) return Promise.resolve();
  return db.messageBatches.put({ mid: items[0].mid, last: items[items.length - 1].mid, count: items.length, items: [...items] });
}

/** Each batch row's first and last MID, oldest first, read from the keys only. */
async function batchRanges(db: PlaygroundDb): Promise<{ first: number; last: number; count: number }[]> {
  const counts = new Map<number, number>();
  await db.messageBatches.orderBy('count').eachKey((count, cursor) => void counts.set(cursor.primaryKey as number, count as number));
  const ranges: { first: number; last: number; count: number }[] = [];
  await db.messageBatches.orderBy('last').eachKey((last, cursor) => {
    const first = cursor.primaryKey as number;
    ranges.push({ first, last: last as number, count: counts.get(first) ?? 0 });
  });
  return ranges.sort((a, b) => a.first - b.first);
}

/** How many originals are stored. */
export async function countOriginals(db: PlaygroundDb): Promise<number> {
  let n = await db.messages.count();
  await db.messageBatches.orderBy('count').eachKey((count) => void (n += count as number));
  return n;
}

/** The original whose first MID is `mid`, if it is kept. */
export async function originalOf(db: PlaygroundDb, mid: number): Promise<StoredMessageRow | undefined> {
  return (await originalsOf(db, [mid]))[0];
}

/** The batch whose MID range holds `mid` (ranges oldest first, as batchRanges gives them). */
function rangeHolding<R extends { first: number; last: number }>(ranges: readonly R[], mid: number): R | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (ranges[m].last < mid) lo = m + 1;
    else if (ranges[m].first > mid) hi = m - 1;
    else return ranges[m];
  }
  return undefined;
}

/** The originals of these MIDs, in the same order (undefined where none is kept); each batch row read once. */
export async function originalsOf(db: PlaygroundDb, mids: readonly number[]): Promise<(StoredMessageRow | undefined)[]> {
  const found = await db.messages.bulkGet([...mids]);
  if (found.every((m) => m !== undefined)) return found;
  const ranges = await batchRanges(db);
  const rows = new Map<number, StoredBatchRow | undefined>();
  for (const [i, mid] of mids.entries()) {
    const range = found[i] ? undefined : rangeHolding(ranges, mid);
    if (!range) continue;
    if (!rows.has(range.first)) rows.set(range.first, await db.messageBatches.get(range.first));
    found[i] = rows.get(range.first)?.items.find((m) => m.mid === mid);
  }
  return found;
}

/**
 * Which of these original MIDs (tracked messages that are not splinters) have their original kept,
 * without reading any message: a MID inside a batch row's range is one of its originals, because a
 * batch's MIDs are allocated together and its only unsplintered records are its messages'.
 */
export async function keptOriginals(db: PlaygroundDb, mids: readonly number[]): Promise<Set<number>> {
  const kept = new Set(
    (await db.messages
      .where('mid')
      .anyOf([...mids])
      .primaryKeys()) as number[],
  );
  const ranges = await batchRanges(db);
  for (const mid of mids) if (rangeHolding(ranges, mid)) kept.add(mid);
  return kept;
}

/**
 * Deletes the originals beyond the retention, oldest first; answers how many went. A composed
 * message's MID never falls inside a batch's range (a batch takes all its MIDs under the id lock),
 * so the two tables merge by MID, and only the oldest batch left may be cut, keeping its newest.
 */
export async function pruneOriginals(db: PlaygroundDb, keep?: number): Promise<number> {
  const limit = keep ?? (await retentionOf(db));
  return db.transaction('rw', [db.messages, db.messageBatches], async () => {
    const singles = (await db.messages.orderBy('mid').primaryKeys()) as number[];
    const batches = await batchRanges(db);
    const excess = singles.length + batches.reduce((n, b) => n + b.count, 0) - limit;
    if (excess <= 0) return 0;
    const doomedSingles: number[] = [];
    const doomedBatches: number[] = [];
    let left = excess;
    for (let s = 0, b = 0; left > 0;) {
      const batch = batches[b];
      if (batch === undefined || singles[s] < batch.first) {
        doomedSingles.push(singles[s++]);
        left -= 1;
      } else if (batch.count <= left) {
        doomedBatches.push(batch.first);
        b += 1;
        left -= batch.count;
      } else {
        const row = (await db.messageBatches.get(batch.first))!;
        await db.messageBatches.delete(batch.first);
        await putOriginalBatch(db, row.items.slice(left));
        left = 0;
      }
    }
    await db.messages.bulkDelete(doomedSingles);
    await db.messageBatches.bulkDelete(doomedBatches);
    return excess;
  });
}

/**
 * Keeps the originals within the retention through a traffic run without counting them after every
 * batch (a count walks the tables' keys, and it held up the next batch's write): they are counted
 * once, then the run adds what it stored, and only when that passes the retention are they counted
 * and pruned again. Other writers prune after their own stores.
 */
export function originalsKeeper(db: PlaygroundDb): (added: number) => Promise<void> {
  let known: number | null = null;
  return async (added) => {
    const limit = await retentionOf(db);
    known = known === null ? await countOriginals(db) : known + added;
    if (known <= limit) return;
    await pruneOriginals(db, limit);
    known = limit;
  };
}
