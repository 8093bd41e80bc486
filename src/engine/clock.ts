/**
 * The simulated clock. Every time-based behaviour (provisioning delays, expiry, retention,
 * tracking timestamps) reads a `Clock` that is passed in; nothing in the engine calls `Date.now()`.
 */

/** A source of simulated time, in milliseconds since the epoch. */
export interface Clock {
  now(): number;
}

/** The moment a fresh simulation starts: a fixed, realistic weekday morning (UTC). */
export const SIMULATION_EPOCH = Date.UTC(2026, 0, 12, 9, 0, 0);

/** A clock that only moves forward when told to. */
export class SimClock implements Clock {
  constructor(private current: number = SIMULATION_EPOCH) {}

  now(): number {
    return this.current;
  }

  /** Moves the clock forward by `ms` (never backwards). */
  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('the simulated clock only moves forward');
    this.current += ms;
    return this.current;
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Adds `days` business days (Monday–Friday) to a UTC timestamp, as a provisioning desk counts. */
export function addBusinessDays(at: number, days: number): number {
  let t = at;
  let left = days;
  while (left > 0) {
    t += DAY;
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return t;
}
