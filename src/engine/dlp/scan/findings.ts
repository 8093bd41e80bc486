/**
 * Turning one block's index into scored findings: term hits for the word/phrase classifiers, and
 * for pattern classifiers find → dedupe → context and supporting information → score. Only
 * candidates that start in the block's owned region [own, ownEnd) become findings; the others are
 * still looked at as neighbours and dedupe partners, exactly as in a whole-text scan.
 */
import type { Finding, FindingExplanation } from '../types.ts';
import { CONTEXT, NEGATIVE, registry, type CompiledClassifier } from '../classifiers/registry.ts';
import type { TextIndex } from './text-index.ts';
import { shared } from './shared-values.ts';
import { CandidateList, NEEDS_OWN_WORDS, NEEDS_WORDS, NEEDS_WORDS_OR_KIN } from './candidates.ts';
import type { FindContext } from '../classifiers/types.ts';
import { columnHeader, rowEnd, rowStart } from './table-columns.ts';
import { sqlColumnAt } from './sql-columns.ts';
import { isAlnum, isDigit, isLetter, isLower, isUpper } from './char-codes.ts';
import { labelGap, leaderGap, MAX_LABEL_GAP } from './label-gap.ts';
import { recordFieldAt } from './record-fields.ts';
import { blankLineAt, quotedQuestionAbove } from './quoted-question.ts';
import { chatQuestionAbove } from './chat-question.ts';
import { inNumberRange } from './number-range.ts';
import { cellAbove } from './label-above.ts';
import { calledNotReal } from './not-real.ts';
import { itemEnd, listHeadingAbove, listStart, respectiveSentenceStart } from './list-start.ts';
import { keptList } from './kept-list.ts';
import { namedDateOfBirth } from './supporting.ts';
import { wordStartsAt } from './keywords.ts';
import { CLAUSE_NEGATIVES, VERSION_NEGATIVES } from '../classifiers/common.ts';

/** Per phrase id, its text in lower case (the registry's, read once). */
let lowerPhrases: readonly string[] | null = null;
const keywordLower = (id: number): string => (lowerPhrases ??= registry().keywords.lower)[id];

const DEFAULT_WINDOW = 60;
/** Shared by every finding without context words or supporting information. */
const NONE: readonly string[] = Object.freeze([]);

/**
 * A finding as a scan makes it: plain data (it is cloned to the page and stored as it is), made by
 * a constructor rather than an object literal. V8 moves an object literal whose objects outlive
 * a few young-generation collections to the old generation from then on ("pretenuring"), and a
 * scan keeps every finding to its end: that made each finding costly to make, and scans
 * alternately fast and slow as the decision flipped. Objects made by `new` are not pretenured.
 */
export class ScanFinding implements Finding {
  constructor(
    readonly classifier: string,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly score: number,
    readonly explanation: FindingExplanation,
  ) {}
}

/** A finding's explanation, made by a constructor for the same reason. */
class ScanExplanation implements FindingExplanation {
  constructor(
    readonly pattern: string,
    readonly validation: string,
    readonly contextWords: readonly string[],
    readonly supporting: readonly string[],
    readonly baseScore: number,
    readonly score: number,
  ) {}
}

/** `term "…"` for a phrase as found: one string per spelling. */
const termPatterns = new Map<string, string>();
const termPattern = (phrase: string): string => `term "${phrase}"`;

const owners = new WeakMap<readonly CompiledClassifier[], Int32Array>();

/** Per phrase id, a bit per classifier of the list that has the phrase as a term (built once per list). */
function termOwners(classifiers: readonly CompiledClassifier[]): Int32Array {
  let bits = owners.get(classifiers);
  if (bits) return bits;
  if (classifiers.length > 31) throw new Error('At most 31 word/phrase classifiers scan together.');
  bits = new Int32Array(registry().keywords.phrases.length);
  classifiers.forEach((c, i) => {
    for (const id of c.terms.keys()) bits![id] |= 1 << i;
  });
  owners.set(classifiers, bits);
  return bits;
}

/** Word/phrase classifiers: one pass over the keyword hits serves all of them. */
export function termFindings(classifiers: readonly CompiledClassifier[], ix: TextIndex, own: number, ownEnd: number, out: Finding[]): void {
  const bits = termOwners(classifiers);
  for (let h = 0; h < ix.hitPhrase.length; h++) {
    const id = ix.hitPhrase[h];
    if (bits[id] === 0 || ix.hitStart[h] < own || ix.hitStart[h] >= ownEnd) continue;
    for (let i = 0; i < classifiers.length; i++) {
      if ((bits[id] & (1 << i)) === 0) continue;
      const c = classifiers[i];
      const weight = c.terms.get(id)!;
      const phrase = ix.text.slice(ix.hitStart[h], ix.hitEnd[h]);
      out.push(
        new ScanFinding(
          c.def.id,
          ix.hitStart[h],
          ix.hitEnd[h],
          phrase,
          weight,
          explanationOf(shared(termPatterns, phrase, termPattern), 'whole words', NONE, NONE, weight, weight),
        ),
      );
    }
  }
}

/**
 * Hits starting up to this many characters before a position may still reach it: the longest
 * phrase (written with single spaces) plus the longest prefix, since hits are in the order of
 * their anchor words.
 */
let hitSlack = -1;
function slack(): number {
  if (hitSlack < 0) {
    const { phrases } = registry().keywords;
    hitSlack = phrases.reduce((m, p) => Math.max(m, p.text.length), 0) + phrases.reduce((m, p) => Math.max(m, p.prefix), 0);
  }
  return hitSlack;
}

/**
 * First hit index at or after `h` whose start may fall at or after `pos`, in strides of eight
 * hits, then one at a time. A candidate is often many hits past the previous one; a stride's
 * branch goes the same way until the last (a binary search's do not), and as `h` only moves
 * forward a classifier steps over a block's hits once at most.
 */
function firstHitFrom(ix: TextIndex, h: number, pos: number): number {
  const target = pos - slack();
  const starts = ix.hitStart;
  const n = starts.length;
  while (h + 8 < n && starts[h + 8] < target) h += 8;
  while (h < n && starts[h] < target) h++;
  return h;
}

/**
 * Whether a value at `start` follows an international dialling code and one space or hyphen
 * ("+49 211 675 4879", "+44 (0) 20 …"): the rest of a phone number. A US number's "+1" is part of
 * its own match, so nothing before a US phone number's start reads as one.
 */
function afterCountryCode(text: string, start: number): boolean {
  let p = start - 1;
  const gap = text.charCodeAt(p);
  if (gap !== 32 && gap !== 45 && gap !== 160) return false;
  p--;
  // The trunk prefix some write after the code: "(0)".
  if (text.charCodeAt(p) === 41 && text.charCodeAt(p - 1) === 48 && text.charCodeAt(p - 2) === 40) {
    p -= 3;
    if (text.charCodeAt(p) === 32) p--;
  }
  const last = p;
  while (last - p < 4 && isDigit(text.charCodeAt(p))) p--;
  return last - p >= 1 && last - p <= 3 && text.charCodeAt(p) === 43;
}

/**
 * Whether the value at [start, end) is digits a phone dials after the call connects: a meeting's
 * ID or passcode in a one-tap number ("+12169893419,,630277863#"), after the pauses (commas) that
 * follow a phone number, or between a pause and the pound key that ends it.
 */
function dialledAfterCall(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 44) return false;
  if (text.charCodeAt(end) === 35) return true;
  let p = start - 1;
  while (p >= 0 && text.charCodeAt(p) === 44) p--;
  if (start - 1 - p < 2) return false;
  const last = p;
  while (p >= 0 && isDigit(text.charCodeAt(p))) p--;
  // (A number dialled, not a code's digits: "R10701345150159,,845-732-0740" is a CSV's empty cell
  // between a licence and a phone.)
  return last - p >= 10 && !isLetter(text.charCodeAt(p));
}

/**
 * Whether the value ending at `end` goes on as a Canadian business's program account ("252758107
 * RC0001", "123456782RT0001"): its nine digits are the business number, no person's or account's.
 */
