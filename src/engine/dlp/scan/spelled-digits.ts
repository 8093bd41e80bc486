/**
 * Numbers written as words, one word per digit, to slip past a pattern: "five three six, two
 * two, one two three four", "four-five-three-nine …". A run of MIN_WORDS to MAX_WORDS digit words
 * is rewritten as the digits, for normalise.ts: the separator that joins most of its words is
 * dropped, and any other one (a comma, " - ", two spaces) is kept as the value's own gap, a
 * hyphen or a space. A few digit words in a sentence ("one or two", "three to five") are no
 * value. Groups of numerals may stand among the words ("four one five 762 0134", "four five three
 * nine 1488 0343 6467") when at least three words do: the words become digits and the numerals
 * keep their places. scanText asks for this only when its index pass saw a digit word in such a
 * run (inDigitRun): the table finds the digit words other than "one" and "two" (everyday words),
 * and a value of seven digits or more almost always has one of the others.
 */
import type { Rewrite } from './written-out-emails.ts';
import { REMOVED } from './html-entities.ts';
import { isAlnum, isDigit, isLetter } from './char-codes.ts';

/** The words for the digits 0–9 ("oh" for 0 too, as people read numbers out). */
const DIGITS: ReadonlyMap<string, number> = new Map([
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((w, d) => [w, 48 + d] as const),
  ['oh', 48],
]);

/** The digit words the keyword table finds for scanText's index pass. */
export const TRIGGER_DIGIT_WORDS: readonly string[] = ['zero', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Fewest and most words of a run that is a value (a phone number's 7; a card's 19). */
const MIN_WORDS = 7;
const MAX_WORDS = 19;
/** Most characters between two digit words of one run (", " and " - " are two and three). */
const MAX_GAP = 3;
/** Longest digit word. */
const LONGEST = 5;

const SPACE = 32;
const HYPHEN = 45;
const COMMA = 44;

/** The digit (a character code) the word codes[from, to) stands for, in any case, or -1. */
function digitOf(codes: ArrayLike<number>, from: number, to: number): number {
  if (to - from > LONGEST || to - from < 2) return -1;
  let word = '';
  for (let k = from; k < to; k++) word += String.fromCharCode(codes[k] | 32);
  return DIGITS.get(word) ?? -1;
}

/** What may stand between two digit words of a run: a space, a hyphen, a comma. */
const isWordGap = (c: number): boolean => c === SPACE || c === HYPHEN || c === COMMA;

/** Longest group of numerals a run takes among its digit words ("four one five 762 0134"). */
const MAX_NUMERALS = 4;
/** Fewest digit words of a run that also holds numerals: a number or two beside a word is prose. */
const MIN_MIXED_WORDS = 3;

/** Where the run readRun last read ends (after its last element), and its digits and digit words. */
let runEnd = 0;
let runDigits = 0;
let runWordCount = 0;

/**
 * The end of the run's element starting at `i`: a digit word, or a group of up to MAX_NUMERALS
 * numerals, standing alone (nothing alphanumeric glued on); or -1.
 */
function elementEnd(codes: ArrayLike<number>, i: number, m: number): number {
  let e = i;
  if (isLetter(codes[i])) {
    while (e < m && isLetter(codes[e])) e++;
    return (e < m && isAlnum(codes[e])) || digitOf(codes, i, e) < 0 ? -1 : e;
  }
  while (e < m && isDigit(codes[e])) e++;
  return e === i || e - i > MAX_NUMERALS || (e < m && isAlnum(codes[e])) ? -1 : e;
}

/**
 * The run of digit words (and numerals among them) whose first element starts at `from` in
 * codes[0, m): the bounds of its first MAX_WORDS + 1 elements into `words` (start, end pairs),
 * its end, digits and digit words in runEnd, runDigits and runWordCount. Returns the number of
 * elements (a run of more than MAX_WORDS digits is read to its end, and is no value).
 */
function readRun(codes: ArrayLike<number>, from: number, m: number, words: number[]): number {
  words.length = 0;
  let n = 0;
  runEnd = from;
  runDigits = 0;
  runWordCount = 0;
  for (let i = from; ;) {
    const e = elementEnd(codes, i, m);
    if (e < 0) break;
    if (n++ <= MAX_WORDS) words.push(i, e);
    if (isLetter(codes[i])) {
      runDigits++;
      runWordCount++;
    } else runDigits += e - i;
    runEnd = e;
    let g = e;
    while (g < m && g - e <= MAX_GAP && isWordGap(codes[g])) g++;
    if (g === e || g - e > MAX_GAP || g >= m || !isAlnum(codes[g])) break;
    i = g;
  }
  return n;
}

/** Whether the run read last is a value: MIN_WORDS to MAX_WORDS digits, all words or enough of them. */
const isValueRun = (n: number): boolean =>
  n <= MAX_WORDS && runDigits >= MIN_WORDS && runDigits <= MAX_WORDS && (runWordCount === n || runWordCount >= MIN_MIXED_WORDS);

const runWords: number[] = [];

/**
 * The rewrites that turn each run of digit words in codes[0, m) into its digits, in order. Its
 * numerals stay as they are, and so does the gap beside one ("four five three nine 1488 0343"
 * reads "4539 1488 0343").
 */
export function spelledDigits(codes: Uint16Array, m: number): Rewrite[] {
  const out: Rewrite[] = [];
  for (let i = 0; i < m; i++) {
    if (!isAlnum(codes[i]) || (i > 0 && isAlnum(codes[i - 1]))) continue;
    // Most words are no digit word, and most numbers have none beside them: a look at the
    // element alone (and a number's next word) before reading a run.
    const e = elementEnd(codes, i, m);
    if (e < 0 || (isDigit(codes[i]) && !digitWordAfter(codes, e, m))) {
      while (i + 1 < m && isAlnum(codes[i + 1])) i++;
      continue;
    }
    const n = readRun(codes, i, m, runWords);
    if (!isValueRun(n)) {
      // Past this run (or this element): a later element of it starts no run of its own.
      i = Math.max(i, runEnd - 1);
      continue;
    }
    const joiner = commonGap(codes, runWords, n);
    for (let w = 0; w < n; w++) {
      const start = runWords[2 * w];
      const end = runWords[2 * w + 1];
      const word = isLetter(codes[start]);
      if (word) out.push({ start, end, to: digitOf(codes, start, end) });
      if (w === n - 1) break;
      const next = runWords[2 * w + 2];
      if (!word || !isLetter(codes[next])) continue;
      const gap = gapKey(codes, end, next);
      out.push({ start: end, end: next, to: gap === joiner ? REMOVED : hasHyphen(codes, end, next) ? HYPHEN : SPACE });
    }
    i = runWords[2 * n - 1];
  }
  return out;
}

/** Whether a digit word follows the numerals that end at `e`, across one gap. */
function digitWordAfter(codes: ArrayLike<number>, e: number, m: number): boolean {
  let g = e;
  while (g < m && g - e <= MAX_GAP && isWordGap(codes[g])) g++;
  return g > e && g - e <= MAX_GAP && g < m && isLetter(codes[g]) && elementEnd(codes, g, m) >= 0;
}

/** A gap as a number (its characters, two bits each): gaps written alike have the same key. */
function gapKey(codes: ArrayLike<number>, from: number, to: number): number {
  let key = 1;
  for (let k = from; k < to; k++) key = key * 4 + (codes[k] === SPACE ? 1 : codes[k] === HYPHEN ? 2 : 3);
  return key;
}

/** The gap written most often between two of the run's words (the first of a tie). */
function commonGap(codes: ArrayLike<number>, words: readonly number[], n: number): number {
  const counts = new Map<number, number>();
  let best = 0;
  let most = 0;
  for (let w = 0; w + 1 < n; w++) {
    if (!isLetter(codes[words[2 * w]]) || !isLetter(codes[words[2 * w + 2]])) continue;
    const key = gapKey(codes, words[2 * w + 1], words[2 * w + 2]);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count > most) {
      most = count;
      best = key;
    }
  }
  return best;
}

