/**
 * The single fast pass over a text. It walks character codes once and records what the
 * classifiers need: every alphanumeric token that contains a digit (with the separator linking it
 * to the next such token), every keyword hit, and the few punctuation triggers (`@` for email
 * addresses, `:` next to hex digits for IPv6). Classifiers then look only at these, never at the
 * whole text with their own regular expressions.
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

const DIGIT = 1;
const LETTER = 2;
const CLS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLS[c] = DIGIT;
for (let c = 65; c <= 90; c++) CLS[c] = LETTER;
for (let c = 97; c <= 122; c++) CLS[c] = LETTER;

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

const encoder = new TextEncoder();
let scratch = new Uint8Array(1 << 16);

/**
 * The text's UTF-16 code units as a typed array, which the pass reads faster than charCodeAt. An
 * ASCII text is copied natively by TextEncoder (its UTF-8 bytes are its code units); any other
 * text is copied unit by unit.
 */
function charCodes(text: string): Uint8Array | Uint16Array {
  const n = text.length;
  if (n > scratch.length && n <= 1 << 25) scratch = new Uint8Array(n);
  const bytes = n <= scratch.length ? scratch.subarray(0, n) : new Uint8Array(n);
  const r = encoder.encodeInto(text, bytes);
  if (r.read === n && r.written === n) return bytes;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
  return units;
}

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);

/** Runs the pass. */
export function indexText(text: string, keywords: KeywordTable): TextIndex {
  const tokStart: number[] = [];
  const tokEnd: number[] = [];
  const tokDigits: number[] = [];
  const link: number[] = [];
  const hitPhrase: number[] = [];
  const hitStart: number[] = [];
  const hitEnd: number[] = [];
  const at: number[] = [];
  const colon: number[] = [];
  const codes = charCodes(text);
  const len = codes.length;
  const minW = keywords.minWord;
  const maxW = keywords.maxWord;
  let lastEnd = -10;
  let i = 0;
  while (i < len) {
    let c = codes[i];
    if (c >= 128 || CLS[c] === 0) {
      if (c === 64) at.push(i);
      else if (c === 58 && ((i + 1 < len && (codes[i + 1] === 58 || isHex(codes[i + 1]))) || (i > 0 && isHex(codes[i - 1])))) colon.push(i);
      i++;
      continue;
    }
    const s = i;
    let h = HASH_SEED;
    let digits = 0;
    for (;;) {
      if (c <= 57) digits++;
      h = Math.imul(h ^ (c | 32), 16777619);
      if (++i >= len) break;
      c = codes[i];
      if (c >= 128 || CLS[c] === 0) break;
    }
    if (digits > 0) {
      const k = tokStart.length;
      if (k > 0) link.push(linkBetween(text, lastEnd, s));
      tokStart.push(s);
      tokEnd.push(i);
      tokDigits.push(digits);
      lastEnd = i;
      continue;
    }
    const w = i - s;
    if (w < minW || w > maxW) continue;
    const ids = keywords.lookup(h);
    if (ids === undefined) continue;
    for (let k = 0; k < ids.length; k++) {
      const end = keywords.verify(text, ids[k], s);
      if (end >= 0) {
        hitPhrase.push(ids[k]);
        hitStart.push(s - keywords.phrases[ids[k]].prefix);
        hitEnd.push(end);
      }
    }
  }
  if (tokStart.length > 0) link.push(SEP_NONE);
  return { text, tokStart, tokEnd, tokDigits, link, hitPhrase, hitStart, hitEnd, at, colon };
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
