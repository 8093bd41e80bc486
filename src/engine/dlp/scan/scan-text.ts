/**
 * scanText: the built-in classifiers over one text, as one readable pipeline —
 * index (one pass) → find validated candidates → context and supporting information → dedupe →
 * score → weak shapes give way to checksum-validated ones on the same span. Long texts go
 * through the pipeline block by block (blocks.ts) with the same result as one whole-text pass.
 * A text with Unicode evasion (look-alike or invisible characters, spaced-out digits) is scanned
 * normalised (normalise.ts) and its findings placed back in the original (obfuscated.ts).
 */
import type { Finding } from '../types.ts';
import {
  AT_WORD_TRIGGER,
  CONTEXT,
  DIGIT_WORD_TRIGGER,
  DOT_WORD_TRIGGER,
  REFERENCE_TRIGGER,
  registry,
  type CompiledClassifier,
  type Registry,
} from '../classifiers/registry.ts';
import { indexText } from './text-index.ts';
import { DEFAULT_SIZES, mergeBlocks, planBlocks, REACH, type Block, type BlockSizes } from './blocks.ts';
import { contextDistance, patternFindings, readHeadersOf, termFindings } from './findings.ts';
import { readTablesOf } from './table-columns.ts';
import { readRecordsOf } from './record-fields.ts';
import { readLabelsOf } from './label-above.ts';
import { readQuotesOf } from './quoted-question.ts';
import { readQuestionsOf } from './chat-question.ts';
import { joinedRuns, normaliseEveryUnit, normaliseForScan, rewroteValues } from './normalise.ts';
import {
  digitFor,
  disguisedGroupsAt,
  GROUP_BOUNDS,
  isGapChar,
  isStrayMark,
  ninoGroupsAt,
  quadGroupsAt,
  solidAt,
  startsLayout,
} from './disguised-groups.ts';
import { isAlnum, isDigit, isLetter, isUpper } from './char-codes.ts';
import { isBracketed, MAX_DOMAIN } from './written-out-emails.ts';
import { digitRunEnd, inDigitRun } from './spelled-digits.ts';
import { wrapsAt } from './line-wraps.ts';
import { escapeAt } from './quoted-printable.ts';
import { mapFindings } from './obfuscated.ts';
import { shapeSet, tokensOfShape } from './chain-shapes.ts';
import { SEP_DASH, SEP_DOT, SEP_NONE, SEP_SLASH, SEP_SPACE, type TextIndex } from './index-model.ts';

/** Options of scanText. */
export interface ScanOptions {
  /** Classifier ids to run (default: all built-ins). Unknown ids are ignored. */
  readonly classifiers?: readonly string[];
  /**
   * Each classifier's findings exactly as a scan for it alone gives them (no one-type-per-value,
   * no weak shapes giving way): one pass serving several classifiers that are judged separately.
   */
  readonly independent?: boolean;
}

/** Runs the built-in classifiers over a text; every validated candidate is returned with its score. */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  const folded = normaliseForScan(text, false);
  sawSpacedDigits = false;
  sawDisguisedGroups = false;
  sawWrittenOut = false;
  const found = scanInBlocks(folded.text, options, DEFAULT_SIZES);
  // The index pass saw single digits in a row, groups in disguise, an at sign written out or an
  // HTML character reference: maybe a value written to evade detection. Rewriting those has no
  // cheap check first (the index pass was that check).
  const rewrite = sawDisguisedGroups || sawWrittenOut;
  const asWritten = folded.map === null ? found : mapFindings(text, folded, found);
  if (rewrite || (sawSpacedDigits && !joinedRuns(folded))) {
    const joined = rewrite ? normaliseEveryUnit(text, true) : normaliseForScan(text);
    if (rewroteValues(joined) || (joinedRuns(joined) && !joinedRuns(folded)))
      return withLost(mapFindings(text, joined, scanInBlocks(joined.text, options, DEFAULT_SIZES)), asWritten);
  }
  return asWritten;
}

/**
 * The findings of the rewritten text, and the checksum-validated ones of the text as written that
 * the rewriting lost: a rewrite reads one value anew and may spoil another around it
 * ("GB82  WEST  1234  5698  7654  32" read as a card's groups loses the IBAN its double spaces
 * made). Only where nothing was found in the rewritten text, and only values whose check digits
 * hold: a shape alone ("6.4.6.7" inside a card dotted digit by digit) is what the rewrite corrects.
 */
