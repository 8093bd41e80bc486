/** ICD-10-CM diagnosis code: letter, digit, alphanumeric, optionally a dot and up to four more characters. */
import type { CandidateSink, ClassifierDef } from './types.ts';
import type { TextIndex } from '../scan/text-index.ts';
import { CLAUSE_NEGATIVES } from './common.ts';
import { healthTerms } from './health-terms.ts';
import { SEP_DOT } from '../scan/text-index.ts';
import { shapeSet, tokensOfShape } from '../scan/chain-shapes.ts';
import { keptList } from '../scan/kept-list.ts';
import { oncePerText } from '../scan/once-per-text.ts';
import { isAlnum, isDigit, isLower, isUpper } from '../scan/char-codes.ts';

/** A code token (before any dot) is 3–7 characters, starting with a letter. */
const CODE_START = shapeSet(
  () => false,
  (length) => length >= 3 && length <= 7,
);

/** A category: a letter and two digits, or one of the four with a letter third (C4A, D3A, M1A, Z3A). */
// (U is kept for emergency use: ICD-10-CM has U07, COVID-19 and vaping, and U09, post-COVID.
// ICD-10-CM has no T08–T13, WHO's injuries by limb: "Tender at T12" is a vertebra.)
const CATEGORY = /^(?:(?!T0[89]|T1[0-3])[A-TV-Z]\d\d|U0[79]|C4A|D3A|M1A|Z3A)$/;
const SOLID = /^(?:(?!T0[89]|T1[0-3])[A-TV-Z]\d\d|U0[79]|C4A|D3A|M1A|Z3A)[0-9A-Z]{1,4}$/;
/** "X12" the healthcare EDI standard, not the category: "ASC X12", "the X12 interface", "X12 837". */
const EDI_BEFORE = /(?:asc|ansi|hipaa)[ -]$/i;
const EDI_AFTER = /^[ -](?:\d{3}\b|interface|edi\b|file|feed|transaction|format|standard|message|segment|loop)/i;
/** A vitamin's name has a category's layout ("Vitamin B12 735 pg/mL", "vitamin D3"). */
const VITAMIN_BEFORE = /vitamin $/i;
const isVitamin = (text: string, s: number): boolean => VITAMIN_BEFORE.test(text.slice(Math.max(0, s - 8), s));
const isEdiStandard = (text: string, s: number, e: number): boolean =>
  text.startsWith('X12', s) && (EDI_AFTER.test(text.slice(e, e + 13)) || EDI_BEFORE.test(text.slice(Math.max(0, s - 6), s)));
const EXTENSION = /^[0-9A-Z]{1,4}$/;

/**
 * Whether a code's seventh character may be what it is: a letter anywhere (an encounter's, a
 * fracture's healing: "S72.001A"); a digit only in the chapters that number one — diabetes' eye
 * (the eye, "E11.3211"), glaucoma (its stage, "H40.1131"), obstetrics (the fetus, "O36.5930"),
 * the coma scale (when taken, "R40.2112"), chronic gout (its tophus, "M1A.0110") and the Z codes.
 * Seven characters ending in a digit under another letter are another system's number: a medical
 * record number, a group number ("M691814", "group G893972").
 */
const seventhAllowed = (code: string): boolean =>
  code.length < 7 || !isDigit(code.charCodeAt(code.length - 1)) || NUMBERED_SEVENTH.test(code);
const NUMBERED_SEVENTH = /^(?:[EHORZ]|M1A)/;

/**
 * A dotted code typed in lower case ("j45.909", "g47.33"): read as in capitals, and only near
 * health words. Not "v": "v12.3" is a version.
 */
