/**
 * A cheque's MICR line as text: "⑆087229613⑆ 24507560⑈ 078817" in its E-13B symbols, or with a
 * scanner's stand-ins for them (":664612902: 4201237386\" 7958"). The routing number stands
 * between two transit symbols; the account follows it, closed by the on-us symbol, its groups
 * maybe joined by the dash symbol ("693⑉2102403⑈"). The check number and the amount (between
 * amount symbols, "⑇0000302742⑇") are no one's identifiers.
 */
import { abaChecksum } from './checksums.ts';
import { isDigit } from './char-codes.ts';

const TRANSIT = 0x2446;
const ON_US = 0x2448;
const DASH = 0x2449;
const COLON = 58;
const QUOTE = 34;

/** Whether the nine digits at [start, end) stand between a MICR line's transit symbols (or a scanner's colons) and pass a routing number's check. */
export function micrTransitAt(text: string, start: number, end: number): boolean {
  const open = text.charCodeAt(start - 1);
  if (end - start !== 9 || text.charCodeAt(end) !== open || (open !== TRANSIT && open !== COLON)) return false;
  if (!abaChecksum(text.slice(start, end))) return false;
  if (open === TRANSIT) return true;
  // A scanner's colons are a transit's only with an account closed by its stand-in for the on-us symbol after them.
  return open === COLON && micrAccountAfter(text, end) !== null;
}

/** Most characters of an account in a MICR line, its dash symbols and spaces included. */
const MAX_ACCOUNT = 22;

/**
 * The account after a MICR routing number ending at `end` (its closing transit symbol at `end`),
 * as [start, end), or null: four to seventeen digits, maybe in groups joined by the dash symbol,
 * a hyphen or a space, closed by the on-us symbol (or a scanner's quotation mark).
 */
export function micrAccountAfter(text: string, end: number): [number, number] | null {
  let p = end + 1;
  while (text.charCodeAt(p) === 32) p++;
  const start = p;
  let digits = 0;
  let last = p;
  for (; p - start <= MAX_ACCOUNT; p++) {
    const c = text.charCodeAt(p);
    if (isDigit(c)) {
      digits++;
      last = p + 1;
    } else if (!((c === DASH || c === 45 || c === 32) && isDigit(text.charCodeAt(p - 1)) && isDigit(text.charCodeAt(p + 1)))) break;
  }
  const close = text.charCodeAt(last);
  if (digits < 4 || digits > 17 || (close !== ON_US && close !== QUOTE)) return null;
  return [start, last];
}

/** Whether the account at `start` follows a MICR line's routing number (micrAccountAfter's start). */
export function micrAccountAt(text: string, start: number): boolean {
  let p = start - 1;
  while (p > 0 && text.charCodeAt(p) === 32) p--;
  const close = text.charCodeAt(p);
  if (close !== TRANSIT && close !== COLON) return false;
  const routing = p - 9;
  if (routing < 1 || !micrTransitAt(text, routing, p)) return false;
  const account = micrAccountAfter(text, p);
  return account !== null && account[0] === start;
}
