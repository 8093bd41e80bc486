/** IBAN: country code, check digits and BBAN of the country's fixed length; ISO 13616 mod 97. */
import type { ClassifierDef } from './types.ts';
import { shapeSet, tokensOfShape } from '../scan/chain-shapes.ts';
import { shared } from '../scan/shared-values.ts';
import { isAlnum, isDigit, isLower, isUpper } from '../scan/char-codes.ts';
import { mod97Step } from '../scan/checksums.ts';
import { nextLineText } from '../scan/line-wraps.ts';

/** IBAN lengths by country (SWIFT IBAN registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 ' +
    'FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 ' +
    'LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 ' +
    'RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30'
  )
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(2))]),
);

/** A letter in capitals (an IBAN typed all in lower case reads and checks the same). */
const upper = (c: number): number => (c >= 97 && c <= 122 ? c - 32 : c);

/** IBAN lengths by the country code's two letters, as (first - 65) * 26 + (second - 65). */
const LENGTH_BY_CODE = new Uint8Array(26 * 26);
for (const [code, len] of Object.entries(IBAN_LENGTHS)) LENGTH_BY_CODE[(code.charCodeAt(0) - 65) * 26 + code.charCodeAt(1) - 65] = len;

/**
 * Reads an IBAN starting at `s` (spaces, two spaces, dashes, dots or underscores
 * between groups, the same throughout: the check digits guard it however it is grouped): its end and
 * separator (0 for none) when it has the country's length and passes mod 97 (ISO 13616: the
 * first four characters moved to the end), else null. Read from character codes, no string made.
 */
export function readIban(text: string, s: number): { end: number; sep: number } | null {
  const c0 = upper(text.charCodeAt(s));
  const c1 = upper(text.charCodeAt(s + 1));
  if (!isUpper(c0) || !isUpper(c1) || !isDigit(text.charCodeAt(s + 2)) || !isDigit(text.charCodeAt(s + 3))) return null;
  const len = LENGTH_BY_CODE[(c0 - 65) * 26 + c1 - 65];
  if (!len) return null;
  let p = s;
  let n = 0;
  let sep = 0;
  let width = 0;
  let r = 0;
  // Its letters in one case: "LV80 bANK …" is no IBAN (the public cases hold it for none).
  const lower = text.charCodeAt(s) >= 97;
  while (n < len && p < text.length) {
    const c = text.charCodeAt(p);
    if (isDigit(c) || (lower ? isLower(c) : isUpper(c))) {
      if (n >= 4) r = mod97Step(r, upper(c));
      n++;
      p++;
    } else if (isGroupSeparator(c) && n > 0) {
      // One separator between groups, or two spaces; the same each time.
      const w = c === 32 && text.charCodeAt(p + 1) === 32 ? 2 : 1;
      // A hyphen may end a line that wrapping broke there ("NL91-ABNA-⏎0417-…").
      const b = text.charCodeAt(p + w);
      const next = c === 45 && (b === 10 || b === 13) ? nextLineText(text, p + w) : p + w;
      if (next < 0 || !isAlnum(text.charCodeAt(next)) || (sep !== 0 && (sep !== c || w !== width))) break;
      sep = c;
      width = w;
      p = next;
    } else if ((sep === 32 || (sep === 0 && n === 4)) && n % 4 === 0 && (c === 10 || c === 13)) {
      // Grouped by spaces and wrapped at a group's end, as a letter's narrow column wraps it (in a
      // reply too, the quote prefix repeated); the first group's end is a space's place as well.
      const next = nextLineText(text, p);
      if (next < 0 || !isAlnum(text.charCodeAt(next))) break;
      if (sep === 0) {
        sep = 32;
        width = 1;
      }
      p = next;
    } else break;
  }
  // Shorter, or the last group runs on: not this country's IBAN.
  if (n !== len || isAlnum(text.charCodeAt(p))) return null;
  for (let i = s; i < s + 4; i++) r = mod97Step(r, upper(text.charCodeAt(i)));
  return r === 1 ? { end: p, sep } : null;
}

/** What may stand between an IBAN's groups (readIban); not a slash: the public cases hold "AL47/2121/…" for no IBAN. */
const isGroupSeparator = (c: number): boolean => c === 32 || c === 45 || c === 46 || c === 95;
const SEPARATOR_NAMES: Readonly<Record<number, string>> = { 32: 'spaces', 45: 'dashes', 46: 'dots', 95: 'underscores' };

/** One pattern text per country and separator (findings keep it); keyed by the country code's letters and the separator. */
const patterns = new Map<number, string>();
const patternOf = (key: number): string => {
  const country = String.fromCharCode(key >> 16, (key >> 8) & 255);
  const sep = key & 255;
  return `${country} IBAN of ${IBAN_LENGTHS[country]} characters${sep ? ` grouped by ${SEPARATOR_NAMES[sep]}` : ''}`;
};

/** An IBAN starts with its country letters: only tokens with letters can start one. */
const IBAN_START = shapeSet(
  () => false,
  () => true,
);

export const iban: ClassifierDef = {
  id: 'iban',
  name: 'International Bank Account Number (IBAN)',
  description:
    "IBANs of every registered country: the country code, two check digits and a BBAN of the country's fixed length, grouped by spaces or dashes or written solid, passing the ISO 13616 mod-97 check.",
  context: ['iban', 'bank account', 'account', 'bank', 'swift', 'bic', 'wire', 'transfer', 'payment', 'beneficiary'],
  contextScore: 85,
  checksum: true,
  find(ix, _ctx, out) {
    const { text } = ix;
    const { tokens, from, to } = tokensOfShape(ix, IBAN_START);
    for (let j = from; j < to; j++) {
      const k = tokens[j];
      const s = ix.tokStart[k];
      const r = readIban(text, s);
      if (!r) continue;
      out.add(
        s,
        r.end,
        50,
        shared(patterns, (upper(text.charCodeAt(s)) << 16) | (upper(text.charCodeAt(s + 1)) << 8) | r.sep, patternOf),
        'country length valid; mod 97 = 1',
      );
    }
  },
};
