/** The traffic generator's progress as its page shows it, and the run's intent kept in the database. */
import type { TrafficOptions } from '../engine/mailflow/traffic.ts';

/** Where a run stands; `idle` before the first run of this session. */
export interface TrafficProgress {
  readonly state: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  readonly total: number;
  /** Messages processed and stored. */
  readonly done: number;
  /** Of those, how many were generated with sensitive content. */
  readonly sensitive: number;
  /** Of those, how many violated at least one DLP policy (as tracking records it). */
  readonly violations: number;
  readonly elapsedMs: number;
  /** Messages per second so far. */
  readonly rate: number;
  /** Estimated time to finish, while running. */
  readonly etaMs: number | null;
  readonly firstMid: number | null;
  readonly lastMid: number | null;
  /** Simulated time span the messages were given (first message, run start). */
  readonly from: number | null;
  readonly to: number | null;
  readonly seed: number | null;
  readonly error: string | null;
}

/**
 * A run's intent, stored with every batch (in the batch's transaction, so `done` is exactly what is
 * stored): enough to continue it after a reload with the same messages an uninterrupted run makes.
 */
export interface TrafficRun {
  readonly options: TrafficOptions;
  /** The simulated time the run started; the messages are dated over the span ending there. */
  readonly end: number;
  readonly scope: string;
  /** Messages stored so far (the first `done` of the seeded sequence). */
  readonly done: number;
  readonly sensitive: number;
  readonly violations: number;
  readonly firstMid: number | null;
  readonly lastMid: number | null;
}

/** A run that stopped before its end (the page was reloaded, or the engine restarted). */
export interface InterruptedRun {
  readonly done: number;
  readonly total: number;
  readonly seed: number;
}
