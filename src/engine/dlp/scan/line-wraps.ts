/**
 * Values that a line break cuts in two, as mail that is wrapped at a fixed width cuts them: "call
 * me on 415 762⏎0134", a reply quoting it ("> … 4539 1488⏎> 0343 6467"), or a break at one of its
 * hyphens ("536-22-⏎1234"). A break is read as a wrap, not as the end of a line of its own, when
 * the line it ends is as long as wrapped lines are (MIN_WRAPPED..MAX_WRAPPED characters: a short
 * line ending in digits is a row of a table, a long one a paragraph), or when a hyphen on either
 * side says the number goes on. The next line must carry the same quote prefix ("> ", ">> ") as
 * the line before, and nothing else, before the digits go on.
 */
import { isDigit } from './char-codes.ts';
import { REMOVED } from './html-entities.ts';
import type { Rewrite } from './written-out-emails.ts';

/** Fewest and most characters of a line that a mail client wrapped (widths of 60 to 100 columns, less the next word). */
export const MIN_WRAPPED = 50;
export const MAX_WRAPPED = 100;

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const HYPHEN = 45;
const QUOTE = 62;

/** Most characters of a joint: a hyphen, a CRLF, a quote prefix (">> > ") and a hyphen. */
const MAX_JOINT = 12;
/** What a joint is made of. */
const isJointChar = (c: number): boolean => c === LF || c === CR || c === SPACE || c === TAB || c === QUOTE || c === HYPHEN;

/** Reads code units of a string or of a buffer alike (the scan reads strings, normalisation buffers). */
type CodeAt = (i: number) => number;

/**
 * Where the joint of a wrapped value starting at `from` (just after a digit) ends, or -1: an
 * optional hyphen or space, a line break, the quote prefix of the line before, an optional
 * hyphen (not both hyphens), then a digit (or what `goesOn` accepts). `hyphen` tells which side
 * held one (0 none, 1 before the break, 2 after it).
 */
function jointEnd(at: CodeAt, n: number, from: number, goesOn: (c: number) => boolean = isDigit): number {
  let i = from;
  joint.hyphen = 0;
  const c = at(i);
  if (c === HYPHEN) {
    joint.hyphen = 1;
    i++;
  } else if (c === SPACE) i++;
  const breakAt = i;
  if (at(i) === CR && at(i + 1) === LF) i += 2;
  else if (at(i) === LF) i++;
  else return -1;
  // The line before: its start (within MAX_WRAPPED characters) and its quote prefix.
  let start = breakAt;
  while (start > 0 && breakAt - start <= MAX_WRAPPED && at(start - 1) !== LF && at(start - 1) !== CR) start--;
  joint.lineLength = breakAt - start;
  const prefixEnd = quotePrefixEnd(at, start, breakAt);
  joint.quoted = prefixEnd > start;
  for (let k = start; k < prefixEnd; k++, i++) if (i >= n || at(i) !== at(k)) return -1;
  if (at(i) === HYPHEN && joint.hyphen === 0) {
    joint.hyphen = 2;
    i++;
  }
  return i < n && goesOn(at(i)) ? i : -1;
}

/** What jointEnd read besides the end: which side held a hyphen, the length of the line before, whether it is quoted. */
const joint = { hyphen: 0, lineLength: 0, quoted: false };

/** Where the quote prefix of the line [start, end) ends: spaces, then '>' marks each with a space or not ("> ", ">> ", "> > "). */
function quotePrefixEnd(at: CodeAt, start: number, end: number): number {
  let i = start;
  while (i < end && (at(i) === SPACE || at(i) === TAB)) i++;
  if (i < end && at(i) !== QUOTE) return start;
  while (i < end && at(i) === QUOTE) {
    i++;
    if (i < end && at(i) === SPACE) i++;
  }
  return i;
}

/**
 * Where the next line's text starts after the line break at `at` (LF, or CR LF), or -1 when
 * there is none: past the quote prefix of the line before when it repeats it ("… GB82 WEST⏎>
 * 1234 …"; a client that wraps a quoted line without it is read the same). No rule on the line's
 * length: for a value whose own check guards it, as an IBAN's mod 97 does.
 */
export function nextLineText(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i += 2;
  else if (text.charCodeAt(i) === LF) i++;
  else return -1;
  let start = at;
  while (start > 0 && at - start <= MAX_WRAPPED && text.charCodeAt(start - 1) !== LF && text.charCodeAt(start - 1) !== CR) start--;
  // A line longer than that is read as unquoted: its start is not known.
  if (at - start > MAX_WRAPPED) return i;
  const prefixEnd = quotePrefixEnd((k) => text.charCodeAt(k), start, at);
  for (let k = start; k < prefixEnd; k++) if (text.charCodeAt(i + k - start) !== text.charCodeAt(k)) return i;
  return i + prefixEnd - start;
}

