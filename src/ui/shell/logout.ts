/** What Log Out warns about: every pending change of the session, in every level, oldest first. */
import type { PendingChange, PendingState } from '../../engine/config/pending.ts';

/** One pending change as the Log Out warning lists it. */
export interface LostChange extends PendingChange {
  /** The level it was submitted at (in a cluster), else null. */
  readonly level: string | null;
}

/** The changes logging out would discard; `levelName` names a scope's level in a cluster (null standalone). */
export function changesLostAtLogout(allPending: readonly PendingState[], levelName: ((scope: string) => string) | null): LostChange[] {
  return allPending
    .flatMap((p) => p.changes.map((c) => ({ ...c, level: levelName ? levelName(p.scope) : null })))
    .sort((a, b) => a.at - b.at);
}