function programAccountAfter(text: string, end: number): boolean {
  let p = end;
  if (text.charCodeAt(p) === 32) p++;
  if (text.charCodeAt(p) !== 82) return false;
  const kind = text.charCodeAt(p + 1);
  if (kind !== 84 && kind !== 80 && kind !== 67 && kind !== 90 && kind !== 77 && kind !== 78) return false;
  for (let i = p + 2; i < p + 6; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return !isDigit(text.charCodeAt(p + 6)) && !isLetter(text.charCodeAt(p + 6));
}

/**
 * Whether the value at `start` follows a hyphen glued to a code's two to five capitals standing
 * alone ("INV-", "EMP-", "TRD-"), or a hyphen or an underscore glued to a lower-case word of a name
 * ("corvid-logs-282382920420", "ap_ach_99582806.csv": a bucket's, a host's or a file's).
 */
function codePrefixed(text: string, start: number): boolean {
  const glue = text.charCodeAt(start - 1);
  if (glue !== 45 && glue !== 95) return false;
  const upper = isUpper(text.charCodeAt(start - 2));
  // (An underscore glues only a name's lower-case words: "ap_ach_99582806.csv", not "SSN_…".)
  if (glue === 95 && upper) return false;
  let p = start - 2;
  while (p >= 0 && start - 2 - p < 13 && (upper ? isUpper(text.charCodeAt(p)) : isLower(text.charCodeAt(p)))) p--;
  const letters = start - 2 - p;
  const before = text.charCodeAt(p);
  // (After an underscore, only a name of several words: "ap_ach_99582806", not "acct_99582806".)
  if (glue === 95 && before !== 95 && before !== 45) return false;
  // (One capital before a hyphen is a code's prefix too: a CRM's "A-348590087", an A-number.)
  return letters >= (upper ? 1 : 2) && letters <= (upper ? 5 : 12) && !isLetter(before) && !isDigit(before);
}

/** Whether the value at `start` follows an at sign opening a word: a handle or a school's ID ("@09870022"), no address's part. */
function atPrefixed(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 64 && (start < 2 || !isAlnum(text.charCodeAt(start - 2)));
}

/** Most characters read back through a link for its scheme. */
const MAX_LINK = 400;

/**
 * Whether the value at `start` stands inside a link: in the same run of characters as a scheme's
 * "://" or a "www." before it, after a slash, a '=' or an '&' ("…/track?t=DBpQ&o=353747242",
 * "trk.example.com/c/2910542771/…").
 */
function inLink(text: string, start: number): boolean {
  const glue = text.charCodeAt(start - 1);
  if (glue !== 47 && glue !== 61 && glue !== 38) return false;
  for (let p = start - 2; p >= 0 && start - p <= MAX_LINK; p--) {
    const c = text.charCodeAt(p);
    if (c <= 32 || c === 60 || c === 40 || c === 91 || c === 34) return text.startsWith('www.', p + 1);
    if (c === 58 && text.charCodeAt(p + 1) === 47 && text.charCodeAt(p + 2) === 47) return true;
  }
  return false;
}

/** A link's path segment right before a value ("/phone/"), as its letters in lower case, or ''. */
const SEGMENT_BEFORE = /\/([A-Za-z][A-Za-z-]{1,15})\/$/;
/** Whether the link's segment right before the value is one of the classifier's context words. */
function ownSegmentBefore(text: string, start: number, context: readonly string[]): boolean {
  if (text.charCodeAt(start - 1) !== 47) return false;
  const m = SEGMENT_BEFORE.exec(text.slice(Math.max(0, start - 18), start));
  return m !== null && context.includes(m[1].toLowerCase());
}

/**
 * The classifier's context words in a header or label cell, or null: none, or only inside one of
 * its negative phrases there ("account no" in "PATIENT'S ACCOUNT NO.", as wordsNear reads hits).
 */
function ownWordsIn(text: string, def: CompiledClassifier['def'], cell: readonly [number, number]): string[] | null {
  const words = headerWords(text, def.id, def.context, cell) as string[] | null;
  if (words === null || def.negative === undefined) return words;
  // Answered once per classifier and cell: every value of a column asks.
  const cells = shared(headerCache, ownKey(def.id), newCellMap);
  const known = cells.get(cell[0]);
  if (known !== undefined) return known as string[] | null;
  const other = headerWords(text, negativeKey(def.id), def.negative, cell);
  // Each word inside another kind's name ("account number" in "customer account number") or
  // qualifying it ("which client version?"): the cell names that kind.
  const lower = other !== null ? text.slice(cell[0], cell[1]).toLowerCase() : '';
  const own =
    other !== null && words.every((w) => other.some((n) => n !== w && (n.includes(w) || lower.includes(`${w} ${n}`)))) ? null : words;
  cells.set(cell[0], own);
  return own;
}
const ownKeys = new Map<string, string>();
const ownKey = (id: string): string => shared(ownKeys, id, (k) => `${k} own`);

/** Whether the last wordsNear call saw a negative word (set by it, read right after). */
let negativeNear = false;
/** How far from the value the last wordsNear call's nearest context word was, in characters. */
let nearestContext = 0;
/** The same for its nearest negative word (a word after the value taken as twice as far). */
let nearestNegative = 0;
/** Whether a negative word stood before the value, or within NEGATIVE_AFTER characters after it. */
let negativeLabel = false;
/** Farthest a negative word after a value speaks of it, for a classifier whose negatives are labels. */
const NEGATIVE_AFTER = 10;
/**
 * Whether that negative word stood within NEGATIVE_BEFORE characters before the value (or after
 * it, as for negativeLabel): close enough to label a checksum-validated value ("Order #
 * 4539…"), where one further back ("our order system shows the customer used 3700…") speaks of
 * something else.
 */
let negativeClose = false;
const NEGATIVE_BEFORE = 24;

/**
 * How near the nearest of c's context words is to the value [start, end) (0 for its own label or
 * a column header naming it): when two types claim one value, the nearer word names it
 * (scan-text.ts). Worked out again only for those contested values, not kept for every finding.
 */
export function contextDistance(ix: TextIndex, c: CompiledClassifier, start: number, end: number): number {
  const label = labelBefore(ix, start);
  if (label >= 0 && c.roles[ix.hitPhrase[label]] & CONTEXT && !qualifiesAnother(ix, label)) return 0;
  // A checksum-validated value's word opening a two-word label names it as its own does: "card
  // account 4539…" is the card's account number.
  // (Not a word of several kinds': "checking acct 698140589" is no routing number's.)
  if (label > 0 && c.def.checksum && ix.hitEnd[label - 1] + 1 === ix.hitStart[label] && soleKindOf()[ix.hitPhrase[label - 1]] === c.def.id)
    return 0;
  const header = columnHeader(ix, start, end);
  if (header !== null && headerWords(ix.text, c.def.id, c.def.context, header) !== null) return 0;
  const window = c.def.window ?? DEFAULT_WINDOW;
  let lo = 0;
  let hi = ix.hitStart.length;
  const from = start - window - slack();
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.hitStart[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  if (wordsNear(ix, c.roles, lo, start, end, window, 0, ix.text.length, c.def.weak === true) !== null) return nearestContext;
  // No word in its window: named from a cell or a message above. A chat's message asking before a
  // filler ("one sec") is farther than any word in another type's window.
  return chatQuestionAbove(ix.text, start, 1) !== null ? FAR_MESSAGE : 0;
}
const FAR_MESSAGE = 1 << 20;

/** Per phrase id, the one pattern classifier it is a context word of (null for none or several). Built once. */
let soleKinds: (string | null)[] | null = null;
function soleKindOf(): (string | null)[] {
  if (soleKinds) return soleKinds;
  const reg = registry();
  const out: (string | null | undefined)[] = new Array(reg.keywords.phrases.length).fill(undefined);
  for (const c of reg.all) {
    if (c.def.terms) continue;
    for (let id = c.roles.indexOf(CONTEXT); id >= 0; id = c.roles.indexOf(CONTEXT, id + 1))
      out[id] = out[id] === undefined ? c.def.id : null;
    for (let id = c.roles.indexOf(CONTEXT | NEGATIVE); id >= 0; id = c.roles.indexOf(CONTEXT | NEGATIVE, id + 1))
      out[id] = out[id] === undefined ? c.def.id : null;
  }
  return (soleKinds = out.map((k) => k ?? null));
}

/**
 * Per phrase id, whether as a label it names a kind of value: a negative word of any pattern
 * classifier (order, member ID) or the context word of one ("routing number", "driver's
 * license") — not the vocabulary of word classifiers (health terms also widen ICD-10's context,
 * and "Patient:" labels a name, not a diagnosis). Built once.
 */
let labelWords: Uint8Array | null = null;
function namesAKind(): Uint8Array {
  if (labelWords) return labelWords;
  const reg = registry();
  const bits = new Uint8Array(reg.keywords.phrases.length);
  const vocabulary = new Uint8Array(bits.length);
  const references = new Uint8Array(bits.length);
  for (const c of reg.all) for (const id of c.terms.keys()) vocabulary[id] = 1;
  for (const c of reg.all) {
    if (c.def.terms) continue;
    // Roles are sparse: indexOf finds each role value natively (a loop over every phrase for each
    // classifier, once per start, ran hot enough for V8 to optimise it on a background thread).
    for (const role of [CONTEXT, NEGATIVE, CONTEXT | NEGATIVE])
      for (let id = c.roles.indexOf(role); id >= 0; id = c.roles.indexOf(role, id + 1)) {
        // (A classifier's quiet negative word names no kind: ClassifierDef.quietNegative.)
        if (reg.quietOnly[id]) continue;
        if (role & NEGATIVE || !vocabulary[id]) bits[id] = 1;
        if (role & NEGATIVE) references[id] = 1;
      }
  }
  referenceWords = references;
  // The rest of the vocabulary names no kind, but says a table's cell holds words, not a label.
  for (let id = 0; id < bits.length; id++) if (bits[id] === 0 && vocabulary[id]) bits[id] = VOCABULARY;
  return (labelWords = bits);
}

/**
 * Per phrase id, whether it is a negative word of some pattern classifier (order, member ID,
 * version; namesAKind marks them as it reads the roles). Another classifier's own word ("call", "routing number") before a value this one
 * validates by its check digits names the value only if that classifier finds it too: one value,
 * one type (scan-text.ts) settles it by the words, not the label alone. Built once.
 */
let referenceWords: Uint8Array | null = null;
function namesAReference(): Uint8Array {
  if (referenceWords === null) namesAKind();
  return referenceWords!;
}

/**
 * What the values of some kinds can be made of: letters they must hold, or the digits alone and
 * how many. A label naming only such kinds names a value another kind only if one of them could
 * hold it: "transfer" (an IBAN's word) names no "704-537-8706", "card" no "763-59-4674". (Not a
 * phone's words: "call 935-88-1011" is a number to call, a digit short or not; see longerThanAPhone.)
 */
const HOLDS: Readonly<Record<string, (letters: number, digits: number, text: string, start: number, end: number) => boolean>> = {
  iban: (letters, digits) => letters >= 2 && letters + digits >= 15,
  'swift-bic': (letters) => letters >= 4,
  'email-address': (letters, digits) => letters + digits >= 2 && letters > 0,
  'uk-nino': (letters) => letters >= 2,
  'dea-number': (letters) => letters >= 1,
  'credit-card': (letters, digits) => letters === 0 && digits >= 12 && digits <= 19,
  'aba-routing': (letters, digits) => letters === 0 && digits === 9,
  'us-ssn': (letters, digits) => letters === 0 && digits === 9,
  'us-itin': (letters, digits) => letters === 0 && digits === 9,
  'ca-sin': (letters, digits) => letters === 0 && digits === 9,
  'uk-nhs': (letters, digits) => letters === 0 && digits === 10,
  // A phone number has seven digits, ten, or eleven with its country code: "My number is
  // 124394473" is no phone's. (With letters it may be a vanity number's, or a phone's word
  // another thing's: "call no. F116.7" is a library's.) Asked only of a phone's words whose head
  // is "number" (PHONE_NUMBER_WORD).
  'us-phone': (letters, digits) => letters > 0 || digits === 7 || digits === 10 || digits === 11,
  // A drug's code is printed solid or in its labeler-product-package groups, never as a phone is
  // ("pharmacy (862) 736-0610").
  ndc: (letters, digits, text, start, end) =>
    letters === 0 && (digits === 10 || digits === 11) && NDC_GROUPS.has(digitGroups(text, start, end)),
};
/**
 * A phone's word naming whose number it is ("my number", "our number"): the talk may be of any
 * number. A phone's verb or device ("call", "cell", "fax") names the number after it a phone's
 * however many digits it has, one dropped or added ("SSN: 900-12-3456; call 935-88-1011").
 */
const PHONE_NUMBER_WORD = /\bnumbers?$/;
/** The digit groups an NDC is printed in (solid, 4-4-2, 5-3-2, 5-4-1, and the billing 5-4-2). */
const NDC_GROUPS: ReadonlySet<string> = new Set(['10', '11', '4-4-2', '5-3-2', '5-4-1', '5-4-2']);

/**
 * Per phrase id, the kinds it names when it is only ever a context word, and only of kinds HOLDS
 * describes; null when it is some classifier's negative word (a reference: any value may carry
 * one) or names a kind HOLDS does not describe. Built once.
 */
let heldKinds: (readonly string[] | null)[] | null = null;
function kindsNamedBy(): (readonly string[] | null)[] {
  if (heldKinds) return heldKinds;
  const reg = registry();
  const out: (string[] | null | undefined)[] = new Array(reg.keywords.phrases.length).fill(undefined);
  for (const c of reg.all) {
    if (c.def.terms) continue;
    for (let id = c.roles.indexOf(CONTEXT); id >= 0; id = c.roles.indexOf(CONTEXT, id + 1)) {
      const list = out[id];
      if (list === null) continue;
      if (HOLDS[c.def.id] === undefined || (c.def.id === 'us-phone' && !PHONE_NUMBER_WORD.test(reg.keywords.phrases[id].text)))
        out[id] = null;
      else if (list === undefined) out[id] = [c.def.id];
      else list.push(c.def.id);
    }
    for (const role of [NEGATIVE, CONTEXT | NEGATIVE])
      for (let id = c.roles.indexOf(role); id >= 0; id = c.roles.indexOf(role, id + 1)) out[id] = null;
  }
  return (heldKinds = out.map((l) => l ?? null));
}

/**
 * Per phrase id, whether it names a place in a document or a building ("page", "rule", "section",
 * "room"): a clause's words that are not a version's. Built once.
 */
let placeIds: Uint8Array | null = null;
function placeWords(): Uint8Array {
  if (placeIds) return placeIds;
  const versions = new Set<string>(VERSION_NEGATIVES);
  const places = new Set<string>(CLAUSE_NEGATIVES.filter((w) => !versions.has(w)));
  const { phrases } = registry().keywords;
  const bits = new Uint8Array(phrases.length);
  phrases.forEach((p, id) => {
    // (And their plurals, which the registry adds to short words: "rules".)
    const w = p.text.toLowerCase();
    if (places.has(w) || (w.endsWith('s') && places.has(w.slice(0, -1)))) bits[id] = 1;
  });
  return (placeIds = bits);
}

/** Whether [start, end) is numbered as no place is: a part of three digits, or an IPv6 address's colon. */
function noPlaceNumber(text: string, start: number, end: number): boolean {
  let run = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 58) return true;
    run = isDigit(c) ? run + 1 : 0;
    if (run === 3) return true;
  }
  return false;
}

/** A header numbering a thing it names: a word, then "no.", "#", "number" or "ID" ("certificate no.", "Permit #"). */
const NUMBERS_A_THING = /^[a-z][a-z ]{2,24}[ _](?:no\.?|#|number|num|id)$/i;

/** Whether the supporting information found for the value at [start, end) stands in its own table cell (between gaps of two spaces or a tab). */
function supportedInCell(text: string, start: number, end: number, find: (text: string, start: number, end: number) => string[]): boolean {
  let from = start;
  while (from > 0 && !cellEdge(text, from - 1, -1)) from--;
  let to = end;
  while (to < text.length && !cellEdge(text, to, 1)) to++;
  return find(text.slice(from, to), start - from, end - from).length > 0;
}

/** Whether text[p] ends a cell read in direction `dir`: a line break, a tab, or a gap of two spaces. */
function cellEdge(text: string, p: number, dir: 1 | -1): boolean {
  const c = text.charCodeAt(p);
  return c === 10 || c === 13 || c === 9 || (c === 32 && text.charCodeAt(p + dir) === 32);
}

/** Whether the cell names the classifier's kin ("ssn" over an ITIN). */
const namesKin = (text: string, def: CompiledClassifier['def'], cell: readonly [number, number]): boolean =>
  def.kin !== undefined && headerWords(text, def.kin, registry().byId.get(def.kin)!.def.context, cell) !== null;

/** A header of one word of letters naming a thing, not a generic word that heads any identifier's column ("ID", "Value", "Type"). */
const NAMES_A_THING =
  /^(?!(?:id|ids|no|num|number|numbers|value|values|identifier|key|data|info|details?|field|code|ref|method|type|kind)$)[a-z]{3,}$/i;

/** Whether the label names only kinds none of which could hold the value at [start, end). */
function namesNoKindItCouldBe(ix: TextIndex, label: number, start: number, end: number): boolean {
  const kinds = kindsNamedBy()[ix.hitPhrase[label]];
  if (kinds === null) return false;
  const { text } = ix;
  let letters = 0;
  let digits = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (isDigit(c)) digits++;
    else if (isLetter(c)) letters++;
  }
  return kinds.every((k) => !HOLDS[k](letters, digits, text, start, end));
}

/** The sizes of the runs of digits in text[start, end), as "3-3-4" (any other character breaks a run). */
function digitGroups(text: string, start: number, end: number): string {
  let groups = '';
  let run = 0;
  for (let p = start; p <= end; p++) {
    if (p < end && isDigit(text.charCodeAt(p))) {
      run++;
      continue;
    }
    if (run > 0) groups += groups === '' ? `${run}` : `-${run}`;
    run = 0;
  }
  return groups;
}

/** The most digits a phone number has (a country code and ten). */
const PHONE_DIGITS = 11;
/** The phone classifier's roles per phrase, looked up once. */
let phoneRoles: Uint8Array | null = null;

/** Whether the label at hit `label` is one of the phone classifier's words. */
const phoneWord = (ix: TextIndex, label: number): boolean =>
  ((phoneRoles ??= registry().byId.get('us-phone')!.roles)[ix.hitPhrase[label]] & CONTEXT) !== 0;

/** Whether the label is a phone's word and the value at [start, end) holds more digits than a phone number. */
function longerThanAPhone(ix: TextIndex, label: number, start: number, end: number): boolean {
  if (!phoneWord(ix, label)) return false;
  let digits = 0;
  for (let p = start; p < end; p++) if (isDigit(ix.text.charCodeAt(p))) digits++;
  return digits > PHONE_DIGITS;
}

