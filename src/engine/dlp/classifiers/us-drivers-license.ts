/** US Driver's License Number: the states' formats (letters and digits); most are plain digit runs, so context matters. */
import type { ClassifierDef } from './types.ts';
import { clinicianLicence } from './clinician-licence.ts';
import type { CandidateSink } from './types.ts';
import type { TextIndex } from '../scan/text-index.ts';
import { SEP_DASH, SEP_SPACE } from '../scan/text-index.ts';
import { allDigits, breakAfter, DASH, describeNumber, forEachNumber, layout, SPACE } from '../scan/numbers.ts';
import { isAlnum, isLower } from '../scan/char-codes.ts';
import { idTypeAbove } from '../scan/id-type-above.ts';
import { paragraphAround } from '../scan/paragraph-around.ts';
import { allSame, BARE, caseAt, ESCAPE, LOWER_CASE, NUMBER_NEGATIVES } from './common.ts';
import { shapeSet, tokensOfShape } from '../scan/chain-shapes.ts';
import { countryAfter } from './foreign-passport.ts';
import {
  codeBeforeOtherLayout,
  jsonLicenceAt,
  sevenDigitStateIn,
  stateCellBefore,
  stateNamedBeside,
  typeCellInRow,
} from './licence-states.ts';

/** State formats with letters are 8–15 characters. */
const STATE_TOKENS = shapeSet(
  () => false,
  (length) => length >= 8 && length <= 15,
);
/**
 * A letter and 12 digits written in dashed groups (Florida's A123-456-78-901-0) start with a
 * 4-character token; a letter and 8 (Virginia's A12-34-5678) with a 3-character one.
 */
const DASHED_START = shapeSet(
  () => false,
  (length) => length === 4 || length === 3,
);
/** Either case: typed in lower case ("s431-3557-7577") a grouped licence counts only beside a licence word. */
const LETTER_AND_3 = /^[A-Za-z]\d{3}$/;
const LETTER_AND_2 = /^[A-Z]\d{2}$/;
/** Seven digits standing alone: the digits of a letter-and-seven licence (CA, NY…) typed with a space ("E 3840721"). */
const SEVEN_ALONE = shapeSet((digits, chain) => digits === 7 && chain === 1);
const FOUR_TRIPLES = shapeSet(
  (digits, chain, sep, next) => digits === 3 && next === 3 && ((chain === 4 && sep === SEP_DASH) || (chain >= 4 && sep === SEP_SPACE)),
);
/**
 * Built once: layouts are parsed at load, not per scan (8 digits: Texas and others; grouped by
 * spaces as Pennsylvania prints its 8 digits, "12 345 678", and New York its 9, "123 456 789";
 * by dashes as Indiana its 10).
 */
const LAYOUTS = [
  layout('8..13'),
  layout('2-3-3', SPACE),
  layout('3-3-3', SPACE),
  layout('2-3-4', SPACE | DASH),
  // (Indiana prints its ten digits 1234-56-7890.)
  layout('4-2-4', DASH),
  layout('7'),
];
/** "9 digits" … "13 digits", shared by every finding. */
/** How far around a seven-digit value a state issuing such licences is read. */
const SEVEN_REACH = 48;
const DIGIT_PATTERNS = Array.from({ length: 14 }, (_, n) => `${n} digits`);

/** State formats that include letters (token level), with the states that issue them. */
const FORMATS: readonly { re: RegExp; states: string; specific: boolean }[] = [
  { re: /^[A-Z]\d{7}$/, states: 'CA, NY, DC, OH, RI', specific: true },
  { re: /^[A-Z]\d{8}$/, states: 'AZ, HI, KS, KY, MA, MT, NV, VA', specific: true },
  { re: /^[A-Z]\d{9,14}$/, states: 'FL, IL, IN, MD, MI, MN, NJ, OK, WI', specific: true },
  { re: /^[A-Z]{2}\d{6}[A-Z]$/, states: 'ID', specific: false },
  { re: /^\d{3}[A-Z]{2}\d{4}$/, states: 'IA', specific: false },
  { re: /^\d{2}[A-Z]{3}\d{5}$/, states: 'NH', specific: false },
  { re: /^[A-Z]{3}\d{6}$/, states: 'ND', specific: false },
  { re: /^\d{8}[A-Z]{2}$/, states: 'MO', specific: false },
  { re: /^\d{7}[A-Z]$/, states: 'ME, VT', specific: false },
  { re: /^[A-Z]\d{6}R$/, states: 'MO', specific: false },
  { re: /^[A-Z]{2}\d{6}$/, states: 'OH', specific: false },
  { re: /^WDL[A-Z0-9]{9}$/, states: 'WA', specific: true },
];

