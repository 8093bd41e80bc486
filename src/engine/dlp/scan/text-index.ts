/**
 * The single pass over a text. It records what the classifiers need: every alphanumeric token that
 * contains a digit (with the separator linking it to the next such token), every keyword hit, and
 * the few punctuation triggers (`@` for email addresses, `:` next to hex digits for IPv6).
 * Classifiers then look only at these, never at the whole text with their own regular expressions.
 */
import { HASH_SEED, type KeywordTable } from './keywords.ts';

/** How two adjacent number tokens are joined. */
export const SEP_NONE = 0;
/** One space or tab, or one line break (a number wrapped across lines). */
export const SEP_SPACE = 1;
export const SEP_DASH = 2;
export const SEP_DOT = 3;
export const SEP_SLASH = 4;

/** Printable names of separators, for explanations. */
export const sepName = ['', 'space', "'-'", "'.'", "'/'"] as const;

/** What the pass found. Token arrays are parallel; `link[k]` joins token k to k+1. */
export interface TextIndex {
  readonly text: string;
  /** Tokens: maximal [A-Za-z0-9] runs containing at least one digit. */
  readonly tokStart: number[];
  readonly tokEnd: number[];
  /** Number of digits in the token (equal to its length for an all-digit token). */
  readonly tokDigits: number[];
  readonly link: number[];
  /** Keyword hits in text order: phrase id, start, end. */
  readonly hitPhrase: number[];
  readonly hitStart: number[];
  readonly hitEnd: number[];
  /** Offsets of '@'. */
  readonly at: number[];
  /** Offsets of ':' that touch a hex digit or another ':'. */
  readonly colon: number[];
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
const DIGIT = /[0-9]/g;

/**
 * Runs the pass over text[from, to) (the whole text by default). Offsets in the index are offsets
 * in `text`; a range is meant to start and end where no token, keyword or number chain crosses
 * (see blocks.ts). Native searches do the walking (a JS loop over every character was the
 * slowest part of a scan): a digit search finds tokens, the keyword table's anchor expression
 * finds keywords, indexOf finds '@', ':' and '_'.
 */
export function indexText(text: string, keywords: KeywordTable, from = 0, to = text.length): TextIndex {
  // A slice of a long string shares its characters; searches on it stay inside the range.
  const s = from === 0 && to === text.length ? text : text.slice(from, to);
  const ix: TextIndex = { text, tokStart: [], tokEnd: [], tokDigits: [], link: [], hitPhrase: [], hitStart: [], hitEnd: [], at: [], colon: [] };
  findTokens(s, from, ix);
  findKeywords(s, from, keywords, ix);
  for (let i = s.indexOf('@'); i >= 0; i = s.indexOf('@', i + 1)) ix.at.push(from + i);
  for (let i = s.indexOf(':'); i >= 0; i = s.indexOf(':', i + 1)) {
    const next = s.charCodeAt(i + 1);
    if (next === 58 || isHex(next) || (i > 0 && isHex(s.charCodeAt(i - 1)))) ix.colon.push(from + i);
  }
  return ix;
}

/** Tokens: from each first digit, back over letters and on over letters and digits. */
function findTokens(s: string, from: number, ix: TextIndex): void {
  const n = s.length;
  const re = DIGIT;
  re.lastIndex = 0;
  let lastEnd = -10;
  while (re.test(s)) {
    const d = re.lastIndex - 1;
    let start = d;
    while (start > 0 && isLetter(s.charCodeAt(start - 1))) start--;
    let end = d + 1;
    let digits = 1;
    for (; end < n; end++) {
      const c = s.charCodeAt(end);
      if (isDigit(c)) digits++;
      else if (!isLetter(c)) break;
    }
    if (ix.tokStart.length > 0) ix.link.push(linkBetween(ix.text, lastEnd, from + start));
    ix.tokStart.push(from + start);
    ix.tokEnd.push(from + end);
    ix.tokDigits.push(digits);
    lastEnd = from + end;
    re.lastIndex = end;
  }
  if (ix.tokStart.length > 0) ix.link.push(SEP_NONE);
}

/** Keyword hits in text order: anchor words found natively, then each phrase verified in place. */
function findKeywords(s: string, from: number, keywords: KeywordTable, ix: TextIndex): void {
  const anchors: number[] = [];
  const re = keywords.anchors;
  re.lastIndex = 0;
  while (re.test(s)) {
    // The match is letters between two non-word characters: its start is where the letters begin.
    let start = re.lastIndex - 1;
    while (start > 0 && isLetter(s.charCodeAt(start - 1))) start--;
    anchors.push(start, re.lastIndex);
  }
  // "_" joins words for \b but separates them for the scanner: look up the letter runs beside it.
  const under = s.indexOf('_');
  if (under >= 0) {
    for (let i = under; i >= 0; i = s.indexOf('_', i + 1)) besideUnderscore(s, i, anchors);
    sortPairs(anchors);
  }
  for (let a = 0; a < anchors.length; a += 2) {
    const start = anchors[a];
    let h = HASH_SEED;
    for (let i = start; i < anchors[a + 1]; i++) h = Math.imul(h ^ (s.charCodeAt(i) | 32), 16777619);
    const ids = keywords.lookup(h);
    if (ids === undefined) continue;
    for (let k = 0; k < ids.length; k++) {
      const end = keywords.verify(ix.text, ids[k], from + start);
      if (end >= 0) {
        ix.hitPhrase.push(ids[k]);
        ix.hitStart.push(from + start - keywords.phrases[ids[k]].prefix);
        ix.hitEnd.push(end);
      }
    }
  }
}

const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);

/** Adds the all-letter runs that end or start at the "_" at i (the runs \b did not see as words). */
function besideUnderscore(s: string, i: number, anchors: number[]): void {
  let a = i;
  while (a > 0 && isAlnum(s.charCodeAt(a - 1))) a--;
  if (a < i && allLetters(s, a, i)) anchors.push(a, i);
  let b = i + 1;
  while (b < s.length && isAlnum(s.charCodeAt(b))) b++;
  if (b > i + 1 && allLetters(s, i + 1, b)) anchors.push(i + 1, b);
}

function allLetters(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isLetter(s.charCodeAt(i))) return false;
  return true;
}

/** Sorts [start, end] pairs by start and drops repeats (a run can be beside two "_"). */
function sortPairs(pairs: number[]): void {
  const list: [number, number][] = [];
  for (let k = 0; k < pairs.length; k += 2) list.push([pairs[k], pairs[k + 1]]);
  list.sort((x, y) => x[0] - y[0]);
  pairs.length = 0;
  for (const [a, b] of list) if (pairs.length === 0 || pairs[pairs.length - 2] !== a) pairs.push(a, b);
}

function linkBetween(text: string, end: number, start: number): number {
  const gap = start - end;
  if (gap === 1) {
    const c = text.charCodeAt(end);
    if (c === 32 || c === 9 || c === 10 || c === 160) return SEP_SPACE;
    if (c === 45) return SEP_DASH;
    if (c === 46) return SEP_DOT;
    if (c === 47) return SEP_SLASH;
    return SEP_NONE;
  }
  if (gap === 2 && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return SEP_SPACE;
  return SEP_NONE;
}
