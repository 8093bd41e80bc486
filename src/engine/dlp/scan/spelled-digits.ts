/**
 * Numbers written as words, one word per digit, to slip past a pattern: "five three six, two
 * two, one two three four", "four-five-three-nine …". A run of MIN_WORDS to MAX_WORDS digits
 * written as words is rewritten as the digits, for normalise.ts: the separator that joins most of
 * its words is dropped, and any other one (a comma, " - ", two spaces) is kept as the value's own
 * gap, a hyphen or a space. A few digit words in a sentence ("one or two", "three to five") are no
 * value. Groups of numerals may stand among the words ("four one five 762 0134", "four five three
 * nine 1488 0343 6467") when at least three words do: the words become digits and the numerals
 * keep their places. scanText asks for this only when its index pass saw a digit word in such a
 * run (inDigitRun): the table finds the digit words other than "one" and "two" (everyday words),
 * and a value of seven digits or more almost always has one of the others.
 *
 * Numbers read aloud come so too, as speech-to-text prints them: with tens and teens ("fifteen
 * eighty-three"), a digit "double" or "triple", a filler between groups ("six six four, uh, one
 * five"), a pause as dots ("two four seven... zero three"). Their groups are kept when they are a
 * layout values are written in (3-2-4, 3-3-4, fours); groups as a speaker happened to pause
 * ("five six seven, three four, seven six, six five seven") are joined.
 */
import type { Rewrite } from './written-out-emails.ts';
import { REMOVED } from './html-entities.ts';
import { isAlnum, isDigit, isLetter } from './char-codes.ts';

/** The words for the digits 0–9 ("oh" for 0 too, as people read numbers out). */
const DIGITS: ReadonlyMap<string, number> = new Map([
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((w, d) => [w, 48 + d] as const),
  ['oh', 48],
]);
/** The teens, by their second digit ("fifteen" 15). */
const TEENS: ReadonlyMap<string, number> = new Map(
  ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map(
    (w, k) => [w, 48 + k] as const,
  ),
);
/** The tens, by their first digit ("eighty" 8): a digit word right after one is its second ("eighty-five"), else 0. */
const TENS: ReadonlyMap<string, number> = new Map(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, k) => [w, 50 + k] as const),
);
/** How many times the digit word after it stands ("double one" 11, "triple zero" 000). */
const REPEATS: ReadonlyMap<string, number> = new Map([
  ['double', 2],
  ['triple', 3],
]);
/** A speaker's fillers, which a transcript prints between a number's groups ("six six four, uh, one"). */
const FILLERS: ReadonlySet<string> = new Set(['uh', 'um', 'umm', 'er', 'erm', 'ah', 'hmm']);

