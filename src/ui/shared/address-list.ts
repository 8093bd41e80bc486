/** Address lists typed by people: comma- or line-separated, blanks and spaces ignored. */

/** Splits `user@example.com, @partner.example` (or one per line) into trimmed entries. */
export const parseAddressList = (text: string): string[] =>
  text
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The list as the field shows it. */
export const formatAddressList = (items: readonly string[]): string => items.join(', ');