function withLost(rewritten: Finding[], asWritten: readonly Finding[]): Finding[] {
  let out: Finding[] | null = null;
  let j = 0;
  const { byId } = registry();
  for (const f of asWritten) {
    if (!byId.get(f.classifier)?.def.checksum) continue;
    // Both lists are in text order: the rewritten findings that can overlap f start before its end.
    while (j < rewritten.length && rewritten[j].end <= f.start) j++;
    let overlaps = false;
    for (let k = j; k < rewritten.length && rewritten[k].start < f.end && !overlaps; k++) overlaps = rewritten[k].end > f.start;
    if (!overlaps) (out ??= rewritten.slice()).push(f);
  }
  return out === null ? rewritten : out.sort(inTextOrder);
}

/**
 * Set by scanBlock when an index has an at sign written out ("[at]") or spaced ("r.obi @ gmail"),
 * or an HTML character reference ("&nbsp;", "&#160;": hasDisguisedGroups sees the numbered ones).
 */
let sawWrittenOut = false;

/**
 * Whether the index has a hit of a trigger word where it means something (registry's
 * triggerWords): "[at]", a bare "dot" after a bare "at" ("jane at example dot com"), "&nbsp;", a
 * digit word among six more ("five three six two two …");
 * or an '@' with a space beside it.
 */
function hasWrittenOut(ix: TextIndex, triggerWords: Uint8Array): boolean {
  const { hitPhrase, hitStart, hitEnd, text } = ix;
  // The last "at" (a common word: whether it is bare is asked only when a "dot" follows).
  let lastAt = -1;
  // Where the digit words read so far end.
  let digitRunsRead = 0;
  for (let h = 0; h < hitPhrase.length; h++) {
    const trigger = triggerWords[hitPhrase[h]];
    if (trigger === 0 || trigger === undefined) continue;
    const start = hitStart[h];
    const end = hitEnd[h];
    if (trigger === AT_WORD_TRIGGER) {
      if (isBracketed(text, start, end)) return true;
      lastAt = h;
    } else if (trigger === DOT_WORD_TRIGGER) {
      if (lastAt >= 0 && bareDotAfter(ix, lastAt, start, end)) return true;
    } else if (trigger === DIGIT_WORD_TRIGGER) {
      // A digit word of a run already read is not read again.
      if (start >= digitRunsRead && inDigitRun(text, start)) return true;
      digitRunsRead = Math.max(digitRunsRead, digitRunEnd);
    } else if (trigger === REFERENCE_TRIGGER && isReferenceName(text, start, end)) return true;
  }
  for (const a of ix.at) if (text.charCodeAt(a - 1) === 32 || text.charCodeAt(a + 1) === 32) return true;
  return false;
}

/** Whether the "dot" at [start, end), bare or bracketed, follows the bare "at" of hit `at` within a domain's length. */
function bareDotAfter(ix: TextIndex, at: number, start: number, end: number): boolean {
  const atEnd = ix.hitEnd[at];
  return (
    start > atEnd &&
    start - atEnd < MAX_DOMAIN &&
    isBare(ix.text, ix.hitStart[at], atEnd) &&
    (isBare(ix.text, start, end) || isBracketed(ix.text, start, end))
  );
}

/** Whether the word at [start, end) has a space on each side. */
const isBare = (text: string, start: number, end: number): boolean => text.charCodeAt(start - 1) === 32 && text.charCodeAt(end) === 32;

/** Whether the word at [start, end) is written as a character reference's name: "&nbsp;". */
const isReferenceName = (text: string, start: number, end: number): boolean =>
  text.charCodeAt(start - 1) === 38 && text.charCodeAt(end) === 59;

/** Set by scanBlock when an index has a chain of groups disguisedGroupsAt takes for a value in disguise. */
let sawDisguisedGroups = false;
/** Room for the text around a chain's first token, as disguisedGroupsAt reads it. */
const around = new Uint16Array(96);
const groupBounds = new Int32Array(GROUP_BOUNDS);

