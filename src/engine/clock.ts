/**
 * The simulated clock's constants and calendar arithmetic. Every time-based behaviour (provisioning
 * delays, expiry, retention, tracking timestamps) takes the simulated time as an argument (the
 * service keeps it in the database); nothing in the engine calls `Date.now()`.
 */

/** The moment a fresh simulation starts: a fixed, realistic weekday morning (UTC). */
export const SIMULATION_EPOCH = Date.UTC(2026, 0, 12, 9, 0, 0);

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
