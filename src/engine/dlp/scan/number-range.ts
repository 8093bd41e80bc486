/**
 * A value that opens or closes a range of numbers ("tickets 489818505 to 489820463", "serials
 * 899235413 through 899237491") is one of a run of issued numbers — tickets, checks, serials — and
 * no one's identifier: no one's SSN or account is written as the end of a span.
 */
import { isAlnum, isDigit } from './char-codes.ts';

/** Widest range read as a run of issued numbers: the two ends share all but their last five digits. */
const MAX_SPAN = 100_000;

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

const lower = (text: string, p: number): number => text.charCodeAt(p) | 32;

/**
 * The length of a range's joint at p: "to", "thru", "through", a hyphen or an en dash, each maybe
 * between single spaces; 0 when there is none. It sets `jointIsTo` when the joint is "to" (a
 * transfer's "from … to …" is no range).
 */
let jointIsTo = false;
function jointAt(text: string, p: number): number {
  const from = p;
  if (text.charCodeAt(p) === 32) p++;
  const c = text.charCodeAt(p);
  let word = 0;
  jointIsTo = false;
  if (c === 45 || c === 8211) word = 1;
  else if ((c | 32) === 116) {
    if (lower(text, p + 1) === 111) {
      word = 2;
      jointIsTo = true;
    } else if (lower(text, p + 1) === 104 && lower(text, p + 2) === 114) {
      // "thru", or "through".
      if (lower(text, p + 3) === 117) word = 4;
      else if (lower(text, p + 3) === 111 && lower(text, p + 4) === 117 && lower(text, p + 5) === 103 && lower(text, p + 6) === 104)
        word = 7;
    }
  }
  if (word === 0) return 0;
  p += word;
  if (word > 1 && isAlnum(text.charCodeAt(p))) return 0;
  if (text.charCodeAt(p) === 32) p++;
  return p - from;
}

const FROM_BEFORE = /\bfrom $/i;

/** Whether the value at [start, end) is an end of a range of numbers of its own shape. */
export function inNumberRange(text: string, start: number, end: number): boolean {
  const width = end - start;
  // The value opens it: "<value> to <other>".
  const after = jointAt(text, end);
  if (after > 0) {
    const from = end + after;
    if (
      isDigit(text.charCodeAt(from)) &&
      !isAlnum(text.charCodeAt(from + width)) &&
      !(jointIsTo && FROM_BEFORE.test(text.slice(Math.max(0, start - 5), start))) &&
      ascending(digitsOf(text, start, end), digitsOf(text, from, from + width))
    )
      return true;
  }
  // The value closes it: "<other> through <value>" (the joint read back from a digit before it).
  for (let gap = 2; gap <= 9 && start - gap - width >= 0; gap++) {
    const to = start - gap;
    if (!isDigit(text.charCodeAt(to - 1)) || jointAt(text, to) !== gap) continue;
    if (isAlnum(text.charCodeAt(to - width - 1))) continue;
    if (jointIsTo && FROM_BEFORE.test(text.slice(Math.max(0, to - width - 5), to - width))) continue;
    return ascending(digitsOf(text, to - width, to), digitsOf(text, start, end));
  }
  return false;
}
