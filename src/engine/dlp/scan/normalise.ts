/**
 * Undoing Unicode evasion before a scan: a value written with look-alike characters (Unicode
 * spaces, dashes and punctuation, full-width, styled or other scripts' digits, Cyrillic or Greek
 * letters among Latin ones), with invisible characters or combining marks inside, or spaced out
 * one character at a time is rewritten as plain ASCII, with a map back to the original
 * offsets and a list of where the text was changed (a finding there was obfuscated). Ordinary
 * mail pays for one check that is nearly free on a one-byte string (see `normaliseForScan`).
 */
import { isAlnum, isDigit, isLetter, isUpper } from './char-codes.ts';
import {
  digitFor,
  ocrDigitFor,
  disguisedGroupsAt,
  groupDigitFor,
  GROUP_BOUNDS,
  ninoGroupsAt,
  oddGaps,
  quadGroupsAt,
  solidAt,
  solidDigitsFrom,
  strayMarkAt,
  strayMarkFrom,
} from './disguised-groups.ts';
import { writtenOutEmails, type Rewrite } from './written-out-emails.ts';
import { htmlReferences, REMOVED } from './html-entities.ts';
import { spelledDigits } from './spelled-digits.ts';
import { lineWraps } from './line-wraps.ts';
import { quotedPrintable } from './quoted-printable.ts';

/** Kinds of change, as bits (a span's kinds are or-ed together). */
export const SPACES = 1;
export const DASHES = 2;
export const FULL_WIDTH = 4;
export const SCRIPT_DIGITS = 8;
export const INVISIBLE = 16;
export const SPACED_OUT = 32;
export const STYLED_DIGITS = 64;
export const LOOKALIKE_LETTERS = 128;
export const COMBINING_MARKS = 256;
export const LOOKALIKE_PUNCTUATION = 512;
export const ODD_SEPARATORS = 1024;
export const LETTERS_FOR_DIGITS = 2048;
export const WRITTEN_OUT = 4096;
export const HTML_REFERENCES = 8192;
export const DIGIT_WORDS = 16384;
/** A line break inside a value that mail wrapping put there (line-wraps.ts): read through, and no evasion. */
export const LINE_WRAPS = 32768;
/** Quoted-printable left undecoded (quoted-printable.ts): decoded, and no evasion. */
export const QUOTED_PRINTABLE = 65536;

/** What each kind is called in an explanation, by bit. */
const KIND_NAMES: readonly (readonly [number, string])[] = [
  [FULL_WIDTH, 'full-width characters'],
  [SCRIPT_DIGITS, 'digits of another script'],
  [STYLED_DIGITS, 'styled digits (superscript, circled or mathematical)'],
  [LOOKALIKE_LETTERS, 'look-alike letters of another script'],
  [COMBINING_MARKS, 'combining marks (underline, strike-through)'],
  [LOOKALIKE_PUNCTUATION, 'look-alike punctuation'],
  [SPACES, 'Unicode spaces'],
  [DASHES, 'look-alike dashes'],
  [INVISIBLE, 'invisible characters'],
  [SPACED_OUT, 'a separator between every character'],
  [ODD_SEPARATORS, 'unusual or mixed separators'],
  [LETTERS_FOR_DIGITS, 'letters for digits (O for 0, l for 1)'],
  [WRITTEN_OUT, 'an at sign or dots written out or spaced ("[at]", "(dot)", " @ ")'],
  [HTML_REFERENCES, 'HTML character references ("&nbsp;")'],
  [DIGIT_WORDS, 'digits as words ("five three six")'],
];

/**
 * Where each offset of a normalised text was in the original, as runs of offsets moved alike:
 * from offset starts[k] on (up to the next start), the original is the offset plus shifts[k]. A
 * few folded characters make a few runs (a no-break space none: nothing per character).
 */
export class OffsetMap {
  constructor(
    private readonly starts: Int32Array,
    private readonly shifts: Int32Array,
  ) {}

  /** The original offset of offset i of the normalised text. */
  original(i: number): number {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return i + this.shifts[lo];
  }

  /** The runs of a map given per offset. */
  static of(map: Int32Array, length: number): OffsetMap {
    const starts = [0];
    const shifts = [length > 0 ? map[0] : 0];
    for (let i = 1; i < length; i++)
      if (map[i] - i !== shifts[shifts.length - 1]) {
        starts.push(i);
        shifts.push(map[i] - i);
      }
    return new OffsetMap(Int32Array.from(starts), Int32Array.from(shifts));
  }
}

/** A text as the scan sees it. */
export interface Normalised {
  readonly text: string;
  /** Offsets of `text` back in the original; null when `text` is the original. */
  readonly map: OffsetMap | null;
  /** Original offsets where a character was replaced or removed, ascending (a folded space then dropped from a run is there twice). */
  readonly changedAt: Int32Array;
  /** The kind of each change (a bit above). */
  readonly changeKind: Uint32Array;
}

