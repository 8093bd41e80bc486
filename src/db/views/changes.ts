/**
 * Reads that touch whole tables, for pages that re-ask the engine whenever those tables change:
 * a live query over one of these re-runs on any write to the tables it names (the worker's
 * included; a whole-table read re-runs on updates in place too). Rows whose updates matter (an
 * envelope opened, an account edited) are read whole, as the pages first did.
 */
import { kvKeys } from '../kv.ts';
import type { PlaygroundDb } from '../schema.ts';

/** Everything the tutorial's checks read (its snapshot is computed by the engine). */
export const tutorialInputs = (db: PlaygroundDb): Promise<unknown> =>
  Promise.all([
    db.config.count(),
    db.pending.count(),
    db.provisioning.count(),
    db.resAccounts.count(),
    db.resRequests.count(),
    db.tracking.count(),
    db.messages.count(),
    db.mailboxes.count(),
    db.resMessages.toArray(),
    db.kv.get(kvKeys.clock),
    db.kv.get(kvKeys.impactPreviewed),
  ]);

/** The key service's tables (the RES Portal). */
export const resTables = (db: PlaygroundDb): Promise<unknown> =>
  Promise.all([db.resRequests.count(), db.resAccounts.toArray(), db.resMessages.toArray()]);

/** Message tracking (reports go stale when a message is sent, released or deleted). */
export const trackingTable = (db: PlaygroundDb): Promise<unknown> => db.tracking.count();

/** Held messages (the SMA page). */
export const quarantineTable = (db: PlaygroundDb): Promise<unknown> => db.quarantine.count();

/** The appliance's encryption queue and the key service's reachability switch (the RES Portal's Service Reachability). */
export const encryptionQueueKeys = (db: PlaygroundDb): Promise<unknown> => db.kv.bulkGet([kvKeys.encryptionQueue, kvKeys.resUnreachable]);
