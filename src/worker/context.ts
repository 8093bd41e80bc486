/**
 * What every part of the service shares: the database, the simulated clock (persisted) and id
 * generation. Kept apart so each concern's service is a small module over the same context.
 */
import { kvGet, kvKeys, kvPut } from '../db/kv.ts';
import { SIMULATION_EPOCH } from '../engine/clock.ts';
import { defaultConfig } from '../engine/config/defaults.ts';
import { DEFAULT_SCOPE } from '../engine/scope.ts';
import type { PlaygroundDb } from '../db/schema.ts';

/** Shared by the service modules. */
export interface ServiceContext {
  readonly db: PlaygroundDb;
  /** The simulated time now. */
  now(): Promise<number>;
  /** A fresh unique id. */
  newId(): string;
}

/** Creates the context and makes sure a fresh database holds the factory configuration. */
export async function createContext(db: PlaygroundDb): Promise<ServiceContext> {
  await db.transaction('rw', db.config, db.kv, async () => {
    if (!(await db.config.get(DEFAULT_SCOPE))) await db.config.put({ scope: DEFAULT_SCOPE, config: defaultConfig(), revision: 0 });
    if ((await kvGet(db, kvKeys.clock)) === undefined) await kvPut(db, kvKeys.clock, SIMULATION_EPOCH);
  });
  return {
    db,
    now: async () => (await kvGet(db, kvKeys.clock)) ?? SIMULATION_EPOCH,
    newId: () => globalThis.crypto.randomUUID(),
  };
}
