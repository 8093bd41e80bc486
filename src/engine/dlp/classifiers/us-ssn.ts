/** US Social Security Number: area/group/serial rules; a lone number needs supporting information (reference §8.2). */
import { isDigit } from '../scan/char-codes.ts';
import { fileNamedBefore, registrationNamedBefore } from '../scan/file-before.ts';
import type { ClassifierDef } from './types.ts';
import { headedBy } from '../scan/table-columns.ts';
import { describeNumber, forEachNumber, layout, SPACE, DASH, DOT } from '../scan/numbers.ts';
import { personDetails } from '../scan/supporting.ts';
import { afterPlace, NUMBER_NEGATIVES } from './common.ts';
import { digitsValue } from '../scan/checksums.ts';
import { tokensOfShape } from '../scan/chain-shapes.ts';
import { FIRST_BOX, ssnCombEnd } from '../scan/comb-fields.ts';
import { typeCellAfter, typeCellBefore } from '../scan/type-cell.ts';
import { countryAfter } from './foreign-passport.ts';
import { expiresAfter } from '../scan/expiry-after.ts';

const LAYOUTS = [layout('3-2-4', SPACE | DASH | DOT), layout('3-6', DASH), layout('5-4', DASH), layout('9'), layout('8')];
/** A table's header naming an SSN's column ("SSN", "ssn", "Social Security #"). */
const SSN_HEADER = /^(?:[a-z ]{0,12}[ _])?(?:ssn|social security(?: (?:number|no\.?|#))?|soc sec(?: #)?)$/i;

/** Its eight digits, a spreadsheet having dropped the leading zero of an SSN of areas 001–099. */
const ZERO_DROPPED = '8 digits (a leading zero dropped)';
/** Numbers published as examples (Woolworth's wallet card and others), never valid. */
const SAMPLES = new Set([78051120, 219099999, 457555462, 123456789]);

/** Why d (9 digits) cannot be an SSN, or null when it can. */
export function ssnProblem(d: string, at = 0): string | null {
  // Read from character codes: this runs on every 9-digit number.
  const area = digitsValue(d, at, at + 3);
  if (area === 0 || area === 666 || area >= 900) return `area ${d.slice(at, at + 3)} is never assigned`;
  if (digitsValue(d, at + 3, at + 5) === 0) return 'group 00 is never assigned';
  if (digitsValue(d, at + 5, at + 9) === 0) return 'serial 0000 is never assigned';
  if (SAMPLES.has(digitsValue(d, at, at + 9))) return 'a published sample number';
  // (One digit nine times, "111-11-1111", "888-88-8888", is a registration system's default.)
  if (digitsValue(d, at, at + 9) % 111111111 === 0) return 'one digit repeated, a placeholder';
  return null;
}

/** Rows of a table one number repeated down them makes no person's. */
const REPEATED_ROWS = 3;

/** Whether the value at [start, end) stands on REPEATED_ROWS lines or more of the text, once on each. */
function repeatedOnRows(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  let rows = 0;
  let lineEnd = -1;
  for (let p = text.indexOf(value); p >= 0; p = text.indexOf(value, p + value.length)) {
    // (Alone, not inside a longer number.)
    if (isDigit(text.charCodeAt(p - 1)) || isDigit(text.charCodeAt(p + value.length)) || p < lineEnd) continue;
    lineEnd = text.indexOf('\n', p);
    if (lineEnd < 0) lineEnd = text.length;
    if (++rows >= REPEATED_ROWS) return true;
  }
  return false;
}

/** A taxpayer number's label right before a value ("TIN: ", "Federal TIN ", "tax ID "). */
const TIN_LABEL_BEFORE = /\b(?:tin|tax id|taxpayer id)\b[ #:.]{0,4}$/i;
/** An organisation's marks around its taxpayer number: a group's or a facility's NPI, a business's legal name (not "LLC" alone: a payer's TIN stands beside a payee's). */
const ORGANISATION =
  /\b(?:group npi|facility npi|organi[sz]ation(?:al)? npi|npi \(?type 2\)?|type 2 npi|legal business name|billing entity)\b/i;
/** How far around the value an organisation's marks are read (its block of a few lines). */
const ORGANISATION_REACH = 160;

/**
 * Whether the value at `start`, labelled a TIN, is an organisation's (an EIN): a group's or a
 * facility's NPI, or a business's name, stands in its block ("Facility NPI: 1667585065   TIN:
 * 881301059"). A person's TIN is their SSN; a practice's is not.
 */
function organisationTin(text: string, start: number): boolean {
  if (!TIN_LABEL_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return false;
  return ORGANISATION.test(text.slice(Math.max(0, start - ORGANISATION_REACH), start + ORGANISATION_REACH));
}

/** A beneficiary identification code right after a Social Security claim number ("182-11-9429 (BIC B)", "… BIC: C1"). */
const BIC_AFTER = /^[ ,]{0,2}\(?BIC:? [A-Z]\d?\b/;

/** A row's type cell naming an SSN. */
const SSN_TYPE_CELL = /^(?:SSN|SS#?|social security)$/i;

export const usSsn: ClassifierDef = {
  id: 'us-ssn',
  name: 'US Social Security Number',
  description:
    'US Social Security Numbers (AAA-GG-SSSS, with dashes, spaces, dots or none) whose area, group and serial can be assigned. A lone number needs supporting information: "SSN", a date of birth, a name, an address or a second SSN.',
  context: [
    'ssn',
    // An HR system's national identifier, a US employee's SSN ("EMPID|LNAME|FNAME|NATIONAL_ID|…").
    'national id',
    'national_id',
    'national identifier',
    's.s.n',
    's-s-n',
    'ssns',
    'ss#',
    'ssn#',
    'social',
    'social security',
    'social security number',
    // The card it is printed on: "card" alone labels a payment card.
    'social security card',
    'social security card number',
    'ss card',
    // Typed in a hurry.
    'socail security',
    'social securty',
    'socail',
    'scoial',
    // A payroll sheet's column ("emp   soc   hrs   rate").
    'soc',
    'soical',
    'socal',
    'social sec #',
    'soc sec',
    'soc. sec',
    'social sec',
    'ss no',
    // In Spanish.
    'seguro social',
    'numero de seguro social',
    // In French typed without its accents ("numero de securite sociale").
    'securite sociale',
    // A deal jacket's shorthand: "ss 542306326 / dl S72888335".
    'ss',
    // The services' Social Security Account Number ("SSAN: 204-57-2116").
    'ssan',
    'taxpayer',
    // A taxpayer identification number in an SSN's layout is the person's SSN.
    'tin',
    'taxpayer identification number',
    'tax identification number',
    'tax id',
    // The form that asks for it, as a payee's number is named: "from the W-9 you gave us: 061924638".
    'w-9',
  ],
  // The words that name an SSN alone, not any taxpayer's number: an 8-digit value (a leading zero
  // a spreadsheet dropped) counts only beside one of them.
  ownWords: ['ssn', 'ssns', 'ss#', 'ssn#', 'social security', 'social security number', 'soc sec', 'social sec #', 'ss no'],
  // (And a casino's licences, in an SSN's layout: "Gaming licence on the report cover: 219-21-5930".)
  // (An employer's, an estate's or a trust's tax number is no person's: "estate EIN 754715763".)
  negative: [
    ...NUMBER_NEGATIVES,
    'phone',
    'tel',
    'gaming license',
    'gaming licence',
    'employee license',
    'employee licence',
    'ein',
    'fein',
    'employer identification number',
    // A lease's own number, and a routing number named so ("had your routing as 020793312").
    'lease',
    'routing',
    // A household move's registration number (its file), printed as a mover prints it; and a
    // payroll file's employee number ("emp #: 619301711").
    'registration no',
    'registration #',
    'emp #',
    'emp id',
    // An escrow's and a property exchange's own files, numbered in an SSN's layout by title
    // companies and exchange intermediaries ("Exchange: 496-25-4374", "(escrow 450-61-9796)").
    'exchange',
    'escrow',
  ],
  // An SSN is written where an ITIN is asked for, as on the forms that ask for either ("SSN/ITIN:
  // 517-13-2202"): its area says it is no ITIN.
  kin: 'us-itin',
  // (Nor a number another country's nationality follows: "417858044 (British)" is a passport.)
  // (Nor, with no word of its own, one number down a column, row after row: an employer's account
  // beside each claimant, a plan's number beside each member.)
  // (Nor, with no word of its own, a number an expiry date follows: a document's.)
  heldElsewhere: (text, start, end, header, _ix, _after, words) =>
    organisationTin(text, start) ||
    countryAfter(text, end) ||
    (words.length === 0 && expiresAfter(text, end)) ||
    fileNamedBefore(text, start) ||
    registrationNamedBefore(text, start) ||
    (header !== null && words.length === 0 && repeatedOnRows(text, start, end)),
  // A row's type cell beside the value's names it where the column's header says only "ID"
  // ("specimen_id,donor_id,id_type,…\n9319760,661-76-3896,SSN,…").
  // (So does a beneficiary identification code right after it: Social Security's claim number is
  // the wage earner's SSN and the code, "Claim no. 182-11-9429 (BIC B)".)
  namedBeside: (ix, start, end) =>
    SSN_TYPE_CELL.test(typeCellAfter(ix.text, end) ?? '') || SSN_TYPE_CELL.test(typeCellBefore(ix.text, start) ?? '')
      ? 'ssn'
      : BIC_AFTER.test(ix.text.slice(end, end + 12))
        ? 'BIC'
        : null,
  contextScore: 80,
  pairWithin: 200,
  supporting: personDetails,
  find(ix, _ctx, out) {
    forEachNumber(ix, LAYOUTS, (m) => {
      // Eight digits, as a spreadsheet shows an SSN of an area under 100 stored as a number: one
      // only in a column its header names so ("SSN" over "91776985"; in a sentence, eight digits
      // are as often an SSN mistyped).
      if (m.count === 8) {
        if (ssnProblem(`0${m.digits}`) !== null || !headedBy(ix, m.start, m.end, SSN_HEADER)) return false;
        out.add(m.start, m.end, 3, ZERO_DROPPED, 'area, group and serial are assignable with the zero', 'own');
        return true;
      }
      const problem = ssnProblem(m.numbers, m.at);
      if (problem || (m.layout.sizes[0] === 5 && afterPlace(ix.text, m.start))) return false;
      const grouped = m.layout.sizes.length === 3;
      // Split where no one splits an SSN (5-4 is a ZIP+4's and a health plan's group's shape,
      // 3-6 a claim's), it is one only beside its words.
      const oddlySplit = m.layout.sizes.length === 2;
      // Nine digits run together are any system's number: beside a date or a name they are still
      // a claim's, a record's, a permit's; only an SSN's word, or an SSN nearby in its own layout
      // or already found on its word (a column of them under one "SSN"), makes them one.
      out.add(
        m.start,
        m.end,
        grouped ? 5 : 3,
        describeNumber(m),
        'area, group and serial are assignable',
        oddlySplit ? true : grouped ? false : 'kin',
      );
      return true;
    });
    // A form's comb of boxes ("416       24       7182"), beside its own words only.
    const { tokens, from, to } = tokensOfShape(ix, FIRST_BOX);
    for (let j = from; j < to; j++) {
      const k = tokens[j];
      const end = ssnCombEnd(ix, k);
      if (end < 0) continue;
      const digits = `${ix.text.slice(ix.tokStart[k], ix.tokEnd[k])}${ix.text.slice(ix.tokStart[k + 1], ix.tokEnd[k + 1])}${ix.text.slice(ix.tokStart[k + 2], end)}`;
      if (ssnProblem(digits) === null)
        out.add(ix.tokStart[k], end, 5, "3-2-4 in a form's boxes", 'area, group and serial are assignable', true);
    }
  },
};
