/** ASCII character classes by character code, for the scanner and classifiers that read codes rather than strings. */

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export const isUpper = (c: number): boolean => c >= 65 && c <= 90;

export const isLower = (c: number): boolean => c >= 97 && c <= 122;

export const isLetter = (c: number): boolean => isUpper(c) || isLower(c);

/** A letter or digit (ASCII only: other characters separate words and numbers). */
export const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);

/** A character of an email address's local part: letters, digits and . _ % + - */
export const isEmailLocal = (c: number): boolean => isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;

/** A character of a domain label: letters, digits and - */
export const isDomainLabel = (c: number): boolean => isAlnum(c) || c === 45;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `i` falls between the two halves of a surrogate pair (an astral character such as an emoji). */
export const splitsPair = (s: string, i: number): boolean => i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));