/**
 * A letter and 12 digits in dashed groups: A123-456-78-901-0 (Florida) or the letter on its own,
 * A-123-456-789-012 (Maryland, Michigan, Minnesota print them so).
 */
function dashedLetterForms(ix: TextIndex, out: CandidateSink): void {
  const { text } = ix;
  const n = ix.tokStart.length;
  const { tokens, from, to } = tokensOfShape(ix, DASHED_START);
  for (let j = from; j < to; j++) {
    const k = tokens[j];
    const s = ix.tokStart[k];
    if (ix.tokEnd[k] - s === 3) {
      virginiaForm(ix, out, k);
      continue;
    }
    // (Or spaced, as a form's boxes or a hurried writer leave it, "D388 2351 3064": beside a licence word only.)
    const sep = ix.link[k];
    if (
      (sep === SEP_DASH || sep === SEP_SPACE) &&
      k + 1 < n &&
      allDigits(ix, k + 1) &&
      LETTER_AND_3.test(text.slice(s, s + 4)) &&
      !isAlnum(text.charCodeAt(s - 1))
    ) {
      take(ix, out, k + 1, s, 3, sep, sep === SEP_SPACE || isLower(text.charCodeAt(s)));
    }
  }
  // The lone letter is no token: look before each run of four 3-digit groups joined by dashes
  // (A-123-456-789-012) or spaces (Michigan's M 123 456 789 012, which needs context).
  const runs = tokensOfShape(ix, FOUR_TRIPLES);
  for (let j = runs.from; j < runs.to; j++) {
    const k = runs.tokens[j];
    const s = ix.tokStart[k];
    const sep = ix.link[k];
    const spaced = sep === SEP_SPACE;
    if (text.charCodeAt(s - 1) !== (spaced ? 32 : 45)) continue;
    const letter = text.charCodeAt(s - 2);
    if (letter >= 65 && letter <= 90 && !isAlnum(text.charCodeAt(s - 3))) take(ix, out, k, s - 2, 0, sep, spaced);
  }
}

/**
 * Virginia's letter and 8 digits as its licences print them, A12-34-5678, from token k: beside a
 * licence's word only (a part number may be written so).
 */
function virginiaForm(ix: TextIndex, out: CandidateSink, k: number): void {
  const { text } = ix;
  const s = ix.tokStart[k];
  if (
    k + 2 >= ix.tokStart.length ||
    ix.link[k] !== SEP_DASH ||
    ix.link[k + 1] !== SEP_DASH ||
    !allDigits(ix, k + 1) ||
    !allDigits(ix, k + 2) ||
    ix.tokDigits[k + 1] !== 2 ||
    ix.tokDigits[k + 2] !== 4 ||
    ix.link[k + 2] === SEP_DASH ||
    isAlnum(text.charCodeAt(s - 1)) ||
    !LETTER_AND_2.test(text.slice(s, s + 3))
  )
    return;
  out.add(s, ix.tokEnd[k + 2], 5, 'letter and 8 digits as A12-34-5678', 'state layout (VA)', true);
}

/**
 * Token `first` and the digit groups joined to it by `sep`, when they make 11 (IL) or 12 digits
 * with the letter's own, as a candidate from `s`. A function of its own, not a closure: a
 * closure made per scan cost this classifier more than its search.
 */
