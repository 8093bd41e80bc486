/** IBAN: country code, check digits and BBAN of the country's fixed length; ISO 13616 mod 97. */
import type { ClassifierDef } from './types.ts';
import { ibanMod97 } from '../scan/checksums.ts';
import { shapeSet, tokensOfShape } from '../scan/chain-shapes.ts';
import { shared } from '../scan/shared-values.ts';

/** IBAN lengths by country (SWIFT IBAN registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.fromEntries(
  ('AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 ' +
    'FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 ' +
    'LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 ' +
    'RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30')
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(2))]),
);

const isUpperAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlnum = (c: number): boolean => isUpperAlnum(c) || (c >= 97 && c <= 122);

/** Reads an IBAN starting at `s` (spaces or dashes between groups, used consistently); returns its end or -1. */
export function readIban(text: string, s: number): { end: number; iban: string; sep: string } | null {
  if (!isUpper(text.charCodeAt(s)) || !isUpper(text.charCodeAt(s + 1)) || !isDigit(text.charCodeAt(s + 2)) || !isDigit(text.charCodeAt(s + 3))) return null;
  const len = IBAN_LENGTHS[text.slice(s, s + 2)];
  if (!len) return null;
  let p = s;
  let iban = '';
  let sep = '';
  while (iban.length < len && p < text.length) {
    const c = text.charCodeAt(p);
    if (isUpperAlnum(c)) {
      iban += text[p++];
    } else if ((c === 32 || c === 45) && iban.length > 0 && isUpperAlnum(text.charCodeAt(p + 1)) && (sep === '' || sep === text[p])) {
      sep = text[p++];
    } else break;
  }
  // Shorter, or the last group runs on: not this country's IBAN.
  if (iban.length !== len || isAlnum(text.charCodeAt(p))) return null;
  return { end: p, iban, sep };
}

/** One pattern text per country and separator (findings keep it); keyed by the country code and the separator. */
const patterns = new Map<string, string>();
const patternOf = (key: string): string =>
  `${key.slice(0, 2)} IBAN of ${IBAN_LENGTHS[key.slice(0, 2)]} characters${key.length > 2 ? ` grouped by ${key[2] === ' ' ? 'spaces' : 'dashes'}` : ''}`;

/** An IBAN starts with its country letters: only tokens with letters can start one. */
const IBAN_START = shapeSet(() => false, () => true);

export const iban: ClassifierDef = {
  id: 'iban',
  name: 'International Bank Account Number (IBAN)',
  description: 'IBANs of every registered country: the country code, two check digits and a BBAN of the country\'s fixed length, grouped by spaces or dashes or written solid, passing the ISO 13616 mod-97 check.',
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
      if (!r || !ibanMod97(r.iban)) continue;
      out.push({
        start: s,
        end: r.end,
        base: 50,
        pattern: shared(patterns, r.iban.slice(0, 2) + r.sep, patternOf),
        validation: 'country length valid; mod 97 = 1',
      });
    }
  },
};
