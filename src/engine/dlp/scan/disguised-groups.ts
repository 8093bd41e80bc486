/**
 * Grouped values written to slip past a pattern: groups joined by unusual punctuation
 * ("4539_1488_0343_6467", "536/22/1234", "[4539] [1488] [0343] [6467]"), by wider separators
 * ("4539 - 1488 - 0343 - 6467"), or with letters for digits ("4539 1488 O343 6467"). Only the layouts
 * of the values that are written in groups count: a card's fours, an SSN's 3-2-4, a phone's 3-3-4
 * and a SIN's 3-3-3. Dates, times, versions and amounts have other layouts, or are left alone
 * below (thousands separators). normalise.ts rewrites what this finds; scanText asks for that
 * only when its index pass saw such a chain (hasDisguisedGroups), so ordinary mail pays nothing.
 */
import { isAlnum, isDigit, isLetter, isUpper } from './char-codes.ts';
import { isIPv6 } from './ip-shapes.ts';
import { cusipCheck } from './checksums.ts';

/** Most characters between two groups ("] [" is three). */
const MAX_GAP = 3;
/** Most characters in a group (a card's 4-6-5 layout has a six). */
const MAX_GROUP = 6;
/** Most groups of a layout (a 19-digit card in fours has five). */
const MAX_GROUPS = 5;

/** The digit a letter stands for inside a group of digits (O for 0, I and l for 1), else -1. */
export function digitFor(c: number): number {
  if (c === 79 || c === 111) return 48;
  if (c === 73 || c === 108) return 49;
  return -1;
}

const isDigitLike = (c: number): boolean => isDigit(c) || digitFor(c) >= 0;

/** The digit a letter stands for in a group of a grouped value: digitFor's, or an OCR's S or B (see groupAt); else -1. */
export const groupDigitFor = (c: number): number => (digitFor(c) >= 0 ? digitFor(c) : ocrDigitFor(c));

/**
 * The digit a capital stands for inside a solid value as a scanner's OCR misreads it (S for 5, B
 * for 8), else -1. Only between digits: a value's first capital is its prefix ("S431…",
 * "B6264302"), its last a check letter ("WR054030B").
 */
export function ocrDigitFor(c: number): number {
  if (c === 83) return 53;
  if (c === 66) return 56;
  return -1;
}

/**
 * A character that may stand between two groups: ASCII punctuation or a space. Not a line break
 * nor a tab: groups in cells of a row, or on lines of their own, are separate values.
 */
export const isGapChar = (c: number): boolean => c >= 32 && c < 127 && !isAlnum(c);

/** Separators values are ordinarily written with: a space, a hyphen, a dot. */
const isPlainGapChar = (c: number): boolean => c === 32 || c === 45 || c === 46;
/** And in a phone number: "+1 (415) 555-0134", and "331/373-3328" as some write an area code. */
const isPlainPhoneChar = (c: number): boolean => isPlainGapChar(c) || c === 40 || c === 41 || c === 43 || c === 47;

const PHONE = 1;
const OTHER = 2;
/** The layout isDisguised last read. */
let lastLayout = 0;

/** PHONE or OTHER when the group sizes are a layout values are written in, else 0. */
function layoutOf(sizes: Int32Array, n: number): number {
  if (n === 4) {
    if (sizes[0] === 1 && sizes[1] === 3 && sizes[2] === 3 && sizes[3] === 4) return PHONE;
  } else if (n === 3) {
    if (sizes[0] === 3 && sizes[1] === 3) return sizes[2] === 4 ? PHONE : sizes[2] === 3 ? OTHER : 0;
    if (sizes[0] === 3) return sizes[1] === 2 && sizes[2] === 4 ? OTHER : 0;
    // American Express (4-6-5) and Diners (4-6-4).
    if (sizes[0] === 4 && sizes[1] === 6) return sizes[2] === 5 || sizes[2] === 4 ? OTHER : 0;
  }
  // A card in fours, the last group one to four digits.
  if (n < 4 || sizes[0] !== 4) return 0;
  for (let k = 1; k < n - 1; k++) if (sizes[k] !== 4) return 0;
  return sizes[n - 1] <= 4 ? OTHER : 0;
}

/** Whether three groups of these sizes can start one of layoutOf's layouts: scanText's cheap look before disguisedGroupsAt. */
export function startsLayout(a: number, b: number, c: number): boolean {
  if (a === 4) return b === 4 ? c >= 1 && c <= 4 : b === 6 && (c === 4 || c === 5);
  if (a === 3) return b === 2 ? c === 4 : b === 3 && (c === 3 || c === 4);
  return a === 1 && b === 3 && c === 3;
}