/** Whether the joint read last is a wrap: a hyphen says the number goes on; else the line before is as long as wrapped lines are. */
const isWrap = (): boolean => joint.hyphen !== 0 || (joint.lineLength >= MIN_WRAPPED && joint.lineLength <= MAX_WRAPPED);

/**
 * Whether text[from, to) — between a digit and the digit at `to` — is the joint of a wrapped
 * value (scanText's look before it asks for the rewrite; a phone number's check of a break).
 */
export function wrapsAt(text: string, from: number, to: number): boolean {
  // Most joints hold no line break, and most breaks after a number end a line whose next one
  // starts with words: both are looked at first, before anything is read of the line before.
  if (to - from > MAX_JOINT) return false;
  for (let i = from + 1; i < to; i++) if (!isJointChar(text.charCodeAt(i))) return false;
  return isDigit(text.charCodeAt(from - 1)) && wrapEnd(text, from, isDigit) === to;
}

/**
 * Where the joint of a wrap that starts at `from` ends (the first character of the next line's
 * text, which `goesOn` must accept), or -1 when the break there is no wrap: for a value whose
 * part before the break is not a digit, as ")" in "(415)⏎762-0134" or whose part after is not,
 * as a NINO's suffix letter ("AB 12 34 56⏎C").
 */
export function wrapEnd(text: string, from: number, goesOn: (c: number) => boolean): number {
  const first = text.charCodeAt(from);
  const c = first === HYPHEN || first === SPACE ? text.charCodeAt(from + 1) : first;
  if (c !== LF && c !== CR) return -1;
  const to = jointEnd((i) => text.charCodeAt(i), text.length, from, goesOn);
  return to >= 0 && isWrap() ? to : -1;
}

/**
 * Where the joint of a wrap that ends at `to` (the next line's text) starts, or -1: the joint
 * wrapEnd reads, found from its end, after a character `endsPart` accepts. For a value read from
 * a later part back to its start: a NINO's prefix ("AB⏎12 34 56 C"), a country code ("+1⏎415 …").
 */
export function wrapBefore(text: string, to: number, endsPart: (c: number) => boolean): number {
  const last = text.charCodeAt(to - 1);
  if (last !== LF && last !== SPACE && last !== QUOTE) return -1;
  let i = to - 1;
  while (i > 0 && to - i < MAX_JOINT && isJointChar(text.charCodeAt(i - 1))) i--;
  if (!endsPart(text.charCodeAt(i - 1))) return -1;
  // The joint starts with a line break, or with the one space or hyphen before it.
  const c = text.charCodeAt(i);
  if (c !== LF && c !== CR && text.charCodeAt(i + 1) !== LF && text.charCodeAt(i + 1) !== CR) return -1;
  return wrapEnd(text, i, () => true) === to ? i : -1;
}

/**
 * The joints of wrapped values in codes[0, m) that the classifiers cannot read through, for
 * normalise.ts: a hyphen's or a quoted reply's. Each becomes one space, or nothing where a hyphen
 * stays to join the groups ("536-22-⏎1234" reads "536-22-1234"). A plain break is left alone: the
 * scan reads it as a space already, and rewriting it would make a text scanned twice for nothing.
 */
export function lineWraps(codes: Uint16Array, m: number): Rewrite[] {
  const out: Rewrite[] = [];
  const at: CodeAt = (i) => (i < m ? codes[i] : 0);
  for (let b = codes.indexOf(LF); b >= 0 && b < m; b = codes.indexOf(LF, b + 1)) {
    let from = b > 0 && codes[b - 1] === CR ? b - 1 : b;
    if (from > 0 && (codes[from - 1] === HYPHEN || codes[from - 1] === SPACE)) from--;
    if (from === 0 || !isDigit(codes[from - 1])) continue;
    const to = jointEnd(at, m, from);
    if (to < 0 || !isWrap() || (joint.hyphen === 0 && !joint.quoted)) continue;
    if (joint.hyphen === 1) out.push({ start: from + 1, end: to, to: REMOVED });
    else if (joint.hyphen === 2) out.push({ start: from, end: to - 1, to: REMOVED });
    else out.push({ start: from, end: to, to: SPACE });
  }
  return out;
}
