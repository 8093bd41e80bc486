/** Finding a list of words or phrases in a text (custom classifier rules, dictionaries, template phrases). */

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;

/** Every occurrence of each term, [start, end) sorted by start; overlapping occurrences of different terms are kept. */
export function findTerms(
  text: string,
  terms: readonly string[],
  caseSensitive: boolean,
  wholeWords: boolean,
  limit = 2000,
): [number, number, string][] {
  const hay = caseSensitive ? text : text.toLowerCase();
  const out: [number, number, string][] = [];
  for (const term of terms) {
    const needle = (caseSensitive ? term : term.toLowerCase()).trim();
    if (!needle) continue;
    for (let i = hay.indexOf(needle); i >= 0 && out.length < limit; i = hay.indexOf(needle, i + 1)) {
      const e = i + needle.length;
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