/**
 * The group at i: its size, and its letters that stand for digits, as size + 16 × letters; -1
 * when the run of letters and digits at i is not a group (too long, a letter that stands for no
 * digit, or more such letters than digits).
 */
function groupAt(codes: Uint16Array, i: number, m: number): number {
  let k = i;
  let digits = 0;
  let ocr = 0;
  for (; k < m; k++) {
    const c = codes[k];
    if (isDigit(c)) digits++;
    else if (ocrDigitFor(c) >= 0) ocr++;
    else if (digitFor(c) < 0) break;
  }
  const size = k - i;
  const letters = size - digits;
  if (size === 0 || size > MAX_GROUP || (k < m && isAlnum(codes[k])) || digits === 0 || letters > digits) return -1;
  // An OCR's S or B stands for a digit once in a group of digits ("5S05", "B33"), not in a code ("SB").
  if (ocr > 1 || (ocr === 1 && digits < 2)) return -1;
  return size + 16 * letters;
}

/** Groups read past a layout's: a value followed by an expiry date ("… 6467 09/28") ends before it. */
const MAX_READ = 8;
/** The room disguisedGroupsAt needs for its group bounds. */
export const GROUP_BOUNDS = 2 * MAX_READ;
const sizes = new Int32Array(MAX_READ);
const lettersIn = new Int32Array(MAX_READ);
/** Per gap after group k: its start and length. */
const gapStart = new Int32Array(MAX_READ);
const gapLength = new Int32Array(MAX_READ);

/**
 * The groups of a disguised value starting at `r` in `codes[0, m)`, as [start, end) pairs in
 * `bounds` (GROUP_BOUNDS long): how many, or 0 when there is none. The value stands apart
 * (no letter, digit or group glued before it; after it, nothing or a space before what follows),
 * its group sizes are a layout above, and it is disguised: a separator other than a space, a
 * hyphen or a dot (in a phone number, also a parenthesis, a plus or a slash), or (outside a phone
 * number) of more than one character; or a letter for a digit. Separators that merely differ ("321-02.3456") are no disguise: the public
 * cases hold them for no value, and so does this engine.
 */
export function disguisedGroupsAt(codes: Uint16Array, r: number, m: number, bounds: Int32Array): number {
  if (r > 0 && isAlnum(codes[r - 1])) return 0;
  // Nothing glued before: digits a gap away make this a later part of a longer number.
  for (let g = r - 1; g >= 0 && g >= r - MAX_GAP && isGapChar(codes[g]); g--) if (g > 0 && isDigit(codes[g - 1])) return 0;
  let group = groupAt(codes, r, m);
  if (group < 0) return 0;
  let n = 0;
  let glued = false;
  for (let i = r; ;) {
    const size = group & 15;
    bounds[2 * n] = i;
    bounds[2 * n + 1] = i + size;
    sizes[n] = size;
    lettersIn[n++] = group >> 4;
    i += size;
    // A gap of up to MAX_GAP characters, then the next group; else the value ends at i.
    let g = i;
    while (g < m && g - i <= MAX_GAP && isGapChar(codes[g])) g++;
    if (g === i || g - i > MAX_GAP || g >= m || (!isDigitLike(codes[g]) && ocrDigitFor(codes[g]) < 0)) break;
    group = groupAt(codes, g, m);
    if (group < 0 || n === MAX_READ) {
      // More digits glued on (a longer number), or a word after the value ("lol", "I").
      glued = isDigit(codes[g]);
      break;
    }
    gapStart[n - 1] = i;
    gapLength[n - 1] = g - i;
    i = g;
  }
  // The whole run, or a shorter one that a space ends. After "(" it is written like a phone number.
  const phoneLike = r > 0 && codes[r - 1] === 40;
  for (let k = Math.min(n, MAX_GROUPS); k >= 3; k--) {
    if (k === n ? glued : !hasSpace(codes, gapStart[k - 1], gapLength[k - 1])) continue;
    // A row of numbers in columns that goes on past the value ("Freq (Hz)    250   500  1000  2000
    // 3000" over an audiogram's thresholds): cells spaces apart, not a value's groups in disguise.
    if (k < n && spacedCells(codes, k)) return 0;
    if (!isDisguised(codes, k, phoneLike)) continue;
    // Outside a phone number, a capital first or last is the value's own prefix or check letter ("S94-55-0004", "926-92-844B").
    if (lastLayout !== PHONE && (ocrDigitFor(codes[r]) >= 0 || ocrDigitFor(codes[bounds[2 * k - 1] - 1]) >= 0)) return 0;
    if (codes[gapStart[0]] === 58 && inIPv6Address(codes, r, m)) return 0;
    // A word joined to the first group by the groups' own separator makes one code of them: a
    // microchip's "AVID*416*054*980", not a value in disguise.
    return r > 1 && codes[r - 1] === codes[gapStart[0]] && codes[r - 1] !== 32 && isAlnum(codes[r - 2]) ? 0 : k;
  }
  return 0;
}