function lowerCaseDotted(ix: TextIndex, k: number, out: CandidateSink): void {
  const { text } = ix;
  const s = ix.tokStart[k];
  const e = ix.tokEnd[k];
  if (e - s !== 3 || text.charCodeAt(s) === 118 || ix.link[k] !== SEP_DOT || ix.link[k + 1] === SEP_DOT) return;
  if (!CATEGORY.test(text.slice(s, e).toUpperCase())) return;
  const ext = text.slice(ix.tokStart[k + 1], ix.tokEnd[k + 1]);
  if (!LOWER_EXTENSION.test(ext)) return;
  out.add(s, ix.tokEnd[k + 1], 10, 'category, dot, subcategory, in lower case', 'ICD-10 letter and digit layout', true);
}

const LOWER_EXTENSION = /^[0-9a-z]{1,4}$/;

/** An X12 diagnosis qualifier and its component separator right before a code ("ABK:", "ABF:", "BK:"). */
const X12_QUALIFIER_BEFORE = /(?:^|[^A-Z])(?:ABK|ABF|ABJ|ABN|APR|BK|BF|BJ):$/;

/** "ICD10" (or "icd10cm") written as one word is a token, not the keyword "icd": read just before the code. */
const ICD_TOKEN = /icd-?10(?:-?cm)?\W{0,3}$/i;
const NO_LABEL: string[] = [];

function icdLabelBefore(text: string, start: number): string[] {
  const before = text.slice(Math.max(0, start - 12), start);
  if (ICD_TOKEN.test(before)) return keptList('labelled "ICD10"');
  // (Or an X12 diagnosis qualifier, as a claim's HI element or a log of it writes one: "hi=ABK:G43909".)
  if (X12_QUALIFIER_BEFORE.test(before)) return keptList('after an X12 diagnosis qualifier');
  // (Or the classification's own wording right before it, "nausea with vomiting, unspecified (R11.2)":
  // read here, not as a keyword, which would name the words after it a diagnosis's.)
  return UNSPECIFIED_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ? keptList('after "unspecified"') : NO_LABEL;
}