/** Per BMP code unit: 0 keep, REMOVE, PAIR, or the replacement's code unit (see fold table below). */
const REMOVE = 0xffff;
/** A high surrogate whose pair may be a styled digit of the supplementary planes (see pairDigit). */
const PAIR = 0xfffe;
/** A combining mark: removed from a digit, and a line or stroke from a Latin letter (see markFolds). */
const MARK = 0xfffc;
/** Per Cyrillic or Greek letter that looks Latin, that letter (folded only among Latin ones: lookalikesIn). */
const LATIN = new Uint16Array(65536);
const FOLD = new Uint16Array(65536);
const KIND = new Uint16Array(65536);
/** Zeros of the Unicode decimal digit runs in the BMP besides ASCII (general category Nd). */
const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0,
  0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
];
const set = (c: number, to: number, kind: number): void => {
  FOLD[c] = to;
  KIND[c] = kind;
};
for (let c = 0x2000; c <= 0x200a; c++) set(c, 32, SPACES);
for (const c of [0x1680, 0x202f, 0x205f, 0x3000]) set(c, 32, SPACES);
for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x180e, 0xad]) set(c, REMOVE, INVISIBLE);
// Marks that set the direction of text (left-to-right and right-to-left marks, embeddings,
// overrides, isolates): invisible in a number, and pasted with it from mixed-script pages.
for (const c of [0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x61c]) set(c, REMOVE, INVISIBLE);
// (And the katakana prolonged sound mark, which Japanese input types for a dash between digits: "２５２ー４６ー５０９１".)
for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0x30fc, 0xff70]) set(c, 45, DASHES);
for (let c = 0xff01; c <= 0xff5e; c++) set(c, c - 0xfee0, c === 0xff0d ? DASHES : FULL_WIDTH);
for (const zero of DIGIT_ZEROS) for (let d = 0; d < 10; d++) set(zero + d, 48 + d, SCRIPT_DIGITS);
// Dots, at signs, colons and slashes drawn like ASCII ones (an address, an IP, a date written with them).
for (const [c, ascii] of [
  [0x2024, '.'],
  [0xfe52, '.'],
  [0xff61, '.'],
  [0x3002, '.'],
  [0xfe6b, '@'],
  [0x2236, ':'],
  [0xa789, ':'],
  [0xfe55, ':'],
  [0x2215, '/'],
  [0x2044, '/'],
  // Middle dots and bullets, written between a phone number's groups ("415·555·0134").
  [0xb7, '.'],
  [0x387, '.'],
  [0x2022, '.'],
  [0x2027, '.'],
  [0x2219, '.'],
  [0x22c5, '.'],
  [0x30fb, '.'],
  [0xff65, '.'],
] as const)
  set(c, ascii.charCodeAt(0), LOOKALIKE_PUNCTUATION);
// Digits styled by Unicode compatibility (NFKC folds them to ASCII digits), and the dingbat
// circled digits that read the same: superscript, subscript, circled, double-circled, negative.
// [first code point, its digit, how many in a row]
for (const [first, digit, count] of [
  [0xb2, 2, 2],
  [0xb9, 1, 1],
  [0x2070, 0, 1],
  [0x2074, 4, 6],
  [0x2080, 0, 10],
  [0x2460, 1, 9],
  [0x24ea, 0, 1],
  [0x24f5, 1, 9],
  [0x24ff, 0, 1],
  [0x2776, 1, 9],
  [0x2780, 1, 9],
  [0x278a, 1, 9],
])
  for (let d = 0; d < count; d++) set(first + d, 48 + digit + d, STYLED_DIGITS);