/**
 * Whether the label is a phone's word and the value at [start, end) is an address's dotted quad or
 * holds an IPv6 address's colons, as no phone number is written ("Malware callback   203.0.113.232":
 * the callback is to an address).
 */
function addressAfterPhoneWord(ix: TextIndex, label: number, start: number, end: number): boolean {
  if (!phoneWord(ix, label)) return false;
  let dots = 0;
  for (let p = start; p < end; p++) {
    const c = ix.text.charCodeAt(p);
    if (c === 58) return true;
    if (c === 46) dots++;
    else if (!isDigit(c)) return false;
  }
  return dots === 3;
}

/** Per classifier, its own words (ClassifierDef.ownWords) as a set. */
const ownWordSets = new Map<string, ReadonlySet<string>>();
const ownWordSet = (def: CompiledClassifier['def']): ReadonlySet<string> => shared(ownWordSets, def.id, () => new Set(def.ownWords ?? []));
function hasOwnWord(def: CompiledClassifier['def'], words: readonly string[]): boolean {
  const own = ownWordSet(def);
  return words.some((w) => own.has(w));
}

/** Whether one of the classifier's own words stands within `window` before [start, end), or after it in its sentence and line. */
function ownWordNear(ix: TextIndex, def: CompiledClassifier['def'], first: number, start: number, end: number, window: number): boolean {
  const own = ownWordSet(def);
  const to = Math.min(ix.text.length, end + window);
  let sentenceEnd = -1;
  for (let h = first; h < ix.hitStart.length && ix.hitStart[h] <= to; h++) {
    if (ix.hitEnd[h] < start - window || (ix.hitStart[h] >= start && ix.hitEnd[h] <= end) || !own.has(hitWord(ix, h))) continue;
    // Before it, in its sentence: "Dx K05.322. Pano taken 05/06/2026 (D0330)" is a procedure's code.
    if (ix.hitEnd[h] <= start) {
      if (!sentenceBreakIn(ix.text, ix.hitEnd[h], start)) return true;
      continue;
    }
    // After it, in its sentence and on its line: a line below is another field ("Diagnosis: …").
    if (sentenceEnd < 0) {
      sentenceEnd = sentenceEndFrom(ix.text, end, to);
      const lineEnd = ix.text.indexOf('\n', end);
      if (lineEnd >= 0 && lineEnd < sentenceEnd) sentenceEnd = lineEnd;
    }
    if (ix.hitStart[h] < sentenceEnd) return true;
  }
  return false;
}

/**
 * Whether a sentence ends in text[from, to): a full stop, a question or an exclamation mark before
 * a space or a line break, or a blank line; not a list's number ("A/P:\n1. N1830 - …"), nor an
 * abbreviation's full stop: right at `from`, after a letter alone (an initial, a form's item "B.
 * E1165"), or before a small letter or a digit on the line ("ICD Ind. 0"); nor a form's dot leader
 * ("Dx (FL 67) .... G1221").
 */
function sentenceBreakIn(text: string, from: number, to: number): boolean {
  for (let p = sentenceEndFrom(text, from, to); p < to; p = sentenceEndFrom(text, p + 1, to)) {
    // (A full stop right after the word is its abbreviation's: "NHS no. 557 990 1135".)
    if (p === from) continue;
    let q = p;
    while (q > from && isDigit(text.charCodeAt(q - 1))) q--;
    const listNumber = q < p && (q === 0 || text.charCodeAt(q - 1) === 10);
    if (listNumber || (text.charCodeAt(p) === 46 && (abbreviationStop(text, p) || text.charCodeAt(p - 1) === 46))) continue;
    return true;
  }
  return false;
}

/** Whether the full stop at p is an abbreviation's or an initial's: after a letter alone, or before a space and a small letter or digit. */
function abbreviationStop(text: string, p: number): boolean {
  if (p > 0 && isLetter(text.charCodeAt(p - 1)) && (p === 1 || !isAlnum(text.charCodeAt(p - 2)))) return true;
  if (text.charCodeAt(p + 1) !== 32) return false;
  const next = text.charCodeAt(p + 2);
  return isDigit(next) || isLower(next);
}

/** namesAKind's mark for a word of the word classifiers' vocabulary that names no kind. */
const VOCABULARY = 2;

/**
 * The first hit whose start is at or after `start`, as a binary search over the hit starts finds
 * it (hits are in the order of their anchor words, so a phrase with a prefix may start before
 * the hit ahead of it: the search's answer is the reference, not the first such hit).
 */
