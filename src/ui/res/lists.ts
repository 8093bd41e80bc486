/** Small helpers of the RES portal's forms and tables. */

/** `2026-01-12T09:00` for a datetime-local input, in GMT (the simulated clock's zone). */
export const toLocalInput = (ms: number): string => new Date(ms).toISOString().slice(0, 16);

/** A datetime-local value read as GMT; NaN when it is not a date. */
export const fromLocalInput = (s: string): number => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s) ? Date.parse(`${s}:00Z`) : Number.NaN);
