/** What the index pass produces (text-index.ts): separator kinds and the index itself. */

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
  /** Per-token shape bits (see token-shapes.ts), when the pass computed them. */
  readonly shapes?: { readonly digitBits: Int32Array; readonly lengthBits: Int32Array };
  /** Keyword hits in text order: phrase id, start, end. */
  readonly hitPhrase: Int32Array;
  readonly hitStart: Int32Array;
  readonly hitEnd: Int32Array;
  /** Offsets of '@'. */
  readonly at: readonly number[];
  /** Offsets of ':' that touch a hex digit or another ':'. */
  readonly colon: readonly number[];
}
