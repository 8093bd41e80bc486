/** Finding a list of words or phrases in a text (custom classifier rules, dictionaries, template phrases). */
import { splitsPair } from '../scan/char-codes.ts';

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;

/**
 * Lower case that keeps every offset, one character at a time: `toLowerCase` on a whole string
 * turns "İ" into two code units (shifting every match after it) and picks "ς" or "σ" by position
 * (so a term and the text could fold differently). A character whose lower case changes length
 * stays as it is.
 */
function foldCase(s: string): string {
  // ASCII lower case is one-to-one: the common case needs no walk.
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  const out: string[] = [];
  for (const ch of s) {
    const l = ch.toLowerCase();
    out.push(l.length === ch.length ? l : ch);
  }
  return out.join('');
}

/**
 * Every occurrence of each term, [start, end) sorted by start; overlapping occurrences of different
 * terms are kept. An occurrence that would cut an astral character in half is not one.
 */
export function findTerms(
  text: string,
  terms: readonly string[],
  caseSensitive: boolean,
  wholeWords: boolean,
  limit = 2000,
): [number, number, string][] {
  const hay = caseSensitive ? text : foldCase(text);
  const out: [number, number, string][] = [];
  for (const term of terms) {
    const needle = (caseSensitive ? term : foldCase(term)).trim();
    if (!needle) continue;
    for (let i = hay.indexOf(needle); i >= 0 && out.length < limit; i = hay.indexOf(needle, i + 1)) {
      const e = i + needle.length;
      if (splitsPair(hay, i) || splitsPair(hay, e)) continue;
      if (
        wholeWords &&
        ((i > 0 && isWordChar(hay.charCodeAt(i - 1)) && isWordChar(needle.charCodeAt(0))) ||
          (e < hay.length && isWordChar(hay.charCodeAt(e)) && isWordChar(needle.charCodeAt(needle.length - 1))))
      )
        continue;
      out.push([i, e, term]);
    }
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Splits the appliance's "comma- or line-separated" words field. */
export const splitWords = (words: readonly string[]): string[] =>
  words
    .flatMap((w) => w.split(/[,\n]/))
    .map((w) => w.trim())
    .filter(Boolean);
