/**
 * A value its writer says is not real: "The old number (580) 555-0181 in the wiki is a
 * placeholder", "our sample form shows … as a placeholder", "dummy card 4000 0000 0000 0002".
 * Read in the value's own sentence, close after it or right before it.
 */
import type { TextIndex } from './index-model.ts';
import { isDigit } from './char-codes.ts';
import { triggerNear } from './trigger-near.ts';
import { PARAGRAPH_BEFORE, paragraphAround } from './paragraph-around.ts';
import { NOT_REAL_TRIGGER, registry } from '../classifiers/registry.ts';

/** After the value: what it "is" (a placeholder, fictional, not real, "the CMS sample number") or stands "as", in its own clause. */
const SAID_AFTER =
  /^[^.!?\n,;]{0,24}?\b(?:(?:is|was|are|were)\s+(?:(?:just|only|a|an)\s+){0,2}(?:placeholders?|fictional|fictitious|dummy|fake|made[- ]up|not real)|(?:is|was|are|were)\s+(?:just\s+|only\s+)?(?:the|a|an)\s+(?:[A-Za-z]{2,12}\s+)?(?:sample|example|test|dummy)\s+(?:numbers?|values?|ids?)|(?:as|for)\s+(?:a\s+)?placeholder)\b/i;
/**
 * Or that it fails its check, in its own clause: "the number on the referral, 446 491 5356, does
 * not pass the check digit", "routing …, which failed validation", "was rejected by our bank's
 * validation". A value whose check digit fails is no identifier of its kind (a declined card is
 * still a card: "declined" is not read).
 */