function hitsBefore(ix: TextIndex, start: number): number {
  let lo = 0;
  let hi = ix.hitStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.hitStart[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the index's hit starts never decrease (then hitsBefore is a walk forward); per index, the last one asked about. */
let sortedIndex: TextIndex | null = null;
let sortedHits = false;
function hitStartsSorted(ix: TextIndex): boolean {
  if (ix !== sortedIndex) {
    sortedIndex = ix;
    const starts = ix.hitStart;
    let i = 1;
    while (i < starts.length && starts[i - 1] <= starts[i]) i++;
    sortedHits = i >= starts.length;
  }
  return sortedHits;
}

/**
 * The keyword hit that labels the value at `start` ("Order #", "Member ID:", "invoice", a JSON
 * key): the nearest one ending just before it with only a label's punctuation between, or -1.
 * Of two ending there, the longer: "taxpayer id" names the value, its last word "id" alone less.
 * `lo` is hitsBefore(ix, start).
 */
function labelBefore(ix: TextIndex, start: number, lo = hitsBefore(ix, start)): number {
  let best = -1;
  for (let h = lo - 1; h >= 0 && h >= lo - 6; h--) {
    const e = ix.hitEnd[h];
    if (e > start || start - e > MAX_LABEL_GAP + MAX_ASIDE) continue;
    if (best >= 0 && (e < ix.hitEnd[best] || (e === ix.hitEnd[best] && ix.hitStart[h] >= ix.hitStart[best]))) continue;
    if (inAddress(ix.text, ix.hitStart[h])) continue;
    // (An aside holding a word of its own says more than the label before it: "Taxpayer ID (sole proprietor, SSN): …".)
    // (Nor does a form's dot leader keep a label from its value: "Job number ........ 520-96-4500".)
    if (
      start - e <= MAX_LABEL_GAP
        ? labelGap(ix.text, e, start)
        : e === ix.hitEnd[lo - 1] && (asideGap(ix.text, e, start) || leaderGap(ix.text, e, start))
    )
      best = h;
  }
  return best;
}

/** Most characters read back for a mail address's @ or a link's scheme. */
const MAX_ADDRESS = 80;

/**
 * Whether a word starting at `at` is a part of a mail address or a link, not a label: the top
 * level of "support@swiftpenny.app · +1-844-765-3634", a path's "…/build 844-765-3634".
 */
function inAddress(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before !== 46 && before !== 64 && before !== 47) return false;
  for (let p = at - 1; p >= 0 && at - p <= MAX_ADDRESS; p--) {
    const c = text.charCodeAt(p);
    if (c === 64) return true;
    if (c === 47 && text.charCodeAt(p - 1) === 47 && text.charCodeAt(p - 2) === 58) return true;
    if (c <= 32) return false;
  }
  return false;
}

/** Whether two spaces or a tab, as between a table's cells, stand between a word and a value. */
function cellGapBetween(text: string, from: number, to: number): boolean {
  for (let p = from; p < to - 1; p++) {
    const c = text.charCodeAt(p);
    if (c === 9 || (c === 32 && text.charCodeAt(p + 1) === 32)) return true;
  }
  return false;
}

/** Whether the value at [start, end) stands in a table column whose header holds one of the classifier's words. */
function headedByOwnWord(ix: TextIndex, def: CompiledClassifier['def'], start: number, end: number): boolean {
  const header = columnHeader(ix, start, end);
  return header !== null && ownWordsIn(ix.text, def, header) !== null;
}

/**
 * Whether the value at [start, end) stands in a table column whose header names another kind (one
 * of the classifier's negative words, none of its own): its own word in the cell to its left is
 * that row's other column ("Phone" under "Type"), not its label.
 */
function headedAnotherKind(ix: TextIndex, def: CompiledClassifier['def'], start: number, end: number): boolean {
  if (def.negative === undefined && def.columnNegative === undefined) return false;
  const header = columnHeader(ix, start, end);
  if (header === null || ownWordsIn(ix.text, def, header) !== null) return false;
  // (A word of a kind of its own: "ID number" heads a column of any identifiers, a type cell says which.)
  return headerWords(ix.text, columnKey(def.id), columnNegatives(def), header)?.some(specificKind) === true;
}

/** Fillers of a chat passed over, at most, between an answer and the message that asked for it. */
const MAX_CHAT_SKIP = 2;

/** Most characters of an aside in brackets between a label and its value. */
const MAX_ASIDE = 32;

/**
 * A label's gap with an aside in brackets: "KTN (stays the same): 152831097", "Passport No. (new
 * book, issued 05/04/2025): N73880108". The aside stays on the line; what follows it is a gap.
 */
function asideGap(text: string, from: number, to: number): boolean {
  let p = from;
  // (After an abbreviation's full stop: "Passport No. (new book): …".)
  if (text.charCodeAt(p) === 46) p++;
  if (text.charCodeAt(p) === 32) p++;
  if (text.charCodeAt(p) !== 40) return false;
  const close = text.indexOf(')', p);
  if (close < 0 || close >= to || close - p > MAX_ASIDE) return false;
  const line = text.indexOf('\n', p);
  return (line < 0 || line > close) && labelGap(text, close + 1, to);
}

/**
 * Whether the label at hit `label` only qualifies one of this classifier's own words before it:
 * "the NDC on the claim is …", "card number for the order: …" (own word, a preposition, maybe a
 * determiner, then the label), or is the other choice a form offers after the own word ("SSN/ID:
 * …"). The value belongs to the head noun, not to the label.
 */
function ownHeadBefore(ix: TextIndex, roles: Uint8Array, label: number): boolean {
  const to = ix.hitStart[label];
  // Most labels have no other keyword just before them.
  if (label === 0 || ix.hitEnd[label - 1] + MAX_QUALIFIER < to) return false;
  for (let h = label - 1; h >= 0 && h >= label - 3; h--) {
    const e = ix.hitEnd[h];
    // (An own phrase the label's words continue is its head: "DEA registration" in "DEA registration no.:".)
    if (e > to) {
      if (roles[ix.hitPhrase[h]] & CONTEXT && ix.hitStart[h] < to) return true;
      continue;
    }
    if (to - e > MAX_QUALIFIER) return false;
    if (
      roles[ix.hitPhrase[h]] & CONTEXT &&
      (isQualifier(ix.text.slice(e, to)) || isAlternative(ix.text.slice(e, to)) || documentsId(ix, h, label))
    )
      return true;
  }
  return false;
}

/** Documents whose ID is their number ("license ID", "passport ID"; not "call ID" nor "savings ID", other things' ids). */
const DOCUMENT_WORDS: ReadonlySet<string> = new Set(['license', 'licence', 'passport']);

/** Whether the label at hit `label` is "ID" right after a document's own word at hit `h`: "license ID" is the licence's number. */
const documentsId = (ix: TextIndex, h: number, label: number): boolean =>
  ix.hitEnd[h] + 1 === ix.hitStart[label] &&
  ix.text.charCodeAt(ix.hitEnd[h]) === 32 &&
  ix.hitEnd[label] - ix.hitStart[label] === 2 &&
  hitWord(ix, label) === 'id' &&
  DOCUMENT_WORDS.has(hitWord(ix, h));

/** Whether the label at hit `label` qualifies another kind's word before it ("the NPI on the account (…)"). */
function qualifiesAnother(ix: TextIndex, label: number): boolean {
  if (label === 0) return false;
  const to = ix.hitStart[label];
  const e = ix.hitEnd[label - 1];
  return e <= to && to - e <= MAX_QUALIFIER && namesAKind()[ix.hitPhrase[label - 1]] === 1 && isQualifier(ix.text.slice(e, to));
}

/**
 * A bracket opened right after a value, maybe with a possessive and a word or two naming whose it
 * is: " (", " (your ", " (IA ", " (New York ". (Not a denial: " (not ".)
 */
const BRACKET_OPEN = /^ ?\((?:(?:your|my|the|his|her|their) )?(?:(?!(?:not|no|non)\b)[a-z]{2,12}\.? ){0,2}$/i;

/**
 * Whether one of the classifier's own context words stands in brackets right after the value
 * ending at `end`, alone or after a possessive ("816166183 (your SSN)", "980515214 (ITIN)").
 * Hits from `after` on start at or after the value.
 */
function ownWordInBracketAfter(ix: TextIndex, roles: Uint8Array, after: number, end: number): boolean {
  if (ix.text.charCodeAt(end) !== 40 && ix.text.charCodeAt(end + 1) !== 40) return false;
  for (let h = after; h < ix.hitStart.length && ix.hitStart[h] <= end + 10; h++) {
    if (ix.hitStart[h] < end || (roles[ix.hitPhrase[h]] & CONTEXT) === 0) continue;
    if (ix.text.charCodeAt(ix.hitEnd[h]) === 41 && BRACKET_OPEN.test(ix.text.slice(end, ix.hitStart[h]))) return true;
  }
  return false;
}

/** Most characters between a head noun and the label qualifying it (" I used for the original " is 25). */
const MAX_QUALIFIER = 32;
/**
 * A preposition, maybe a determiner and a word or two describing it, between a head noun and the noun
 * qualifying it ("BIC for the receiving bank", "the phone number on your account"); the
 * preposition may close a short clause of the head's ("the card I used for the original booking
 * was …"). (The classification's revision is its name's: "ICD-10 for the chair request: N18.6".)
 * (A describing word may be a possessive: "SSN on today's claim", "the NPI on the surgeon's order".)
 */
const QUALIFIER =
  /^(?:-?(?:10|9)(?:-?cm)?)? +(?:(?:number|no\.?|#|id) +)?(?:(?:i|we|you|they|he|she) +[a-z]{2,10} +)?(?:on|of|for|in|from|with|about|per|as per|under|via) +(?:(?:the|this|that|a|an|your|my|our|their|his|her) +)?(?:[a-z]{2,12}(?:['’]s)? +){0,2}$/i;
const isQualifier = (gap: string): boolean => QUALIFIER.test(gap);
/**
 * A form's label offering its own word or another ("Donor SSN/ID:", "SSN or employee ID:", "SSN /
 * VA file number:"): the value may be either, and its own word stands first.
 */
const ALTERNATIVE = /^(?: ?\/ ?(?:[a-z]{2,12} )?| or (?:[a-z]{3,12} )?)$/i;
const isAlternative = (gap: string): boolean => ALTERNATIVE.test(gap);

/**
 * Context words found within `window` characters of [start, end), looking from hit `first` on,
 * or null (no array for the common miss). The same pass notes in `negativeNear` whether a
 * negative word is there too. For a weak classifier (`weak`), a word labelling a mail address
 * right after it is the address's, not the value's ("account delgado.austin70@aol.com").
 */
function wordsNear(
  ix: TextIndex,
  roles: Uint8Array,
  first: number,
  start: number,
  end: number,
  window: number,
  lo = 0,
  hi = ix.text.length,
  weak = false,
): string[] | null {
  // The first word found, and a list only once a second, different one is found (most find one).
  let one: string | null = null;
  let more: string[] | null = null;
  let negative = false;
  let nearest = 1 << 30;
  let nearestNo = 1 << 30;
  let label = false;
  let close = false;
  // The last negative phrase: a context word inside it is part of another kind's name ("card" in
  // "gift card", "account number" in "customer account number").
  let negativeEnd = -1;
  const from = Math.max(lo, start - window);
  const to = Math.min(hi, end + window);
  // Where the value's sentence ends (read at the first word after the value): a word past it is
  // about something else, so it is no label and counts as farther than any word before the end.
  let sentenceEnd = -1;
  // Where the value's key starts when it is a key=value field's (read at the first word near it; -1 when none).
  let keyStart = -2;
  // Whether the value is a log's field under a key saying only that it is one (read at the first negative word near it; -1 until then).
  let generic = -1;
  // Where the value's line starts when it opens with a key of its own ("Medicaid / CHIP #: "; -1 when not).
  let ownKeyFrom = -2;
  // Where a sign-off line before the value starts (read at the first context word on an earlier line; -1 when none).
  let signOff = -2;
  for (let h = first; h < ix.hitStart.length && ix.hitStart[h] <= to; h++) {
    const role = roles[ix.hitPhrase[h]];
    if (role === 0 || ix.hitEnd[h] < from) continue;
    // A word inside the match itself (an IBAN's letters) does not count.
    if (ix.hitStart[h] >= start && ix.hitEnd[h] <= end) continue;
    // Labels come before values: a word after the value is taken as twice as far.
    let gap = ix.hitEnd[h] <= start ? start - ix.hitEnd[h] : ix.hitStart[h] >= end ? 2 * (ix.hitStart[h] - end) + 1 : 0;
    if (ix.hitStart[h] >= end) {
      if (sentenceEnd < 0) sentenceEnd = sentenceEndFrom(ix.text, end, to);
      if (ix.hitStart[h] > sentenceEnd) gap += 4 * window;
      // A later line's key labels the next field ("- Social: card is lost"), not the value above it.
      if (keyOfLaterLine(ix.text, end, ix.hitStart[h], ix.hitEnd[h])) continue;
    }
    // A negative word in an earlier paragraph speaks of that paragraph ("… GL 7534-021.\n\nDarnell
    // Ibarra\n305-297-5024"), unless it is also a context word.
    if (role === NEGATIVE && ix.hitEnd[h] <= start && paragraphBreakIn(ix.text, ix.hitEnd[h], start)) continue;
    // A negative word denied says the value is not of its kind ("my SSN, not an EIN: 762-35-9020").
    // (Read of a word close before it only: a denial matters where the word labels the value.)
    if (role === NEGATIVE && ix.hitEnd[h] <= start && start - ix.hitEnd[h] <= NEGATIVE_BEFORE && deniedAt(ix.text, ix.hitStart[h]))
      continue;
    // Nor does a way of speaking, wherever it stands ("on my phone, easier to just put it here.
    // 421-48-0348", "… 041-59-7909, Bilal confirmed by phone").
    if (role === NEGATIVE && byPhone(ix, h)) continue;
    // Nor a negative word labelling a dotted number of its own between it and the value, a
    // version ("firmware 8.9.10.138 connected from 172.19.213.107"): it speaks of that one.
    if (role === NEGATIVE && ix.hitEnd[h] <= start && labelsDottedNumberBefore(ix.text, ix.hitEnd[h], start)) continue;
    // A log's value under a key saying only that it is one ("value=", "new=") is named by the
    // record's other words, and a negative word keying another field is that field's ("ssn.update
    // id=APP-484382 by=… value=023-52-3320"). (Its key read once, and only after an "=".)
    if (role === NEGATIVE && generic === -1) {
      if (keyStart === -2 && ix.text.charCodeAt(start - 1) === 61) keyStart = keyStartOf(ix.text, start, end);
      generic = genericKeyed(ix.text, start, keyStart) ? 1 : 0;
    }
    if (role === NEGATIVE && generic === 1 && inOtherField(ix.text, ix.hitStart[h], ix.hitEnd[h], start)) continue;
    if (role & NEGATIVE) {
      negative = true;
      if (gap < nearestNo) nearestNo = gap;
      if (ix.hitStart[h] < end) {
        // (On an earlier line it labels the value only as a label on the line above does: "…
        // Version/17.4 Safari/604.1\" rt=0.5\n116.60.24.153 - -" is an address at a log line's start.)
        // (Nor is it close: the line above is another record's, "… last good txn Jun 3\n5301 4171 …".)
        if (!lineBetween(ix.text, ix.hitEnd[h], start)) {
          label = true;
          if (start - ix.hitEnd[h] <= NEGATIVE_BEFORE) close = true;
        }
      } else if (
        ix.hitStart[h] - end <= NEGATIVE_AFTER &&
        ix.hitStart[h] < sentenceEnd &&
        // (Nor one labelling a code of its own: "sms otp sent to +1 408 906 6294 for slip G-8".)
        !labelsNumberAfter(ix.text, ix.hitEnd[h]) &&
        !labelsCodeAfter(ix.text, ix.hitEnd[h]) &&
        // (A word on the next line is that line's: "(602) 682-8413\nBurial permit no.: 447405".)
        !lineBreakIn(ix.text, end, ix.hitStart[h])
      )
        label = close = true;
      if ((role & CONTEXT) === 0 && ix.hitEnd[h] > negativeEnd) negativeEnd = ix.hitEnd[h];
    }
    if ((role & CONTEXT) === 0 || ix.hitEnd[h] <= negativeEnd || opensLongerNegative(ix, roles, h)) continue;
    // A word before the message's sign-off speaks of the message, not of the signature's number
    // ("… the old account at Regions Bank is closed\nthx\nNikhil\n8624212920"). (Read once per
    // value, at its first context word on an earlier line.)
    if (ix.hitEnd[h] <= start) {
      if (signOff === -2) signOff = lineBreakIn(ix.text, ix.hitEnd[h], start) ? signOffBefore(ix.text, start, from) : -1;
      if (signOff >= 0 && ix.hitEnd[h] <= signOff) continue;
    }
    if (qualifiesNegativeAfter(ix, roles, h) || (weak && labelsAddress(ix.text, ix.hitEnd[h]))) continue;
    // A word after the value labelling a number of its own speaks of that one ("4155550123 …
    // Pod 3C, cell 12"; a dotted one may be another of the kind's list: "… and host 10.0.0.6").
    if (ix.hitStart[h] >= end && (labelsUndottedNumberAfter(ix.text, ix.hitEnd[h]) || labelsCodeAfter(ix.text, ix.hitEnd[h]))) continue;
    // So does a word on an earlier line labelling a value of its own ("FL Lic. C6402517)\n\n1. 796663550").
    // (Not one of the same shape: one label a line over a column of such values, "Money market
    // 7161969606\nCD              4938996690".)
    if (
      ix.hitEnd[h] <= start &&
      (labelsOtherValueAfter(ix.text, ix.hitEnd[h], start, end) ||
        labelsShortNumberAfter(ix.text, ix.hitEnd[h]) ||
        labelsMaskedNumberAfter(ix.text, ix.hitEnd[h])) &&
      lineBreakIn(ix.text, ix.hitEnd[h], start)
    )
      continue;
    // On the value's own line too, for a masked number: its word is that number's ("from account
    // ****8315   ACH company 1854023619"), a list's values are never masked and bare alike.
    if (ix.hitEnd[h] <= start && labelsMaskedNumberAfter(ix.text, ix.hitEnd[h])) continue;
    // And a word in brackets right after another value before it ("130-24-1038 (SSN)\n864263636 -
    // New York driver license").
    if (ix.hitEnd[h] <= start && bracketsValueBefore(ix.text, ix.hitStart[h], ix.hitEnd[h])) continue;
    // A log's value is named by its own key: another key=value field's word is that field's
    // ("session=807298364393 event=PROMPT name=enter_account").
    if (keyStart === -2) keyStart = keyStartOf(ix.text, start, end);
    if (keyStart >= 0 && (ix.hitStart[h] >= end || ix.hitStart[h] < keyStart) && inOtherField(ix.text, ix.hitStart[h], ix.hitEnd[h], start))
      continue;
    // A form's line is named by its own key: a word on a line above speaks of that line's value
    // when this line's key names another kind ("…Security Number: 300 16 3357\nMedicaid / CHIP #: 789125634").
    if (ix.hitEnd[h] <= start) {
      // (Its line read only when a negative word stands close before it: most values have none.)
      if (ownKeyFrom === -2)
        ownKeyFrom = negativeInKey(ix, roles, h, start - MAX_LINE_KEY - 2, start) ? ownLineKeyFrom(ix.text, start) : -1;
      if (ownKeyFrom >= 0 && ix.hitEnd[h] <= ownKeyFrom && negativeInKey(ix, roles, h, ownKeyFrom, start)) continue;
    }
    if (gap < nearest) nearest = gap;
    const w = hitWord(ix, h);
    if (one === null) one = w;
    else if (more === null) {
      if (w !== one) more = keptList(one, w);
    } else if (!more.includes(w)) more.push(w);
  }
  negativeNear = negative;
  nearestContext = nearest;
  nearestNegative = nearestNo;
  negativeLabel = label;
  negativeClose = close;
  return more ?? (one === null ? null : shared(oneWords, one, oneWord));
}

/**
 * Whether a negative phrase starting where context hit `h` does runs on past it: the context word
 * opens another kind's name ("account in your store", "account with us").
 */
function opensLongerNegative(ix: TextIndex, roles: Uint8Array, h: number): boolean {
  for (let n = h + 1; n < ix.hitStart.length && ix.hitStart[n] === ix.hitStart[h]; n++)
    if (roles[ix.hitPhrase[n]] === NEGATIVE && ix.hitEnd[n] > ix.hitEnd[h]) return true;
  for (let n = h - 1; n >= 0 && ix.hitStart[n] === ix.hitStart[h]; n--)
    if (roles[ix.hitPhrase[n]] === NEGATIVE && ix.hitEnd[n] > ix.hitEnd[h]) return true;
  return false;
}

/**
 * Whether the word ending at `end` labels a mail address right after it: "account
 * delgado.austin70@aol.com, paid with 5546…" speaks of a sign-in's account, not a bank's.
 */
function labelsAddress(text: string, end: number): boolean {
  let p = end;
  if (text.charCodeAt(p) === 58) p++;
  if (text.charCodeAt(p) !== 32) return false;
  const from = ++p;
  for (; p < text.length && p - from < MAX_ADDRESS; p++) {
    const c = text.charCodeAt(p);
    if (c === 64) return p > from && isLetter(text.charCodeAt(p + 1));
    if (c === 32 || c === 10 || c === 9 || c === 44) return false;
  }
  return false;
}

/**
 * Whether context hit h only qualifies the negative word right after it, the name's head: "client
 * version", "account ref", "license case number". (Not "ID": "SSN ID" is still an SSN's.)
 */
function qualifiesNegativeAfter(ix: TextIndex, roles: Uint8Array, h: number): boolean {
  const n = h + 1;
  if (n >= ix.hitStart.length || ix.hitStart[n] !== ix.hitEnd[h] + 1 || ix.text.charCodeAt(ix.hitEnd[h]) !== 32) return false;
  return roles[ix.hitPhrase[n]] === NEGATIVE && specificKind(hitWord(ix, n));
}

/**
 * Whether a line break stands between a word ending at `from` and a value at `to` with more than a
 * label's punctuation before it (a word at the end of the line above, "Firmware version:\n…", is
 * still the value's label).
 */
function lineBetween(text: string, from: number, to: number): boolean {
  // (Read between the two only: a search back for the line's start would cross a long line
  // whole, for each of its values.)
  let nl = to - 1;
  while (nl >= from && text.charCodeAt(nl) !== 10) nl--;
  if (nl < from) return false;
  for (let p = from; p < nl; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 58 && c !== 9 && c !== 13 && c !== 35) return true;
  }
  return false;
}

/** Per phrase id, whether it is a context word of an address classifier (an email address's, an IP address's). Built once. */
let addressWords: Uint8Array | null = null;
function namesAnAddress(): Uint8Array {
  if (addressWords) return addressWords;
  const reg = registry();
  const bits = new Uint8Array(reg.keywords.phrases.length);
  for (const c of reg.all) if (c.def.address) for (let id = 0; id < c.roles.length; id++) if (c.roles[id] & CONTEXT) bits[id] = 1;
  return (addressWords = bits);
}

/**
 * Whether a denial stands right before the word at `at`: "not", "rather than" or "instead of",
 * perhaps with "a", "an" or "the" ("my SSN, not an EIN: 762-35-9020"). Read word by word back from
 * it, with no copy of the text: it is asked of every label.
 */
function deniedAt(text: string, at: number): boolean {
  let e = at - 1;
  // (The word before ends as "not", "than", "of", "an", "a" or "the" do, or it is none of them.)
  if (text.charCodeAt(e) !== 32 || !DENIAL_LAST.has(text.charCodeAt(e - 1) | 32)) return false;
  let s = wordStartBefore(text, e);
  if (s < 0) return false;
  if (wordIs(text, s, e, 'a') || wordIs(text, s, e, 'an') || wordIs(text, s, e, 'the')) {
    e = s - 1;
    if (text.charCodeAt(e) !== 32) return false;
    s = wordStartBefore(text, e);
    if (s < 0) return false;
  }
  if (wordIs(text, s, e, 'not')) return true;
  const before = text.charCodeAt(s - 1) === 32 ? wordStartBefore(text, s - 1) : -1;
  if (before < 0) return false;
  return (
    (wordIs(text, s, e, 'than') && wordIs(text, before, s - 1, 'rather')) ||
    (wordIs(text, s, e, 'of') && wordIs(text, before, s - 1, 'instead'))
  );
}

/** The last letters of "not", "than", "of", "an", "a" and "the". */
const DENIAL_LAST = new Set([116, 110, 102, 97, 101]);

/** Where the word of at most eight letters ending at `end` starts, or -1. */
function wordStartBefore(text: string, end: number): number {
  let s = end;
  while (s > 0 && end - s < 8 && isLetter(text.charCodeAt(s - 1))) s--;
  return s === end || isLetter(text.charCodeAt(s - 1)) ? -1 : s;
}

/** Whether text[s, e) is `word` (lower case), in any case. */
function wordIs(text: string, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false;
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(s + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * A way of speaking before "phone": "as your rep asked on the phone: 350-73-7794", "on my phone,
 * easier to put it here", "confirmed by phone" name no phone number.
 */
const BY_PHONE_BEFORE = /\b(?:(?:on|over|from) (?:the|my|your|his|her|their|our)|by|via) $/i;
const PHONE_WORDS = new Set(['phone', 'telephone']);
const byPhone = (ix: TextIndex, h: number): boolean =>
  // (Its length, and a space before it, read before the word itself is.)
  (ix.hitEnd[h] - ix.hitStart[h] === 5 || ix.hitEnd[h] - ix.hitStart[h] === 9) &&
  ix.text.charCodeAt(ix.hitStart[h] - 1) === 32 &&
  PHONE_WORDS.has(hitWord(ix, h)) &&
  BY_PHONE_BEFORE.test(ix.text.slice(Math.max(0, ix.hitStart[h] - 10), ix.hitStart[h]));

/** Whether a blank line (a quoted one too) stands in [from, to). */
/** A message's sign-off alone on its line: "thx", "Thanks,", "Best regards". */
const SIGN_OFF =
  /^[ \t]*(?:thx|thanks|thank you|many thanks|ty|regards|best|best regards|kind regards|warm regards|cheers|sincerely|respectfully)[ \t]*[,.!]?[ \t]*$/i;
/** Lines read up from the value for a sign-off: the signature's name and a line or two of it. */
const SIGN_OFF_LINES = 4;

/**
 * Where the sign-off line above the value at `start` starts (within a few lines, not before
 * `from`), or -1: the value is in the signature under it.
 */
function signOffBefore(text: string, start: number, from: number): number {
  let lineEnd = text.lastIndexOf('\n', start - 1);
  for (let n = 0; n < SIGN_OFF_LINES && lineEnd > from; n++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    if (lineEnd - lineStart <= 24 && SIGN_OFF.test(text.slice(lineStart, lineEnd))) return lineStart;
    lineEnd = lineStart - 1;
  }
  return -1;
}

function paragraphBreakIn(text: string, from: number, to: number): boolean {
  for (let p = text.indexOf('\n', from); p >= 0 && p < to; p = text.indexOf('\n', p + 1)) if (blankLineAt(text, p + 1)) return true;
  return false;
}

/**
 * Whether the word at [start, end), on a line after the value's (which ends at `valueEnd`), is that
 * line's key: first on its line after a list's bullet, or followed by a colon ("- Social: card is
 * lost"). It labels the next field, not the value above it.
 */
function keyOfLaterLine(text: string, valueEnd: number, start: number, end: number): boolean {
  let p = start - 1;
  while (p >= valueEnd && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 45 || text.charCodeAt(p) === 42 || text.charCodeAt(p) === 9))
    p--;
  if (p >= valueEnd && text.charCodeAt(p) === 10) return true;
  // (Looked for back to the value only: a search to the line's start would cross a long line for
  // every word.)
  let lineStart = start - 1;
  while (lineStart >= valueEnd && text.charCodeAt(lineStart) !== 10) lineStart--;
  if (lineStart < valueEnd) return false;
  if (text.charCodeAt(end) === 58 || (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 58)) return true;
  // Or in the value of a later line's own key ("…: 809405926\nPhoto ID: Illinois driver license …").
  return keyedLine(text, lineStart + 1, start);
}

const keyEnd = (c: number): boolean => isLetter(c) || c === 35 || c === 46;

/** Where the line of the value at `start` starts when it opens with a key and its colon before the value, else -1. */
function ownLineKeyFrom(text: string, start: number): number {
  let p = start;
  while (p > 0 && start - p <= MAX_LINE_KEY + 2 && text.charCodeAt(p - 1) !== 10) p--;
  if (p > 0 && text.charCodeAt(p - 1) !== 10) return -1;
  return keyedLine(text, p, start) ? p : -1;
}

/** Whether a negative word alone (no context word) stands in the key [from, to), among the hits from h on. */
function negativeInKey(ix: TextIndex, roles: Uint8Array, h: number, from: number, to: number): boolean {
  for (let k = h; k < ix.hitStart.length && ix.hitStart[k] < to; k++) {
    if (ix.hitStart[k] < from) continue;
    const role = roles[ix.hitPhrase[k]];
    if ((role & NEGATIVE) !== 0 && (role & CONTEXT) === 0) return true;
  }
  return false;
}

/** Most characters of a line's key before its colon. */
const MAX_LINE_KEY = 32;

/** Whether the line starting at `from` opens with a key and its colon before `to` ("Photo ID: …"). */
function keyedLine(text: string, from: number, to: number): boolean {
  const last = Math.min(to, from + MAX_LINE_KEY);
  for (let p = from; p < last; p++) {
    const c = text.charCodeAt(p);
    // (The key ends in a word, its number sign or its abbreviation's dot: "Medicaid / CHIP #: ", "Acct No.: ".)
    if (c === 58) return p > from && keyEnd(text.charCodeAt(p - 1)) && (text.charCodeAt(p + 1) === 32 || text.charCodeAt(p + 1) === 9);
    if (!(isAlnum(c) || c === 32 || c === 45 || c === 42 || c === 35 || c === 47 || c === 46 || c === 39 || c === 40 || c === 41))
      return false;
  }
  return false;
}

/** Most characters of a key or a field read back from its "=". */
const MAX_KEY = 32;
const MAX_FIELD = 64;

/** An attribute that says what its element is, right before the word: 'type="', "kind='". */
const TYPE_ATTRIBUTE = /(?:type|kind|category|class|doc|document)\s*=\s*["']?$/i;

/** Most characters of an XML start tag read back from its ">". */
const MAX_TAG = 160;

/** Where the start tag of the XML element whose whole text is [start, end) begins ("<AccountNumber>656277753</…"), or -1. */
function startTagBefore(text: string, start: number, end: number): number {
  if (text.charCodeAt(start - 1) !== 62 || text.charCodeAt(end) !== 60 || text.charCodeAt(end + 1) !== 47) return -1;
  for (let p = start - 2; p >= 0 && start - p <= MAX_TAG; p--) {
    const c = text.charCodeAt(p);
    if (c === 60) return isLetter(text.charCodeAt(p + 1)) ? p : -1;
    if (c === 62 || c === 10) return -1;
  }
  return -1;
}

/** Where the XML tag around the word at `at` starts (its "<"), or -1 when the word stands in no tag. */
function tagStartOf(text: string, at: number): number {
  for (let p = at - 1; p >= 0 && at - p <= MAX_TAG; p--) {
    const c = text.charCodeAt(p);
    if (c === 60) return p;
    if (c === 62 || c === 10) return -1;
  }
  return -1;
}

/** Most characters between an enclosing start tag and the value read for its end tag. */
const MAX_ENCLOSING = 400;

/** Whether the start tag at `tag` opens an element still open at `value` (no end tag of its name between). */
function enclosingTag(text: string, tag: number, value: number): boolean {
  if (!isLetter(text.charCodeAt(tag + 1)) || value - tag > MAX_ENCLOSING) return false;
  let e = tag + 1;
  while (e < value && (isAlnum(text.charCodeAt(e)) || text.charCodeAt(e) === 95 || text.charCodeAt(e) === 58 || text.charCodeAt(e) === 45))
    e++;
  const close = text.indexOf('>', e);
  if (close < 0 || close >= value || text.charCodeAt(close - 1) === 47) return false;
  return text.slice(close, value).indexOf(`</${text.slice(tag + 1, e)}`) < 0;
}

/** Where the key of the key=value field whose value holds `start` begins ("session=8072…"), or -1 when the value is no field's. */
function keyStartOf(text: string, start: number, end: number): number {
  jsonKeyed = false;
  // An XML element's text: its start tag is its key ("<AccountNumber>656277753</AccountNumber>").
  const tag = startTagBefore(text, start, end);
  if (tag >= 0) return tag;
  // A JSON member's value: its quoted name ("\"value\": \"699-05-9975\"").
  const member = jsonNameBefore(text, start);
  if (member >= 0) {
    jsonKeyed = true;
    return member;
  }
  // The field's "=": right before the value or earlier in its run of characters ("ua=Chrome/9.1.9.149").
  let q = start - 1;
  while (q >= 0 && start - q <= MAX_FIELD && text.charCodeAt(q) !== 61 && !isBlank(text.charCodeAt(q))) q--;
  if (q < 0 || text.charCodeAt(q) !== 61) return -1;
  let k = q;
  while (k > 0 && q - k < MAX_KEY && isKeyChar(text.charCodeAt(k - 1))) k--;
  return k < q ? k : -1;
}

/** A key=value field's key saying only that a value follows: what the value is, the record's other fields say. */
const GENERIC_KEY = /^(?:new_?|old_?)?(?:value|val|data|input)$|^(?:new|old)$/i;

/** Whether the value at `start`, its key=value field's key at `key` (keyStartOf; -1 or -2 for none yet), is under a GENERIC_KEY ("value=023-52-3320"). */
function genericKeyed(text: string, start: number, key: number): boolean {
  return key >= 0 && text.charCodeAt(start - 1) === 61 && !jsonKeyed && GENERIC_KEY.test(text.slice(key, start - 1));
}

/** Whether the value keyStartOf read last is a JSON member's (then other members are read as JSON's). */
let jsonKeyed = false;

/** Where the quoted name of the JSON member whose value starts at `start` opens, or -1. */
function jsonNameBefore(text: string, start: number): number {
  let p = start - 1;
  if (text.charCodeAt(p) === 34) p--;
  while (p > 0 && text.charCodeAt(p) === 32) p--;
  if (text.charCodeAt(p) !== 58) return -1;
  p--;
  while (p > 0 && text.charCodeAt(p) === 32) p--;
  if (text.charCodeAt(p) !== 34) return -1;
  for (let q = p - 1; q >= 0 && p - q <= MAX_KEY; q--) {
    const c = text.charCodeAt(q);
    if (c === 34) return q < p - 1 ? q : -1;
    if (c === 10 || c === 58 || c === 123 || c === 125) return -1;
  }
  return -1;
}

/**
 * Whether the word at [at, to) stands in another JSON member than the value's: in another object
 * (a brace between), in another member's name, or in another member's value — unless that member
 * types the record ("\"type\": \"order_number\"").
 */
function jsonOtherMember(text: string, at: number, to: number, value: number): boolean {
  // (Before the value a "{" between opens the value's own object inside the word's: an enclosing
  // member's name, "\"ssn\": { \"value\": …", still names it. A "}" closes another object.)
  if (at < value) {
    for (let p = to; p < value; p++) if (text.charCodeAt(p) === 125) return true;
  } else
    for (let p = value; p < at; p++) {
      const c = text.charCodeAt(p);
      if (c === 123 || c === 125) return true;
    }
  // The quoted string around the word, if any.
  let open = at - 1;
  while (open >= 0 && at - open <= MAX_FIELD && text.charCodeAt(open) !== 34 && text.charCodeAt(open) !== 10) open--;
  if (open < 0 || text.charCodeAt(open) !== 34) return false;
  let close = to;
  while (close < text.length && close - to <= MAX_FIELD && text.charCodeAt(close) !== 34 && text.charCodeAt(close) !== 10) close++;
  if (text.charCodeAt(close) !== 34) return false;
  let after = close + 1;
  while (text.charCodeAt(after) === 32) after++;
  // A member's name: another member's, unless its value is the object that holds the value
  // ("\"drivers_license\":{\"number\":\"K3472 76447 42093\"").
  if (text.charCodeAt(after) === 58) {
    after++;
    while (text.charCodeAt(after) === 32) after++;
    return !(at < value && text.charCodeAt(after) === 123);
  }
  const name = jsonNameBefore(text, open + 1);
  return name < 0 || !TYPE_KEY.test(text.slice(name + 1, text.indexOf('"', name + 1)));
}

const isKeyChar = (c: number): boolean => isAlnum(c) || c === 95 || c === 46 || c === 45;
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
/** A key that says what its record is ("doc_type=passport", "idType", "kind"): its value types the record's other fields. */
const TYPE_KEY = /(?:type|kind|category|class|doc|document|field|label)$/i;

/**
 * Whether the word at [at, to) stands in another key=value field than the value's: a key of
 * its own ("name=" … "acct=" before another value) or another field's value
 * ("name=enter_account"), unless that field types the record ("doc_type=passport").
 */
function inOtherField(text: string, at: number, to: number, value: number): boolean {
  if (jsonKeyed) return jsonOtherMember(text, at, to, value);
  // In another element's tag ("</RoutingNumber>", "<Field name=\"routing\">"): that element's name,
  // unless an attribute types the record ("<Document type=\"PASSPORT\"><Number>…") or the element
  // holds the value ("<Passport><Number>E14373824</Number>").
  const tag = tagStartOf(text, at);
  if (tag >= 0) return !(TYPE_ATTRIBUTE.test(text.slice(Math.max(0, at - MAX_KEY), at)) || (at < value && enclosingTag(text, tag, value)));
  let eq = -1;
  let p = at - 1;
  for (; p >= 0 && p >= at - MAX_FIELD; p--) {
    const c = text.charCodeAt(p);
    if (isBlank(c)) break;
    if (c === 61 && eq < 0) eq = p;
  }
  if (eq >= 0) return !TYPE_KEY.test(text.slice(p + 1, eq));
  for (let q = to; q < to + MAX_KEY && q < text.length; q++) {
    const c = text.charCodeAt(q);
    if (c === 61) return true;
    if (!isKeyChar(c)) break;
  }
  return false;
}

/**
 * Whether the word ending at `end` labels a number of its own right after it ("… used
 * 370050630738422 for order #160475"): then it speaks of that number, not of the value before it.
 */
function labelsNumberAfter(text: string, end: number): boolean {
  const p = afterLabel(text, end);
  return p > end && isDigit(text.charCodeAt(p));
}

/** Whether the word ending at `end` labels a dotted number of its own ("8.9.10.138") that ends before `start`, the value's start. */
function labelsDottedNumberBefore(text: string, end: number, start: number): boolean {
  let p = afterLabel(text, end);
  if (p === end || !isDigit(text.charCodeAt(p))) return false;
  let dots = 0;
  for (; p < start; p++) {
    const c = text.charCodeAt(p);
    if (c === 46 && isDigit(text.charCodeAt(p + 1))) dots++;
    else if (!isDigit(c)) break;
  }
  return dots > 0 && p < start;
}

/** Where a label ending at `end` is followed by what it labels: past its spaces, "#", ":" and a key's "=" ("firmware=9.3.12.204"). */
function afterLabel(text: string, end: number): number {
  let p = end;
  while (p < end + 4) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 35 && c !== 58 && !(c === 61 && p === end)) break;
    p++;
  }
  return p;
}

/**
 * Whether the word ending at `end` labels a number of its own right after it, not a dotted one
 * ("cell 12", "account XXXX7524"; not "host 10.0.0.6").
 */
function labelsUndottedNumberAfter(text: string, end: number): boolean {
  let p = afterLabel(text, end);
  if (p === end) return false;
  // (A masked number's stars or X's before its digits: "XXX-XX4871", "****4031".)
  const masked = p;
  while (p < masked + 12 && isMask(text.charCodeAt(p))) p++;
  if (!isDigit(text.charCodeAt(p)) || (p > masked && p - masked < 3)) return false;
  const from = p;
  while (p < from + 5 && isDigit(text.charCodeAt(p))) p++;
  return !(text.charCodeAt(p) === 46 && isDigit(text.charCodeAt(p + 1)));
}

/**
 * Whether the word ending at `end` labels a masked number of its own right after it, its last
 * digits behind three marks or more ("bank account ...6405", "****4341", "xxxx1813").
 */
function labelsMaskedNumberAfter(text: string, end: number): boolean {
  const from = afterLabel(text, end);
  if (from === end) return false;
  let p = from;
  while (p < from + 12 && (isMask(text.charCodeAt(p)) || text.charCodeAt(p) === 46)) p++;
  return p - from >= 3 && isDigit(text.charCodeAt(p)) && isDigit(text.charCodeAt(p + 1));
}

/**
 * Whether the word ending at `end` labels a short number of its own right after it, one to four
 * digits ending there: a flight's ("DL 2511"), a room's, a cell's.
 */
function labelsShortNumberAfter(text: string, end: number): boolean {
  const from = afterLabel(text, end);
  if (from === end) return false;
  let p = from;
  while (p < from + 5 && isDigit(text.charCodeAt(p))) p++;
  return p > from && p - from <= 4 && !isAlnum(text.charCodeAt(p)) && text.charCodeAt(p) !== 46 && text.charCodeAt(p) !== 45;
}

/**
 * Whether the word ending at `end` labels a value of its own right after it, of another shape than
 * the value at [start, valueEnd): an identifier of five or more letters and digits, four digits at
 * least ("Lic. C6402517"), with another count of digits or letters where the value has none.
 */
function labelsOtherValueAfter(text: string, end: number, start: number, valueEnd: number): boolean {
  let p = end;
  if (text.charCodeAt(p) === 46) p++;
  p = afterLabel(text, p);
  if (p === end) return false;
  // (Most words are followed by a word: letters alone up to its end.)
  let q = p;
  while (q < p + 20 && isLetter(text.charCodeAt(q))) q++;
  if (!isDigit(text.charCodeAt(q))) return false;
  let digits = 0;
  const from = p;
  for (; p < from + 20 && isAlnum(text.charCodeAt(p)); p++) if (isDigit(text.charCodeAt(p))) digits++;
  if (digits < 4 || p - from < 5) return false;
  const own = digitsIn(text, start, valueEnd);
  return own !== digits || (p - from !== digits) !== (own !== valueEnd - start);
}

/** An opening bracket, maybe with a possessive: "(", "(your ". */
const BRACKET_POSSESSIVE = /^\((?:(?:your|my|the|his|her|their) )?$/i;

/**
 * Whether the word at [at, end) is all a bracket holds right after a value, maybe after a
 * possessive ("130-24-1038 (SSN)", "4415 (your PIN)"): it names that value (not "(SWIFT
 * WPACAU2S)", which names its own).
 */
function bracketsValueBefore(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(end) !== 41) return false;
  let p = at;
  const from = Math.max(0, at - 8);
  // (Back over a possessive: "(your ", "(the ".)
  while (p > from && text.charCodeAt(p - 1) !== 40) p--;
  if (p === from || !BRACKET_POSSESSIVE.test(text.slice(p - 1, at))) return false;
  p--;
  if (text.charCodeAt(p - 1) === 32) p--;
  let digits = 0;
  let q = p;
  for (; q > p - 20 && (isAlnum(text.charCodeAt(q - 1)) || text.charCodeAt(q - 1) === 45); q--)
    if (isDigit(text.charCodeAt(q - 1))) digits++;
  return digits >= 4 && q < p;
}

/**
 * Whether the word ending at `end` labels an identifier of its own that opens with capitals right
 * after it ("CA DL Y8792491", "WA DL WDLGTM03R2GA", "MI DL K 798 128 945 628").
 */
function labelsCodeAfter(text: string, end: number): boolean {
  const p = afterLabel(text, end);
  if (p === end || !isUpper(text.charCodeAt(p))) return false;
  let q = p;
  while (q < p + 12 && isUpper(text.charCodeAt(q))) q++;
  const c = text.charCodeAt(q);
  return isDigit(c) || ((c === 32 || c === 45) && q - p === 1 && isDigit(text.charCodeAt(q + 1)));
}

/** A bracket right after a value, on its line, that denies its kind: "(not a …", "(isn't an …" (not "(not the savings …": another of the kind). */
const DENIAL_AFTER = /^[ \t]?\(\s*(?:not|isn't|is not)\s+an?\s/i;
/** Most characters of a denying bracket read for the classifier's words. */
const DENIAL_REACH = 40;

/**
 * Whether a bracket right after the value (ending at `end`) denies it is of this kind: one of the
 * classifier's words inside "(not a …)" ("7737685829 (not a bank account)").
 */
function deniedInBracketAfter(ix: TextIndex, roles: Uint8Array, after: number, end: number): boolean {
  const c = ix.text.charCodeAt(end);
  if (c !== 40 && !(c === 32 && ix.text.charCodeAt(end + 1) === 40)) return false;
  if (!DENIAL_AFTER.test(ix.text.slice(end, end + 12))) return false;
  const at = ix.text.slice(end, end + DENIAL_REACH).indexOf(')');
  if (at < 0) return false;
  const close = end + at;
  for (let h = after; h < ix.hitStart.length && ix.hitStart[h] < close; h++) if (roles[ix.hitPhrase[h]] & CONTEXT) return true;
  return false;
}

/** Whether the value at `start` opens with a country's calling code ("+1 …", "1-855-…"): only a phone number is written so. */
function withCallingCode(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c === 43) return true;
  const sep = text.charCodeAt(start + 1);
  return c === 49 && (sep === 45 || sep === 46 || sep === 32) && isDigit(text.charCodeAt(start + 2));
}

/** How far back a list's label is looked for (list-start.ts reads at most about this far, a sentence's start with "respectively" a little farther). */
const LIST_REACH = 320;

/** Whether one of the classifier's context words starts within `reach` characters before `start` (the list's label, if any, is one). */
function contextWordBefore(ix: TextIndex, roles: Uint8Array, start: number, reach: number): boolean {
  for (let h = hitsBefore(ix, start) - 1; h >= 0 && ix.hitStart[h] >= start - reach; h--) if (roles[ix.hitPhrase[h]] & CONTEXT) return true;
  return false;
}

/** Whether a line break stands in [from, to). */
function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 10) return true;
  return false;
}

/** A masking character: X, x, *, •, or a hyphen between them. */
const isMask = (c: number): boolean => c === 88 || c === 120 || c === 42 || c === 8226 || c === 45;

/**
 * Where the sentence that is running at `from` ends, looking up to `to` (`to` when it goes on):
 * at a full stop, question or exclamation mark followed by a space or a line break, or at a blank
 * line (a quoted one too: "\n>\n").
 */
function sentenceEndFrom(text: string, from: number, to: number): number {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 46 || c === 63 || c === 33) {
      const next = text.charCodeAt(p + 1);
      if (next === 32 || next === 10 || next === 13) return p;
    } else if (c === 10 && blankLineAt(text, p + 1)) return p;
  }
  return to;
}

