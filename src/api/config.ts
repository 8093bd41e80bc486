/** Configuration as the clients see it: a level's view for its pages, and a commit in the history. */
import type { ConfigChange } from '../engine/config/diff.ts';
import type { CommitRecord, PendingChange } from '../engine/config/pending.ts';
import type { ApplianceConfig } from '../engine/config/schema/index.ts';

/** What a configuration page needs: both states and the pending list. */
export interface ConfigView {
  readonly scope: string;
  readonly committed: ApplianceConfig;
  /** What the pages show and edit: the pending candidate, or the committed configuration. */
  readonly candidate: ApplianceConfig;
  readonly pending: readonly PendingChange[];
  /** The net difference from committed to candidate. */
  readonly diff: readonly ConfigChange[];
}

/** A commit, as the history lists it. */
export interface CommitRow extends CommitRecord {
  id?: number;
}
