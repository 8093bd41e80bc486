/**
 * Digit-group layouts and the walk that finds numbers of a given layout among the scanner's
 * tokens. A number is either one all-digit token (no separators) or several all-digit tokens
 * joined by one consistent separator in an expected grouping (4-4-4-4, 3-2-4, …). A number that
 * continues with the same separator, or that is glued to more digits by '-', '.' or '/', is part
 * of something longer (a tracking number, an amount, a date) and is not a candidate.
 */
import { SEP_DASH, SEP_DOT, SEP_NONE, SEP_SLASH, SEP_SPACE, sepName, type TextIndex } from './text-index.ts';
import { tokenShapes } from './token-shapes.ts';
import { shapeSetOf, tokensOfShape, type ShapeSet } from './chain-shapes.ts';
import { MAX_CHAIN, NEXT_SIZES, SEPS, SHAPE_KEYS, shapeKey } from './index-model.ts';

/** Separator sets, as bit masks of SEP_* kinds. */
export const SPACE = 1 << SEP_SPACE;
export const DASH = 1 << SEP_DASH;
export const DOT = 1 << SEP_DOT;
export const SLASH = 1 << SEP_SLASH;

/** An accepted grouping: exact group sizes, or one group of `min`..`max` digits. */
export interface Layout {
  readonly sizes: readonly number[];
  readonly min: number;
  readonly max: number;
  readonly seps: number;
  readonly label: string;
  /** How a match is described, by its separator (findings keep these: made once, shared). */
  readonly described: readonly string[];
}

/** Parses "4-4-4-4" (groups) or "13..19" / "9" (one group without separators). */
export function layout(spec: string, seps = SPACE | DASH): Layout {
  const range = /^(\d+)\.\.(\d+)$/.exec(spec);
  if (range) return withDescriptions({ sizes: [0], min: Number(range[1]), max: Number(range[2]), seps: 0, label: `${spec} digits` });
  const sizes = spec.split('-').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`Bad layout "${spec}".`);
  const total = sizes.reduce((a, b) => a + b, 0);
  return withDescriptions({
    sizes,
    min: total,
    max: total,
    seps: sizes.length === 1 ? 0 : seps,
    label: sizes.length === 1 ? `${total} digits` : `${total} digits in groups ${spec}`,
  });
}

/** A one-group layout is described by its label; a grouped one by its label and separator. */
const withDescriptions = (lay: Omit<Layout, 'described'>): Layout => ({
  ...lay,
  described: sepName.map((name, sep) => (lay.sizes.length === 1 || sep === SEP_NONE ? lay.label : `${lay.label} separated by ${name}`)),
});

/** A number found in the text. */
export interface NumberMatch {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** Its digits are numbers[at, at + count) (validators read them there: no string is made). */
  readonly numbers: string;
  readonly at: number;
  readonly count: number;
  /** Its digits as a string (made on each read). */
  readonly digits: string;
  readonly sep: number;
  readonly layout: Layout;
}

/** A human description of a match's shape, for explanations (one shared string per layout and separator). */
export const describeNumber = (m: NumberMatch): string => m.layout.described[m.sep];

const TIGHT = DASH | DOT | SLASH;
/** Module-local copy: imported bindings can cost a getter call per read in the hot loop. */
const NONE = SEP_NONE;

/** True when token k is all digits. */
export const allDigits = (ix: TextIndex, k: number): boolean => ix.tokDigits[k] === ix.tokEnd[k] - ix.tokStart[k];

/** `layouts` as the walk uses them: the chain shapes that can start one, and per shape key the layouts it can start, in order. */
interface StartTable {
  readonly starts: ShapeSet;
  readonly byKey: readonly (readonly Layout[])[];
}

/** Fewest digits on each side of a slash that pairs two numbers rather than writing a date or a fraction. */
const PAIRED_DIGITS = 8;

/**
 * A grouped layout of g groups starts a chain of exactly g joined by one of its separators (a
 * longer chain is a piece of a longer number), whose second token has its second group's size; a
 * lone group starts a chain of any length not joined by '-', '.' or '/', or two long numbers
 * paired by a slash. tryLayout checks the rest.
 */