/** One-word context lists, one per word (never changed: frozen). */
const oneWords = new Map<string, string[]>();
const oneWord = (w: string): string[] => Object.freeze([w]) as string[];

/** Shared explanations by pattern, validation, context list and base score × 1024 + score. */
const explanations = new Map<string, Map<string, Map<readonly string[], Map<number, FindingExplanation>>>>();
// A maker per level of the nested maps, made once (each level has its own key and value types).
const newByValidation = (): Map<string, Map<readonly string[], Map<number, FindingExplanation>>> => new Map();
const newByContext = (): Map<readonly string[], Map<number, FindingExplanation>> => new Map();
const newByScore = (): Map<number, FindingExplanation> => new Map();

/**
 * The explanation of a finding. Most are alike (same shape, checks and context word, nothing
 * else found): those share one frozen object, so a scan keeps far fewer objects alive.
 */
function explanationOf(
  pattern: string,
  validation: string,
  contextWords: readonly string[],
  supporting: readonly string[],
  baseScore: number,
  score: number,
): FindingExplanation {
  // Shared context lists (none, or one word) are frozen; a list of several words is the finding's
  // own (its length tells: Object.isFrozen cost more than the rest of this function).
  if (supporting !== NONE || contextWords.length > 1) {
    return new ScanExplanation(pattern, validation, contextWords, supporting, baseScore, score);
  }
  // Findings of one classifier come in runs explained alike: the last one is checked first.
  const last = lastExplanation;
  if (
    last !== null &&
    last.pattern === pattern &&
    last.validation === validation &&
    last.contextWords === contextWords &&
    last.baseScore === baseScore &&
    last.score === score
  )
    return last;
  // Then the last pattern and validation, whose maps are kept.
  if (pattern !== lastPattern || validation !== lastValidation) {
    lastByContext = shared(shared(explanations, pattern, newByValidation), validation, newByContext);
    lastPattern = pattern;
    lastValidation = validation;
  }
  const byScore = shared(lastByContext!, contextWords, newByScore);
  // Made here rather than by a maker closure: most calls find it, and a closure per call is garbage.
  const key = baseScore * 1024 + score;
  let explanation = byScore.get(key);
  if (explanation === undefined)
    byScore.set(key, (explanation = Object.freeze(new ScanExplanation(pattern, validation, contextWords, supporting, baseScore, score))));
  return (lastExplanation = explanation);
}