/** The digit words the keyword table finds for scanText's index pass. */
export const TRIGGER_DIGIT_WORDS: readonly string[] = ['zero', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Fewest and most digits of a run that is a value (a phone number's 7; a card's 19). */
const MIN_WORDS = 7;
const MAX_WORDS = 19;
/** Most characters between two digit words of one run (", " and " - " are two and three, "... " four). */
const MAX_GAP = 4;
/** Longest number word ("seventeen"). */
const LONGEST = 9;

const SPACE = 32;
const HYPHEN = 45;
const COMMA = 44;
const DOT = 46;

/** What an element of a run is. */
const NUMERALS = 0;
const DIGIT = 1;
const TEEN = 2;
const TENS_WORD = 3;
const REPEAT = 4;

/** codes[from, to) in lower case, when it may be a number word (else ''). */
function wordAt(codes: ArrayLike<number>, from: number, to: number): string {
  if (to - from > LONGEST || to - from < 2) return '';
  let word = '';
  for (let k = from; k < to; k++) word += String.fromCharCode(codes[k] | 32);
  return word;
}

/** The digit (a character code) the word codes[from, to) stands for, in any case, or -1. */
function digitOf(codes: ArrayLike<number>, from: number, to: number): number {
  return DIGITS.get(wordAt(codes, from, to)) ?? -1;
}

/** What the word codes[from, to) is (DIGIT, TEEN, TENS_WORD, REPEAT), or -1; its value is left in kindValue. */
let kindValue = 0;
function wordKind(codes: ArrayLike<number>, from: number, to: number): number {
  const word = wordAt(codes, from, to);
  if (word === '') return -1;
  for (let kind = DIGIT; kind <= REPEAT; kind++) {
    const v = KIND_WORDS[kind].get(word);
    if (v === undefined) continue;
    kindValue = v;
    return kind;
  }
  return -1;
}

/** Per kind of element, its words and their values. */
const KIND_WORDS: readonly ReadonlyMap<string, number>[] = [new Map(), DIGITS, TEENS, TENS, REPEATS];

/** What may stand between two digit words of a run: a space, a hyphen, a comma, a pause's dots. */
const isWordGap = (c: number): boolean => c === SPACE || c === HYPHEN || c === COMMA || c === DOT;

/** Longest group of numerals a run takes among its digit words ("four one five 762 0134"). */
const MAX_NUMERALS = 4;
/** Fewest digit words of a run that also holds numerals: a number or two beside a word is prose. */
const MIN_MIXED_WORDS = 3;

/** Where the run readRun last read ends (after its last element), and its digits and digit words. */
let runEnd = 0;
let runDigits = 0;
let runWordCount = 0;

/**
 * The end of the run's element starting at `i`: a number word, or a group of up to MAX_NUMERALS
 * numerals, standing alone (nothing alphanumeric glued on); or -1.
 */
function elementEnd(codes: ArrayLike<number>, i: number, m: number): number {
  let e = i;
  if (isLetter(codes[i])) {
    while (e < m && isLetter(codes[e])) e++;
    return (e < m && isAlnum(codes[e])) || wordKind(codes, i, e) < 0 ? -1 : e;
  }
  while (e < m && isDigit(codes[e])) e++;
  return e === i || e - i > MAX_NUMERALS || (e < m && isAlnum(codes[e])) ? -1 : e;
}

/**
 * Where the gap after an element ending at `e` ends: separators, maybe a filler word and more
 * separators (", uh, "); `e` itself when there is no gap a run reads across.
 */
function gapEnd(codes: ArrayLike<number>, e: number, m: number): number {
  let g = e;
  while (g < m && g - e <= MAX_GAP && isWordGap(codes[g])) g++;
  if (g === e || g - e > MAX_GAP || g >= m) return e;
  if (!isLetter(codes[g])) return g;
  let f = g;
  while (f < m && f - g <= 4 && isLetter(codes[f])) f++;
  if ((f < m && isLetter(codes[f])) || !FILLERS.has(wordAt(codes, g, f))) return g;
  let h = f;
  while (h < m && h - f <= MAX_GAP && isWordGap(codes[h])) h++;
  return h === f || h - f > MAX_GAP ? e : h;
}

/** Whether a gap is one space or one hyphen: a tens word and its digit, "double" and its digit, so joined. */
const isTightGap = (codes: ArrayLike<number>, from: number, to: number): boolean =>
  to - from === 1 && (codes[from] === SPACE || codes[from] === HYPHEN);

/**
 * The run of number words (and numerals among them) whose first element starts at `from` in
 * codes[0, m): the bounds of its first MAX_WORDS + 1 elements into `words` (start, end pairs) and
 * their kinds into `kinds`, its end, digits and number words in runEnd, runDigits and
 * runWordCount. Returns the number of elements (a run of more than MAX_WORDS digits is read to its
 * end, and is no value).
 */
function readRun(codes: ArrayLike<number>, from: number, m: number, words: number[], kinds: number[]): number {
  words.length = 0;
  kinds.length = 0;
  let n = 0;
  runEnd = from;
  runDigits = 0;
  runWordCount = 0;
  // A "double" waiting for its digit word.
  let repeat = 0;
  for (let i = from; ;) {
    const e = elementEnd(codes, i, m);
    if (e < 0) break;
    const kind = isLetter(codes[i]) ? wordKind(codes, i, e) : NUMERALS;
    // "double" stands before a digit word only.
    if (repeat > 0 && kind !== DIGIT) break;
    if (n++ <= MAX_WORDS) {
      words.push(i, e);
      kinds.push(kind);
    }
    if (kind === NUMERALS) runDigits += e - i;
    else {
      runWordCount++;
      // A tens word is two digits, or one and the digit word joined to it ("eighty-five").
      if (kind === DIGIT) runDigits += repeat > 0 ? repeat : 1;
      else if (kind === TEEN) runDigits += 2;
      else if (kind === TENS_WORD) runDigits += tensJoined(codes, e, m) ? 1 : 2;
    }
    repeat = kind === REPEAT ? kindValue : 0;
    runEnd = e;
    const g = gapEnd(codes, e, m);
    if (g === e || !isAlnum(codes[g])) break;
    i = g;
  }
  // A run ends on a digit, not on "double".
  if (repeat > 0) n = MAX_WORDS + 1;
  return n;
}

/** Whether a digit word from one to nine follows the tens word ending at `e`, one space or hyphen after it. */
function tensJoined(codes: ArrayLike<number>, e: number, m: number): boolean {
  if (e + 1 >= m || !isTightGap(codes, e, e + 1) || !isLetter(codes[e + 1])) return false;
  let f = e + 1;
  while (f < m && f - e <= LONGEST + 1 && isLetter(codes[f])) f++;
  const d = digitOf(codes, e + 1, f);
  return d > 48 && !(f < m && isLetter(codes[f]));
}

/** Whether the run read last is a value: MIN_WORDS to MAX_WORDS digits, all words or enough of them. */
const isValueRun = (n: number): boolean =>
  n <= MAX_WORDS && runDigits >= MIN_WORDS && runDigits <= MAX_WORDS && (runWordCount === n || runWordCount >= MIN_MIXED_WORDS);

const runWords: number[] = [];
const runKinds: number[] = [];

/** How the gap after each element of a run is written: dropped, kept as a space or a hyphen, or as it is (beside numerals). */
const JOINED = 0;
const AS_SPACE = 1;
const AS_HYPHEN = 2;
const AS_IS = 3;
const gaps: number[] = [];
const groupSizes: number[] = [];

/**
 * The rewrites that turn each run of number words in codes[0, m) into its digits, in order. Its
 * numerals stay as they are, and so does the gap beside one ("four five three nine 1488 0343"
 * reads "4539 1488 0343"), unless its groups are no layout of a value.
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
    const n = readRun(codes, i, m, runWords, runKinds);
    if (!isValueRun(n)) {
      // Past this run (or this element): a later element of it starts no run of its own.
      i = Math.max(i, runEnd - 1);
      continue;
    }
    writeRun(codes, n, out);
    i = runWords[2 * n - 1];
  }
  return out;
}

/** The rewrites of the run read last (n elements in runWords and runKinds), appended to `out`. */
function writeRun(codes: Uint16Array, n: number, out: Rewrite[]): void {
  const joiner = commonGap(codes, runWords, runKinds, n);
  // How each gap is written, and the groups it leaves.
  gaps.length = 0;
  groupSizes.length = 0;
  let size = 0;
  for (let w = 0; w < n; w++) {
    const start = runWords[2 * w];
    const end = runWords[2 * w + 1];
    const kind = runKinds[w];
    size += kind === NUMERALS ? end - start : kind === TEEN ? 2 : kind === TENS_WORD ? (tensJoined(codes, end, codes.length) ? 1 : 2) : 1;
    if (kind === REPEAT) size += REPEATS.get(wordAt(codes, start, end))! - 2;
    if (w === n - 1) break;
    const next = runWords[2 * w + 2];
    let gap: number;
    if (kind === REPEAT || (kind === TENS_WORD && tensJoined(codes, end, codes.length))) gap = JOINED;
    else if (kind === NUMERALS || runKinds[w + 1] === NUMERALS) gap = AS_IS;
    else if (gapKey(codes, end, next) === joiner) gap = JOINED;
    else gap = hasHyphen(codes, end, next) ? AS_HYPHEN : AS_SPACE;
    gaps.push(gap);
    if (gap !== JOINED) {
      groupSizes.push(size);
      size = 0;
    }
  }
  groupSizes.push(size);
  // Groups as a speaker paused are no layout: the number is read whole.
  const whole = !isLayout(groupSizes);
  for (let w = 0; w < n; w++) {
    const start = runWords[2 * w];
    const end = runWords[2 * w + 1];
    const kind = runKinds[w];
    if (kind === DIGIT) out.push({ start, end, to: digitOf(codes, start, end) });
    else if (kind === TEEN) {
      out.push({ start, end: start + 1, to: 49 }, { start: start + 1, end, to: TEENS.get(wordAt(codes, start, end))! });
    } else if (kind === TENS_WORD) {
      const tens = TENS.get(wordAt(codes, start, end))!;
      if (tensJoined(codes, end, codes.length)) out.push({ start, end, to: tens });
      else out.push({ start, end: start + 1, to: tens }, { start: start + 1, end, to: 48 });
    } else if (kind === REPEAT) {
      // "double one" is 1 1: the word stands for the digits after it but one.
      let f = end + 1;
      while (f - end <= LONGEST + 1 && isLetter(codes[f])) f++;
      const d = digitOf(codes, end + 1, f);
      if (REPEATS.get(wordAt(codes, start, end)) === 3) out.push({ start, end: start + 1, to: d }, { start: start + 1, end, to: d });
      else out.push({ start, end, to: d });
    }
    if (w === n - 1) break;
    const next = runWords[2 * w + 2];
    const gap = gaps[w];
    if (gap === AS_IS && !whole) continue;
    out.push({ start: end, end: next, to: gap === JOINED || whole ? REMOVED : gap === AS_HYPHEN ? HYPHEN : SPACE });
  }
}

/**
 * Whether groups of these sizes are a layout values are written in: one group; an SSN's 3-2-4, a
 * phone's 3-3-4 or 1-3-3-4 (and 3-4 without its area code), a SIN's 3-3-3, a routing number's
 * 4-4-1, a card's fours or 4-6-5 and 4-6-4.
 */
function isLayout(sizes: readonly number[]): boolean {
  const n = sizes.length;
  if (n === 1) return true;
  const [a, b, c, d] = sizes;
  if (n === 2) return a === 3 && b === 4;
  if (n === 3) {
    if (a === 3) return (b === 2 && c === 4) || (b === 3 && (c === 4 || c === 3));
    if (a === 4) return (b === 4 && c === 1) || (b === 6 && (c === 5 || c === 4));
    return false;
  }
  if (n === 4 && a === 1) return b === 3 && c === 3 && d === 4;
  for (let k = 0; k < n - 1; k++) if (sizes[k] !== 4) return false;
  return sizes[n - 1] >= 1 && sizes[n - 1] <= 4;
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

/** The gap written most often between two of the run's digit words (the first of a tie). */
function commonGap(codes: ArrayLike<number>, words: readonly number[], kinds: readonly number[], n: number): number {
  const counts = new Map<number, number>();
  let best = 0;
  let most = 0;
  for (let w = 0; w + 1 < n; w++) {
    if (kinds[w] !== DIGIT || kinds[w + 1] !== DIGIT) continue;
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
 * Whether the digit word at text[start, end) is in a run of MIN_WORDS to MAX_WORDS digits
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
  const n = readRun(codes, first, codes.length, runWords, runKinds);
  digitRunEnd = from + runEnd;
  return isValueRun(n);
}

/** text[from, to) as character codes (a short stretch: inDigitRun's look around one word). */
function textCodes(text: string, from: number, to: number): Uint16Array {
  const codes = new Uint16Array(to - from);
  for (let k = from; k < to; k++) codes[k - from] = text.charCodeAt(k);
  return codes;
}
