/** ASCII character classes by character code, for the scanner and classifiers that read codes rather than strings. */

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A letter or digit (ASCII only: other characters separate words and numbers). */
export const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);
