/**
 * What the index pass produces (text-index.ts): separator kinds and the index itself, and the
 * pieces both passes (TypeScript and WebAssembly) compute the same way on the string.
 */

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
  readonly tokStart: Int32Array;
  readonly tokEnd: Int32Array;
  /** Number of digits in the token (equal to its length for an all-digit token). */
  readonly tokDigits: Int32Array;
  readonly link: Int32Array;
  /**
   * The number text: the characters of every all-digit token, one after the other, and where each
   * token's are in it (a token that is not all digits has the offset the next one will have). A
   * number of consecutive tokens is then one slice of it, whatever separated its groups.
   */
  readonly numberText: string;
  readonly numberAt: Int32Array;
  /** Per-token digit-count bits and shape keys (see token-shapes.ts), when the pass computed them. */
  readonly shapes?: { readonly digitBits: Int32Array; readonly keys: Int32Array };
  /** The tokens of each shape set (chain-shapes.ts), when the pass listed them. */
  readonly starts?: StartLists;
  /** Keyword hits in text order: phrase id, start, end. */
  readonly hitPhrase: Int32Array;
  readonly hitStart: Int32Array;
  readonly hitEnd: Int32Array;
  /** Offsets of '@'. */
  readonly at: readonly number[];
  /** Offsets of ':' that touch a hex digit or another ':'. */
  readonly colon: readonly number[];
}

/**
 * A token's shape as one small number (chain-shapes.ts explains the use). An all-digit token under
 * 31 digits: its digit count, the length of the chain of all-digit tokens joined by one separator
 * that it starts (up to MAX_CHAIN), its link, and the digit count of the chain's second token (up
 * to NEXT_SIZES - 1, which stands for that many or more; 0 for a lone token). A token with
 * letters: LETTERS + its length (31 for 31 and over). An all-digit token of 31 digits or more: 0.
 */
export const MAX_CHAIN = 7;
export const SEPS = 5;
export const NEXT_SIZES = 8;
export const shapeKey = (digits: number, chain: number, sep: number, next = 0): number =>
  ((digits * (MAX_CHAIN + 1) + chain) * SEPS + sep) * NEXT_SIZES + next;
export const LETTERS = shapeKey(31, 0, 0);
/** Keys are below this. */
export const SHAPE_KEYS = LETTERS + 32;

/** Every token's shape key, computed from the last token back (the reference; the WebAssembly pass computes the same). */
export function shapeKeys(ix: Pick<TextIndex, 'tokStart' | 'tokEnd' | 'tokDigits' | 'link'>): Int32Array {
  const { tokStart, tokEnd, tokDigits, link } = ix;
  const n = tokStart.length;
  const keys = new Int32Array(n);
  // The chain from token i + 1 (0 when it is not all digits), and that token's length.
  let next = 0;
  let nextLength = 0;
  for (let i = n - 1; i >= 0; i--) {
    const len = tokEnd[i] - tokStart[i];
    if (tokDigits[i] !== len) {
      keys[i] = LETTERS + Math.min(31, len);
      next = 0;
      nextLength = len;
      continue;
    }
    const sep = link[i];
    // One token, or i and the chain from i + 1 when joined by the separator that joins that chain.
    const chain = sep === SEP_NONE || next === 0 ? 1 : link[i + 1] === sep ? Math.min(MAX_CHAIN, next + 1) : 2;
    if (len < 31) keys[i] = shapeKey(len, chain, sep, chain === 1 ? 0 : Math.min(NEXT_SIZES - 1, nextLength));
    next = chain;
    nextLength = len;
  }
  return keys;
}

/** The tokens of the first `sets` shape sets: set t's are tokens[at[t]] up to tokens[at[t + 1]], in text order. */
export interface StartLists {
  readonly sets: number;
  readonly at: Int32Array;
  readonly tokens: Int32Array;
}

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);

/** How the token ending at `end` joins the one starting at `start`. */
export function linkBetween(text: string, end: number, start: number): number {
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

/** The punctuation triggers of text[from, to): offsets of '@', and of ':' next to a hex digit or another ':'. */
export function punctuationTriggers(text: string, from: number, to: number): Pick<TextIndex, 'at' | 'colon'> {
  // A slice of a long string shares its characters; searches on it stay inside the range.
  const s = from === 0 && to === text.length ? text : text.slice(from, to);
  const at: number[] = [];
  for (let i = s.indexOf('@'); i >= 0; i = s.indexOf('@', i + 1)) at.push(from + i);
  const colon: number[] = [];
  for (let i = s.indexOf(':'); i >= 0; i = s.indexOf(':', i + 1)) {
    const next = s.charCodeAt(i + 1);
    if (next === 58 || isHex(next) || (i > 0 && isHex(s.charCodeAt(i - 1)))) colon.push(from + i);
  }
  return { at, colon };
}