// Mathematical digits (U+1D7CE–U+1D7FF) and segmented digits (U+1FBF0–U+1FBF9): surrogate pairs.
FOLD[0xd835] = PAIR;
FOLD[0xd83e] = PAIR;
// Combining marks (diacritics, and the lines and strokes "fancy text" draws through characters).
for (const [first, last] of [
  [0x300, 0x36f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
])
  for (let c = first; c <= last; c++) set(c, MARK, COMBINING_MARKS);
/** Marks that draw a line or a stroke (overline, underline, overlays): removed from Latin letters too. */
const LINE_MARKS = new Set([0x305, 0x332, 0x333, 0x334, 0x335, 0x336, 0x337, 0x338]);

/**
 * Whether the combining mark at i is removed: its base (the character before its marks) is a
 * digit, or any other ASCII character and the mark a line or stroke ("4̶1̶1̶1̶", "5̲3̲6̲-̲2̲2̲",
 * "C̲o̲n̲f̲"). An accent on a letter ("é" written as e + U+0301) is the word's own.
 */
function markFolds(text: string, i: number): boolean {
  let b = i - 1;
  while (b >= 0 && FOLD[text.charCodeAt(b)] === MARK) b--;
  if (b < 0) return false;
  const base = text.charCodeAt(b);
  const plain = FOLD[base] !== 0 && FOLD[base] < 128 ? FOLD[base] : base;
  if (plain >= 48 && plain <= 57) return true;
  return plain >= 32 && plain < 127 && LINE_MARKS.has(text.charCodeAt(i));
}

/** Whether a code unit is a combining mark (it belongs to the character before it). */
export const isCombiningMark = (c: number): boolean => FOLD[c] === MARK;

/** Whether the code unit at i, whose fold entry f is not 0, is changed. */
const changes = (text: string, i: number, f: number): boolean => f !== MARK || markFolds(text, i);
// Cyrillic and Greek letters drawn like Latin ones or digits, as written inside a Latin value ("GB82 WЕST…").
const LOOKALIKES: readonly (readonly [number, string])[] = [
  [0x410, 'A'],
  [0x412, 'B'],
  [0x415, 'E'],
  [0x41a, 'K'],
  [0x41c, 'M'],
  [0x41d, 'H'],
  [0x41e, 'O'],
  [0x420, 'P'],
  [0x421, 'C'],
  [0x422, 'T'],
  [0x425, 'X'],
  [0x405, 'S'],
  [0x406, 'I'],
  [0x408, 'J'],
  [0x4ae, 'Y'],
  [0x430, 'a'],
  [0x435, 'e'],
  [0x43e, 'o'],
  [0x440, 'p'],
  [0x441, 'c'],
  [0x443, 'y'],
  [0x445, 'x'],
  [0x455, 's'],
  [0x456, 'i'],
  [0x458, 'j'],
  [0x4bb, 'h'],
  [0x501, 'd'],
  [0x391, 'A'],
  [0x392, 'B'],
  [0x395, 'E'],
  [0x396, 'Z'],
  [0x397, 'H'],
  [0x399, 'I'],
  [0x39a, 'K'],
  [0x39c, 'M'],
  [0x39d, 'N'],
  [0x39f, 'O'],
  [0x3a1, 'P'],
  [0x3a4, 'T'],
  [0x3a5, 'Y'],
  [0x3a7, 'X'],
  [0x3bf, 'o'],
  // Drawn like digits: "53б-22-1234", "З".
  [0x431, '6'],
  [0x417, '3'],
  [0x437, '3'],
];
for (const [c, latin] of LOOKALIKES) {
  KIND[c] = LOOKALIKE_LETTERS;
  LATIN[c] = latin.charCodeAt(0);
}
// A no-break space is a space (the scan already reads it as one): folded, but no evasion.
set(0xa0, 32, 0);

const inMixedRun = (c: number): boolean => isAlnum(c) || LATIN[c] !== 0;
/** Greek and Cyrillic letters (the range the look-alikes are in). */
const GREEK_CYRILLIC = /[\u0391-\u03bf\u0405-\u0501]+/g;

/**
 * The look-alike letters that fold, ascending: those in a run of Latin letters, digits and
 * look-alikes that holds a Latin letter or digit ("WЕST", "jоhn@"); a word written all in
 * Cyrillic or Greek ("ТАК", "ΟΧΙ") stays as it is. Asked only of a text mostly in Latin script
 * (isDense false): in text written in those scripts, the letters are the text's own.
 */
function lookalikesIn(text: string): number[] {
  const out: number[] = [];
  let done = 0;
  // The run of Latin letters, digits and look-alikes around i, its look-alikes listed once.
  const run = (i: number): void => {
    let a = i;
    while (a > done && inMixedRun(text.charCodeAt(a - 1))) a--;
    let b = i + 1;
    while (b < text.length && inMixedRun(text.charCodeAt(b))) b++;
    for (let k = a; k < b; k++) if (LATIN[text.charCodeAt(k)] !== 0) out.push(k);
    done = b;
  };
  GREEK_CYRILLIC.lastIndex = 0;
  for (let m = GREEK_CYRILLIC.exec(text); m !== null; m = GREEK_CYRILLIC.exec(text)) {
    const before = m.index - 1;
    const after = m.index + m[0].length;
    if (before >= done && isAlnum(text.charCodeAt(before))) run(before);
    if (after >= done && isAlnum(text.charCodeAt(after))) run(after);
  }
  return out;
}

/** More code units from U+00A0 on than this make a text dense: written in another script. */
const denseLimit = (text: string): number => (text.length >> 4) + 16;

/** Whether more than denseLimit code units are from U+00A0 on (unitFolds finds it out as it reads). */
function isDense(text: string): boolean {
  const limit = denseLimit(text);
  let seen = 0;
  MAY_FOLD.lastIndex = 0;
  while (MAY_FOLD.exec(text) !== null) if (++seen > limit) return true;
  return false;
}

/** The ASCII digit of the surrogate pair at i when it is a styled digit (its high half is a PAIR), else -1. */
function pairDigit(text: string, i: number): number {
  const low = text.charCodeAt(i + 1);
  if (text.charCodeAt(i) === 0xd835) return low >= 0xdfce && low <= 0xdfff ? 48 + ((low - 0xdfce) % 10) : -1;
  return low >= 0xdff0 && low <= 0xdff9 ? 48 + low - 0xdff0 : -1;
}

/** The Latin-1 characters that fold (no-break space, soft hyphen, superscript digits), read from the table. */
const LATIN1_FOLDS = Array.from({ length: 256 }, (_, c) => String.fromCharCode(c)).filter((ch) => FOLD[ch.charCodeAt(0)] !== 0);
/** No fold: shared, so a one-line message allocates nothing here. */
const NO_FOLDS: readonly number[] = Object.freeze([]);

/**
 * Where the text's characters that fold are, ascending; null when there are more than `most`. A
 * one-byte string (all-ASCII mail, Latin-1) has none above U+00FF, which the regular expression
 * knows at once without reading it: its few are found with indexOf. In other strings the code
 * units that may fold (U+00A0 and up) are found by a regular expression, which reads mostly-ASCII
 * text with curly quotes or dashes about three times as fast as a loop of charCodeAt (a character
 * class of every folding range reads slower still), and each is looked up in the table. Where
 * they prove dense (text in another script) the rest is read by the loop.
 */
function foldsOf(text: string, most: number): readonly number[] | null {
  surrogates = false;
  if (!BEYOND_LATIN1.test(text)) {
    let at: number[] | null = null;
    for (let k = 0; k < LATIN1_FOLDS.length; k++) {
      const ch = LATIN1_FOLDS[k];
      for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) if ((at ??= []).push(i) > most) return null;
    }
    return at === null ? NO_FOLDS : at.sort((a, b) => a - b);
  }
  sawLookalike = false;
  wentDense = false;
  const at = unitFolds(text, most);
  const look = at === null || wentDense || !sawLookalike ? [] : lookalikesIn(text);
  if (look.length === 0) return at;
  for (const i of look) if (at!.push(i) > most) return null;
  return at!.sort((a, b) => a - b);
}

// What unitFolds saw of its text: a look-alike letter; that the text proved dense (isDense).
let sawLookalike = false;
let wentDense = false;

/** foldsOf for a text with code units above U+00FF, look-alike letters aside. */
function unitFolds(text: string, most: number): number[] | null {
  const at: number[] = [];
  const dense = denseLimit(text);
  let seen = 0;
  MAY_FOLD.lastIndex = 0;
  for (let m = MAY_FOLD.exec(text); m !== null; m = MAY_FOLD.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if ((c & 0xf800) === 0xd800) surrogates = true;
    if (LATIN[c] !== 0) sawLookalike = true;
    if (FOLD[c] !== 0 && changes(text, i, FOLD[c]) && at.push(i) > most) return null;
    if (++seen > dense) {
      // The loop reads the rest without looking for surrogates.
      surrogates = true;
      wentDense = true;
      return foldsFrom(text, i + 1, at, most);
    }
  }
  return at;
}

/**
 * Whether foldsOf's last text may hold a surrogate (it saw one, or did not look at every unit):
 * only then is it checked for a lone one. Mail with curly quotes and dashes has none, and the
 * check reads the whole text.
 */
let surrogates = false;
/** Every code unit below this one is left as it is (ASCII and C1 controls). */
const FIRST_FOLD = FOLD.findIndex((f) => f !== 0);
const MAY_FOLD = new RegExp(`[^\\0-\\u${(FIRST_FOLD - 1).toString(16).padStart(4, '0')}]`, 'g');