const isHexOrColon = (c: number): boolean => (c >= 48 && c <= 58) || ((c | 32) >= 97 && (c | 32) <= 102);

/**
 * Whether the run of hex digits and colons around r is an IPv6 address: "2606:4700:4700::1111"
 * and "2606:4700:4700::/48" are no card in fours.
 */
function inIPv6Address(codes: Uint16Array, r: number, m: number): boolean {
  let s = r;
  while (s > 0 && isHexOrColon(codes[s - 1])) s--;
  let e = r;
  while (e < m && isHexOrColon(codes[e])) e++;
  return isIPv6(String.fromCharCode(...codes.subarray(s, e)));
}

/**
 * A UK National Insurance number in disguise at the letter `r` ("AB_12_34_56_C", "AB  12  34  56
 * C", "AB/12/34/56/C"): two letters, six digits (or three pairs), a letter A–D, standing apart,
 * with a gap of up to MAX_GAP characters that is not one space or hyphen somewhere between its
 * parts. Its groups go in `bounds` as disguisedGroupsAt's do (its letters are no digits): how
 * many, or 0. (scanText asks for it where the index saw an odd joint after a pair of digits: six
 * digits in one piece between odd gaps, "AB/123456/C", are not looked for.)
 */
export function ninoGroupsAt(codes: Uint16Array, r: number, m: number, bounds: Int32Array): number {
  if ((r > 0 && isAlnum(codes[r - 1])) || !isLetter(codes[r + 1]) || isAlnum(codes[r + 2])) return 0;
  let n = 0;
  let odd = 0;
  let i = r + 2;
  bounds[n++] = r;
  bounds[n++] = i;
  // Up to three pairs of digits, six digits in all; then the suffix letter.
  for (let digits = 0; digits <= 6;) {
    let g = i;
    while (g < m && g - i <= MAX_GAP && isGapChar(codes[g])) g++;
    if (g - i > MAX_GAP || g >= m) return 0;
    if (g - i > 1 || (g > i && codes[i] !== 32 && codes[i] !== 45)) odd |= 1 << ((n >> 1) - 1);
    let k = g;
    if (digits === 6) {
      if (!isSuffix(codes[k]) || (k + 1 < m && isAlnum(codes[k + 1]))) return 0;
      k++;
    } else {
      while (k < m && isDigit(codes[k])) k++;
      if (k === g || (k - g !== 2 && k - g !== 6 - digits) || (g === i && digits > 0)) return 0;
      digits += k - g;
    }
    bounds[n++] = g;
    bounds[n++] = k;
    i = k;
    if (n === 2 * MAX_READ) return 0;
    if (k - g === 1) break;
  }
  oddGaps = odd;
  return odd === 0 ? 0 : n >> 1;
}

/** Fewest and most characters of a solid value read with letters for digits (a routing number's 9, an account's 17). */
const MIN_SOLID = 7;
const MAX_SOLID = 17;
/** Most letters for digits in a solid value, and most capitals before them (a passport's "C", a DEA number's "BJ"). */
const MAX_SOLID_LETTERS = 2;
const MAX_PREFIX = 2;

/** Where the digits of the last value solidAt found start (after its prefix of capitals). */
export let solidDigitsFrom = 0;

/**
 * A solid value written with letters for digits at `r` ("O21000021", "C03O05988",
 * "123456789O12", an OCR's "26475OS23"): a prefix of capitals, then MIN_SOLID to MAX_SOLID digits and letters standing
 * for digits, one or two of them letters, nothing alphanumeric on either side. Capitals before
 * the first digit are the prefix, as written (at most MAX_PREFIX: a DEA number's "MO" is a
 * registrant's letter and a surname's initial), except one alone that stands for a digit.
 * Returns where the value ends (its digits start at solidDigitsFrom), or 0.
 */
