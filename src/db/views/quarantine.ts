/**
 * Held messages as the Quarantines pages read them: a machine's local quarantines only. In a
 * cluster each member lists what it holds itself; a machine that uses centralized quarantines
 * holds nothing locally (those messages are on the SMA page). Standalone: every message.
 */
import type { QuarantineItem } from '../../engine/mailflow/types.ts';
import { usesCentral, type SiteLayout } from '../../engine/site/index.ts';
import type { PlaygroundDb } from '../schema.ts';

/** True if the page must look at each message's machine (a cluster, or the SMA in use). */
export const needsFilter = (site: SiteLayout | null, machine: string): boolean =>
  !!site && (site.mode === 'cluster' || usesCentral(site, machine));

/** The items held locally by `machine` (a `machine:<host>` scope). */
export async function localItems(
  db: PlaygroundDb,
  site: SiteLayout | null,
  machine: string,
  items: QuarantineItem[],
): Promise<QuarantineItem[]> {
  if (!site || !needsFilter(site, machine)) return items;
  if (usesCentral(site, machine)) return [];
  const host = machine.replace(/^machine:/, '');
  const records = await db.tracking.bulkGet(items.map((i) => i.mid));
  return items.filter((_, n) => records[n]?.host === host);
}

/** One quarantine's messages held locally by `machine`, oldest first. */
export async function quarantineItems(
  db: PlaygroundDb,
  site: SiteLayout | null,
  machine: string,
  quarantine: string,
): Promise<QuarantineItem[]> {
  return localItems(db, site, machine, await db.quarantine.where('quarantine').equals(quarantine).sortBy('at'));
}

/** Per quarantine: how many messages `machine` holds locally and when the latest arrived. */
export type QuarantineStats = Map<string, { count: number; last: number | null }>;

/** The Quarantines table's figures; standalone, counted from the index keys without loading messages. */
export async function quarantineStats(db: PlaygroundDb, site: SiteLayout | null, machine: string): Promise<QuarantineStats> {
  const stats: QuarantineStats = new Map();
  if (needsFilter(site, machine)) {
    for (const i of await localItems(db, site, machine, await db.quarantine.toCollection().sortBy('at'))) {
      stats.set(i.quarantine, { count: (stats.get(i.quarantine)?.count ?? 0) + 1, last: i.at });
    }
    return stats;
  }
  const names = (await db.quarantine.orderBy('quarantine').keys()) as string[];
  for (const n of names) stats.set(n, { count: (stats.get(n)?.count ?? 0) + 1, last: null });
  for (const [n, s] of stats) s.last = (await db.quarantine.where('quarantine').equals(n).last())?.at ?? null;
  return stats;
}
