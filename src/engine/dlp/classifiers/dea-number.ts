/** DEA Registration Number: registrant-type letter, a letter (or 9), seven digits with the DEA check digit. */
import type { ClassifierDef } from './types.ts';
import { deaChecksum } from '../scan/checksums.ts';
import { shapeSet, tokensOfShape } from '../scan/chain-shapes.ts';
import { isLetter } from '../scan/char-codes.ts';
import { caseAt, ESCAPE, LOWER_CASE, NUMBER_NEGATIVES } from './common.ts';
import { oncePerText } from '../scan/once-per-text.ts';

/** Only 9-character tokens can be a DEA number. */
/** Nine characters starting with letters. */
const NINE_WITH_LETTERS = shapeSet(
  () => false,
  (length) => length === 9,
);

const DEA = /^([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{7})$/;
/**
 * Words of the mail a DEA number lives in: prescribing, pharmacies, drugs, clinicians, patients.
 * Two letters and seven digits pass its check digit one time in ten: a knowledge-base article's
 * ("KB7773698"), a booking's, a bill of lading's.
 */
const PRESCRIBING =
  /\b(?:dea|prescri\w*|pharmac\w*|controlled|schedule (?:ii|iii|iv|v)|rx[a-z]?|clinic\w*|physicians?|doctors?|dr|md|np|dds|dvm|hospitals?|medications?|opioids?|suboxone|buprenorphine|ketamine|morphine|fentanyl|narcotics?|patients?|registrants?|practitioners?|providers?|npi|ndc|drugs?|mg|mcg|tablets?|capsules?|refills?)\b/i;
/** Fewest characters of mail that may say what it is about (a shorter text is a value or two, a line of a form). */
const SAYS_ITS_TOPIC = 120;
/** Whether a text speaks of prescribing or health at all, or is too short to say (asked once per text). */
const speaksOfPrescribing = oncePerText((text) => text.length < SAYS_ITS_TOPIC || PRESCRIBING.test(text));

/** A DEA number typed in lower case starts so: both letters lower case, or a letter and 9. */
const LOWER_START = /^[a-z][a-z9]/;

export const deaNumber: ClassifierDef = {
  id: 'dea-number',
  name: 'DEA Registration Number',
  description:
    "US Drug Enforcement Administration registration numbers: a registrant-type letter, the registrant's initial (or 9 for mid-level practitioners) and seven digits whose last is the DEA check digit.",
  context: [
    'dea',
    'dea number',
    'dea#',
    'dea registration',
    'registration number',
    'prescriber',
    'controlled substance',
    'certificate',
    'certificate number',
  ],
  // A lot's, a kit's or a batch's code is two letters and seven digits too, and one in ten passes
  // the check digit ("Lot MF4808880").
  // (A passport's letter and eight digits may pass the check as "letter and 9": "passport of
  // Mexico only: G97600112".)
  negative: [...NUMBER_NEGATIVES, 'lot', 'lots', 'kit', 'kits', 'passport', 'passports', 'pasaporte'],
  contextScore: 85,
  checksum: true,
  find(ix, _ctx, out) {
    const { text } = ix;
    const { tokens, from, to } = tokensOfShape(ix, NINE_WITH_LETTERS);
    for (let j = from; j < to; j++) {
      const k = tokens[j];
      const s = ix.tokStart[k];
      if (ix.tokEnd[k] - s !== 9 || ix.tokDigits[k] < 7) continue;
      const typed = caseAt(text, s);
      if (typed === ESCAPE || !isLetter(text.charCodeAt(s))) continue;
      const raw = text.slice(s, s + 9);
      // Typed all in lower case ("al3417816") it reads the same, but counts only beside a DEA word.
      const lower = typed === LOWER_CASE && LOWER_START.test(raw);
      const m = DEA.exec(lower ? raw.toUpperCase() : raw);
      if (!m || !deaChecksum(m[3])) continue;
      // (In mail that speaks of no prescribing or health at all, only beside its own words.)
      out.add(
        s,
        s + 9,
        40,
        'two letters (or letter and 9) and seven digits',
        `registrant type ${m[1]}; DEA check digit valid`,
        lower || !speaksOfPrescribing(text),
      );
    }
  },
};
