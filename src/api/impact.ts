/** Preview impact: pending changes replayed over recorded traffic before Commit (the data the pages and the worker exchange). */
import type { ReplayRow } from '../engine/mailflow/impact.ts';

export type { ImpactTotals, ReplayRow } from '../engine/mailflow/impact.ts';

/** Which recorded messages to replay: the last N (or all) of those received in an optional simulated-time range. */
export interface ImpactQuery {
  readonly last: number | 'all';
  /** Received at or after / before, by the simulated clock (ms); null for no bound. */
  readonly from: number | null;
  readonly to: number | null;
}

/** What a preview will replay, and what it cannot. */
export interface ImpactPlan {
  /** First MIDs of the messages to replay, oldest first. */
  readonly mids: readonly number[];
  /** Messages tracked in the range (before the last-N cut). */
  readonly tracked: number;
  /** Of the chosen messages, how many have no kept original (older than the retention) and are left out. */
  readonly notReplayable: number;
  /** How many originals are kept for replay. */
  readonly retention: number;
  /** Changes pending at the level previewed; 0 means before and after are the same configuration. */
  readonly pendingChanges: number;
  /** Whether each configuration logs matched content (matched values are shown only where it does). */
  readonly matchedContentLogging: { readonly before: boolean; readonly after: boolean };
}

/** One batch of a preview. */
export interface ImpactBatch {
  readonly rows: readonly ReplayRow[];
  /** MIDs asked for whose original is gone (pruned since the plan). */
  readonly missing: readonly number[];
}

/** The retention setting's bounds. */
export const RETENTION_MIN = 100;
export const RETENTION_MAX = 100_000;
export const RETENTION_DEFAULT = 10_000;
