/**
 * A value that opens or closes a range of numbers ("tickets 489818505 to 489820463", "serials
 * 899235413 through 899237491") is one of a run of issued numbers — tickets, checks, serials — and
 * no one's identifier: no one's SSN or account is written as the end of a span.
 */
import { isAlnum, isDigit } from './char-codes.ts';

/** Widest range read as a run of issued numbers: the two ends share all but their last five digits. */
const MAX_SPAN = 100_000;
/** A range's word or dash between its two ends. "To" is also a transfer's ("from 4455667788 to …"). */
const BETWEEN = /^ ?(?:through|thru|to|[-–]) ?$/i;
const FROM_BEFORE = /\bfrom $/i;

/** The digits of text[from, to), or '' when it holds anything but digits, spaces and dashes. */
function digitsOf(text: string, from: number, to: number): string {
  let out = '';
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (isDigit(c)) out += text[p];
    else if (c !== 32 && c !== 45) return '';
  }
  return out;
}

/** Whether two ends of the same length are a short ascending run. */
function ascending(low: string, high: string): boolean {
  if (low.length !== high.length || low.length === 0) return false;
  const diff = Number(high) - Number(low);
  return diff > 0 && diff < MAX_SPAN;
}

/** Whether the value at [start, end) is an end of a range of numbers of its own shape. */
export function inNumberRange(text: string, start: number, end: number): boolean {
  const width = end - start;
  const own = digitsOf(text, start, end);
  if (own === '') return false;
  // The value opens it: "<value> to <other>".
  for (let gap = 1; gap <= 9; gap++) {
    const from = end + gap;
    if (from + width > text.length) break;
    if (!BETWEEN.test(text.slice(end, from))) continue;
    if (isAlnum(text.charCodeAt(from + width)) || !isDigit(text.charCodeAt(from))) continue;
    if (FROM_BEFORE.test(text.slice(Math.max(0, start - 5), start)) && /to/i.test(text.slice(end, from))) continue;
    if (ascending(own, digitsOf(text, from, from + width))) return true;
  }
  // The value closes it: "<other> through <value>".
  for (let gap = 1; gap <= 9; gap++) {
    const to = start - gap;
    if (to - width < 0) break;
    if (!BETWEEN.test(text.slice(to, start))) continue;
    if (isAlnum(text.charCodeAt(to - width - 1)) || !isDigit(text.charCodeAt(to - 1))) continue;
    if (FROM_BEFORE.test(text.slice(Math.max(0, to - width - 5), to - width)) && /to/i.test(text.slice(to, start))) continue;
    if (ascending(digitsOf(text, to - width, to), own)) return true;
  }
  return false;
}