const FAILS_CHECK =
  /^[^.!?\n;]{0,24}?\b(?:(?:does\s+not|doesn't|did\s+not|didn't|fails?|failed|failing)\s+(?:even\s+)?(?:to\s+)?(?:pass\s+)?(?:the\s+|its\s+|our\s+)?(?:[A-Z]{2,4}\s+)?(?:check[- ]?digit|checksum|validation|verification)|(?:was|were|got)\s+rejected\s+by\s+(?:the|our)\s+(?:\w+'s\s+)?(?:validation|verification|check))/i;
/** In brackets right after it, on its line: "(demo number in this template)", "(sample)", "(fictional)". */
const BRACKET_AFTER = /^[ \t]*\(\s*(?:a\s+)?(?:demo|sample|example|placeholder|fictional|fictitious|dummy|fake)\b/i;
/**
 * Right before the value: a word that makes it an illustration ("placeholder SSN 000-…", "dummy
 * card …", a processor's "QA card 4242…", "Example number for training only: …"; an example
 * alone may be a real one). (Not a drug's sample, its code or where it is sent: "Sample NDC:
 * 1485-9206-10", "Fax sample requests to 914-351-0551".)
 */
const SAID_BEFORE =
  /\b(?:placeholder|dummy|fictional|fictitious|made[- ]up|sample(?!\s+(?:ndc|lots?)\b)|demo|(?:qa|sandbox)\s+cards?)(?:\s+(?!(?:to|at|from|via)\b)[a-z#]{1,12}){0,2}\s*[:=]?\s*$/i;
/** A number's format shown by what its numbers look like ("Exchange confirmations look like 863-687-2207"; an address so shown is one). */
const LOOKS_LIKE = /\blooks? like(?: this)?\s*:?\s*$/i;
/** An example given for training, right before the value (an example alone may be a real one). */
const EXAMPLE_FOR = /\bexample(?:\s+[a-z#]{1,12}){0,2}\s+for\s+(?:training|testing|illustration)(?:\s+only)?\s*[:=]?\s*$/i;

/**
 * The words the patterns above need one of, as the keyword pass finds them (Registry.triggerWords).
 * Not "real" alone: "not real" is read only beside one of these (a common word as a trigger cost
 * the keyword pass on every text).
 */
export const NOT_REAL_WORDS = [
  'placeholder',
  'placeholders',
  'fictional',
  'fictitious',
  'dummy',
  'dummies',
  'fake',
  'made up',
  'made-up',
  'demo',
  'sample',
  'example',
  // A payment processor's test card: "the QA card 4111111111111111 from the site's own test orders".
  // (Not "test card": a word "test" of any kind before a card's word.)
  'qa card',
  'sandbox card',
  // A format shown by what its values look like ("Exchange confirmations look like 863-687-2207").
  'look like',
  'looks like',
  // A value said to fail its check.
  'check digit',
  'check-digit',
  'checksum',
  'validation',
  'verification',
] as const;

/** How far before and after a value the words calling it not real are read. */
const BEFORE = 40;
const AFTER = 64;

/** A number's first character: a digit, its area code's bracket or its country code's plus. */
const isNumberStart = (c: number): boolean => (c >= 48 && c <= 57) || c === 40 || c === 43;

/** Whether `before` ends in an example given for training (read only when it says " for "). */
const exampleFor = (before: string): boolean => before.includes(' for ') && EXAMPLE_FOR.test(before);

/** The exchange and lines set aside for fiction (555-0100 to 555-0199), at a phone number's end. */
const FICTIONAL_LINE = /555[-. ]?01\d\d$/;
/**
 * Words in a paragraph that speak of test or made-up data: an example given ("e.g."), a test or
 * training script, a demo, a sandbox, a role play, a seed record, the fictional range itself, a
 * format shown ("Phone number format: (708) 555-0179"), or a number that rings nowhere. (Not inside
 * a host's or a path's name: "x.example.com/api?phone=…".)
 */
const FICTION_CUE =
  /\be\.g\.|\b(?<![.@/])(?:for (?:example|instance)|examples?|tests?|testing|training|demo|samples?|fake|dummy|fictional|fictitious|placeholders?|qa|sandbox|role[- ]?play|practice|seed|mock|never real|not real|rings nowhere|(?:does not|doesn't|didn't|did not) ring|555-01xx|(?:number )?format)\b(?![.@/]\w)/i;

/**
 * Whether the value at [start, end) is a phone number in the range set aside for fiction in a
 * paragraph that speaks of test or made-up data ("Enter phone numbers with area code, e.g. (303)
 * 555-0181", "IVR test script: QA calls 509.555.0102"). (Plainly given, such a number is still
 * read as the phone it is written as: "My US number is (415) 555-0132"; and an example of another
 * kind may be a real one: "a more specific code (e.g. M54.16)".)
 */
function fictionalExample(text: string, start: number, end: number): boolean {
  if (end - start < 8 || !FICTIONAL_LINE.test(text.slice(end - 8, end))) return false;
  // (The number itself holds no cue: its paragraph is read as it stands.)
  return FICTION_CUE.test(paragraphAround(text, start, end, PARAGRAPH_BEFORE, PARAGRAPH_BEFORE));
}

/** The digits one counts: a value whose digits, past its leading zeros, run so is a placeholder. */
const COUNTING = '1234567890';
/** Fewest digits of such a run that make a placeholder ("000123456789", a payment sandbox's test account). */
const MIN_COUNTING = 8;

/** Whether the value at [start, end) is zeros, then digits counted from 1, at least MIN_COUNTING of them ("000123456789"). */
function countingDigits(text: string, start: number, end: number): boolean {
  let p = start;
  let zeros = 0;
  for (; p < end && (text.charCodeAt(p) === 48 || !isDigit(text.charCodeAt(p))); p++) if (text.charCodeAt(p) === 48) zeros++;
  // (Zeros first: "123456789" alone is as often a form's example as a value, and read so elsewhere.)
  if (zeros === 0) return false;
  let n = 0;
  for (; p < end; p++) {
    const c = text.charCodeAt(p);
    if (!isDigit(c)) continue;
    if (n >= COUNTING.length || c !== COUNTING.charCodeAt(n)) return false;
    n++;
  }
  return n >= MIN_COUNTING;
}

/**
 * Whether the writer says the value at [start, end) is a placeholder, fictional, a dummy or fails
 * its check. Read only where the keyword pass saw one of NOT_REAL_WORDS near it (`after`: the first
 * keyword hit at or after the value).
 */
export function calledNotReal(ix: TextIndex, after: number, start: number, end: number): boolean {
  if (fictionalExample(ix.text, start, end) || countingDigits(ix.text, start, end)) return true;
  if (!triggerNear(ix, registry().triggerWords, NOT_REAL_TRIGGER, after, start - BEFORE, end + AFTER)) return false;
  const text = ix.text;
  const following = text.slice(end, end + AFTER);
  return (
    SAID_AFTER.test(following) ||
    BRACKET_AFTER.test(following) ||
    FAILS_CHECK.test(following) ||
    SAID_BEFORE.test(text.slice(Math.max(0, start - BEFORE), start)) ||
    (isNumberStart(text.charCodeAt(start)) && LOOKS_LIKE.test(text.slice(Math.max(0, start - BEFORE), start))) ||
    exampleFor(text.slice(Math.max(0, start - BEFORE), start))
  );
}
