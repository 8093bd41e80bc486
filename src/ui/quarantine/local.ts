/**
 * Which held messages the Quarantines page shows: a machine's local quarantines only. In a
 * cluster each member lists what it holds itself; a machine that uses centralized quarantines
 * holds nothing locally (those messages are on the SMA page). Standalone: every message, as before.
 */
import type { PlaygroundDb } from '../../db/schema.ts';
import type { QuarantineItem } from '../../engine/mailflow/types.ts';
import { usesCentral, type SiteLayout } from '../../engine/site/index.ts';

/** True if the page must look at each message's machine (a cluster, or the SMA in use). */
export const needsFilter = (site: SiteLayout | null, machine: string): boolean =>
  !!site && (site.mode === 'cluster' || usesCentral(site, machine));

/** The items held locally by `machine` (a `machine:<host>` scope). */
export async function localItems(db: PlaygroundDb, site: SiteLayout | null, machine: string, items: QuarantineItem[]): Promise<QuarantineItem[]> {
  if (!site || !needsFilter(site, machine)) return items;
  if (usesCentral(site, machine)) return [];
  const host = machine.replace(/^machine:/, '');
  const records = await db.tracking.bulkGet(items.map((i) => i.mid));
  return items.filter((_, n) => records[n]?.host === host);
}