export const canStart = (lay: Layout, digits: number, chain: number, sep: number, next: number): boolean =>
  lay.sizes.length > 1
    ? lay.sizes[0] === digits &&
      Math.min(NEXT_SIZES - 1, lay.sizes[1]) === next &&
      // A space-joined chain may run on into another value (a card then its expiry, the next row
      // of a column): tryLayout looks at what follows.
      (lay.sizes.length === chain || (sep === SEP_SPACE && chain > lay.sizes.length)) &&
      sep !== NONE &&
      ((1 << sep) & lay.seps) !== 0
    : digits >= lay.min &&
      digits <= lay.max &&
      (sep === NONE ||
        sep === SEP_SPACE ||
        // The first of two long numbers paired by a slash ("021000021/4403918277": slashPair).
        (sep === SEP_SLASH && chain === 2 && digits >= PAIRED_DIGITS && next === NEXT_SIZES - 1));

const NO_LAYOUTS: readonly Layout[] = [];

/**
 * Every shape key canStart accepts for `lay`, listed from the layout rather than by asking canStart
 * of all 8,400 keys: the tables are made on a command's first message, in cold code, where asking
 * took 15–20 ms. A test checks that the keys are exactly those canStart accepts.
 */
export function startKeys(lay: Layout): number[] {
  const keys: number[] = [];
  const g = lay.sizes.length;
  if (g > 1) {
    const first = lay.sizes[0];
    const next = Math.min(NEXT_SIZES - 1, lay.sizes[1]);
    if (first > 30) return keys;
    for (let sep = 0; sep < SEPS; sep++) {
      if (sep === NONE || ((1 << sep) & lay.seps) === 0) continue;
      for (let chain = g; chain <= MAX_CHAIN && (chain === g || sep === SEP_SPACE); chain++) keys.push(shapeKey(first, chain, sep, next));
    }
    return keys;
  }
  for (let digits = Math.max(1, lay.min); digits <= Math.min(30, lay.max); digits++) {
    for (let chain = 1; chain <= MAX_CHAIN; chain++)
      for (const sep of [NONE, SEP_SPACE])
        if (chain === 1) keys.push(shapeKey(digits, chain, sep, 0));
        else for (let next = 1; next < NEXT_SIZES; next++) keys.push(shapeKey(digits, chain, sep, next));
    // The first of two long numbers paired by a slash (slashPair; the next size is capped at NEXT_SIZES - 1).
    if (digits >= PAIRED_DIGITS) keys.push(shapeKey(digits, 2, SEP_SLASH, NEXT_SIZES - 1));
  }
  return keys;
}

function startTable(layouts: readonly Layout[]): StartTable {
  const byKey: Layout[][] = new Array<Layout[]>(SHAPE_KEYS).fill(NO_LAYOUTS as Layout[]);
  const shapes = new Uint8Array(SHAPE_KEYS);
  for (const lay of layouts)
    for (const key of startKeys(lay)) {
      if (shapes[key] === 0) byKey[key] = [];
      shapes[key] = 1;
      byKey[key].push(lay);
    }
  return { starts: shapeSetOf(shapes), byKey };
}

const startTables = new WeakMap<readonly Layout[], StartTable>();

/** The match forEachNumber offers: one object for every walk, filled in again for every number. */
class Match implements NumberMatch {
  first = 0;
  last = 0;
  start = 0;
  end = 0;
  at = 0;
  count = 0;
  sep = 0;
  constructor(
    public layout: Layout,
    public numbers: string,
  ) {}

  get digits(): string {
    return this.numbers.slice(this.at, this.at + this.count);
  }
}

const match = new Match(layout('1'), '');

/**
 * Walks the tokens left to right and offers each number matching one of `layouts` (tried in the
 * order given: put longer groupings first) to `accept`; an accepted number consumes its tokens.
 * Only tokens whose chain shape starts one of the layouts are looked at. The match offered is
 * valid only during the call to `accept` (the walk fills the same object in for the next one).
 */
export function forEachNumber(ix: TextIndex, layouts: readonly Layout[], accept: (m: NumberMatch) => boolean): void {
  let table = startTables.get(layouts);
  if (table === undefined) startTables.set(layouts, (table = startTable(layouts)));
  const { byKey } = table;
  const { digitBits, keys } = tokenShapes(ix);
  const { tokens, from, to } = tokensOfShape(ix, table.starts);
  // Walks never nest (accept does not walk): one match serves them all, no object per walk.
  const m = match;
  m.numbers = ix.numberText;
  let consumed = -1;
  for (let j = from; j < to; j++) {
    const i = tokens[j];
    if (i <= consumed) continue;
    const starts = byKey[keys[i]];
    for (let l = 0; l < starts.length; l++) {
      if (tryLayout(ix, digitBits, i, starts[l], consumed, m) && accept(m)) {
        consumed = m.last;
        break;
      }
    }
  }
}