export function solidAt(codes: Uint16Array, r: number, m: number): number {
  if (r > 0 && isAlnum(codes[r - 1])) return 0;
  let k = r;
  while (k < m && k - r <= MAX_PREFIX && isUpper(codes[k])) k++;
  if (k - r > MAX_PREFIX) return 0;
  if (k - r === 1 && digitFor(codes[r]) >= 0) k = r;
  const from = k;
  let letters = 0;
  for (
    ;
    k < m &&
    k - from <= MAX_SOLID &&
    (isDigitLike(codes[k]) || (k > from && ocrDigitFor(codes[k]) >= 0 && isDigitLike(codes[k - 1]) && isDigitLike(codes[k + 1])));
    k++
  )
    if (!isDigit(codes[k])) letters++;
  const size = k - from;
  if (size < MIN_SOLID || size > MAX_SOLID || letters === 0 || letters > MAX_SOLID_LETTERS || (k < m && isAlnum(codes[k]))) return 0;
  // (A security's CUSIP holds capitals between its digits by design, "912810B80" — never an O or
  // an I, which it leaves out for their likeness to 0 and 1.)
  if (k - r === 9) {
    const run = String.fromCharCode(...codes.subarray(r, k));
    if (!/[OIol]/.test(run) && cusipCheck(run)) return 0;
  }
  solidDigitsFrom = from;
  return k;
}

/** A mark an OCR prints inside a run of digits, where no number has one: a backtick, an apostrophe or an accent, a tilde. */
export const isStrayMark = (c: number): boolean => c === 96 || c === 39 || c === 126 || c === 180 || c === 8216 || c === 8217;

/** Where the stray mark of the last value strayMarkAt found stands. */
export let strayMarkFrom = 0;

/**
 * A solid value with one stray mark between its digits at the digit `r` ("291`58446",
 * "632672'084", "394298~524"): MIN_SOLID to MAX_SOLID digits, nothing alphanumeric on either side.
 * Returns where the value ends (the mark at strayMarkFrom), or 0. (A Swiss "1'234'567" has two
 * marks, and one between at most three digits and three is too short to be read.)
 */
export function strayMarkAt(codes: Uint16Array, r: number, m: number): number {
  if (r > 0 && isAlnum(codes[r - 1])) return 0;
  let k = r;
  while (k < m && isDigit(codes[k])) k++;
  if (k === r || k + 1 >= m || !isStrayMark(codes[k]) || !isDigit(codes[k + 1])) return 0;
  const mark = k++;
  while (k < m && isDigit(codes[k])) k++;
  const digits = k - r - 1;
  if (digits < MIN_SOLID || digits > MAX_SOLID || (k < m && (isAlnum(codes[k]) || (isStrayMark(codes[k]) && isDigit(codes[k + 1])))))
    return 0;
  strayMarkFrom = mark;
  return k;
}

/**
 * A dotted quad written "defanged", as security mail writes addresses so they are not links:
 * "192[.]168[.]1[.]20", "10(.)0(.)0(.)5" (or "{.}") at the digit `r`: four
 * groups of one to three digits, each at most 255, every dot so written, standing apart. Its
 * groups go in `bounds` as disguisedGroupsAt's do, every gap odd: how many (4), or 0.
 */
export function quadGroupsAt(codes: Uint16Array, r: number, m: number, bounds: Int32Array): number {
  if (r > 0 && (isAlnum(codes[r - 1]) || codes[r - 1] === DOT)) return 0;
  // Not the later part of a longer run of groups.
  if (r >= 4 && isDefangedDot(codes, r - 3, m) && isDigit(codes[r - 4])) return 0;
  let i = r;
  for (let g = 0; ; g++) {
    let k = i;
    let value = 0;
    while (k < m && k - i < 3 && isDigit(codes[k])) value = value * 10 + codes[k++] - 48;
    if (k === i || value > 255 || (k < m && isDigit(codes[k]))) return 0;
    bounds[2 * g] = i;
    bounds[2 * g + 1] = k;
    if (g === 3) {
      // Nothing glued after: no letter or digit, and no fifth group.
      if (k < m && (isAlnum(codes[k]) || (codes[k] === DOT && k + 1 < m && isDigit(codes[k + 1])))) return 0;
      if (isDefangedDot(codes, k, m) && k + 3 < m && isDigit(codes[k + 3])) return 0;
      break;
    }
    if (!isDefangedDot(codes, k, m)) return 0;
    i = k + 3;
  }
  oddGaps = 7;
  return 4;
}

const DOT = 46;

/** Whether codes[k, k + 3) is a dot written defanged: "[.]", "(.)" or "{.}" (" . " is a countdown's as well). */
function isDefangedDot(codes: Uint16Array, k: number, m: number): boolean {
  if (k + 2 >= m || codes[k + 1] !== DOT) return false;
  const a = codes[k];
  const b = codes[k + 2];
  return (a === 91 && b === 93) || (a === 40 && b === 41) || (a === 123 && b === 125);
}

