/** Formatting shared by pages: simulated times (always UTC, as the appliance logs GMT) and sizes. */

/** `12 Jan 2026 09:00 GMT` */
export function formatSimTime(ms: number): string {
  const d = new Date(ms);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} GMT`;
}

/**
 * `12,345`: a whole number with thousands separators, as `toLocaleString('en-US')` writes it, but
 * without Intl — the page's first Intl number format loads ICU data, a ~100 ms main-thread task.
 */
export function formatCount(n: number): string {
  const digits = String(Math.abs(Math.round(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 && digits !== '0' ? `-${grouped}` : grouped;
}