/** Copies up to `length` characters of the text from `from` into `around`; returns how many it copied. */
function copyAround(text: string, from: number, length: number): number {
  const to = Math.min(text.length, from + Math.min(length, around.length));
  for (let i = from; i < to; i++) around[i - from] = text.charCodeAt(i);
  return to - from;
}

/**
 * Tokens at an odd joint of a disguised value: up to six digits not joined by one space, hyphen or
 * dot; a card's group of four or six whose separator differs from the next one's (a chain of two
 * before a group of four or more: "4539 1488-0343 6467"); or two to six characters with letters
 * (a group with a letter for a digit, "7O").
 */
const ODD_JOINTS = shapeSet(
  (digits, chain, sep, next) =>
    (digits <= 6 && (sep === SEP_NONE || sep === SEP_SLASH)) ||
    ((digits === 4 || digits === 6) && chain === 2 && sep !== SEP_NONE && next >= 4),
  (length) => length >= 2 && length <= 6,
);

/**
 * Whether the index holds a grouped value in disguise ("4539_1488_0343_6467", "536/22/1234",
 * "4539 1488 O343 6467"). The index lists the tokens at an odd joint (ODD_JOINTS): a gap that is
 * not one space, hyphen or dot, or letters in a short token. Only where such a gap is short is
 * the chain read from its first token: sized like a layout's first three groups, then asked of
 * disguisedGroupsAt. A thousands separator and a phone number's own punctuation are no odd joint.
 * On the way it sets sawWrittenOut for a numbered character reference ("&#160;"), whose number is
 * one of those tokens, and for a quoted-printable escape right after one ("5189=C2=A04187"; a
 * second walk over the tokens just for those is not worth its cost).
 */
function hasDisguisedGroups(ix: TextIndex): boolean {
  const { tokStart, tokEnd, tokDigits, link, text } = ix;
  const n = tokStart.length;
  if (hasSolidWithLetters(ix)) return true;
  const { tokens, from: first, to: last } = tokensOfShape(ix, ODD_JOINTS);
  // The last chain start read: a chain with several odd joints is read once.
  let lastStart = -1;
  for (let t = first; t < last; t++) {
    const j = tokens[t];
    // A numbered character reference ("&#160;", "&#x202F;"): its number is a token of its own.
    if (text.charCodeAt(tokStart[j] - 1) === 35 && text.charCodeAt(tokStart[j] - 2) === 38) sawWrittenOut = true;
    // Quoted-printable left undecoded ("5189=C2=A04187"): an escape right after the token.
    else if (escapeAt(text, tokEnd[j]) || escapeAt(text, tokEnd[j] + 1)) sawWrittenOut = true;
    const size = tokEnd[j] - tokStart[j];
    if (tokDigits[j] === size) {
      if (j + 1 === n) break;
      if (link[j] === SEP_NONE) {
        const from = tokEnd[j];
        const to = tokStart[j + 1];
        // A defanged address ("192[.]168[.]1[.]20"): its first group, a dot so written after it.
        if (to - from === 3 && size <= 3 && text.charCodeAt(from + 1) === 46 && quadIn(text, tokStart[j])) return true;
        // A stray mark between two runs of digits ("291`58446").
        if (
          to - from === 1 &&
          isStrayMark(text.charCodeAt(from)) &&
          tokDigits[j + 1] === tokEnd[j + 1] - to &&
          tokEnd[j + 1] - tokStart[j] > 7
        )
          return true;
        if (to - from > 3 || plainGap(text, from, to, tokEnd[j] - tokStart[j], tokEnd[j + 1] - to)) continue;
      } else if (link[j] !== SEP_SLASH && (link[j + 1] === SEP_NONE || link[j + 1] === link[j])) {
        // Listed as a card's group before a separator that differs: only if the next one differs.
        continue;
      }
    } else if (size === 2 && digitFor(text.charCodeAt(tokStart[j])) < 0 && digitFor(text.charCodeAt(tokStart[j] + 1)) < 0) {
      // Two characters with a letter are a group only with a letter for a digit ("7O").
      continue;
    }
    // A National Insurance number's first pair of digits after its letters, two more pairs close behind.
    if (size === 2 && j + 2 < n && isPairAfter(ix, j) && isPairAfter(ix, j + 1) && ninoBefore(text, tokStart[j])) return true;
    // An odd joint after token j, or letters in it: read the chain from its first token.
    let k = j;
    while (k > 0 && j - k < 4 && tokStart[k] - tokEnd[k - 1] <= 3) k--;
    if (k <= lastStart || k + 2 >= n) continue;
    lastStart = k;
    if (tokStart[k + 1] - tokEnd[k] > 3 || tokStart[k + 2] - tokEnd[k + 1] > 3) continue;
    if (!startsLayout(tokEnd[k] - tokStart[k], tokEnd[k + 1] - tokStart[k + 1], tokEnd[k + 2] - tokStart[k + 2])) continue;
    const from = Math.max(0, tokStart[k] - 4);
    if (disguisedGroupsAt(around, tokStart[k] - from, copyAround(text, from, around.length), groupBounds) > 0) return true;
  }
  return false;
}