let lastExplanation: FindingExplanation | null = null;
let lastPattern: string | null = null;
let lastValidation: string | null = null;
let lastByContext: Map<readonly string[], Map<number, FindingExplanation>> | null = null;

/**
 * A hit's text in lower case: the phrase as the table has it when the hit is exactly as long (the
 * same letters: a shared string), else the text itself (a phrase's space matched several).
 */
function hitWord(ix: TextIndex, h: number): string {
  const lower = keywordLower(ix.hitPhrase[h]);
  return lower.length === ix.hitEnd[h] - ix.hitStart[h] ? lower : ix.text.slice(ix.hitStart[h], ix.hitEnd[h]).toLowerCase();
}

/** Header cells already read, per classifier and cell start, for the text last scanned. */
let headerText = '';
const headerCache = new Map<string, Map<number, readonly string[] | null>>();

/** Starts reading the header cells of `text` afresh (scanInBlocks calls it first, as readTablesOf). */
export function readHeadersOf(text: string): void {
  headerText = text;
  // Cleared when a header is first read: most scans read none.
  headersStale = true;
}
let headersStale = false;

/**
 * The classifier's context words in a table's header cell [from, to), or null: then the header
 * names something else (a "Member ID" column is not a column of passport numbers). Read from
 * the text rather than the index's hits: the header may sit in an earlier block of a long text.
 */
