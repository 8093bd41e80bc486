/**
 * Email addresses and the appliance's address patterns (`user@example.com`, `user@`,
 * `@example.com`, `@.example.com`) used by outgoing mail policies and DLP filters.
 */

const LOCAL = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*";
const DOMAIN = '(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}';
const EMAIL = new RegExp(`^${LOCAL}@${DOMAIN}$`);
const PATTERN = new RegExp(`^(?:${LOCAL}@${DOMAIN}|${LOCAL}@|@${DOMAIN}|@\\.${DOMAIN})$`);

/** True for a complete, plausible email address. */
export const isEmailAddress = (s: string): boolean => s.length <= 254 && EMAIL.test(s);

/** True for an address pattern the appliance accepts in policy membership and filters. */
export const isAddressPattern = (s: string): boolean => s.length <= 254 && PATTERN.test(s);

/** The address of a From or To header (`Alice Martin <alice@example.com>` → `alice@example.com`); the header itself when it holds no angle brackets. */
export function headerAddress(header: string): string {
  const angled = /<([^<>]*)>\s*$/.exec(header);
  return (angled ? angled[1] : header).trim();
}

/** True when `address` is matched by `pattern` (case-insensitive, as mail addresses compare). */
export function addressMatches(pattern: string, address: string): boolean {
  const p = pattern.toLowerCase();
  const a = address.toLowerCase();
  const at = a.lastIndexOf('@');
  const domain = a.slice(at + 1);
  if (p.startsWith('@.')) return domain.endsWith(p.slice(1)) || domain === p.slice(2);
  if (p.startsWith('@')) return domain === p.slice(1);
  if (p.endsWith('@')) return a.slice(0, at + 1) === p;
  return a === p;
}
