/**
 * The learner's own simulation, kept aside while a challenge replaces it: every table copied into
 * a second database of the same schema, and copied back by Restore. The copy counts only once its
 * last table is written (`saved-at`), so a crash half-way through a save never passes for a state;
 * the copy is deleted only after a restore completes, so a crash half-way through a restore can be
 * retried. Challenge keys (the attempt, best scores) belong to the player, not to the state: they
 * are never copied back.
 */
import type { Table } from 'dexie';
import { kvGet, kvKeys, kvPut, type KvKey } from '../db/kv.ts';
import { PlaygroundDb } from '../db/schema.ts';

/** Rows moved per transaction: big enough to be quick, small enough for a 100,000-message history. */
const CHUNK = 2000;
/** The same for tables whose rows are big: a traffic batch's originals, or its mailbox deliveries, are 250 messages a row. */
const CHUNK_OF: Readonly<Record<string, number>> = { messageBatches: 8, mailboxBatches: 8 };

/** Keys that stay with the player whatever state is restored. */
const PLAYER_KEYS: readonly KvKey[] = [kvKeys.challengeAttempt, kvKeys.challengeScores];

const tablesOf = (db: PlaygroundDb): Table[] => db.tables.slice().sort((a, b) => a.name.localeCompare(b.name));

/** Copies every row of `from` into `to` (emptied first), chunk by chunk, leaving out the given kv keys. */
async function copyTable(from: Table, to: Table, skipKeys: readonly unknown[] = []): Promise<void> {
  await to.clear();
  const keys = (await from.toCollection().primaryKeys()).filter((k) => !skipKeys.includes(k as never));
  const chunk = CHUNK_OF[from.name] ?? CHUNK;
  for (let i = 0; i < keys.length; i += chunk) {
    const slice = keys.slice(i, i + chunk);
    const rows = (await from.bulkGet(slice)).filter((r) => r !== undefined);
    await to.bulkPut(rows);
  }
}

const savedDb = (db: PlaygroundDb) => new PlaygroundDb(`${db.name}-saved-before-challenge`);

/** Whether a complete copy is kept. */
export async function hasSavedState(db: PlaygroundDb): Promise<boolean> {
  const saved = savedDb(db);
  try {
    return (await kvGet(saved, kvKeys.savedAt)) !== undefined;
  } finally {
    saved.close();
  }
}

/** Copies the whole simulation aside (replacing an older copy). */
export async function saveState(db: PlaygroundDb, at: number): Promise<void> {
  const saved = savedDb(db);
  try {
    await saved.kv.delete(kvKeys.savedAt);
    const targets = new Map(tablesOf(saved).map((t) => [t.name, t]));
    for (const table of tablesOf(db)) await copyTable(table, targets.get(table.name)!, table.name === 'kv' ? PLAYER_KEYS : []);
    await kvPut(saved, kvKeys.savedAt, at);
  } finally {
    saved.close();
  }
}

/** Puts the saved copy back in place of the current simulation, then forgets the copy. Answers false when none was kept. */
export async function restoreState(db: PlaygroundDb): Promise<boolean> {
  if (!(await hasSavedState(db))) return false;
  const saved = savedDb(db);
  try {
    const sources = new Map(tablesOf(saved).map((t) => [t.name, t]));
    for (const table of tablesOf(db)) {
      const source = sources.get(table.name)!;
      if (table.name !== 'kv') {
        await copyTable(source, table);
        continue;
      }
      // The player's keys survive; everything else of the key-value store is the saved one's.
      const keep = await db.kv.bulkGet([...PLAYER_KEYS]);
      await copyTable(source, table, [kvKeys.savedAt]);
      await db.kv.bulkPut(keep.filter((r) => r !== undefined));
    }
  } finally {
    saved.close();
  }
  await forgetSavedState(db);
  return true;
}

/** Drops the saved copy (the player keeps the challenge's state). */
export async function forgetSavedState(db: PlaygroundDb): Promise<void> {
  await savedDb(db).delete();
}