/** foldsOf's table loop from `from` on, four code units at a time, adding to `at`. */
function foldsFrom(text: string, from: number, at: number[], most: number): number[] | null {
  const n = text.length;
  let i = from;
  for (; i + 4 <= n; i += 4) {
    if ((FOLD[text.charCodeAt(i)] | FOLD[text.charCodeAt(i + 1)] | FOLD[text.charCodeAt(i + 2)] | FOLD[text.charCodeAt(i + 3)]) === 0)
      continue;
    for (let k = i; k < i + 4; k++) {
      const f = FOLD[text.charCodeAt(k)];
      if (f !== 0 && changes(text, k, f) && at.push(k) > most) return null;
    }
  }
  for (; i < n; i++) {
    const f = FOLD[text.charCodeAt(i)];
    if (f !== 0 && changes(text, i, f) && at.push(i) > most) return null;
  }
  return at;
}
const BEYOND_LATIN1 = /[^\0-\xff]/;

/**
 * Seven digits with one to four spaces, a dot, a hyphen or an underscore (spaces around it or not), or a
 * comma (a spoken run's groups) between each: a superset of the runs joinSpacedRuns joins. Each gap matches one way, so a failed match
 * does not backtrack through the ways of splitting its spaces.
 */
const MAYBE_JOINED =
  /\d(?: {1,4}| {0,4}[._-] {0,4}|, ?| ?\|(?: ?[.-] ?\|)? ?)\d(?: {1,4}| {0,4}[._-] {0,4}|, ?| ?\|(?: ?[.-] ?\|)? ?)\d(?: {1,4}| {0,4}[._-] {0,4}|, ?| ?\|(?: ?[.-] ?\|)? ?)\d(?: {1,4}| {0,4}[._-] {0,4}|, ?| ?\|(?: ?[.-] ?\|)? ?)\d(?: {1,4}| {0,4}[._-] {0,4}|, ?| ?\|(?: ?[.-] ?\|)? ?)\d(?: {1,4}| {0,4}[._-] {0,4}|, ?| ?\|(?: ?[.-] ?\|)? ?)\d/;

/**
 * The same gaps around a National Insurance number's nine characters (it has six digits, not
 * seven), or a form's boxes between them ("| C | K | 2 | …").
 */
const NINO_GAP = '(?: {1,4}| {0,4}[.-] {0,4}| ?\\| ?)';
const MAYBE_NINO = new RegExp(`[A-Z]${NINO_GAP}[A-Z]${`${NINO_GAP}\\d`.repeat(6)}${NINO_GAP}[A-D]`);
const mayJoin = (text: string): boolean => MAYBE_JOINED.test(text) || MAYBE_NINO.test(text);

/** Fewest and most digits of a spaced-out run that is joined (lists of a few numbers stay apart). */
const MIN_RUN = 7;
const MAX_RUN = 19;

/**
 * The text the scan should see. A fast check first: without any character that folds and (when
 * `checkRuns`) without seven spaced-out digits, the text itself is returned (map null). With
 * `checkRuns` false, characters are folded but spaced-out digits are not looked for (they may
 * be left unjoined): scanText asks again only when its index pass saw single digits in a row,
 * since the run check costs a regular expression over the whole text.
 */
export function normaliseForScan(text: string, checkRuns = true): Normalised {
  const folds = foldsOf(text, 16 + (text.length >> 5));
  if (folds !== null && folds.length === 0) return checkRuns && mayJoin(text) ? normaliseEveryUnit(text) : unchanged(text);
  return (folds && foldFew(text, folds, checkRuns)) ?? normaliseEveryUnit(text);
}

/** Whether spaced-out digits were joined in a normalised text. */
export const joinedRuns = (n: Normalised): boolean => n.changeKind.includes(SPACED_OUT);

/** Whether values in disguise were rewritten in a normalised text (normaliseEveryUnit's `rewrite`). */
export const rewroteValues = (n: Normalised): boolean =>
  n.changeKind.includes(ODD_SEPARATORS) ||
  n.changeKind.includes(LETTERS_FOR_DIGITS) ||
  n.changeKind.includes(WRITTEN_OUT) ||
  n.changeKind.includes(HTML_REFERENCES) ||
  n.changeKind.includes(DIGIT_WORDS) ||
  n.changeKind.includes(LINE_WRAPS) ||
  n.changeKind.includes(QUOTED_PRINTABLE);

/**
 * The text with its few folding characters folded, built from slices of it (the rest is copied
 * natively, not a code unit at a time: a no-break space in a long message cost more than the
 * scan), or null when (with `checkRuns`) the folded text may hold a spaced-out run to join
 * (normaliseEveryUnit does that).
 */
function foldFew(text: string, folds: readonly number[], checkRuns: boolean): Normalised | null {
  // A lone surrogate: normaliseEveryUnit's decoder writes it as U+FFFD (the same offsets).
  if (surrogates && !wellFormed(text)) return null;
  // Concatenated, not joined: the parts are copied once, natively, when the text is first read.
  let folded = '';
  const starts = [0];
  const shifts = [0];
  const at: number[] = [];
  const kinds: number[] = [];
  let from = 0;
  let removed = 0;
  // The unit before original offset `next` is dropped: what follows moves one further back.
  const drop = (next: number): void => {
    removed++;
    if (starts[starts.length - 1] === next - removed) shifts[shifts.length - 1] = removed;
    else {
      starts.push(next - removed);
      shifts.push(removed);
    }
  };
  for (const i of folds) {
    const c = text.charCodeAt(i);
    if (FOLD[c] === PAIR) {
      // A styled digit is its high half folded and its low half dropped; another pair stays as it is.
      const digit = pairDigit(text, i);
      if (digit < 0) continue;
      folded += text.slice(from, i) + String.fromCharCode(digit);
      at.push(i);
      kinds.push(STYLED_DIGITS);
      drop(i + 2);
      from = i + 2;
      continue;
    }
    folded += text.slice(from, i);
    if (KIND[c] !== 0) {
      at.push(i);
      kinds.push(KIND[c]);
    }
    // Listed and not in the fold table: a look-alike letter that folds; a mark listed is removed.
    const f = FOLD[c] === MARK ? REMOVE : FOLD[c] !== 0 ? FOLD[c] : LATIN[c];
    if (f !== REMOVE) folded += String.fromCharCode(f);
    else drop(i + 1);
    from = i + 1;
  }
  // Only other characters of the supplementary planes were listed: nothing changed.
  if (from === 0) return unchanged(text);
  folded += text.slice(from);
  if (checkRuns && mayJoin(folded)) return null;
  return {
    text: folded,
    map: new OffsetMap(Int32Array.from(starts), Int32Array.from(shifts)),
    changedAt: Int32Array.from(at),
    changeKind: Uint32Array.from(kinds),
  };
}