function headerWords(
  text: string,
  id: string,
  context: readonly string[],
  [from, to]: readonly [number, number],
): readonly string[] | null {
  if (text !== headerText) readHeadersOf(text);
  if (headersStale) {
    headersStale = false;
    headerCache.clear();
  }
  const cells = shared(headerCache, id, newCellMap);
  const known = cells.get(from);
  if (known !== undefined) return known;
  const cell = spacedWords(text.slice(from, to)).toLowerCase();
  let found: string[] | null = null;
  for (const w of context) {
    const at = wholeWord(cell, w);
    if (at && !(found ??= keptList()).includes(w)) found.push(w);
  }
  // A header of capitals run together, as load files and exports write them ("XORIGINATINGIP",
  // "IPADDRESS"): a phrase of two words or more ends it, written solid.
  if (found === null && SOLID_CAPITALS.test(text.slice(from, to)))
    for (const w of context) if (w.includes(' ') && cell.endsWith(w.replaceAll(' ', ''))) (found ??= keptList()).push(w);
  cells.set(from, found);
  return found;
}

const newCellMap = (): Map<number, readonly string[] | null> => new Map();
/** A header cell of capitals alone, run together (no space, no underscore). */
const SOLID_CAPITALS = /^[A-Z]{6,}$/;

/** A header cell with the words of an identifier apart, as the keyword pass reads them: "ni_number", "niNumber" → "ni number". */
function spacedWords(cell: string): string {
  if (!/[_A-Z]/.test(cell)) return cell;
  let out = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (wordStartsAt(cell, i)) out += ' ';
    out += c === 95 ? ' ' : cell[i];
  }
  return out;
}
/** A negative word that names a kind of its own: "ID" alone may head any identifier's column, a person's too. */
const specificKind = (word: string): boolean => word !== 'id';

/** The cache key of a classifier's negative words in headers. */
const negativeKeys = new Map<string, string>();
const negativeKey = (id: string): string => shared(negativeKeys, id, (k) => `${k} negative`);
/** The cache key of a classifier's negative words in a column's header, and those words: its negative words and its columnNegative. */
const columnKeys = new Map<string, string>();
const columnKey = (id: string): string => shared(columnKeys, id, (k) => `${k} column negative`);
const columnWords = new Map<string, readonly string[]>();
const columnNegatives = (def: CompiledClassifier['def']): readonly string[] =>
  shared(columnWords, def.id, () => [...(def.negative ?? NONE), ...(def.columnNegative ?? NONE)]);

/** Whether w occurs in s as a word of a header: not inside a longer word ("icd10" and "ssn_no" hold "icd" and "ssn"). */
function wholeWord(s: string, w: string): boolean {
  for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
    if (isLetter(s.charCodeAt(i - 1))) continue;
    const after = i + w.length;
    // Or its plural, as a column of them is headed ("NPIs", "SSNs").
    if (!isLetter(s.charCodeAt(after)) || (s.charCodeAt(after) === 115 && !isLetter(s.charCodeAt(after + 1)))) return true;
  }
  return false;
}

/** The candidates of the classifier being scored (one list, reused). */
const cands = new CandidateList();

/** What `find` receives: one object, filled in per call (a closure per call and classifier cost a scan several per cent). */
class Context implements FindContext {
  ix: TextIndex | null = null;
  roles: Uint8Array | null = null;
  hits: number[] | null = null;
  contextHits(): readonly number[] {
    if (this.hits) return this.hits;
    const ix = this.ix!;
    const roles = this.roles!;
    const hits: number[] = [];
    for (let h = 0; h < ix.hitPhrase.length; h++) if (roles[ix.hitPhrase[h]] & CONTEXT) hits.push(h);
    return (this.hits = hits);
  }
}
const findContext = new Context();

/** The candidate within `within` characters of candidate i: sorted by start, a neighbour in the list (the previous first); or -1. */
function pairedAt(starts: Int32Array, needs: Uint8Array, count: number, i: number, within: number): number {
  const start = starts[i];
  // (Passing over the candidates that count only beside their own word: an SSN column's
  // zero-dropped eight digits.)
  let before = i - 1;
  while (before >= 0 && needs[before] === NEEDS_OWN_WORDS) before--;
  if (before >= 0 && Math.abs(starts[before] - start) <= within) return before;
  let after = i + 1;
  while (after < count && needs[after] === NEEDS_OWN_WORDS) after++;
  if (after < count && Math.abs(starts[after] - start) <= within) return after;
  return -1;
}

/** Whether candidate i's neighbour within `within` characters also needs words to count. */
function oddPair(needs: Uint8Array, starts: Int32Array, count: number, i: number, within: number): boolean {
  const other = pairedAt(starts, needs, count, i, within);
  return other >= 0 && needs[other] === NEEDS_WORDS;
}

/** Candidates of the current classifier that were found on their own evidence: a word, their kind's layout, or such a neighbour. */
let vouched = new Uint8Array(1024);

/**
 * Whether candidate i has a neighbour within `within` characters written in its kind's own layout,
 * or one before it already found on its own evidence: a column of SSNs under one "SSN", not two
 * runs of nine digits that only each other speak for.
 */
function kinPaired(needs: Uint8Array, starts: Int32Array, count: number, i: number, within: number): boolean {
  const start = starts[i];
  let before = i - 1;
  while (before >= 0 && needs[before] === NEEDS_OWN_WORDS) before--;
  if (before >= 0 && start - starts[before] <= within && (needs[before] === 0 || vouched[before] === 1)) return true;
  let after = i + 1;
  while (after < count && needs[after] === NEEDS_OWN_WORDS) after++;
  return after < count && starts[after] - start <= within && needs[after] === 0;
}

/** How far before a listed value its list's label may stand (list-start.ts reads a list back at most 200 characters, a label's gap more). */
const LIST_LABEL_REACH = 260;

/**
 * Whether the value at `start` follows others in a list whose first value's label names another
 * kind, not this classifier's nor its kin's (a checksum-validated value: only a reference's word).
 */
function listedAfterOthers(
  ix: TextIndex,
  start: number,
  end: number,
  roles: Uint8Array,
  kinRoles: Uint8Array | null,
  kinds: Uint8Array,
  checksum: boolean,
  after: number,
): boolean {
  // (Asked first of the hits just before it: most values have no word naming another kind within a list's reach.)
  let named = false;
  for (let h = after - 1; h >= 0 && ix.hitStart[h] >= start - LIST_LABEL_REACH; h--) {
    const phrase = ix.hitPhrase[h];
    if (kinds[phrase] === 1 && (roles[phrase] & CONTEXT) === 0) {
      named = true;
      break;
    }
  }
  if (!named) return false;
  const from = listStart(ix.text, start);
  if (from === start) return false;
  const head = labelBefore(ix, from);
  if (head < 0) return false;
  const phrase = ix.hitPhrase[head];
  // (A list of one kind of thing: its first value has as many digits; "dealer # C-492349,
  // 321-852-3402" lists a dealer's number and its phone.)
  const firstEnd = itemEnd(ix.text, from, start);
  if (digitsIn(ix.text, from, firstEnd) !== digitsIn(ix.text, start, end)) return false;
  return (
    (roles[phrase] & CONTEXT) === 0 &&
    !(kinRoles !== null && (kinRoles[phrase] & CONTEXT) !== 0) &&
    kinds[phrase] === 1 &&
    !(checksum && !namesAReference()[phrase]) &&
    !deniedAt(ix.text, ix.hitStart[head]) &&
    !namesNoKindItCouldBe(ix, head, from, firstEnd)
  );
}

/** How many digits text[from, to) holds. */
function digitsIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let p = from; p < to; p++) if (isDigit(text.charCodeAt(p))) n++;
  return n;
}