/**
 * Whether a value that wrapping cut at a hyphen or in a quoted reply ("536-22-⏎1234", "1488⏎>
 * 0343") is in the index: a number at an odd joint (ODD_JOINTS) whose gap is such a joint
 * (line-wraps.ts). Apart from hasDisguisedGroups, whose loop runs on every text with numbers.
 */
function hasWrappedValue(ix: TextIndex): boolean {
  const { tokStart, tokEnd, tokDigits, link, text } = ix;
  const { tokens, from, to } = tokensOfShape(ix, ODD_JOINTS);
  for (let t = from; t < to; t++) {
    const j = tokens[t];
    if (link[j] !== SEP_NONE || j + 1 === tokStart.length || tokDigits[j] !== tokEnd[j] - tokStart[j]) continue;
    if (wrapsAt(text, tokEnd[j], tokStart[j + 1])) return true;
  }
  return false;
}

/** Tokens of seven to nineteen characters with letters: too long for a group, maybe a solid value (solidAt). */
const SOLID_TOKENS = shapeSet(
  () => false,
  (length) => length >= 7 && length <= 19,
);

/** Whether the index has a solid value written with letters for digits ("O21000021"). */
function hasSolidWithLetters(ix: TextIndex): boolean {
  const { tokens, from, to } = tokensOfShape(ix, SOLID_TOKENS);
  for (let t = from; t < to; t++) {
    const start = ix.tokStart[tokens[t]];
    const end = ix.tokEnd[tokens[t]];
    if (onlyDigitLike(ix.text, start, end) && solidIn(ix.text, start, end - start)) return true;
  }
  return false;
}

/** Whether text[from, to) holds only digits, capitals and the letters that stand for digits (o, l): all solidAt reads. */
function onlyDigitLike(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(isDigit(c) || isUpper(c) || c === 111 || c === 108)) return false;
  }
  return true;
}

/** Whether the token at `start` of `size` characters is a solid value with letters for digits (solidAt). */
function solidIn(text: string, start: number, size: number): boolean {
  const from = Math.max(0, start - 1);
  return solidAt(around, start - from, copyAround(text, from, start + size + 1 - from)) > 0;
}

/** Whether a defanged dotted quad (quadGroupsAt) starts at `start`. */
function quadIn(text: string, start: number): boolean {
  const from = Math.max(0, start - 1);
  return quadGroupsAt(around, start - from, copyAround(text, from, start + QUAD_REACH - from), groupBounds) > 0;
}

/** Characters read from a defanged address's start: its 21 at most ("255[.]255[.]255[.]255") and two after. */
const QUAD_REACH = 23;

/** Whether token k + 1 is two digits at most a group's gap after token k. */
function isPairAfter(ix: TextIndex, k: number): boolean {
  return ix.tokDigits[k + 1] === 2 && ix.tokEnd[k + 1] - ix.tokStart[k + 1] === 2 && ix.tokStart[k + 1] - ix.tokEnd[k] <= 3;
}

/** Characters read around a National Insurance number in disguise: its 21 at most, and what is before and after. */
const NINO_REACH = 26;

/**
 * Whether a National Insurance number in disguise (ninoGroupsAt) has its digits start at `start`:
 * two letters and a short gap of punctuation or spaces before them.
 */