const TAB = 9;
const LF = 10;
const CR = 13;

/** True when the space-like link after token k is a line break or a tab (a new row or cell), not a space. */
export function breakAfter(ix: TextIndex, k: number): boolean {
  const c = ix.text.charCodeAt(ix.tokEnd[k]);
  return c === LF || c === CR || c === TAB;
}

/**
 * Whether the all-digit token `other`, space-joined to a grouped number (token `edge` being the
 * side it touches), is another value rather than one more group: it sits on another row or in
 * another cell, it is glued to digits by '-', '.' or '/' (an expiry date, an amount, a ZIP+4),
 * or its size differs from the group it would continue.
 */
function anotherValue(ix: TextIndex, digitBits: Int32Array, edge: number, other: number, groupSize: number): boolean {
  if (breakAfter(ix, edge)) return true;
  const n = digitBits.length;
  if (other + 1 < n && (1 << ix.link[other]) & TIGHT && digitBits[other + 1] !== 0) return true;
  if (other > 0 && (1 << ix.link[other - 1]) & TIGHT && digitBits[other - 1] !== 0) return true;
  return digitBits[other] !== 1 << groupSize;
}

/**
 * Whether tokens a and a + 1 are two numbers paired by a slash: each all digits and at least
 * PAIRED_DIGITS long, and nothing glued on either side of the pair.
 */
function slashPair(ix: TextIndex, digitBits: Int32Array, a: number): boolean {
  const b = a + 1;
  if (ix.link[a] !== SEP_SLASH || b >= digitBits.length || digitBits[a] < 1 << PAIRED_DIGITS || digitBits[b] < 1 << PAIRED_DIGITS)
    return false;
  return !(a > 0 && (1 << ix.link[a - 1]) & TIGHT) && !((1 << ix.link[b]) & TIGHT && b + 1 < digitBits.length);
}

/** Token i (all digits, of a size that starts `lay`) as the start of a number of that layout: fills `m` in and says whether it is one. */
function tryLayout(ix: TextIndex, digitBits: Int32Array, i: number, lay: Layout, consumed: number, m: Match): boolean {
  const n = digitBits.length;
  const groups = lay.sizes.length;
  const last = i + groups - 1;
  if (last >= n) return false;
  let sep = NONE;
  if (groups === 1) {
    // Glued to more digits by '-', '.' or '/': part of an amount, a date or a longer reference;
    // not two long numbers paired by a slash ("021000021/4403918277": a routing number and its account).
    if (i > 0 && i - 1 !== consumed && (1 << ix.link[i - 1]) & TIGHT && !slashPair(ix, digitBits, i - 1)) return false;
    if ((1 << ix.link[i]) & TIGHT && !slashPair(ix, digitBits, i)) return false;
  } else {
    sep = ix.link[i];
    if (sep === NONE || !((1 << sep) & lay.seps)) return false;
    for (let g = 1; g < groups; g++) {
      const k = i + g;
      if (ix.link[k - 1] !== sep || digitBits[k] !== 1 << lay.sizes[g]) return false;
      // A tab between groups separates cells, not the groups of one number.
      if (sep === SEP_SPACE && ix.text.charCodeAt(ix.tokEnd[k - 1]) === 9) return false;
    }
    // The same separator continues on either side: this is a piece of a longer number, unless
    // (spaces) what continues is plainly another value.
    if (ix.link[last] === sep && last + 1 < n && digitBits[last + 1] !== 0) {
      if (sep !== SEP_SPACE || !anotherValue(ix, digitBits, last, last + 1, lay.sizes[groups - 1])) return false;
    }
    if (i > 0 && i - 1 !== consumed && ix.link[i - 1] === sep && digitBits[i - 1] !== 0) {
      if (sep !== SEP_SPACE || !anotherValue(ix, digitBits, i - 1, i - 1, lay.sizes[0])) return false;
    }
  }
  m.first = i;
  m.last = last;
  m.start = ix.tokStart[i];
  m.end = ix.tokEnd[last];
  // The groups' digits are consecutive in the number text, whatever the separators.
  m.at = ix.numberAt[i];
  m.count = ix.numberAt[last] + ix.tokDigits[last] - m.at;
  m.sep = sep;
  m.layout = lay;
  return true;
}
