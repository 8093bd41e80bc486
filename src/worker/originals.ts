/**
 * The messages as received ("originals"), kept for .eml export and for Preview impact to replay,
 * up to a retention the user sets: the oldest beyond it are deleted after each store.
 */
import { RETENTION_DEFAULT } from '../api/impact.ts';
import { kvGet, kvKeys } from '../db/kv.ts';
import type { PlaygroundDb } from '../db/schema.ts';

/** How many originals are kept. */
export const retentionOf = async (db: PlaygroundDb): Promise<number> => (await kvGet(db, kvKeys.replayRetention)) ?? RETENTION_DEFAULT;

/** Deletes the originals beyond the retention, oldest first; answers how many went. */
export async function pruneOriginals(db: PlaygroundDb, keep?: number): Promise<number> {
  const limit = keep ?? (await retentionOf(db));
  const count = await db.messages.count();
  if (count <= limit) return 0;
  const doomed = await db.messages
    .orderBy('mid')
    .limit(count - limit)
    .primaryKeys();
  await db.messages.bulkDelete(doomed);
  return doomed.length;
}

/**
 * Keeps the originals within the retention through a traffic run without counting them after every
 * batch (a count walks the whole table in IndexedDB, and it held up the next batch's write): they
 * are counted once, then the run adds what it stored, and only when that passes the retention are
 * they counted and pruned again. Other writers prune after their own stores.
 */
export function originalsKeeper(db: PlaygroundDb): (added: number) => Promise<void> {
  let known: number | null = null;
  return async (added) => {
    const limit = await retentionOf(db);
    known = known === null ? await db.messages.count() : known + added;
    if (known <= limit) return;
    await pruneOriginals(db, limit);
    known = limit;
  };
}