function ninoBefore(text: string, start: number): boolean {
  let g = start;
  while (g > 0 && start - g < 3 && isGapChar(text.charCodeAt(g - 1))) g--;
  if (g < 2 || !isLetter(text.charCodeAt(g - 1)) || !isLetter(text.charCodeAt(g - 2)) || isAlnum(text.charCodeAt(g - 3))) return false;
  const from = Math.max(0, g - 3);
  return ninoGroupsAt(around, g - 2 - from, copyAround(text, from, NINO_REACH), groupBounds) > 0;
}

/**
 * Whether the gap [from, to) between a token of `before` and one of `after` characters is
 * written as plain values write theirs: a comma before three digits (a thousands separator), or a
 * phone number's parenthesis after its area code or before it ("(415) 555", "1 (415)").
 */
function plainGap(text: string, from: number, to: number, before: number, after: number): boolean {
  let paren = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 && to - from === 1) return after === 3;
    if (c === 40 || c === 41) paren = true;
    else if (c !== 32 && c !== 45 && c !== 46) return false;
  }
  return paren && (before === 3 || before === 1);
}

/** Four or more single digits chained by spaces, dots or hyphens (a spaced-out group): listed by the index pass at no cost. */
const SPACED_DIGITS = shapeSet(
  (digits, chain, sep, next) => digits === 1 && chain >= 4 && next === 1 && (sep === SEP_SPACE || sep === SEP_DOT || sep === SEP_DASH),
);
/** Set by scanBlock when an index has SPACED_DIGITS tokens. */
let sawSpacedDigits = false;
/** Single-digit tokens, whatever joins them (two spaces between digits join nothing). */
const SINGLE_DIGITS = shapeSet((digits) => digits === 1);

/**
 * Whether the index holds a value spaced out digit by digit: a chain of single digits joined by
 * a space or a dot, or seven single-digit tokens in a row at most four characters apart (up to
 * four spaces between digits, the widest gap normalisation joins across: "4 5 3 9   1 4 8 8 …"; a
 * form's character boxes may hold the value's hyphen in a box of its own, "| 6 | - | 2 |").
 */
function hasSpacedDigits(ix: TextIndex): boolean {
  const spaced = tokensOfShape(ix, SPACED_DIGITS);
  if (spaced.to > spaced.from) return true;
  const { tokens, from, to } = tokensOfShape(ix, SINGLE_DIGITS);
  let run = 1;
  for (let j = from + 1; j < to; j++) {
    const k = tokens[j];
    const gap = ix.tokStart[k] - ix.tokEnd[k - 1];
    // (A form's boxes hold a value's hyphen in a box of its own: " | - | ".)
    run = k === tokens[j - 1] + 1 && (gap <= 4 || (gap <= 8 && ix.text.charCodeAt(ix.tokEnd[k - 1] + 1) === 124)) ? run + 1 : 1;
    if (run >= 7) return true;
  }
  return false;
}

/** A selection of classifiers split into word/phrase and pattern classifiers. */
interface Split {
  readonly terms: readonly CompiledClassifier[];
  readonly patterns: readonly CompiledClassifier[];
  /** Per pattern classifier, its WEAK, CHECKSUM and CONTAINER bits (read per scan: each definition has its own shape). */
  readonly kinds: Uint8Array;
  /** Per keyword phrase, CONTEXT when it is a context word of one of the pattern classifiers (as roles are read). */
  readonly patternContext: Uint8Array;
}

const WEAK = 1;
const CHECKSUM = 2;
const CONTAINER = 4;
const kindOf = (c: CompiledClassifier): number =>
  (c.def.weak ? WEAK : 0) | (c.def.checksum ? CHECKSUM : 0) | (c.def.container ? CONTAINER : 0);

/**
 * Splits per registry and selection, made once: the same lists every call (termFindings keeps a
 * table per list of word classifiers, which a new list per call made it build again, 7 % of a
 * short scan).
 */
const splits = new WeakMap<Registry, Map<string, Split>>();

/** The last registry's split of all its classifiers: what nearly every call asks for, without the look-ups. */
let allOf: Registry | null = null;
let allSplit: Split | null = null;

/** The last selection asked for by a frozen list (one that cannot change): a message's parts are all scanned with the same one. */
let lastIds: readonly string[] | null = null;
let lastSplit: Split | null = null;
let lastOf: Registry | null = null;

