/** The traffic generator's progress as its page shows it. */

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
