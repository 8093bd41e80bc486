/**
 * The index pass in plain TypeScript: the reference the WebAssembly scanner is tested against and
 * the fallback where WebAssembly is unavailable. Native searches do the walking (a JS loop over
 * every character was the slowest part of a scan): a digit search finds tokens, the keyword
 * table's anchor expression finds keywords, indexOf finds '@', ':' and '_'.
 */
import { HASH_SEED, identifierWords, type KeywordTable } from './keywords.ts';
import { linkBetween, punctuationTriggers, SEP_NONE, type TextIndex } from './index-model.ts';
import { isAlnum, isDigit, isLetter } from './char-codes.ts';

/** The index under construction (plain arrays, made typed at the end). */
interface Builder {
  readonly text: string;
  readonly tokStart: number[];
  readonly tokEnd: number[];
  readonly tokDigits: number[];
  readonly link: number[];
  readonly hitPhrase: number[];
  readonly hitStart: number[];
  readonly hitEnd: number[];
}

const DIGIT = /[0-9]/g;

/** The pass over text[from, to) (see indexText in text-index.ts). */
export function indexTextJs(text: string, keywords: KeywordTable, from = 0, to = text.length): TextIndex {
  // A slice of a long string shares its characters; searches on it stay inside the range.
  const s = from === 0 && to === text.length ? text : text.slice(from, to);
  const ix: Builder = { text, tokStart: [], tokEnd: [], tokDigits: [], link: [], hitPhrase: [], hitStart: [], hitEnd: [] };
  findTokens(s, from, ix);
  findKeywords(s, from, keywords, ix);
  const typed = (a: number[]) => Int32Array.from(a);
  const numberAt = new Int32Array(ix.tokStart.length);
  const numbers: string[] = [];
  let at = 0;
  for (let k = 0; k < ix.tokStart.length; k++) {
    numberAt[k] = at;
    if (ix.tokDigits[k] !== ix.tokEnd[k] - ix.tokStart[k]) continue;
    numbers.push(text.slice(ix.tokStart[k], ix.tokEnd[k]));
    at += ix.tokDigits[k];
  }
  return {
    text,
    tokStart: typed(ix.tokStart),
    tokEnd: typed(ix.tokEnd),
    tokDigits: typed(ix.tokDigits),
    link: typed(ix.link),
    shapes: undefined,
    numberText: numbers.join(''),
    numberAt,
    hitPhrase: typed(ix.hitPhrase),
    hitStart: typed(ix.hitStart),
    hitEnd: typed(ix.hitEnd),
    ...punctuationTriggers(text, from, to),
  };
}

/** Tokens: from each first digit, back over letters and on over letters and digits. */
function findTokens(s: string, from: number, ix: Builder): void {
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
function findKeywords(s: string, from: number, keywords: KeywordTable, ix: Builder): void {
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
  if (under >= 0) for (let i = under; i >= 0; i = s.indexOf('_', i + 1)) besideUnderscore(s, i, anchors);
  // An identifier of several words in one run of letters ("routingNumber"): its words too.
  const caps = CAPITAL_AFTER_LETTER;
  caps.lastIndex = 0;
  let split = false;
  for (let m = caps.exec(s); m; m = caps.exec(s)) {
    // The run around it (one pass each way), looked at once; a run with a digit is a token.
    let a = m.index;
    while (a > 0 && isAlnum(s.charCodeAt(a - 1))) a--;
    let b = m.index + 2;
    while (b < s.length && isAlnum(s.charCodeAt(b))) b++;
    caps.lastIndex = b;
    if (!allLetters(s, a, b)) continue;
    identifierWords(s, a, b, anchors);
    split = true;
  }
  if (under >= 0 || split) sortPairs(anchors);
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

/**
 * Sorts [start, end] pairs by start, a run before the first of its words (the scanner's order),
 * and drops repeats (a run can be beside two "_").
 */
function sortPairs(pairs: number[]): void {
  const list: [number, number][] = [];
  for (let k = 0; k < pairs.length; k += 2) list.push([pairs[k], pairs[k + 1]]);
  list.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  pairs.length = 0;
  for (const [a, b] of list) if (pairs.length === 0 || pairs[pairs.length - 2] !== a || pairs[pairs.length - 1] !== b) pairs.push(a, b);
}

/** A capital after a letter: the run around it may be an identifier of several words. */
const CAPITAL_AFTER_LETTER = /[A-Za-z][A-Z]/g;
