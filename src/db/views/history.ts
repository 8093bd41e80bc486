/** Stored records pages read as they are: the commit history and one tracked message. */
import type { CommitRow } from '../../api/config.ts';
import type { TrackingRecord } from '../../engine/mailflow/types.ts';
import type { PlaygroundDb } from '../schema.ts';

/** A level's commits, newest first. */
export function commitHistory(db: PlaygroundDb, scope: string): Promise<CommitRow[]> {
  return db.commits.where('scope').equals(scope).reverse().toArray();
}

/** One tracked message's stored record (its events grow after a release or deletion). */
export function trackingRecord(db: PlaygroundDb, mid: number): Promise<TrackingRecord | undefined> {
  return db.tracking.get(mid);
}