/** Whether a text has no lone surrogate (isWellFormed where the runtime has it; else assumed not). */
const wellFormed = (text: string): boolean => (text as { isWellFormed?: () => boolean }).isWellFormed?.() ?? false;

/**
 * The text folded a code unit at a time, spaced-out runs joined (see normaliseForScan), and with
 * `rewrite` values in disguise rewritten: HTML character references (html-entities.ts), email
 * addresses written out (written-out-emails.ts) and grouped values (disguised-groups.ts).
 * scanText asks for that when its index pass saw one of them. Exported for tests.
 */
export function normaliseEveryUnit(text: string, rewrite = false): Normalised {
  const lookalikes = BEYOND_LATIN1.test(text) && !isDense(text) ? lookalikesIn(text) : [];
  let next = 0;
  const n = text.length;
  const out = new Uint16Array(n);
  const map = new Int32Array(n);
  const at: number[] = [];
  const kinds: number[] = [];
  let m = 0;
  let folded = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = FOLD[c];
    if (next < lookalikes.length && lookalikes[next] === i) {
      f = LATIN[c];
      next++;
    } else if (f === MARK) f = markFolds(text, i) ? REMOVE : 0;
    if (f === 0) {
      out[m] = c;
      map[m++] = i;
      continue;
    }
    if (f === PAIR) {
      const digit = pairDigit(text, i);
      out[m] = digit < 0 ? c : digit;
      map[m++] = i;
      if (digit < 0) continue;
      // The low half is dropped.
      folded = true;
      at.push(i);
      kinds.push(STYLED_DIGITS);
      i++;
      continue;
    }
    folded = true;
    if (KIND[c] !== 0) {
      at.push(i);
      kinds.push(KIND[c]);
    }
    if (f !== REMOVE) {
      out[m] = f;
      map[m++] = i;
    }
  }
  const before = at.length;
  if (rewrite) {
    m = applyRewrites(out, map, m, quotedPrintable(out, m), QUOTED_PRINTABLE, at, kinds);
    m = applyRewrites(out, map, m, htmlReferences(out, m), HTML_REFERENCES, at, kinds);
    m = applyRewrites(out, map, m, lineWraps(out, m), LINE_WRAPS, at, kinds);
    m = applyRewrites(out, map, m, writtenOutEmails(out, m), WRITTEN_OUT, at, kinds);
    m = applyRewrites(out, map, m, spelledDigits(out, m), DIGIT_WORDS, at, kinds);
  }
  const runs = joinSpacedRuns(out, map, m, at, kinds, rewrite);
  const len = runs.length;
  const sorted = runs.sorted && at.length === before;
  // Nothing folded, and nothing joined nor rewritten (each records a change): as it was.
  if (!folded && sorted) return unchanged(text);
  return { text: fromCodes(out, len), map: OffsetMap.of(map, len), ...sortedChanges(at, kinds, sorted) };
}

/**
 * Applies `rewrites` (in order, apart) to out[0, m) in place, recording each changed code unit as
 * `kind`: each range becomes its one character, which leads back to the range's first character
 * that is not a space, or nothing (REMOVED). Returns the new length.
 */
function applyRewrites(
  out: Uint16Array,
  map: Int32Array,
  m: number,
  rewrites: readonly Rewrite[],
  kind: number,
  at: number[],
  kinds: number[],
): number {
  if (rewrites.length === 0) return m;
  let w = 0;
  let r = 0;
  for (const { start, end, to } of rewrites) {
    while (r < start) {
      out[w] = out[r];
      map[w++] = map[r++];
    }
    let first = start;
    while (first < end - 1 && out[first] === 32) first++;
    for (let k = start; k < end; k++) {
      at.push(map[k]);
      kinds.push(kind);
    }
    if (to !== REMOVED) {
      out[w] = to;
      map[w++] = map[first];
    }
    r = end;
  }
  while (r < m) {
    out[w] = out[r];
    map[w++] = map[r++];
  }
  return w;
}

const NO_CHANGES = new Int32Array(0);
const NO_KINDS = new Uint32Array(0);
const unchanged = (text: string): Normalised => ({ text, map: null, changedAt: NO_CHANGES, changeKind: NO_KINDS });

/**
 * Joins runs of MIN_RUN..MAX_RUN single digits spaced out by one separator (a space, two spaces,
 * a dot, a hyphen or an underscore), and account numbers spaced out character by character
 * (accountRunEnd), and with `groups` rewrites grouped values in disguise (writeGroups),
 * compacting out[0, m) in place. A wider gap of spaces inside a space-separated run
 * stays as one space (the value's own grouping). A run must stand apart: no letter or digit
 * touches it, and it is not glued by '.', ',', '-' or '/' to more digits (a decimal, a date).
 * Returns the new length, and whether the changes were recorded in order.
 */