/** The classification's "unspecified" closing a description right before its code. */
const UNSPECIFIED_BEFORE = /\bunspecified[,;:]?\s*[(\-–]?\s*$/i;

/** Whether a hyphen and a digit follow `e`: the code goes on as a longer number ("E43-618", "claim W92538-560"). */
const gluedToNumber = (text: string, e: number): boolean => text.charCodeAt(e) === 45 && isDigit(text.charCodeAt(e + 1));

/**
 * Whether a 3-character category ending at `e` goes on as something else: a hyphen and digits
 * (an error or part code, "E43-618"), or a postcode's second half ("M5H 2N2" in Canada, "B33 8TH"
 * in the UK). A range of codes is written with letters on both sides ("E08-E13").
 */
function continuesOtherwise(text: string, e: number): boolean {
  const c = text.charCodeAt(e);
  if (c === 45) return gluedToNumber(text, e);
  if (c !== 32) return false;
  const a = text.charCodeAt(e + 1);
  const b = text.charCodeAt(e + 2);
  const d = text.charCodeAt(e + 3);
  const after = text.charCodeAt(e + 4);
  return isDigit(a) && isUpper(b) && (isDigit(d) || isUpper(d)) && !(isDigit(after) || isUpper(after) || isLower(after));
}

/**
 * Whether the code at [s, e) is the middle group of a longer identifier, joined by hyphens to
 * letters or digits on both sides: a Medicare number's "7RM6-T66-UU25".
 */
const middleGroup = (text: string, s: number, e: number): boolean =>
  text.charCodeAt(s - 1) === 45 && isAlnum(text.charCodeAt(s - 2)) && text.charCodeAt(e) === 45 && isAlnum(text.charCodeAt(e + 1));

/** Words that say a code is a diagnosis: a procedure code's shape needs one of them (PROCEDURE_SHAPE). */
const DIAGNOSIS_WORDS = [
  'icd',
  'diagnosis',
  'diagnosed',
  'dx',
  'diagnostic code',
  'diagnosis code',
  'condition',
  'conditions',
  'prescribed for',
  'treated for',
  'history of',
  'assessment',
  // A note's assessment and plan, its impression, a problem list, a coder's "coded as".
  'a/p',
  'impression',
  'problem list',
  'coded as',
];

/**
 * A letter and four digits is an undotted diagnosis code ("E1165") and a procedure code too: a
 * HCPCS Level II code for a drug, a supply or a service ("J1885", "E0601", "G2211"), a dental CDT
 * code ("D7240"). Among health words either may stand; only a diagnosis word says which.
 */
const PROCEDURE_SHAPE = /^[A-Z]\d{4}$/;

/**
 * A claim's adjustment reason and its remark code, "CO-16/M51", "PR-1/N290" or "CARC 16/M51":
 * the remark code after the slash has a category's layout.
 */
const REMARK_BEFORE = /\b(?:CO|PR|OA|PI|CR|CARC)[- ]?\d{1,3} ?\/ ?$/;
const remarkCode = (text: string, s: number): boolean =>
  (text.charCodeAt(s - 1) === 47 || (text.charCodeAt(s - 1) === 32 && text.charCodeAt(s - 2) === 47)) &&
  REMARK_BEFORE.test(text.slice(Math.max(0, s - 10), s));

/**
 * An ACH entry's return reason, R01-R85 ("R03 - no account / unable to locate account", "return
 * code R01"): R and two digits, a symptom's category's layout.
 */
const ACH_REASON_AFTER =
  /^\s*(?:[-–:(=]\s*)?"?\s*(?:insufficient|nsf|account closed|no account|unable to locate|invalid account|unauthori[sz]ed|returned per|authori[sz]ation revoked|payment stopped|stop payment|uncollected|customer advises|account frozen|non-transaction|invalid individual|routing number|check digit|(?:representative payee|beneficiary) deceased)/i;
const ACH_RETURN_BEFORE = /\b(?:return|returned)\s+(?:code|reason)s?\s*(?:of|was|is|:|=)?\s*"?$/i;
const achReturnCode = (text: string, s: number, e: number): boolean =>
  text.charCodeAt(s) === 82 && (ACH_REASON_AFTER.test(text.slice(e, e + 40)) || ACH_RETURN_BEFORE.test(text.slice(Math.max(0, s - 24), s)));

/**
 * A transplant's HLA typing, antigens by locus after "HLA" on its line ("HLA: A1,A24; B44,B35;
 * DR1,DR15"): an A or B antigen has a category's layout.
 */
const HLA_BEFORE = /\bHLA(?:[- ]typing)?\s*:?\s*(?:(?:A|B|C|Cw|DR|DQ|DP)\*?\d{1,3}\s*[,;/]\s*)*$/;
/** Most characters of a typing read back for its "HLA". */
const HLA_REACH = 60;
const hlaAntigen = (text: string, s: number): boolean => HLA_BEFORE.test(text.slice(Math.max(0, s - HLA_REACH), s));

/** Mail about HL7's patient administration messages, whose events are A01 to A62 ("ADT^A08", an MSH segment). */
const ADT_MAIL = /\bADT\b|(?:^|\n)MSH\|/;

/** Whether the text is mail about ADT messages (asked once per text: a long text's blocks each ask). */
const isAdtMail = oncePerText((text) => ADT_MAIL.test(text));

/** A place's word right before a code: a room is "in", "at" or a room's own word. */
const PLACE_BEFORE = /(?:^|[^a-z])(?:in|at|room|rm\.?)[ \t]$/i;

/** Where a dot and one to four capitals after a category end ("F32.A"), or -1. */
function letterExtensionEnd(text: string, e: number): number {
  if (text.charCodeAt(e) !== 46) return -1;
  let p = e + 1;
  while (p < e + 6 && isUpper(text.charCodeAt(p))) p++;
  return p > e + 1 && p <= e + 5 && !isAlnum(text.charCodeAt(p)) ? p : -1;
}

/** A quantity right after a code: a billed item's line ("V5275 x2  ear impression"), no diagnosis. */
const QUANTITY_AFTER = /^ {1,2}[x×]\d{1,3}\b/;

export const icd10: ClassifierDef = {
  id: 'icd-10',
  name: 'ICD-10 Diagnosis Code',
  description:
    'ICD-10-CM diagnosis codes such as E11.9 or S72.001A: a letter, a digit and a letter or digit, optionally a dot and up to four more characters. Codes without the dot look like product codes, so they count only near diagnosis words.',
  // Its own words, and the vocabulary of health information: a code is one only among them.
  context: [
    ...DIAGNOSIS_WORDS,
    'billed',
    'fracture',
    'injury',
    'pain',
    'disease',
    'disorder',
    'syndrome',
    'infection',
    'chronic',
    'acute',
    'symptoms',
    'admitted',
    'discharged',
    'encounter',
    'claim',
    // A coder's and a patient's words for the codes: "coded I25.10", "the diag code", "my doctor
    // said the codes were". (Not "diag" alone: a repair shop's diagnostic fee.)
    'coded',
    'diag code',
    'doctor',
    'physician',
    'bloodwork',
    // Conditions as a note or a school's health plan names them beside their code ("epilepsy,
    // unspecified (G40.909)", "essential hypertension (I10)", "pressure ulcer (L89.153)").
    'epilepsy',
    'seizure',
    'seizures',
    'asthma',
    'hypertension',
    'migraine',
    'anxiety',
    'copd',
    'pneumonia',
    'arthritis',
    'dementia',
    'obesity',
    'apnea',
    'ulcer',
    'anemia',
    'fibrillation',
    'heart failure',
    'stroke',
    'concussion',
    'adhd',
    'autism',
    ...healthTerms.terms!.filter((t) => !t.caseSensitive).map((t) => t.text),
  ],
  ownWords: DIAGNOSIS_WORDS,
  // (A Medicare contractor's coverage determination, "LCD L33800", has the undotted layout.)
  // The codes of the revisions before it ("ICD-9 V62.89", "DSM-IV 300.4") share its layout.
  // (Nor a health plan's group number: "Group: A55636".)
  negative: [
    ...CLAUSE_NEGATIVES,
    'lcd',
    'icd-9',
    'icd 9',
    'icd-9-cm',
    'dsm-iv',
    'dsm iv',
    'group:',
    'group #',
    'group no',
    'group number',
    'grp',
    // A report's statistics of codes, no one's diagnosis ("invalid diagnosis  179  (most common:
    // G43.9, J45.90)", "most frequent remark codes N290 and N30").
    'most common',
    'most frequent',
    // A coding system's name, HL7's for ICD-10 among them ("DG1-3 coding system I10", "resend coded in I10").
    'coding system',
    'coded in',
    // A clinician's and a patient's numbers with Medicare and Medicaid, in a code's layout
    // ("Medicare PTAN ......... J27241E", "UPIN (legacy) ......... Y80728", "Medicaid number (NY) . D237327").
    'ptan',
    'upin',
    'medicaid number',
    'medicaid no',
    'medicaid id',
    // A bank's code for a returned payment ("return code R02 (account closed)").
    'return code',
    'return reason',
  ],
  // A service's procedure code under a diagnosis line ("Dx: F70\nService: H2019"): a word of this
  // classifier's only (a phone's line says "Service:" too).
  quietNegative: ['service:'],
  contextScore: 75,
  supporting: icdLabelBefore,
  find(ix, ctx, out) {
    const { text } = ix;
    const { tokens, from, to } = tokensOfShape(ix, CODE_START);
    // Whether the text holds none of its words (asked once, at its first dotted code).
    let healthless: boolean | undefined;
    // Whether the text speaks of HL7's patient administration messages (asked at its first A code).
    let adtMail: boolean | undefined;
    // A dotted code takes the token after it too.
    let next = 0;
    for (let j = from; j < to; j++) {
      const k = tokens[j];
      if (k < next) continue;
      const s = ix.tokStart[k];
      const e = ix.tokEnd[k];
      const c = text.charCodeAt(s);
      if (isLower(c)) {
        lowerCaseDotted(ix, k, out);
        continue;
      }
      // (Nor a library call number's Cutter number after its dot: "call no. F116.7 .G42".)
      if (c < 65 || c > 90 || e - s < 3 || e - s > 7 || text.charCodeAt(s - 1) === 46) continue;
      const t = text.slice(s, e);
      if (CATEGORY.test(t)) {
        if (isEdiStandard(text, s, e) || isVitamin(text, s)) continue;
        const extension = ix.link[k] === SEP_DOT ? text.slice(ix.tokStart[k + 1], ix.tokEnd[k + 1]) : '';
        const dotted = ix.link[k] === SEP_DOT && EXTENSION.test(extension) && ix.link[k + 1] !== SEP_DOT && seventhAllowed(t + extension);
        // A dot followed by more digits and dots is a version or an address, not a code.
        if (dotted) {
          // Clause, seat and model numbers share the layout: their words (section, seat…) are negative.
          // In mail that speaks of no health at all it needs its words beside it: a freezer's boxes,
          // a part's revisions and a seat's rows share the layout ("Affected boxes: B21.3").
          // (A place's preposition right before it makes it a room's, among health words too: "Low
          // snack box in J32.120", "the locked cabinet in C36.82"; a diagnosis word must name it.)
          out.add(
            s,
            ix.tokEnd[k + 1],
            10,
            'category, dot, subcategory',
            'ICD-10 letter and digit layout',
            PLACE_BEFORE.test(text.slice(Math.max(0, s - 6), s))
              ? 'own'
              : (healthless ??= ctx.contextHits().length === 0) && icdLabelBefore(text, s) === NO_LABEL,
          );
          next = k + 2;
        } else if (letterExtensionEnd(text, e) > 0) {
          // Letters alone after the dot ("F32.A", "T07.XXXA"): beside a diagnosis word only.
          out.add(s, letterExtensionEnd(text, e), 5, 'category, dot, subcategory', 'ICD-10 letter and digit layout', true);
        } else if (
          // A dot after it ends a sentence, not the category ("… E11.", "HTN, I10. Plan: …").
          (text.charCodeAt(e) !== 46 || !isAlnum(text.charCodeAt(e + 1))) &&
          // (Nor an HL7 event's code in mail about the interface: "send us an A08", "this morning's A04 messages".)
          !(c === 65 && (adtMail ??= isAdtMail(text))) &&
          (k === 0 || ix.link[k - 1] !== SEP_DOT) &&
          !continuesOtherwise(text, e) &&
          !middleGroup(text, s, e) &&
          !remarkCode(text, s) &&
          !achReturnCode(text, s, e) &&
          !((c === 65 || c === 66) && hlaAntigen(text, s))
        ) {
          out.add(s, e, 5, '3-character category', 'ICD-10 letter and digit layout', true);
        }
      } else if (
        SOLID.test(t) &&
        seventhAllowed(t) &&
        !remarkCode(text, s) &&
        !middleGroup(text, s, e) &&
        !gluedToNumber(text, e) &&
        !QUANTITY_AFTER.test(text.slice(e, e + 6))
      ) {
        // (Nor a billed item's code, its quantity after it: "V5264 x2  ear mold/insert".)
        // (Nor the middle group of a hyphenated reference, "claim 76-D421-598X", nor its first: "claim W92538-560".)
        // (After an X12 diagnosis qualifier, as a claim's HI element or a log of it writes one, it is a diagnosis: "hi=ABK:G43909".)
        const qualified = X12_QUALIFIER_BEFORE.test(text.slice(Math.max(0, s - 5), s));
        out.add(
          s,
          e,
          5,
          'code without the dot',
          'ICD-10 letter and digit layout',
          qualified ? false : PROCEDURE_SHAPE.test(t) ? 'own' : true,
        );
      }
    }
  },
};
