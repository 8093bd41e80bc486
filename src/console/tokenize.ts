/**
 * Splits a command line into words: blanks separate, single or double quotes group (so a profile
 * name with spaces can be one argument), a backslash escapes the next character.
 */

/** The words, or the problem with the line. */
export type Tokens = { readonly ok: true; readonly words: readonly string[] } | { readonly ok: false; readonly message: string };

export function tokenize(line: string): Tokens {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\' && quote !== "'" && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (quote) {
      if (ch === quote) quote = null;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) return { ok: false, message: `Unterminated quote (${quote}) in the command line.` };
  if (inWord) words.push(word);
  return { ok: true, words };
}