function splitOf(reg: Registry, ids: readonly string[] | undefined): Split {
  if (ids === undefined && reg === allOf) return allSplit!;
  if (ids !== undefined && ids === lastIds && reg === lastOf) return lastSplit!;
  const memo = ids !== undefined && Object.isFrozen(ids);
  let byIds = splits.get(reg);
  if (!byIds) splits.set(reg, (byIds = new Map()));
  const key = ids ? ids.join('\u0000') : '\u0000all';
  let split = byIds.get(key);
  if (!split) {
    const selected = ids ? ids.map((id) => reg.byId.get(id)).filter((c): c is CompiledClassifier => !!c) : reg.all;
    const patterns = selected.filter((c) => !c.def.terms);
    const patternContext = new Uint8Array(reg.keywords.phrases.length);
    for (const c of patterns) for (let id = 0; id < c.roles.length; id++) if ((c.roles[id] & CONTEXT) !== 0) patternContext[id] = CONTEXT;
    split = { terms: selected.filter((c) => c.def.terms), patterns, kinds: Uint8Array.from(patterns, kindOf), patternContext };
    byIds.set(key, split);
  }
  if (ids === undefined) {
    allOf = reg;
    allSplit = split;
  } else if (memo) {
    lastIds = ids;
    lastOf = reg;
    lastSplit = split;
  }
  return split;
}

/**
 * scanText with explicit block sizes (tests use small blocks to put findings across boundaries).
 * `skipEmpty` (tests turn it off) skips the classifiers on a block whose index is empty — no
 * token with a digit, no keyword hit, no '@' or ':' — where every classifier finds nothing (the
 * classifiers look only at what the index lists); a one-line message then costs the pass alone.
 * With keyword hits but none of the rest, it skips the pattern classifiers without a context word there.
 */
export function scanInBlocks(text: string, options: ScanOptions, sizes: BlockSizes, skipEmpty = true): Finding[] {
  const reg = registry();
  const split = splitOf(reg, options.classifiers);
  const { terms, patterns } = split;
  if (terms.length + patterns.length === 0 || text.length === 0) return [];
  readTablesOf(text);
  readHeadersOf(text);
  readRecordsOf(text);
  readLabelsOf(text);
  readQuotesOf(text);
  readQuestionsOf(text);
  const independent = !!options.independent;
  const blocks = planBlocks(text, sizes);
  if (blocks.length === 1) return scanBlock(text, reg, split, blocks[0], skipEmpty, independent);
  const perBlock: Finding[][] = [];
  let total = 0;
  for (let b = 0; b < blocks.length; b++) {
    let block = blocks[b];
    let found = scanBlock(text, reg, split, block, skipEmpty, independent);
    // A finding this long may depend on text past the range: scan it again with the next block.
    while (b + 1 < blocks.length && found.some((f) => f.end > block.to - REACH)) {
      block = mergeBlocks(block, blocks[++b]);
      found = scanBlock(text, reg, split, block, skipEmpty, independent);
    }
    perBlock.push(found);
    total += found.length;
  }
  if (perBlock.length === 1) return perBlock[0];
  // Blocks are in text order and each result is sorted, so concatenation keeps the order.
  const out = new Array<Finding>(total);
  let k = 0;
  for (const found of perBlock) for (let i = 0; i < found.length; i++) out[k++] = found[i];
  return out;
}