function joinSpacedRuns(
  out: Uint16Array,
  map: Int32Array,
  m: number,
  at: number[],
  kinds: number[],
  groups: boolean,
): { length: number; sorted: boolean } {
  let w = 0;
  let r = 0;
  const before = at.length;
  while (r < m) {
    // A spaced-out run starts at a digit, a spaced-out account number at a capital.
    const runFrom = isDigit(out[r]) ? runEnd : isUpper(out[r]) ? accountRunEnd : null;
    const end = runFrom !== null && standsApartBefore(out, r) ? runFrom(out, r, m) : -1;
    if (end < 0) {
      // Values in disguise start where a word does.
      const wordStart = groups && (r === 0 || !isAlnum(out[r - 1]));
      let found = wordStart && (isDigit(out[r]) || groupDigitFor(out[r]) >= 0) ? disguisedGroupsAt(out, r, m, bounds) : 0;
      // A National Insurance number starts with two letters, and its letters are no digits.
      const nino = found === 0 && wordStart && isLetter(out[r]) && isLetter(out[r + 1]) && (found = ninoGroupsAt(out, r, m, bounds)) > 0;
      // A defanged address's dots are dots again.
      const quad = found === 0 && wordStart && isDigit(out[r]) && (found = quadGroupsAt(out, r, m, bounds)) > 0;
      if (found > 0) {
        w = writeGroups(out, map, w, found, at, kinds, !nino && !quad, quad ? 46 : 32);
        r = bounds[2 * found - 1];
        continue;
      }
      // A solid value with a stray mark between its digits: the digits without it.
      const strayEnd = wordStart && isDigit(out[r]) ? strayMarkAt(out, r, m) : 0;
      if (strayEnd > 0) {
        for (; r < strayEnd; r++) {
          if (r === strayMarkFrom) {
            at.push(map[r]);
            kinds.push(ODD_SEPARATORS);
            continue;
          }
          out[w] = out[r];
          map[w++] = map[r];
        }
        continue;
      }
      // A solid value with letters for digits: its prefix as it is, its letters as the digits they stand for.
      const solidEnd = wordStart && isAlnum(out[r]) ? solidAt(out, r, m) : 0;
      if (solidEnd > 0) {
        for (; r < solidEnd; r++) {
          const digit =
            r < solidDigitsFrom
              ? -1
              : digitFor(out[r]) >= 0
                ? digitFor(out[r])
                : r > solidDigitsFrom && (isDigit(out[r - 1]) || digitFor(out[r - 1]) >= 0)
                  ? ocrDigitFor(out[r])
                  : -1;
          if (digit >= 0) {
            at.push(map[r]);
            kinds.push(LETTERS_FOR_DIGITS);
          }
          out[w] = digit >= 0 ? digit : out[r];
          map[w++] = map[r];
        }
        continue;
      }
      out[w] = out[r];
      map[w++] = map[r++];
      continue;
    }
    // Digits (and letters) kept, separators dropped, a wider gap kept as one space.
    const width = gapOf(out, r);
    const boxed = boxGapEnd(out, r + 1, m, true) > 0;
    for (let k = r; k < end;) {
      if (isAlnum(out[k])) {
        out[w] = out[k];
        map[w++] = map[k++];
        continue;
      }
      let g = k;
      while (g < end && !isAlnum(out[g])) g++;
      // A hyphen or dot among the spaces is the value's own separator; else a wider gap is one space.
      let kept = -1;
      if (out[k] === 32 || out[k] === 124) {
        // (A form's boxes: their bars go, the box holding the value's hyphen stays.)
        for (let s = k; s < g && kept < 0; s++) if (out[s] !== 32 && out[s] !== 124) kept = s;
        if (kept < 0 && g - k > width && out[k] === 32 && !boxed) kept = k;
      }
      if (kept >= 0) {
        out[w] = out[kept];
        map[w++] = map[kept];
      }
      for (let s = k; s < g; s++) {
        if (s === kept) continue;
        at.push(map[s]);
        kinds.push(SPACED_OUT);
      }
      k = g;
    }
    r = end;
  }
  return { length: w, sorted: at.length === before };
}

const bounds = new Int32Array(GROUP_BOUNDS);

/**
 * Writes the disguised value whose `groups` groups are in `bounds` at out[w]: letters as the
 * digits they stand for (with `lettersAsDigits`), `gapAs` (a space, or a dot) for each gap in
 * disguise (the others as they are). Returns the new write position. Writing never overtakes
 * reading (a gap is at least one character, written as one).
 */
function writeGroups(
  out: Uint16Array,
  map: Int32Array,
  w: number,
  groups: number,
  at: number[],
  kinds: number[],
  lettersAsDigits: boolean,
  gapAs: number,
): number {
  const plain = lettersAsDigits ? plainGap(out, groups) : -1;
  for (let j = 0; j < groups; j++) {
    for (let k = bounds[2 * j]; k < bounds[2 * j + 1]; k++) {
      const digit = lettersAsDigits ? groupDigitFor(out[k]) : -1;
      if (digit >= 0) {
        at.push(map[k]);
        kinds.push(LETTERS_FOR_DIGITS);
      }
      out[w] = digit >= 0 ? digit : out[k];
      map[w++] = map[k];
    }
    if (j === groups - 1) break;
    const from = bounds[2 * j + 1];
    const to = bounds[2 * j + 2];
    if ((oddGaps & (1 << j)) === 0) {
      for (let k = from; k < to; k++) {
        out[w] = out[k];
        map[w++] = map[k];
      }
      continue;
    }
    let padded = false;
    for (let k = from; k < to; k++) {
      if (out[k] === plain) padded = true;
      at.push(map[k]);
      kinds.push(ODD_SEPARATORS);
    }
    out[w] = padded ? plain : gapAs;
    map[w++] = map[from];
  }
  return w;
}

/**
 * The one-character separator the value's plain gaps share, or -1: an odd gap holding it
 * ("143 - 48-6657", "757-50.-6597") is that separator padded or doubled, and is written as it, so
 * the value reads with one separator throughout.
 */
function plainGap(out: Uint16Array, groups: number): number {
  let plain = -1;
  for (let j = 0; j < groups - 1; j++) {
    if ((oddGaps & (1 << j)) !== 0) continue;
    const from = bounds[2 * j + 1];
    if (bounds[2 * j + 2] - from !== 1 || (plain >= 0 && out[from] !== plain)) return -1;
    plain = out[from];
  }
  return plain;
}

