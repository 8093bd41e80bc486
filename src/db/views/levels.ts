/**
 * The configuration a level sees, read from the stored rows: the one place the Centralized
 * Management overlay is written (each section from the level that defines it, the rest inherited).
 * The worker and the UI both read through these views, so both always agree. With no stored layout
 * (a standalone appliance) every view is exactly the stored row.
 */
import { diffConfigs, type ConfigChange } from '../../engine/config/diff.ts';
import type { PendingChange, PendingState } from '../../engine/config/pending.ts';
import type { ApplianceConfig } from '../../engine/config/schema/index.ts';
import { chainOf, levelScopes, resolveLevel, usesCentral, type SiteLayout } from '../../engine/site/index.ts';
import { kvGet, kvKeys } from '../kv.ts';
import type { PlaygroundDb } from '../schema.ts';

/** The stored layout, or null for an untouched standalone simulation. */
export async function readLayout(db: PlaygroundDb): Promise<SiteLayout | null> {
  return (await kvGet(db, kvKeys.site)) ?? null;
}

/** The committed rows of some scopes, by scope (absent scopes left out). */
export async function configRows(db: PlaygroundDb, scopes: readonly string[]): Promise<Record<string, ApplianceConfig>> {
  const found = await db.config.bulkGet([...scopes]);
  return Object.fromEntries(found.flatMap((r) => (r ? [[r.scope, r.config] as const] : [])));
}

/** True when a level's pages show inherited sections: in a cluster, or a machine using the SMA's central settings. */
const overlays = (layout: SiteLayout | null, scope: string): layout is SiteLayout =>
  !!layout && (layout.mode === 'cluster' || usesCentral(layout, scope));

/**
 * The committed configuration a scope works with: for a machine, its effective configuration
 * (each section from the level that defines it); for a group or the cluster, its own sections
 * and what it inherits. Exactly the stored row when no layout exists.
 */
export async function effectiveCommitted(db: PlaygroundDb, scope: string): Promise<ApplianceConfig> {
  const layout = await readLayout(db);
  const own = await db.config.get(scope);
  if (!own) throw new Error(`no configuration for scope ${scope}`);
  if (!layout) return own.config;
  return resolveLevel(layout, scope, await configRows(db, chainOf(layout, scope)));
}

/** The same over pending candidates (each level's pending if any, else committed); undefined if nothing is pending. */
export async function effectiveCandidate(db: PlaygroundDb, scope: string): Promise<ApplianceConfig | undefined> {
  const layout = await readLayout(db);
  if (!layout) return (await db.pending.get(scope))?.candidate;
  const chain = chainOf(layout, scope);
  const pending = (await db.pending.bulkGet(chain)).filter((p) => !!p);
  if (!pending.length) return undefined;
  const configs = await configRows(db, chain);
  for (const p of pending) configs[p.scope] = p.candidate;
  return resolveLevel(layout, scope, configs);
}

/** A level's view of one of its own configurations: its own sections, the rest inherited (identity when no layout). */
export async function levelOverlay(db: PlaygroundDb, scope: string, config: ApplianceConfig): Promise<ApplianceConfig> {
  const layout = await readLayout(db);
  if (!overlays(layout, scope)) return config;
  return resolveLevel(layout, scope, { ...(await configRows(db, chainOf(layout, scope))), [scope]: config });
}

/** What a level's pages show: its committed configuration and its pending state, both overlaid; null before the worker has seeded it. */
export interface LevelView {
  readonly committed: ApplianceConfig | null;
  readonly pending: PendingState | null;
}

/** A level's committed and pending configuration as its pages show them. */
export async function levelView(db: PlaygroundDb, scope: string): Promise<LevelView> {
  const own = await db.config.get(scope);
  const pending = (await db.pending.get(scope)) ?? null;
  if (!own) return { committed: null, pending };
  return {
    committed: await levelOverlay(db, scope, own.config),
    pending: pending && { ...pending, candidate: await levelOverlay(db, scope, pending.candidate) },
  };
}

/** One level's pending changes, with their net difference over what it inherits. */
export interface LevelPending {
  readonly scope: string;
  readonly changes: readonly PendingChange[];
  readonly diff: readonly ConfigChange[];
}

/** Every level's pending state in a cluster, most general first (the Uncommitted Changes page). */
export async function levelPending(db: PlaygroundDb, layout: SiteLayout): Promise<LevelPending[]> {
  const order = levelScopes(layout);
  const pending = (await db.pending.toArray())
    .filter((p) => order.includes(p.scope))
    .sort((a, b) => order.indexOf(a.scope) - order.indexOf(b.scope));
  return Promise.all(
    pending.map(async (p) => {
      const configs = await configRows(db, chainOf(layout, p.scope));
      const committed = resolveLevel(layout, p.scope, configs);
      const candidate = resolveLevel(layout, p.scope, { ...configs, [p.scope]: p.candidate });
      return { scope: p.scope, changes: p.changes, diff: diffConfigs(committed, candidate) };
    }),
  );
}

/** How many changes the header counts: in a cluster every level's, else the scope's own. */
export function totalPending(layout: SiteLayout | null, scope: string, all: readonly PendingState[]): number {
  const scopes = layout?.mode === 'cluster' ? levelScopes(layout) : [scope];
  return all.filter((p) => scopes.includes(p.scope)).reduce((n, p) => n + p.changes.length, 0);
}