function scanBlock(
  text: string,
  reg: Registry,
  { terms, patterns, kinds, patternContext }: Split,
  block: Block,
  skipEmpty: boolean,
  independent: boolean,
): Finding[] {
  const ix = indexText(text, reg.keywords, block.from, block.to);
  // Pattern classifiers start at what the index lists (tokens with digits, '@', ':') or, for codes
  // of letters alone, after one of their own context words (FindContext.contextHits). Without the
  // first, only those with a context word here can find something: a one-line message with a
  // keyword in it costs the word classifiers and those, not every classifier.
  const noValues = ix.tokStart.length === 0 && ix.at.length === 0 && ix.colon.length === 0;
  if (skipEmpty && noValues && ix.hitPhrase.length === 0) return [];
  if (!sawSpacedDigits && ix.tokStart.length > 0) sawSpacedDigits = hasSpacedDigits(ix);
  if (!sawDisguisedGroups && ix.tokStart.length > 0) sawDisguisedGroups = hasDisguisedGroups(ix) || hasWrappedValue(ix);
  if (!sawWrittenOut) sawWrittenOut = hasWrittenOut(ix, reg.triggerWords);
  // One run of findings per classifier, each in text order; the term hits are sorted first. Runs
  // that take part in one-type-per-value are kept apart from those that do not (terms, track data).
  // Runs with no finding are left out (most classifiers find nothing in a message): no two runs
  // hold findings of one classifier, so no two runs tie and the merged order is the same.
  const runs: Finding[][] = [];
  const apart: Finding[][] = [];
  let weak: Finding[][] | null = null;
  let found: Finding[] = [];
  if (terms.length) {
    termFindings(terms, ix, block.own, block.ownEnd, found);
    if (found.length) {
      apart.push(found.sort(inTextOrder));
      found = [];
    }
  }
  // The spans checksum classifiers found, for the weak shapes to give way to.
  let validated: Set<number> | null = null;
  // The containers' findings (track data), whose values inside are theirs in a typed scan.
  let containers: Finding[][] | null = null;
  const byContextOnly = skipEmpty && noValues;
  const patternsRun = byContextOnly && !hasContextHit(patternContext, ix) ? 0 : patterns.length;
  for (let p = 0; p < patternsRun; p++) {
    if (byContextOnly && !hasContextHit(patterns[p].roles, ix)) continue;
    patternFindings(patterns[p], ix, block.own, block.ownEnd, found);
    if (found.length === 0) continue;
    const kind = kinds[p];
    if (kind & WEAK) (weak ??= []).push(found);
    else if (kind & CHECKSUM) for (const f of found) (validated ??= new Set()).add(spanKey(f));
    if (kind & CONTAINER) (containers ??= []).push(found);
    (kind & CONTAINER ? apart : runs).push(found);
    found = [];
  }
  if (validated && weak && !independent) for (const w of weak) yieldWeakShapes(w, validated);
  // Findings are ordered by start, end and classifier: the order runs are merged in does not matter.
  if (patterns.length < 2 || independent) return mergeRuns([...apart, ...runs]);
  const typed = oneTypePerValue(mergeRuns(runs), reg, ix);
  return apart.length ? mergeRuns([...apart, containers ? outsideContainers(typed, containers) : typed]) : typed;
}

/**
 * One value, one type, for a container too: a card number inside track data is the track's (a scan
 * for cards alone, or each classifier's own findings, still report it).
 */
function outsideContainers(findings: Finding[], containers: readonly Finding[][]): Finding[] {
  return findings.filter((f) => !containers.some((run) => run.some((c) => c.start <= f.start && f.end <= c.end)));
}

/** Whether one of the index's keyword hits has the CONTEXT bit in `roles` (a classifier's, or Split.patternContext). */
function hasContextHit(roles: Uint8Array, ix: TextIndex): boolean {
  const { hitPhrase } = ix;
  for (let h = 0; h < hitPhrase.length; h++) if ((roles[hitPhrase[h]] & CONTEXT) !== 0) return true;
  return false;
}

/** Below this score a finding is a bare shape (scoring gives context or support at least this). */
const BARE_SHAPE = 5;

/**
 * One value, one type: where findings of several pattern classifiers overlap (a 9-digit number
 * read as a routing number, a bank account and an SSN), the one with the strongest evidence
 * stays — its own context words, then a checksum, then the nearer context word, then supporting
 * information, then its score, then the longer span. A bare shape with nothing for it (nine digits that could be a
 * passport, a licence or an account number: base score under 5, no context, no supporting
 * information) names no type at all and is left out; a scan for that one classifier still
 * reports it, scored as the lone shape it is.
 */
