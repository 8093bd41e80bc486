/**
 * The Uncommitted Changes page in a cluster: every level with pending changes, most general
 * first, each with its net difference over what it inherits (the same overlay the pages show).
 */
import type { PlaygroundDb } from '../../db/schema.ts';
import { diffConfigs, type ConfigChange } from '../../engine/config/diff.ts';
import type { ApplianceConfig } from '../../engine/config/schema/index.ts';
import type { PendingChange } from '../../engine/config/pending.ts';
import { chainOf, levelScopes, resolveLevel, type SiteLayout } from '../../engine/site/index.ts';

/** One level's pending changes. */
export interface LevelPending {
  readonly scope: string;
  readonly changes: readonly PendingChange[];
  readonly diff: readonly ConfigChange[];
}

/** Reads every level's pending state (for a liveQuery). */
export async function levelPending(db: PlaygroundDb, layout: SiteLayout): Promise<LevelPending[]> {
  const order = levelScopes(layout);
  const rows = (await db.pending.toArray()).filter((p) => order.includes(p.scope)).sort((a, b) => order.indexOf(a.scope) - order.indexOf(b.scope));
  return Promise.all(rows.map(async (p) => {
    const configs: Record<string, ApplianceConfig> = Object.fromEntries((await db.config.bulkGet(chainOf(layout, p.scope))).flatMap((r) => (r ? [[r.scope, r.config]] : [])));
    const committed = resolveLevel(layout, p.scope, configs);
    const candidate = resolveLevel(layout, p.scope, { ...configs, [p.scope]: p.candidate });
    return { scope: p.scope, changes: p.changes, diff: diffConfigs(committed, candidate) };
  }));
}