/** Fewest and most characters of an account number spaced out character by character (an IBAN's bounds). */
const MIN_ACCOUNT = 15;
const MAX_ACCOUNT = 34;
/** Fewest characters of an identifier spaced out so: one to three capitals, then seven digits or more ("C 0 3 0 0 5 9 8 8"). */
const MIN_ID = 8;
const MIN_ID_DIGITS = 7;
/** Characters of a UK National Insurance number. */
const NINO_CHARS = 9;

/**
 * Where an identifier spaced out character by character ends, or -1: from the capital at r,
 * single capitals or digits separated as runEnd separates digits (spaces, or one dot or hyphen
 * each time), either an account number (two capitals then two digits, an IBAN's country and
 * check digits: "G B 8 2 W E S T 1 2 …", MIN_ACCOUNT..MAX_ACCOUNT in all) or one to three
 * capitals then digits only, at least MIN_ID_DIGITS of them (a passport's "C 0 3 0 0 5 9 8 8", a
 * DEA number's "B.J.6.1.2.5.3.4.1"), or a National Insurance number's two capitals, six digits
 * and capital.
 */
function accountRunEnd(out: Uint16Array, r: number, m: number): number {
  if (boxGapEnd(out, r + 1, m, true) > 0) return boxAccountRunEnd(out, r, m);
  const sep = out[r + 1];
  if (sep !== 32 && sep !== 46 && sep !== 45) return -1;
  const width = sep === 32 ? gapOf(out, r) : 1;
  let chars = 1;
  let capitals = 1;
  let last = r;
  for (let k = r + 1; k < m && chars < MAX_ACCOUNT;) {
    let g = k;
    while (g < m && out[g] === sep) g++;
    const gap = g - k;
    if (sep === 32 ? gap < width || gap > 4 : gap !== 1) break;
    const c = g < m ? out[g] : 0;
    if (!(isUpper(c) || isDigit(c)) || (g + 1 < m && isAlnum(out[g + 1]))) break;
    chars++;
    // Capitals come first, unless this is an account number (its third and fourth are digits).
    if (isUpper(c) && capitals === chars - 1) capitals++;
    last = g;
    k = g + 1;
  }
  return accountEnd(out, r, m, chars, capitals, last);
}

/** accountRunEnd over a form's character boxes ("| C | K | 2 | 1 | 0 | 7 | 4 | 7 | D |"): one capital or digit a box. */
function boxAccountRunEnd(out: Uint16Array, r: number, m: number): number {
  let chars = 1;
  let capitals = 1;
  let last = r;
  for (let g = boxGapEnd(out, r + 1, m, true); g > 0 && chars < MAX_ACCOUNT; g = boxGapEnd(out, g + 1, m, true)) {
    if (g + 1 < m && isAlnum(out[g + 1])) break;
    chars++;
    if (isUpper(out[g]) && capitals === chars - 1) capitals++;
    last = g;
  }
  return accountEnd(out, r, m, chars, capitals, last);
}

/**
 * Where a spaced-out identifier from r, of `chars` characters (`capitals` of them capitals first)
 * and ending at `last`, ends when it reads as one of accountRunEnd's kinds; else -1.
 */
function accountEnd(out: Uint16Array, r: number, m: number, chars: number, capitals: number, last: number): number {
  const after = last + 1 < m ? out[last + 1] : 0;
  if (isAlnum(after)) return -1;
  if (chars >= MIN_ACCOUNT && capitals === 2 && isAccountStart(out, r)) return last + 1;
  // Spaced-out capitals before an account number spaced out the same way are a label spaced out
  // too ("I B A N E S 1 6 …"): the number starts at its last two capitals, which a later start takes.
  if (capitals > 2 && chars - capitals + 2 >= MIN_ACCOUNT && isAccountStart(out, nthAlnum(out, r, capitals - 2))) return -1;
  // A UK National Insurance number: two capitals, six digits, a capital A–D ("A B 1 2 3 4 5 6 C").
  if (chars === NINO_CHARS && capitals === 2 && out[last] >= 65 && out[last] <= 68 && allDigitsAfter(out, r, last - 1, 2)) return last + 1;
  const digitsOnly = capitals <= 3 && chars - capitals >= MIN_ID_DIGITS && chars >= MIN_ID;
  return digitsOnly && allDigitsAfter(out, r, last, capitals) ? last + 1 : -1;
}

/** Where the n-th alphanumeric character from r is (counting from 0). */
function nthAlnum(out: Uint16Array, r: number, n: number): number {
  let k = r;
  for (let seen = 0; ; k++) if (isAlnum(out[k]) && seen++ === n) return k;
}

/** Whether the run from r reads two capitals then two digits, its separators aside. */
function isAccountStart(out: Uint16Array, r: number): boolean {
  let seen = 0;
  for (let k = r; seen < 4; k++) {
    if (!isAlnum(out[k])) continue;
    if (seen < 2 ? !isUpper(out[k]) : !isDigit(out[k])) return false;
    seen++;
  }
  return true;
}

/** Whether every character of the run [r, last] after its first `capitals` is a digit. */
function allDigitsAfter(out: Uint16Array, r: number, last: number, capitals: number): boolean {
  let seen = 0;
  for (let k = r; k <= last; k++) {
    if (!isAlnum(out[k])) continue;
    if (seen++ >= capitals && !isDigit(out[k])) return false;
  }
  return true;
}

/**
 * After a space-separated digit and the spaces at [.., g), a hyphen or dot and one to four
 * spaces, then a digit: where that digit is; else 0.
 */
function spacedMark(out: Uint16Array, g: number, m: number): number {
  if (g >= m || (out[g] !== 45 && out[g] !== 46)) return 0;
  let h = g + 1;
  while (h < m && out[h] === 32) h++;
  return h > g + 1 && h - g - 1 <= 4 && h < m && isDigit(out[h]) ? h : 0;
}

/** The first gap's width in the run starting at r (1 or 2). */
const gapOf = (out: Uint16Array, r: number): number => (out[r + 2] === 32 ? 2 : 1);

