/** US Passport Number: nine digits, or a letter and eight digits (next-generation books); scores near "passport". */
import type { ClassifierDef } from './types.ts';
import { forEachNumber, layout } from '../scan/numbers.ts';
import { allSame, caseAt, ESCAPE, LOWER_CASE, NUMBER_NEGATIVES } from './common.ts';
import { shapeSet, tokensOfShape } from '../scan/chain-shapes.ts';
import { foreignPassport } from './foreign-passport.ts';
import { idTypeAbove } from '../scan/id-type-above.ts';

/** The letter form is 9 characters with a letter. */
const NINE_WITH_LETTERS = shapeSet(
  () => false,
  (length) => length === 9,
);
/** Built once: layouts are parsed at load, not per scan. */
const LAYOUTS = [layout('9')];

const LETTER_FORM = /^[A-Z][0-9]{8}$/;

/** A form's document type naming a passport. */
const PASSPORT_TYPE = /\bpassport\b/i;

/**
 * A row's ID type cell naming a passport right before the value's cell, or one cell before it: the
 * issuer's ("…,PP,US,P10476650,…"), or an issuing state's left empty or marked so for a passport
 * ("…,PASSPORT,,A23511406,…", "PASSPORT⇥--⇥C29250378").
 */
const PASSPORT_CELLS = /(?:^|[\t,|]| {2})\s*(?:PP|PPT|passport)\s*(?:[\t,|]| {2,})\s*(?:(?:US|USA|-{1,2}|n\/a)?\s*(?:[\t,|]| {2,})\s*)?$/i;

/** Whether the value at `start` is a table's cell after a type cell naming a passport. */
function passportTypeCell(text: string, start: number): boolean {
  const gap = text.charCodeAt(start - 1);
  if (gap !== 44 && gap !== 9 && gap !== 124 && gap !== 32) return false;
  return PASSPORT_CELLS.test(text.slice(Math.max(0, start - 24), start));
}

export const usPassport: ClassifierDef = {
  id: 'us-passport',
  name: 'US Passport Number',
  description:
    'US passport book numbers: nine digits, or one letter followed by eight digits. There is no check digit, so a number scores only near "passport" or "travel document".',
  context: [
    'passport',
    'passport number',
    'passport no',
    'passport#',
    'passportnumber',
    'travel document',
    'passport book',
    // A passport's number is its book's, as the State Department's forms name it ("Book no." on a
    // DS-82 list, "a no-fee book, number C07183142").
    'book no',
    'book number',
    'book #',
    // The wallet-size card ("US passport card C00066934"): "card" alone would name a payment card.
    'passport card',
    'passport card number',
    'pp no',
    'ppno',
    'pp#',
    // A crew list's and a chat's shorthand: "pp A36152042", "my pp # is …", "PPT no.: X34210389".
    'pp',
    'pp #',
    'ppt',
    'ppt no',
    'passports',
    // Typed in a hurry.
    'pasport',
    'passprt',
    // In Spanish.
    'pasaporte',
    // In French and Portuguese.
    'passeport',
    'passaporte',
  ],
  negative: NUMBER_NEGATIVES,
  heldElsewhere: (text, start, end) => foreignPassport(text, start, end),
  // A form's identity block whose type line names a passport ("Document type: U.S. Passport").
  // (Or a row's ID type cell right before its cell, perhaps with the issuing country's between: "…,PP,US,P10476650,…".)
  namedBeside: (ix, start) =>
    PASSPORT_TYPE.test(idTypeAbove(ix.text, start) ?? '') || passportTypeCell(ix.text, start) ? 'passport' : null,
  contextScore: 75,
  weak: true,
  find(ix, _ctx, out) {
    forEachNumber(ix, LAYOUTS, (m) => {
      if (allSame(m.numbers, m.at, m.at + m.count)) return false;
      out.add(m.start, m.end, 2, '9 digits', 'length only (no check digit exists)');
      return true;
    });
    const { text } = ix;
    const { tokens, from, to } = tokensOfShape(ix, NINE_WITH_LETTERS);
    for (let j = from; j < to; j++) {
      const k = tokens[j];
      const s = ix.tokStart[k];
      if (ix.tokEnd[k] - s !== 9 || ix.tokDigits[k] !== 8) continue;
      // Typed in lower case ("c03005988") it counts only beside a passport word.
      const typed = caseAt(text, s);
      if (typed === ESCAPE) continue;
      const lower = typed === LOWER_CASE;
      if (LETTER_FORM.test(lower ? text.slice(s, s + 9).toUpperCase() : text.slice(s, s + 9)))
        out.add(s, s + 9, 2, 'letter and 8 digits', 'next-generation passport layout', lower);
    }
  },
};
