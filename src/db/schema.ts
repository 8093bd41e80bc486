/**
 * The one Dexie database of the simulator. Every version that ever shipped stays declared here with
 * its upgrade, so a learner's saved work survives every update. The worker writes what the engine
 * produces; the UI reads through liveQuery (Dexie broadcasts the worker's writes to other contexts).
 */
import { Dexie, type EntityTable } from 'dexie';
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import type { CommitRecord, PendingState } from '../engine/config/pending.ts';

/** Committed configuration of one scope (`machine:<hostname>`, later `cluster`, `group:<name>`). */
export interface ConfigRow {
  scope: string;
  config: ApplianceConfig;
  revision: number;
}

/** A commit, as the history lists it. */
export interface CommitRow extends CommitRecord {
  id?: number;
}

/** Small named values: the simulated clock, the site layout, counters. */
export interface KvRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'dlp-playground';

/** The simulator's database. */
export class PlaygroundDb extends Dexie {
  config!: EntityTable<ConfigRow, 'scope'>;
  pending!: EntityTable<PendingState & { scope: string }, 'scope'>;
  commits!: EntityTable<CommitRow, 'id'>;
  kv!: EntityTable<KvRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      config: 'scope',
      pending: 'scope',
      commits: '++id, scope, at',
      kv: 'key',
    });
  }
}