const isSuffix = (c: number): boolean => (c >= 65 && c <= 68) || (c >= 97 && c <= 100);

/**
 * Which gaps of the last value disguisedGroupsAt found are a disguise, as bits (gap j between
 * groups j and j + 1): those are rewritten, the others kept as written ("(555) 234-567O").
 */
export let oddGaps = 0;

/** Whether the first k groups read are a layout, written in disguise (see disguisedGroupsAt); sets oddGaps. */
/** Whether a gap is a dot and a space, as a sentence's end is. */
const pausedAt = (codes: Uint16Array, at: number, length: number): boolean => length === 2 && codes[at] === 46 && codes[at + 1] === 32;

function isDisguised(codes: Uint16Array, k: number, phoneLike: boolean): boolean {
  const sized = layoutOf(sizes, k);
  if (sized === 0) return false;
  // A phone's area code is three digits (or a country code one): a group of four after "(" is a
  // card's, bracketed group by group ("(4539)(1488)(0343)(6467)").
  const layout = phoneLike && sizes[0] !== 4 ? PHONE : sized;
  lastLayout = layout;
  let letters = 0;
  let total = 0;
  for (let j = 0; j < k; j++) {
    letters += lettersIn[j];
    total += sizes[j];
  }
  // A few letters among many digits ("4923 6439 6l8l O408"): more, and it is a code of its own.
  if (letters > 2 && letters * 4 > total) return false;
  const plain = layout === PHONE ? isPlainPhoneChar : isPlainGapChar;
  let odd = 0;
  let comma = false;
  // (A pause's dot and space only between every group: "1. 415 762 0134" is a list's item.)
  let paused = layout === PHONE;
  for (let j = 0; j < k - 1 && paused; j++) paused = pausedAt(codes, gapStart[j], gapLength[j]);
  for (let j = 0; j < k - 1; j++) {
    // A phone number's gaps may be wider at its parentheses ("(415) 555", "1 (415)"), but not
    // elsewhere ("405  573  8501", "848 - 5253", "888--966"), nor a dot and a space, a pause as
    // speech-to-text prints it ("606. 228. 9788"); other values have one separator.
    if (gapLength[j] > 1 && (layout !== PHONE || oddPhoneGap(codes, gapStart[j], gapLength[j]) || paused)) odd |= 1 << j;
    for (let c = gapStart[j]; c < gapStart[j] + gapLength[j]; c++) {
      if (!plain(codes[c])) odd |= 1 << j;
      if (codes[c] === 44) comma = true;
    }
  }
  // Thousands separators: "123,456,789".
  if (comma && sizes.subarray(1, k).every((s) => s === 3)) return false;
  // A card's groups joined by plain separators that differ ("4539 1488-0343 6467"): its check
  // digit guards it, where an SSN's "321-02.3456" has none (the public cases find nothing there).
  if (odd === 0 && letters === 0 && sizes[0] === 4 && layout !== PHONE && mixedGaps(codes, k)) odd = (1 << (k - 1)) - 1;
  oddGaps = odd;
  return odd !== 0 || letters > 0;
}

/** Whether the k - 1 gaps read, each one character, are not all the same character. */
function mixedGaps(codes: Uint16Array, k: number): boolean {
  for (let j = 1; j < k - 1; j++) if (codes[gapStart[j]] !== codes[gapStart[0]]) return true;
  return false;
}

/** Whether a wide gap in a phone number is odd: spaces alone, or a hyphen padded or doubled, with no parenthesis. */
function oddPhoneGap(codes: Uint16Array, from: number, length: number): boolean {
  let spaces = true;
  for (let c = from; c < from + length; c++) {
    if (codes[c] === 40 || codes[c] === 41) return false;
    if (codes[c] !== 32 && codes[c] !== 45) spaces = false;
  }
  // (Spaces and hyphens only: "1. 415 762 0134" is a list's item, its ". " no gap of the number.)
  return spaces;
}

/** Whether the gaps after each of the first k groups read are all spaces, two or more. */
function spacedCells(codes: Uint16Array, k: number): boolean {
  for (let j = 0; j < k; j++) {
    if (gapLength[j] < 2) return false;
    for (let c = gapStart[j]; c < gapStart[j] + gapLength[j]; c++) if (codes[c] !== 32) return false;
  }
  return true;
}

const hasSpace = (codes: Uint16Array, from: number, length: number): boolean => {
  for (let c = from; c < from + length; c++) if (codes[c] === 32) return true;
  return false;
};