/** One pattern classifier over the index. */
export function patternFindings(c: CompiledClassifier, ix: TextIndex, own: number, ownEnd: number, out: Finding[]): void {
  const def = c.def;
  cands.clear();
  findContext.ix = ix;
  findContext.roles = c.roles;
  findContext.hits = null;
  def.find!(ix, findContext, cands);
  findContext.ix = null;
  if (cands.length === 0) return;
  cands.dedupe();
  const { start: starts, end: ends, base: bases, needsContext } = cands;
  const window = def.window ?? DEFAULT_WINDOW;
  const { roles } = c;
  const hasContext = def.context.length > 0;
  const hasNegative = (def.negative?.length ?? 0) > 0;
  // Read once: every classifier's definition has its own shape, so each read in the loop would
  // be a megamorphic look-up.
  const { id, supporting: findSupporting, pairWithin, contextScore, checksum, negativeLabels } = def;
  const weak = def.weak === true;
  const evidentFrom = def.evident ?? Infinity;
  const kinRoles = def.kin ? registry().byId.get(def.kin)!.roles : null;
  const kinds = namesAKind();
  const byCode = def.address !== true;
  const { hitStart } = ix;
  const hitCount = hitStart.length;
  const sorted = hitStartsSorted(ix);
  let after = 0;
  // Candidates are in start order, so the first hit that can be near one only moves forward.
  let first = 0;
  if (vouched.length < cands.length) vouched = new Uint8Array(cands.length * 2);
  vouched.fill(0, 0, cands.length);
  for (let i = 0; i < cands.length; i++) {
    const start = starts[i];
    const end = ends[i];
    if (start < own || start >= ownEnd) continue;
    // Candidates are in start order: over sorted hits the first one at or after it only moves forward.
    if (sorted) {
      while (after + 8 < hitCount && hitStart[after + 8] < start) after += 8;
      while (after < hitCount && hitStart[after] < start) after++;
    } else after = hitsBefore(ix, start);
    // A label right before the value names it: its own word makes the strongest context; a word
    // naming another kind ("Invoice 8434340017", "Member ID: …", "Routing number: …", a JSON
    // key) outweighs this classifier's words elsewhere in the window.
    const label = labelBefore(ix, start, after);
    // The word naming the value beside it (def.namedBeside), once asked.
    let named: string | null | undefined;
    // Named another kind by its own label, it is that kind: not even supporting information
    // ("Ticket reference 935-85-5788", a date nearby) makes it this one. Checked first: most
    // candidates end here (two in three of the bench's), before their window is read.
    // (A kin's label names it too: an ITIN stands where an SSN is asked for, "SSN: 935-88-1011".)
    const kinLabel = label >= 0 && kinRoles !== null && (kinRoles[ix.hitPhrase[label]] & CONTEXT) !== 0;
    // A record's field (an HL7 segment's, an X12 element's, a FHIR identifier's) says what its
    // value is by its place or its system, whatever words are around it.
    const field = recordFieldAt(ix.text, start);
    if (field !== null && !field.kinds.includes(id) && !(def.kin !== undefined && field.kinds.includes(def.kin))) continue;
    if (
      field === null &&
      label >= 0 &&
      !kinLabel &&
      (roles[ix.hitPhrase[label]] & CONTEXT) === 0 &&
      kinds[ix.hitPhrase[label]] === 1 &&
      // (A checksum-validated value is named another kind only by a reference's word; an address
      // whose shape says what it is is one whatever word stands before it, and a value printed as
      // what it is is no address an address's word names: "email (308-807-2175)" is a phone number.)
      !(checksum && !namesAReference()[ix.hitPhrase[label]]) &&
      !(bases[i] >= evidentFrom && (!byCode || namesAnAddress()[ix.hitPhrase[label]] === 1 || withCallingCode(ix.text, start))) &&
      !ownHeadBefore(ix, roles, label) &&
      // (Its own word in brackets right after it says more: "VA file number: 816166183 (your SSN)".)
      !ownWordInBracketAfter(ix, roles, after, end) &&
      // (A word naming it beside the label says more: "OH state ID card HJ298706" is no card.)
      !(def.namedBeside !== undefined && (named = def.namedBeside(ix, start, end, after)) !== null) &&
      // (Nor by a phone's word when it has more digits than any phone number: "the card she gave
      // me on the phone - 3487 793726 99868 -".)
      !(checksum && longerThanAPhone(ix, label, start, end)) &&
      // (Nor when it is written as an address, as no phone number is: "callback   203.0.113.232".)
      !addressAfterPhoneWord(ix, label, start, end) &&
      // (Nor by a word in the cell to its left when its column's header names it: "SELL  CAT
      // 33027PBQ6" under "CUSIP", the ticker no catalogue's.)
      !(cellGapBetween(ix.text, ix.hitEnd[label], start) && headedByOwnWord(ix, def, start, end)) &&
      // (Nor by a word naming only kinds that could not hold it: "Number to transfer:
      // 704-537-8706" is no IBAN, "Re-entered from card: 763-59-4674" no payment card.)
      !namesNoKindItCouldBe(ix, label, start, end) &&
      // (Nor an address by a document's or a building's place, numbered small: "The router page
      // is 192.168.1.254", "Hit counts on the new rules: 148.20.55.26".)
      !(def.address === true && placeWords()[ix.hitPhrase[label]] === 1 && noPlaceNumber(ix.text, start, end)) &&
      // (Nor a word denied, or a way of speaking: "my SSN, not an EIN: 762-35-9020", "as your rep
      // asked on the phone: 350-73-7794".)
      !deniedAt(ix.text, ix.hitStart[label]) &&
      !byPhone(ix, label)
    )
      continue;
    // Listed after others with no label of its own, it has the list's label: named another kind
    // there, it is that kind too ("Related CyberTipline report(s): 192702120, 194301212").
    // (Not a value printed as what it is: a phone number's parentheses and dashes say more.)
    if (
      label < 0 &&
      field === null &&
      byCode &&
      bases[i] < evidentFrom &&
      listedAfterOthers(ix, start, end, roles, kinRoles, kinds, checksum === true, after)
    )
      continue;
    // After another country's dialling code it is that country's phone number ("+49 211 675 4879").
    if (field === null && (afterCountryCode(ix.text, start) || programAccountAfter(ix.text, end) || dialledAfterCall(ix.text, start, end)))
      continue;
    // Glued by a hyphen to a code's capitals ("INV-512401234", "EMP-50916") it is that code's
    // number, unless the capitals are its own word ("SSN-512401234").
    if (
      byCode &&
      (codePrefixed(ix.text, start) || atPrefixed(ix.text, start)) &&
      !(label >= 0 && (roles[ix.hitPhrase[label]] & CONTEXT) !== 0)
    )
      continue;
    // Inside a link it is the link's (a tracking id, a path's segment), unless its own word is the
    // query's key ("?phone=4155550123").
    // (Nor its own word as the path's segment before it: "…/phone/305-502-0223" on a people-search site.)
    if (
      byCode &&
      inLink(ix.text, start) &&
      !(label >= 0 && (roles[ix.hitPhrase[label]] & CONTEXT) !== 0) &&
      !ownSegmentBefore(ix.text, start, def.context)
    )
      continue;
    first = firstHitFrom(ix, first, start - window);
    let near =
      field !== null
        ? field.words
        : hasContext || hasNegative
          ? wordsNear(ix, roles, first, start, end, window, 0, ix.text.length, weak)
          : null;
    // A value listed after others has the words of the list's first value ("passport numbers … are
    // R56058318, 369242095, 950185471, and 115864916").
    // (Or, when "respectively" ends the list, the words at its sentence's start.)
    if (near === null && field === null && hasContext && contextWordBefore(ix, roles, start, LIST_REACH + window)) {
      const from = listStart(ix.text, start);
      // (The first hit found by halving: a walk from the first hit would cost every listed value the whole text's hits.)
      if (from < start) near = wordsNear(ix, roles, hitsBefore(ix, from - window - slack()), from, end, window, 0, ix.text.length, weak);
      // (Read back from the list's start as far as its sentence's: the label is a word before the list.)
      const sentence = near === null ? respectiveSentenceStart(ix.text, from, end) : from;
      if (sentence < from) {
        const reach = window + from - sentence;
        near = wordsNear(ix, roles, hitsBefore(ix, from - reach - slack()), from, end, reach, 0, ix.text.length, weak);
      }
    }
    // A value one per line under a heading that ends with a colon has the heading's words ("Cards
    // that were approved …:\n\n  4491-2382-6525-1417   auth BB6U32").
    if (near === null && field === null && hasContext) {
      const heading = listHeadingAbove(ix.text, start);
      if (heading !== null) near = ownWordsIn(ix.text, def, heading);
    }
    // Whether the words came from a cell that labels the value (a header, a label above, a question).
    let fromCell = false;
    // Whether the value's column header names a kind of its own ("case_id", "Order #"; not "ID" alone).
    let namedOther = false;
    // Whether that header names a thing by one word of its own ("certificate", "Household").
    let namedThing = false;
    let negative = field === null && hasNegative && negativeNear;
    // Negative words that are labels ("firmware 19.11.10.82") speak of the value they stand
    // before, or just after, and outweigh a context word only when nearer than it ("gateway
    // 2.4.6, firmware 19.11.10.82"); a word further on is about something else ("… at
    // 172.21.85.42. Your badge releases jobs").
    // A checksum-validated value is held to the same: "charged to 3744 037255 87301 per the signed
    // agreement" is a card, the agreement another thing.
    if (negative && negativeLabels) {
      // (A shape that says what it is, a phone printed as one, is labelled otherwise only from
      // close by: "GL 799-638-6013", not "my GL cert is coming from my agent Curtis Hale, 1-808-…".)
      negative = bases[i] >= evidentFrom ? negativeClose && negativeLabel : negativeLabel;
      if (negative && near !== null && nearestNegative < nearestContext) near = null;
    } else if (negative && checksum) negative = negativeClose;
    // In a table, the column's header names every cell below it, however far down; words in
    // other columns (another header, a neighbouring cell) do not. Only the value's own row
    // speaks besides the header (a key/value table's key cell).
    // (A word of the vocabulary before it, as a cell to its left may hold — "Cardiology
    // 1815896661" under "SPECIALTY  NPI" —, is no label that settles it.)
    // (Nor another kind's word in the cell to its left when its column's header names it: "Savings
    // 040255158" under "routing".)
    const labelled =
      label >= 0 &&
      ((roles[ix.hitPhrase[label]] & CONTEXT) !== 0 || kinds[ix.hitPhrase[label]] !== VOCABULARY) &&
      !(
        cellGapBetween(ix.text, ix.hitEnd[label], start) &&
        ((roles[ix.hitPhrase[label]] & CONTEXT) === 0 ? headedByOwnWord(ix, def, start, end) : headedAnotherKind(ix, def, start, end))
      );
    const header = hasContext && !labelled && field === null ? (columnHeader(ix, start, end) ?? sqlColumnAt(ix.text, start)) : null;
    // Whether that header names no kind at all (neither this classifier's nor another's).
    let headerSilent = false;
    if (header !== null) {
      const headed = ownWordsIn(ix.text, def, header);
      if (headed !== null) {
        near = headed;
        fromCell = true;
        negative = false;
      } else {
        // A header holding one of its negative words ("Lot", "Order #", "SKU") names the column
        // another kind, whatever words its rows hold; another header leaves the row to speak.
        const otherWords = headerWords(ix.text, columnKey(id), columnNegatives(def), header);
        // (So does a header numbering something else, "certificate no.", "Permit #": a date in the
        // row is that row's, not a birth date.)
        const headerText = ix.text.slice(header[0], header[1]);
        namedOther = (otherWords !== null && otherWords.some(specificKind)) || NUMBERS_A_THING.test(headerText);
        // (A header naming a thing by a word of its own outweighs what the rest of its row says,
        // a date in another column; not what its own cell says: "ACH 678494378 / 98543656185"
        // under "Remitted", a routing number beside the account.)
        namedThing = !namedOther && NAMES_A_THING.test(headerText) && !namesKin(ix.text, def, header);
        near = otherWords !== null ? null : wordsNear(ix, roles, first, start, end, window, rowStart, rowEnd, weak);
        headerSilent = otherWords === null;
        // A header naming something else ("Member ID") settles a shape anyone could write; a
        // checksum-validated number, or a value whose shape says what it is (an email address),
        // keeps its own low score unless the header names it an order, a ticket or another of
        // its negative words.
        if (near === null && (!(checksum || bases[i] >= evidentFrom) || otherWords !== null)) negative = true;
      }
    }
    // A form's label printed above the value, in its column, however far back in the text.
    // Or an inline reply's answer under the quoted question that asked for it, or a chat's answer
    // under the question a line or two above.
    if (near === null && header === null && field === null && hasContext && !labelled) {
      let above = cellAbove(ix.text, start) ?? quotedQuestionAbove(ix.text, start);
      // A chat's answer: the message above, or, for a value with no label of its own, the one that
      // asked before a filler or two ("one sec") — unless a value of this kind in between answered it.
      for (let skip = 0; above === null && skip <= MAX_CHAT_SKIP; skip++) {
        const message = chatQuestionAbove(ix.text, start, skip);
        if (message === null) break;
        const last = skip === MAX_CHAT_SKIP || label >= 0 || (i > 0 && starts[i - 1] >= message[0]);
        if (
          last ||
          ownWordsIn(ix.text, def, message) !== null ||
          headerWords(ix.text, negativeKey(id), def.negative ?? NONE, message) !== null
        )
          above = message;
      }
      if (above !== null) {
        const words = ownWordsIn(ix.text, def, above);
        if (words !== null) {
          near = words;
          fromCell = true;
          negative = false;
        } else if (!checksum && headerWords(ix.text, negativeKey(id), def.negative ?? NONE, above) !== null) negative = true;
      }
    }
    // (In a table whose header names nothing, a form's label ending with a colon right above the
    // value in its column still names it: a signing certificate's "Using IP Address:" over the
    // signer's address, its cells several lines deep under "Signer Events  Signature  Timestamp".)
    if (near === null && headerSilent) {
      const above = cellAbove(ix.text, start);
      if (above !== null && ix.text.charCodeAt(above[1] - 1) === 58) {
        const words = ownWordsIn(ix.text, def, above);
        if (words !== null) {
          near = words;
          fromCell = true;
          negative = false;
        }
      }
    }
    if (near === null && kinLabel) near = shared(oneWords, hitWord(ix, label), oneWord);
    if (near === null && field === null && def.namedBeside !== undefined) {
      if (named === undefined) named = def.namedBeside(ix, start, end, after);
      if (named !== null) near = shared(oneWords, named, oneWord);
    }
    // (Another such shape close by speaks for it as its words would: "078-051121 07805-1121".)
    if (
      near === null &&
      needsContext[i] !== 0 &&
      needsContext[i] !== NEEDS_WORDS_OR_KIN &&
      !(needsContext[i] === NEEDS_WORDS && pairWithin && oddPair(needsContext, starts, cands.length, i, pairWithin))
    )
      continue;
    // A run of digits with no word of its own and no value of its kind in its kind's layout beside
    // it: only a date of birth named so speaks for it; otherwise it stays the bare shape it is.
    const loneRun =
      near === null &&
      needsContext[i] === NEEDS_WORDS_OR_KIN &&
      !(pairWithin && kinPaired(needsContext, starts, cands.length, i, pairWithin));
    // (A record's field names its kind as an own word would; in the text around, an own word
    // stands before the value or in its sentence.)
    if (
      needsContext[i] === NEEDS_OWN_WORDS &&
      field === null &&
      !(hasOwnWord(def, near!) && (fromCell || ownWordNear(ix, def, first, start, end, window)))
    )
      continue;
    const contextWords = near ?? NONE;
    let supporting = NONE;
    if (findSupporting) {
      const found = loneRun ? namedDateOfBirth(ix.text, start, end) : findSupporting(ix.text, start, end);
      if (found.length) supporting = found;
    }
    // A negative word (order, booking, ticket…) or a header naming something else marks a number
    // as another kind of reference only when nothing speaks for it: supporting information (an
    // expiry date, a date of birth) outweighs it.
    // (Not a header naming the column another kind: a date in the row is that row's, not a birth date.)
    if (
      near === null &&
      negative &&
      (supporting === NONE || namedOther || (namedThing && !supportedInCell(ix.text, start, end, findSupporting!)))
    )
      continue;
    // Held elsewhere by what is around it (a UK sort code, a Canadian transit number, a patient's
    // visit). Asked last, of the values that are otherwise found: it reads the text around the value.
    if (field === null && def.heldElsewhere !== undefined && def.heldElsewhere(ix.text, start, end, header, ix, after, contextWords))
      continue;
    if (field === null && calledNotReal(ix, after, start, end)) continue;
    // (Nor one its writer says in brackets right after is none of this kind: "account 7737685829 (not a bank account)".)
    if (field === null && deniedInBracketAfter(ix, roles, after, end)) continue;
    // An end of a range of issued numbers ("tickets 489818505 to 489820463").
    if (field === null && byCode && isDigit(ix.text.charCodeAt(start)) && inNumberRange(ix.text, start, end)) continue;
    if (pairWithin && !loneRun) {
      const other = pairedAt(starts, needsContext, cands.length, i, pairWithin);
      if (other >= 0) supporting = keptList(...supporting, `another ${def.name} nearby ("${ix.text.slice(starts[other], ends[other])}")`);
    }
    if (!loneRun) vouched[i] = 1;
    const base = bases[i];
    const supported = contextWords.length > 0 || supporting.length > 0;
    const both = contextWords.length > 0 && supporting.length > 0 ? 10 : 0;
    const score = supported ? Math.min(100, Math.max(base, contextScore) + both) : base;
    out.push(
      new ScanFinding(
        id,
        start,
        end,
        ix.text.slice(start, end),
        score,
        explanationOf(cands.pattern[i], cands.validation[i], contextWords, supporting, base, score),
      ),
    );
  }
}