function take(ix: TextIndex, out: CandidateSink, first: number, s: number, digits: number, sep: number, spaced: boolean): void {
  const n = ix.tokStart.length;
  let k = first;
  // (A group on the next line, or in the next cell, is another value's: "… DL B 658 474 966 541\n2) Noah …".)
  do digits += ix.tokDigits[k++];
  while (k < n && digits < 13 && ix.link[k - 1] === sep && allDigits(ix, k) && !breakAfter(ix, k - 1));
  if (digits < 11 || digits > 13 || (k < n && ix.link[k - 1] === ix.link[first] && !breakAfter(ix, k - 1))) return;
  out.add(s, ix.tokEnd[k - 1], 5, `letter and ${digits} digits in groups`, 'state layout (FL, IL, MD, MI, MN, WI)', spaced);
}

/**
 * A form's ID type naming a driver's licence, maybe after its state ("ID type: DL - Michigan",
 * "ID type: Driver's license - New Jersey", "ID type: Texas driver license", "ID type: PA DL"), or
 * after the country's ("ID type: U.S. Driver License/ID Card (Texas)").
 */
const LICENCE_TYPE =
  /^(?:U\.?S\.?A?\.? )?(?:(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?) )?(?:DL|driver'?s? licen[cs]e|driving licen[cs]e)\b/i;

/**
 * The licence named by the type line of a form's identity block above its "ID number:" line
 * ("ID type: DL - Michigan\nID number: D082865473689"), as 'driver license', or null.
 */
function licenceTypeAbove(text: string, start: number): string | null {
  const type = idTypeAbove(text, start);
  return type !== null && LICENCE_TYPE.test(type) ? 'driver license' : null;
}

/** How far before a "State ID" label is read, and around the number for a school's words. */
const STATE_ID_LABEL = 24;
const SCHOOL_BEFORE = 400;
const SCHOOL_AFTER = 200;
const STATE_ID = /\bstate[ -]?id\b/i;
const DRIVER_OR_LICENCE = /\b(?:driver'?s?|licen[cs]e|DL)\b/i;
/** A school's words: its students, their plans and grades, the state's student identifiers. */
const SCHOOL_WORDS = /\b(?:students?|pupils?|IEP|504 plan|school|elementary|grade \d{1,2}|SASID|SSID|enrollment)\b/i;

/**
 * Whether the number at `start`, labelled "State ID" (right before it or by its column's header),
 * is a state's identifier for a student: every state numbers its pupils, and a school's mail
 * writes that number so ("Student: Sofia Hernandez  DOB 01/14/2010  State ID 5735806192").
 */
function studentStateId(text: string, start: number, header: readonly [number, number] | null): boolean {
  const label = header !== null ? text.slice(header[0], header[1]) : text.slice(Math.max(0, start - STATE_ID_LABEL), start);
  // (Not a form's "Driver's license / state ID": either card, no student's number.)
  if (!STATE_ID.test(label) || DRIVER_OR_LICENCE.test(label)) return false;
  return SCHOOL_WORDS.test(text.slice(Math.max(0, start - SCHOOL_BEFORE), start + SCHOOL_AFTER));
}

/** How far before a licence a mail's legal disclaimer is read. */
const DISCLAIMER_BEFORE = 120;
/** A legal disclaimer's words: the sender's business licence stands in it ("… intended solely for the addressee. Brightline Print, IL license no. 26578868."). */
const DISCLAIMER = /\b(?:intended (?:solely|only) for|addressee|privileged and confidential|confidentiality notice)\b/i;
/** Whether the licence at `start` is in a mail's legal disclaimer: the sending business's, no one's driving licence. */
const inDisclaimer = (text: string, start: number): boolean => DISCLAIMER.test(paragraphAround(text, start, start, DISCLAIMER_BEFORE, 0));

/** How far back on its line a licence's profession is read. */
const PROFESSION_BEFORE = 64;
/**
 * A profession a state licenses, named before a licence number on its line with no driver's word
 * between: "Certified Process Server No. 713 | FL Lic. C4677720", "FL Class A Agency Lic. A0693345", a
 * care facility's "Facility / license #: 3000843224", a board's "a Florida physician with license
 * ME191612".
 */
const PROFESSION =
  /\b(?:process server|private (?:investigator|detective)|investigator|detective|agency|adjuster|appraiser|notary|bail bonds?(?:man)?|security (?:guard|officer)|locksmith|recovery agent|repossession agent|facility|physician|prescriber|pharmacist|dentist|nurse|practitioner|therapist|counselor|psychologist|veterinarian|chiropractor|optometrist|podiatrist|midwife|paramedic)\b(?![^\n]*\b(?:driver|drivers|driver's|DL|CDL|DMV)\b)[^\n]*$/i;

/** Whether the licence at `start` is a profession's: its line names one before it (PROFESSION). */
function professionalLicence(text: string, start: number): boolean {
  // (Walked back at most PROFESSION_BEFORE: a search for the line's start would read back through a whole long line.)
  let from = start;
  while (from > 0 && start - from < PROFESSION_BEFORE && text.charCodeAt(from - 1) !== 10) from--;
  return PROFESSION.test(text.slice(from, start));
}

export const usDriversLicense: ClassifierDef = {
  id: 'us-drivers-license',
  name: "US Driver's License Number",
  description:
    'US driver\'s license numbers in the states\' formats: a letter followed by 7–14 digits, letter-digit mixes of specific states, or 9–13 digit runs. Digit runs are too common to count alone; a number scores near "driver\'s license", "DL" or "DMV".',
  context: [
    "driver's license",
    'driver license',
    'drivers license',
    "driver's licence",
    'driver licence',
    'driving license',
    'driving licence',
    'license',
    'licence',
    'license number',
    'licence number',
    // A police record's Operator License Number ("OLN / State: 44544721 / TX").
    'oln',
    // An operator's licence, as insurers' forms name a driver's ("MA OL# S18082128").
    'ol#',
    "operator's license",
    'operator license',
    'operators license',
    // A learner's permit and a state's ID card are numbered in its licences' series.
    'learner permit',
    "learner's permit",
    'learners permit',
    'instruction permit',
    'real id',
    'real id card',
    'star card',
    'non-driver id',
    'identification card',
    // A commercial driver's licence (a truck driver's) is a state's licence.
    'cdl',
    'cdl#',
    "commercial driver's license",
    'commercial drivers license',
    "commercial driver's licence",
    // In Spanish.
    'licencia',
    'licencia de conducir',
    'licencia de manejo',
    'lic. de conducir',
    // A state's ID card carries a number in its licences' layout.
    'state id',
    'state id card',
    'state identification',
    'dl',
    'd.l',
    'd/l',
    'dl#',
    'dln',
    'dmv',
    'lic',
    'license no',
    'driver lic',
    // Typed in a hurry: "lisence B6264302 ca", "drivers lisc #s870072358269".
    'lisence',
    'liscense',
    'liscence',
    'lisc',
    'licens',
  ],
  // Licences of other kinds, whose numbers share the states' layouts: their longer names win
  // over "license" alone as a value's label.
  negative: [
    ...NUMBER_NEGATIVES,
    'controlled substance license',
    'controlled-substance license',
    // An insurance adjuster's licence ("GA Adjuster Lic # 58387474").
    'adjuster license',
    'adjuster lic',
    'adjuster licence',
    // A motor carrier's fuel-tax licence ("IFTA license WA 89996287").
    'ifta license',
    'ifta licence',
    // A county clerk's licences and recordings ("marriage license … Instrument 2026543691").
    'marriage license',
    'marriage licence',
    'instrument',
    'medical license',
    'medical licence',
    'nursing license',
    // A nurse's or a physician's licence ("state APRN license ME153545").
    'aprn license',
    'rn license',
    'lpn license',
    'md license',
    'do license',
    'business license',
    // A state wildlife agency's licences, numbered in a driver's licence's layouts.
    'hunting license',
    'hunting licence',
    'fishing license',
    'fishing licence',
    'sporting license',
    // A county's licence for a pet, and its tag ("County license 2026  $22.00  tag L9363497").
    'license tag',
    'licence tag',
    'pet license',
    'dog license',
    'county license',
    'software license',
    'license key',
    'license plate',
    'plate',
    // A practitioner's licence on a credentialing roster: issued by a state board, not its DMV.
    'state license',
    'state licence',
    'state lic',
    'professional license',
    'pharmacy license',
    // A builder's trade licence, on a permit or a subcontractor's packet ("Contractor lic.
    // CGC1472633", "My license is Residential Builder 2407068844").
    'contractor',
    'contractor license',
    'contractor licence',
    'contractor lic',
    "contractor's license",
    'contractors license',
    'builder',
    // A tradesman's licence by its grade ("Journeyman lic. JE868190", "Master lic. MP110552"), and a
    // technician's certification ("EPA 608 Universal cert #52176608").
    // An international driving permit's number, beside a foreign licence ("plus IDP C5636711").
    'idp',
    'international driving permit',
    // A date of birth typed solid after its label ("DOB/03051977" in a records query's return).
    'dob',
    'date of birth',
    'journeyman',
    'journeyman lic',
    'journeyman license',
    'apprentice',
    'apprentice lic',
    'apprentice license',
    'master lic',
    'master license',
    'master electrician',
    'master plumber',
    'cert',
    'cert #',
    'cert no',
  ],
  // (Nor another country's document, its country in brackets after it: "G51190460 (Mexico)".)
  heldElsewhere: (text, start, end, header, _ix, _after, words) =>
    clinicianLicence(text, words) ||
    inDisclaimer(text, start) ||
    studentStateId(text, start, header) ||
    professionalLicence(text, start) ||
    countryAfter(text, end) ||
    codeBeforeOtherLayout(text, start, end),
  namedBeside: (ix, start, end, after) =>
    stateNamedBeside(ix, start, end, after) ??
    licenceTypeAbove(ix.text, start) ??
    typeCellInRow(ix, start, end, after) ??
    stateCellBefore(ix, start, end) ??
    jsonLicenceAt(ix.text, start, end),
  contextScore: 75,
  weak: true,
  find(ix, _ctx, out) {
    forEachNumber(ix, LAYOUTS, (m) => {
      if (allSame(m.numbers, m.at, m.at + m.count)) return false;
      if (m.layout.sizes.length > 1) out.add(m.start, m.end, 2, describeNumber(m), 'grouped as PA and NY print it', true);
      // Seven digits (Oregon's, Delaware's, Alaska's…) is any short number: a licence only with a
      // state that issues such numbers named around it, and a licence's word or that state beside it.
      else if (m.count === 7) {
        if (!sevenDigitStateIn(ix.text.slice(Math.max(0, m.start - SEVEN_REACH), m.end + SEVEN_REACH))) return false;
        out.add(m.start, m.end, 2, DIGIT_PATTERNS[m.count], 'length used by several states', true);
      } else out.add(m.start, m.end, 2, DIGIT_PATTERNS[m.count], 'length used by several states');
      return true;
    });
    const { text } = ix;
    const { tokens, from, to } = tokensOfShape(ix, STATE_TOKENS);
    for (let j = from; j < to; j++) {
      const k = tokens[j];
      const s = ix.tokStart[k];
      const e = ix.tokEnd[k];
      // Typed in lower case ("d1234567") it counts only beside a licence word.
      const typed = caseAt(text, s);
      if (typed === ESCAPE) continue;
      const lower = typed === LOWER_CASE;
      const t = lower ? text.slice(s, e).toUpperCase() : text.slice(s, e);
      const f = FORMATS.find((x) => x.re.test(t));
      if (!f) continue;
      // Even a state's own layout is any reference's too ("meter X48424168", "requisition
      // H10145508"): without a licence word it is a bare shape, reported only when this
      // classifier is scanned alone.
      out.add(s, e, f.specific ? BARE : 5, `state format (${f.states})`, 'letters and digits in a state layout', lower || !f.specific);
    }
    dashedLetterForms(ix, out);
    spacedLetterForms(ix, out);
    newJerseyGroups(ix, out);
    washingtonLetters(text, out);
  },
};

/** Washington's WDL and nine letters: a licence with no digit, which the index (of numbers) does not list. */
const WDL_LETTERS = /^WDL[A-Z]{9}(?![A-Za-z0-9])/;

/**
 * Washington's licences of letters only ("WDLSUPRESVBL"); those with a digit are tokens FORMATS
 * reads. Searched once per text and kept on the very string: a long text is scanned in blocks,
 * each of which asks (the scan keeps the candidates of its own block).
 */
function washingtonLetters(text: string, out: CandidateSink): void {
  if (text !== lettersText) {
    lettersText = text;
    lettersAt.length = 0;
    for (let p = text.indexOf('WDL'); p >= 0; p = text.indexOf('WDL', p + 3))
      if (!isAlnum(text.charCodeAt(p - 1)) && WDL_LETTERS.test(text.slice(p, p + 13))) lettersAt.push(p);
  }
  for (const p of lettersAt) out.add(p, p + 12, BARE, 'state format (WA)', 'letters and digits in a state layout');
}
let lettersText: string | null = null;
const lettersAt: number[] = [];

/**
 * A letter, a space and seven digits: the CA/NY layout with a space typed after the letter
 * ("E 3840721"). Counts only near a licence word; "A" and "I" are words of their own.
 */
function spacedLetterForms(ix: TextIndex, out: CandidateSink): void {
  const { text } = ix;
  const { tokens, from, to } = tokensOfShape(ix, SEVEN_ALONE);
  for (let j = from; j < to; j++) {
    const k = tokens[j];
    const s = ix.tokStart[k];
    const letter = text.charCodeAt(s - 2);
    if (ix.tokEnd[k] - s !== 7 || text.charCodeAt(s - 1) !== 32 || letter < 66 || letter > 90 || letter === 73) continue;
    if (isAlnum(text.charCodeAt(s - 3))) continue;
    out.add(s - 2, ix.tokEnd[k], 5, 'letter, space and 7 digits', 'state format (CA, NY, DC, OH, RI)', true);
  }
}

/** A letter and four digits: the first of the three groups New Jersey prints its licence in. */
const LETTER_AND_4 = /^[A-Za-z]\d{4}$/;
const FIVE_WITH_LETTERS = shapeSet(
  () => false,
  (length) => length === 5,
);

/** Whether a line or a table's cell ends after token k: a line break, a tab (breakAfter), or two spaces. */
const cellOrLineEnd = (ix: TextIndex, k: number): boolean =>
  breakAfter(ix, k) || (ix.text.charCodeAt(ix.tokEnd[k]) === 32 && ix.text.charCodeAt(ix.tokEnd[k] + 1) === 32);

/**
 * A letter and 14 digits in three groups of five, as New Jersey prints them ("R3195 05429
 * 56087"). Counts only near a licence word.
 */
function newJerseyGroups(ix: TextIndex, out: CandidateSink): void {
  const { text } = ix;
  const n = ix.tokStart.length;
  const { tokens, from, to } = tokensOfShape(ix, FIVE_WITH_LETTERS);
  for (let j = from; j < to; j++) {
    const k = tokens[j];
    // (A fourth group on its line makes it another number; a number opening the next line, or the
    // next cell of a table's row, does not.)
    if (
      k + 2 >= n ||
      ix.link[k] !== SEP_SPACE ||
      ix.link[k + 1] !== SEP_SPACE ||
      (ix.link[k + 2] === SEP_SPACE && !cellOrLineEnd(ix, k + 2))
    )
      continue;
    if (ix.tokDigits[k + 1] !== 5 || !allDigits(ix, k + 1) || ix.tokDigits[k + 2] !== 5 || !allDigits(ix, k + 2)) continue;
    const s = ix.tokStart[k];
    if (!LETTER_AND_4.test(text.slice(s, s + 5))) continue;
    out.add(s, ix.tokEnd[k + 2], 5, 'letter and 14 digits in groups of five', 'state format (NJ)', true);
  }
}
