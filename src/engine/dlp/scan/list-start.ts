/**
 * A value listed after others of a list that one label introduces: "passport numbers for Nadia,
 * Rafael, Greg and Lars are R56058318, 369242095, 950185471, and 115864916, respectively". The
 * label stands before the list's first value; the last ones are far from it.
 */
import { isAlnum, isDigit, isUpper } from './char-codes.ts';

/** Most values read back through a list, and most characters. */
const MAX_ITEMS = 8;
const MAX_REACH = 200;
/** Most characters of one listed value (a 19-digit card in groups, an IBAN's are longer: not listed so). */
const MAX_ITEM = 24;

/** Where the separator before `p` starts (", ", "; ", " and ", ", and ", " & "), or -1. */
function separatorBefore(text: string, p: number): number {
  let q = p;
  while (q > 0 && text.charCodeAt(q - 1) === 32) q--;
  const c = text.charCodeAt(q - 1);
  if (c === 44 || c === 59) return q - 1;
  if (c === 38 && q < p) return q - 1;
  // " and " / " or ", maybe after a comma (the Oxford comma).
  if (q < p && q >= 4 && text.charCodeAt(q - 4) === 32 && text.slice(q - 3, q).toLowerCase() === 'and') {
    let r = q - 4;
    if (text.charCodeAt(r - 1) === 44) r--;
    return r;
  }
  if (q < p && q >= 3 && text.charCodeAt(q - 3) === 32 && text.slice(q - 2, q).toLowerCase() === 'or') return q - 3;
  return -1;
}

/** Whether text[p] belongs to a listed value: a letter, a digit, a hyphen, or one space between digit groups. */
function inItem(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return isAlnum(c) || c === 45 || (c === 32 && isDigit(text.charCodeAt(p + 1)) && isDigit(text.charCodeAt(p - 1)));
}

/** Where the listed value ending at `e` starts, or -1 when no value ends there. */
function itemStartBefore(text: string, e: number): number {
  let s = e;
  let digits = 0;
  while (s > 0 && e - s < MAX_ITEM && inItem(text, s - 1)) {
    if (isDigit(text.charCodeAt(s - 1))) digits++;
    s--;
  }
  return digits >= 4 && s < e && !isAlnum(text.charCodeAt(s - 1)) ? s : -1;
}

/** Where the listed value starting at `s` ends, at `limit` at the latest. */
export function itemEnd(text: string, s: number, limit: number): number {
  let e = s;
  while (e < limit && inItem(text, e)) e++;
  return e;
}

/** The start of the list's first value when the value at `start` follows others in a list, else `start`. */
export function listStart(text: string, start: number): number {
  let from = start;
  for (let items = 0; items < MAX_ITEMS && start - from < MAX_REACH; items++) {
    const sep = separatorBefore(text, from);
    if (sep < 0) break;
    const s = itemStartBefore(text, sep);
    if (s < 0) break;
    from = s;
  }
  return from;
}

/** Most characters after a value read for "respectively", and back from a list to its sentence's start. */
const RESPECTIVELY_REACH = 120;
const SENTENCE_REACH = 300;
const RESPECTIVELY = /^[^.!?\n]*?\brespectively\b/i;

/**
 * Where the sentence of a list that "respectively" ends starts ("Passport numbers for the students
 * …: Sofia, Lucia and Elijah - 385473828, 305423162 and 516350623, respectively."): its label
 * stands at the sentence's start, before the names the values follow. `from` is the list's
 * start; returns `from` when no "respectively" follows the value ending at `end`.
 */
export function respectiveSentenceStart(text: string, from: number, end: number): number {
  if (!RESPECTIVELY.test(text.slice(end, end + RESPECTIVELY_REACH))) return from;
  let p = from;
  while (p > 0 && from - p < SENTENCE_REACH) {
    const c = text.charCodeAt(p - 1);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && text.charCodeAt(p) === 32)) break;
    p--;
  }
  return p;
}

/** Most lines of a list read up to its heading, and most characters. */
const MAX_LIST_LINES = 12;
const MAX_LIST_REACH = 1200;

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 13;

/**
 * The heading of a list of values one per line, as [start, end) of its line: the value opens its
 * line (after indentation or a bullet), the lines above it open with a digit too, and the first
 * line above them (perhaps after one blank line) ends with a colon ("Cards that were approved and
 * need to go to the processor's fraud desk:\n\n  4491-2382-6525-1417   auth BB6U32"). Null when
 * the value is not so listed. (Read character by character, with no copy: every value at a line's
 * start asks, and a text of numbers one per line has one on every line.)
 */