function oneTypePerValue(findings: Finding[], reg: Registry, ix: TextIndex): Finding[] {
  // Made at the first finding dropped (no closure to settle a group: one per call cost a scan).
  let drop: Uint8Array | null = null;
  let groupFrom = -1;
  let groupEnd = -1;
  let size = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.score < BARE_SHAPE) {
      drop ??= new Uint8Array(findings.length);
      drop[i] = 1;
      continue;
    }
    if (f.start >= groupEnd) {
      if (size >= 2) settleGroup(findings, reg, ix, groupFrom, i, (drop ??= new Uint8Array(findings.length)));
      groupFrom = i;
      groupEnd = f.end;
      size = 1;
    } else {
      groupEnd = Math.max(groupEnd, f.end);
      size++;
    }
  }
  if (size >= 2) settleGroup(findings, reg, ix, groupFrom, findings.length, (drop ??= new Uint8Array(findings.length)));
  if (drop === null) return findings;
  const kept = drop;
  return findings.filter((_, i) => kept[i] === 0);
}

/**
 * Which of two findings on one value has the stronger evidence (negative: a): context words,
 * a checksum, the nearer context word, supporting information, the score, the longer span.
 */
function stronger(a: Finding, b: Finding, reg: Registry, ix: TextIndex): number {
  const ca = a.explanation.contextWords.length > 0 ? 1 : 0;
  const cb = b.explanation.contextWords.length > 0 ? 1 : 0;
  if (ca !== cb) return cb - ca;
  // A label of its own right before the value (or its column's header) names it, a checksum or not:
  // "rtn 278325025 / acct 631729433" is an account whose digits happen to pass a routing number's check.
  let da = -1;
  let db = -1;
  if (ca === 1) {
    da = contextDistance(ix, reg.byId.get(a.classifier)!, a.start, a.end);
    db = contextDistance(ix, reg.byId.get(b.classifier)!, b.start, b.end);
    if ((da === 0) !== (db === 0)) return da === 0 ? -1 : 1;
  }
  const ka = reg.byId.get(a.classifier)?.def.checksum ? 1 : 0;
  const kb = reg.byId.get(b.classifier)?.def.checksum ? 1 : 0;
  if (ka !== kb) return kb - ka;
  if (ca === 1 && da !== db) return da - db;
  const sa = a.explanation.supporting.length > 0 ? 1 : 0;
  const sb = b.explanation.supporting.length > 0 ? 1 : 0;
  if (sa !== sb) return sb - sa;
  return b.score - a.score || b.end - b.start - (a.end - a.start);
}

function settleGroup(findings: Finding[], reg: Registry, ix: TextIndex, from: number, to: number, drop: Uint8Array): void {
  let best = -1;
  for (let i = from; i < to; i++) {
    if (best < 0 || stronger(findings[i], findings[best], reg, ix) < 0) best = i;
  }
  for (let i = from; i < to; i++) if (i !== best) drop[i] = 1;
}

/** Findings by start, then end, then classifier id. */
function inTextOrder(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.classifier === b.classifier ? 0 : a.classifier < b.classifier ? -1 : 1);
}

/**
 * Runs in text order merged pairwise into one, as a stable sort of them one after the other
 * would order them (on a tie the earlier run's finding comes first), with the comparison inlined.
 */
function mergeRuns(runs: Finding[][]): Finding[] {
  while (runs.length > 1) {
    const next: Finding[][] = [];
    for (let i = 0; i + 1 < runs.length; i += 2) next.push(mergeTwo(runs[i], runs[i + 1]));
    if (runs.length % 2 === 1) next.push(runs[runs.length - 1]);
    runs = next;
  }
  return runs.length ? runs[0] : [];
}

function mergeTwo(a: Finding[], b: Finding[]): Finding[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  // Made at its full length: growing it push by push costs a copy at every doubling.
  const out = new Array<Finding>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = inTextOrder(b[j], a[i]) < 0 ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/**
 * A number for a span: exact for spans under 63 characters (every weak shape), and a longer span
 * never equals a shorter one's. A small integer for starts below 2^24.
 */
const spanKey = (f: Finding): number => f.start * 64 + Math.min(63, f.end - f.start);

/** A weak shape (any 9 digits as a passport) without context gives way to a checksum-validated finding on the same span. */
function yieldWeakShapes(findings: Finding[], validated: ReadonlySet<number>): void {
  let n = 0;
  for (const f of findings) if (!(f.score === f.explanation.baseScore && validated.has(spanKey(f)))) findings[n++] = f;
  findings.length = n;
}