/** A character that glues numbers together: a following digit makes them one number. */
const isJoiner = (c: number): boolean => c === 32 || c === 46 || c === 44 || c === 45 || c === 47;

/** True when the digit at r can start a run: nothing alphanumeric before it, nor another number just before. */
function standsApartBefore(out: Uint16Array, r: number): boolean {
  if (r === 0) return true;
  const p = out[r - 1];
  return !isAlnum(p) && !(isJoiner(p) && r > 1 && isDigit(out[r - 2]));
}

/**
 * Where the spaced-out run starting at digit r ends (just after its last digit), or -1 when
 * there is none worth joining.
 */
function runEnd(out: Uint16Array, r: number, m: number): number {
  if (boxGapEnd(out, r + 1, m) > 0) return boxRunEnd(out, r, m);
  const sep = out[r + 1];
  if (r + 1 >= m || (sep !== 32 && sep !== 46 && sep !== 45 && sep !== 95)) return -1;
  const width = gapOf(out, r);
  let digits = 1;
  let last = r;
  for (let k = r + 1; k < m;) {
    // A gap: the separator once (a dot, a hyphen or an underscore) or `width` spaces, or (between groups) up to
    // four spaces, or a hyphen or dot with spaces around it ("5 3 6 - 2 2 - 1 2 3 4").
    let g = k;
    while (g < m && out[g] === sep) g++;
    const gap = g - k;
    const marked = sep === 32 && gap <= 4 ? spacedMark(out, g, m) : 0;
    let grouped = 0;
    if (marked > 0) g = marked;
    // A run read out digit by digit, its groups set apart by a comma or a space ("2-1-6, 8-7-6,
    // 1-3-5-5", as speech-to-text prints a number spoken).
    else if (sep === 45 && gap === 0 && (grouped = spokenGroupGap(out, k, m)) > 0) g = grouped;
    else if (sep !== 32 ? gap !== 1 : gap < width || gap > 4) break;
    if (g >= m || !isDigit(out[g]) || (g + 1 < m && isAlnum(out[g + 1]))) break;
    digits++;
    last = g;
    k = g + 1;
  }
  if (digits < MIN_RUN || digits > MAX_RUN) return -1;
  // Nothing glued after it: no letter or digit, and no other number after a space or punctuation.
  const after = last + 1 < m ? out[last + 1] : 0;
  if (isAlnum(after) || (isJoiner(after) && last + 2 < m && isDigit(out[last + 2]))) return -1;
  return last + 1;
}

/** Where a gap between the groups of a hyphenated run starting at k ends (", ", ",", " "), or 0. */
function spokenGroupGap(out: Uint16Array, k: number, m: number): number {
  let g = k;
  if (out[g] === 44) g++;
  if (g < m && out[g] === 32) g++;
  return g > k && g < m && isDigit(out[g]) ? g : 0;
}

/**
 * After a digit in a form's character boxes ("| 5 | 3 | 6 | - | 2 | 2 | …", "|5|3|6|"), where
 * the next box's character starts: at most one space, a bar, at most one space, and maybe a box
 * holding the value's own hyphen or dot (with its bar); else 0. The next character is a digit,
 * or with `capitals` a digit or a capital (an identifier's boxes: "| C | K | 2 | …").
 */
function boxGapEnd(out: Uint16Array, g: number, m: number, capitals = false): number {
  if (out[g] === 32) g++;
  if (g >= m || out[g] !== 124) return 0;
  g++;
  if (out[g] === 32) g++;
  if (out[g] === 45 || out[g] === 46) {
    let h = g + 1;
    if (out[h] === 32) h++;
    if (out[h] !== 124) return 0;
    h++;
    if (out[h] === 32) h++;
    g = h;
  }
  return g < m && (isDigit(out[g]) || (capitals && isUpper(out[g]))) ? g : 0;
}

/** Where a run of digits in character boxes starting at digit r ends (after its last digit), or -1 (see runEnd). */
function boxRunEnd(out: Uint16Array, r: number, m: number): number {
  let digits = 1;
  let last = r;
  for (let g = boxGapEnd(out, r + 1, m); g > 0; g = boxGapEnd(out, g + 1, m)) {
    if (g + 1 < m && isAlnum(out[g + 1])) break;
    digits++;
    last = g;
  }
  return digits < MIN_RUN || digits > MAX_RUN ? -1 : last + 1;
}

/** UTF-16 code units to a string in one native call (a lone surrogate becomes U+FFFD: still one unit, offsets kept). */
const utf16 = new TextDecoder('utf-16le');
const fromCodes = (out: Uint16Array, len: number): string => utf16.decode(out.subarray(0, len));

function sortedChanges(at: number[], kinds: number[], sorted: boolean): Pick<Normalised, 'changedAt' | 'changeKind'> {
  if (sorted || inOrder(at)) return { changedAt: Int32Array.from(at), changeKind: Uint32Array.from(kinds) };
  // Joined runs added theirs after the folds: one sort by offset.
  const order = at.map((_, i) => i).sort((a, b) => at[a] - at[b]);
  return { changedAt: Int32Array.from(order, (i) => at[i]), changeKind: Uint32Array.from(order, (i) => kinds[i]) };
}

/** Whether the offsets never decrease (rewrites alone, with nothing folded before them, are recorded in order). */
function inOrder(at: readonly number[]): boolean {
  for (let i = 1; i < at.length; i++) if (at[i] < at[i - 1]) return false;
  return true;
}

/** The kinds of change (or-ed bits) among original offsets [start, end). */
export function changesIn(n: Normalised, start: number, end: number): number {
  const at = n.changedAt;
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  let bits = 0;
  for (let i = lo; i < at.length && at[i] < end; i++) bits |= n.changeKind[i];
  return bits;
}

/** "full-width characters and invisible characters", for an explanation. */
export function describeChanges(bits: number): string {
  const names = KIND_NAMES.filter(([bit]) => bits & bit).map(([, name]) => name);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