export function listHeadingAbove(text: string, start: number): readonly [number, number] | null {
  let p = start;
  while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  // An item may open with whose value it is ("   Brendan Washington: K66787340").
  p = personKeyBefore(text, p);
  const bullet = text.charCodeAt(p - 1);
  if (bullet === 45 || bullet === 42 || bullet === 8226) {
    p--;
    while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  }
  if (p === 0 || text.charCodeAt(p - 1) !== 10) return null;
  // The value on the line below the last one asked of (a list asks on every line): the same
  // heading, one line further up.
  if (
    text === lastText &&
    lastLine >= 0 &&
    lastLine < p &&
    text.lastIndexOf('\n', p - 2) + 1 === lastLine &&
    itemLine(text, lastLine, p - 1)
  ) {
    lastLine = p;
    if (lastHeading === null || ++lastLines >= MAX_LIST_LINES || start - lastHeading[0] > MAX_LIST_REACH) return (lastHeading = null);
    return lastHeading;
  }
  lastText = text;
  lastLine = p;
  lastHeading = walkUp(text, start, p);
  return lastHeading;
}

/** Most characters of a person's name keying a list's item. */
const MAX_NAME_KEY = 40;

/**
 * Where a person's name keying the item ends at `p` starts ("Brendan Washington:" before the value,
 * two to four capitalised words and a colon), or `p` when none does.
 */
function personKeyBefore(text: string, p: number): number {
  if (text.charCodeAt(p - 1) !== 58) return p;
  let q = p - 1;
  while (q > 0 && p - q <= MAX_NAME_KEY && isNameChar(text.charCodeAt(q - 1))) q--;
  while (text.charCodeAt(q) === 32) q++;
  if (!PERSON_KEY.test(text.slice(q, p))) return p;
  while (q > 0 && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 9)) q--;
  return q;
}

const isNameChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c === 39 || c === 45 || c === 46;
/** Two to four capitalised words, then the colon: a person's name. */
const PERSON_KEY = /^[A-Z][a-z'.-]+(?: [A-Z][a-z'.-]+){1,3}:$/;
/** The same opening a line, and the spaces after it. */
const PERSON_KEY_OPENING = /^[A-Z][a-z'.-]+(?: [A-Z][a-z'.-]+){1,3}: +/;

/** The last text, value line, heading and count of lines up to it that listHeadingAbove read. */
let lastText = '';
let lastLine = -1;
let lastHeading: readonly [number, number] | null = null;
let lastLines = 0;

/** Whether the line [from, to) opens as an item does. */
function itemLine(text: string, from: number, to: number): boolean {
  let first = from;
  while (first < to && isBlank(text.charCodeAt(first))) first++;
  return first < to && itemOpens(text, first, to);
}

/** listHeadingAbove's walk up from the value's line at `p`; sets lastLines. */
function walkUp(text: string, start: number, p: number): readonly [number, number] | null {
  let lineStart = p;
  let blank = false;
  for (let n = 0; n < MAX_LIST_LINES && lineStart > 0; n++) {
    lastLines = n;
    const end = lineStart - 1;
    let from = end;
    while (from > 0 && text.charCodeAt(from - 1) !== 10) {
      if (start - from > MAX_LIST_REACH) return null;
      from--;
    }
    // The line's last character that is not a space, and its first.
    let last = end;
    while (last > from && isBlank(text.charCodeAt(last - 1))) last--;
    let first = from;
    while (first < last && isBlank(text.charCodeAt(first))) first++;
    if (first === last) {
      if (blank) return null;
      blank = true;
    } else if (text.charCodeAt(last - 1) === 58) return [from, end];
    else if (blank || !itemOpens(text, first, last)) return null;
    lineStart = from;
  }
  return null;
}

/**
 * Whether a line's text [first, last) opens as an item does: perhaps a bullet, then a digit, or a
 * code's capital and digit ("Z68.42 - body mass index, adult").
 */
function itemOpens(text: string, first: number, last: number): boolean {
  let p = first;
  const c = text.charCodeAt(p);
  if (c === 45 || c === 42 || c === 8226) {
    p++;
    if (p >= last || !isBlank(text.charCodeAt(p))) return false;
    while (p < last && isBlank(text.charCodeAt(p))) p++;
  }
  // (After whose value it is: "Beatriz Washington: M11005919".)
  const key = PERSON_KEY_OPENING.exec(text.slice(p, Math.min(last, p + MAX_NAME_KEY + 4)));
  if (key !== null) p += key[0].length;
  if (p + 1 < last && isUpper(text.charCodeAt(p)) && isDigit(text.charCodeAt(p + 1))) return true;
  return p < last && isDigit(text.charCodeAt(p));
}