function hasHyphen(codes: ArrayLike<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (codes[k] === HYPHEN) return true;
  return false;
}

/** Where the run inDigitRun last read ends in its text: a digit word before it was read with it. */
export let digitRunEnd = 0;

/**
 * Whether the digit word at text[start, end) is in a run of MIN_WORDS to MAX_WORDS digit words
 * (scanText's cheap look before the rewrite): back to the run's first word, then read on, in one
 * stretch of the text around the word.
 */
export function inDigitRun(text: string, start: number): boolean {
  const reach = (MAX_WORDS + 1) * (LONGEST + MAX_GAP) + 1;
  const from = Math.max(0, start - reach);
  const codes = textCodes(text, from, Math.min(text.length, start + reach));
  let first = start - from;
  for (let steps = 0; steps < MAX_WORDS; steps++) {
    let g = first;
    while (g > 0 && first - g < MAX_GAP && isWordGap(codes[g - 1])) g--;
    if (g === first || g === 0 || !isAlnum(codes[g - 1])) break;
    let w = g;
    const letters = isLetter(codes[g - 1]);
    while (w > 0 && (letters ? isLetter(codes[w - 1]) : isDigit(codes[w - 1]))) w--;
    if ((w > 0 && isAlnum(codes[w - 1])) || elementEnd(codes, w, codes.length) !== g) break;
    first = w;
  }
  const n = readRun(codes, first, codes.length, runWords);
  digitRunEnd = from + runEnd;
  return isValueRun(n);
}

/** text[from, to) as character codes (a short stretch: inDigitRun's look around one word). */
function textCodes(text: string, from: number, to: number): Uint16Array {
  const codes = new Uint16Array(to - from);
  for (let k = from; k < to; k++) codes[k - from] = text.charCodeAt(k);
  return codes;
}
