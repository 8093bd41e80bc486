/**
 * Reads that touch whole tables, for pages that re-ask the engine whenever those tables change:
 * a live query over one of these re-runs on any write to the tables it names (the worker's
 * included; a whole-table read re-runs on updates in place too). Rows whose updates matter (an
 * envelope opened, an account edited) are read whole, as the pages first did.
 */
import type { Table } from 'dexie';
import { kvKeys } from '../kv.ts';
import type { PlaygroundDb } from '../schema.ts';

/**
 * A read that follows every write to a table at the cost of one row: a query over the whole
 * primary key range (a live query re-runs on any put, add or delete in it). Not count(): IndexedDB
 * counts by walking every row, and the tutorial re-counted tens of thousands of tracking records,
 * originals and mailbox items twice a second through a traffic run, in the same database thread
 * that was storing it.
 */
const anyWrite = (table: Table): Promise<unknown> => table.limit(1).toArray();

/**
 * Everything the tutorial's checks read (its snapshot is computed by the engine), in one read-only
 * transaction: eleven transactions each cost a round of Dexie's bookkeeping, and on a first load they all
 * ran in the task the database opened in.
 */
export const tutorialInputs = (db: PlaygroundDb): Promise<unknown> =>
  db.transaction(
    'r',
    [
      db.config,
      db.pending,
      db.provisioning,
      db.resAccounts,
      db.resRequests,
      db.tracking,
      db.messages,
      db.messageBatches,
      db.mailboxes,
      db.mailboxBatchIndex,
      db.resMessages,
      db.kv,
    ],
    () =>
      Promise.all([
        db.config.count(),
        db.pending.count(),
        db.provisioning.count(),
        db.resAccounts.count(),
        db.resRequests.count(),
        anyWrite(db.tracking),
        anyWrite(db.messages),
        // Keys only, as a batch row holds 250 messages: that sees rows added and deleted (a key
        // read misses an update in place, which batch rows never get: pruning deletes and re-adds).
        db.messageBatches.limit(1).primaryKeys(),
        anyWrite(db.mailboxes),
        anyWrite(db.mailboxBatchIndex),
        db.resMessages.toArray(),
        db.kv.get(kvKeys.clock),
        db.kv.get(kvKeys.impactPreviewed),
      ]),
  );

/** The key service's tables (the RES Portal). */
export const resTables = (db: PlaygroundDb): Promise<unknown> =>
  Promise.all([db.resRequests.count(), db.resAccounts.toArray(), db.resMessages.toArray()]);

/** Message tracking (reports go stale when a message is sent, released or deleted). */
export const trackingTable = (db: PlaygroundDb): Promise<unknown> => anyWrite(db.tracking);

/** Held messages (the SMA page). */
export const quarantineTable = (db: PlaygroundDb): Promise<unknown> => db.quarantine.count();

/** The appliance's encryption queue and the key service's reachability switch (the RES Portal's Service Reachability). */
export const encryptionQueueKeys = (db: PlaygroundDb): Promise<unknown> => db.kv.bulkGet([kvKeys.encryptionQueue, kvKeys.resUnreachable]);
