/**
 * Digit-group layouts and the walk that finds numbers of a given layout among the scanner's
 * tokens. A number is either one all-digit token (no separators) or several all-digit tokens
 * joined by one consistent separator in an expected grouping (4-4-4-4, 3-2-4, …). A number that
 * continues with the same separator, or that is glued to more digits by '-', '.' or '/', is part
 * of something longer (a tracking number, an amount, a date) and is not a candidate.
 */
import { SEP_DASH, SEP_DOT, SEP_NONE, SEP_SLASH, SEP_SPACE, sepName, type TextIndex } from './text-index.ts';
import { sizeMask, tokenShapes } from './token-shapes.ts';

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
}

/** Parses "4-4-4-4" (groups) or "13..19" / "9" (one group without separators). */
export function layout(spec: string, seps = SPACE | DASH): Layout {
  const range = /^(\d+)\.\.(\d+)$/.exec(spec);
  if (range) return { sizes: [0], min: Number(range[1]), max: Number(range[2]), seps: 0, label: `${spec} digits` };
  const sizes = spec.split('-').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`Bad layout "${spec}".`);
  const total = sizes.reduce((a, b) => a + b, 0);
  return { sizes, min: total, max: total, seps: sizes.length === 1 ? 0 : seps, label: sizes.length === 1 ? `${total} digits` : `${total} digits in groups ${spec}` };
}

/** A number found in the text. */
export interface NumberMatch {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly digits: string;
  readonly sep: number;
  readonly layout: Layout;
}

const descriptions = new WeakMap<Layout, string[]>();

/**
 * A human description of a match's shape, for explanations. One string per layout and separator:
 * findings keep it, and a shared string costs nothing to keep.
 */
export function describeNumber(m: NumberMatch): string {
  if (m.layout.sizes.length === 1) return m.layout.label;
  let bySep = descriptions.get(m.layout);
  if (!bySep) descriptions.set(m.layout, (bySep = []));
  return (bySep[m.sep] ??= `${m.layout.label} separated by ${sepName[m.sep]}`);
}

const TIGHT = DASH | DOT | SLASH;
/** Module-local copy: imported bindings can cost a getter call per read in the hot loop. */
const NONE = SEP_NONE;

/** True when token k is all digits. */
export const allDigits = (ix: TextIndex, k: number): boolean => ix.tokDigits[k] === ix.tokEnd[k] - ix.tokStart[k];

/**
 * A token's chain shape, as one small number: its digit count (all-digit tokens under 31 digits;
 * 0 otherwise), the length of the chain of all-digit tokens it starts that are joined by one
 * separator, the separator (its `link`). A grouped number of g groups is a chain of exactly g (a
 * longer one is a piece of something longer); a lone group must not be glued on by '-', '.', '/'.
 */
const MAX_CHAIN = 7;
const SEPS = 5;
const shapeKey = (digits: number, chain: number, sep: number): number => (digits * (MAX_CHAIN + 1) + chain) * SEPS + sep;
const SHAPES = shapeKey(31, 0, 0);

const chainKeys = new WeakMap<TextIndex, Uint16Array>();

/** Every token's chain shape key (computed once per index, from the last token back). */
function tokenChainKeys(ix: TextIndex): Uint16Array {
  let keys = chainKeys.get(ix);
  if (keys) return keys;
  const { digitBits } = tokenShapes(ix);
  const { tokDigits, link } = ix;
  const n = digitBits.length;
  keys = new Uint16Array(n);
  // The chain from token i + 1 (0 when it is not all digits).
  let next = 0;
  for (let i = n - 1; i >= 0; i--) {
    if (digitBits[i] === 0) {
      next = 0;
      continue;
    }
    const sep = link[i];
    // One token, or i and the chain from i + 1 when joined by the separator that joins that chain.
    const chain = sep === NONE || next === 0 ? 1 : link[i + 1] === sep ? Math.min(MAX_CHAIN, next + 1) : 2;
    if (tokDigits[i] < 31) keys[i] = shapeKey(tokDigits[i], chain, sep);
    next = chain;
  }
  chainKeys.set(ix, keys);
  return keys;
}

/** `layouts` as the walk uses them: which chain shapes can start one, and the layouts by first-group digit count, in order. */
interface StartTable {
  readonly shapes: Uint8Array;
  readonly byCount: readonly (readonly Layout[])[];
  /** The table's bit in `interest` (tables past the 32nd get -1 and walk every token). */
  readonly bit: number;
}

/** The first 32 tables made (the classifiers' own), and per chain shape a bit for each table it starts a layout of. */
const tables: StartTable[] = [];
const interest = new Int32Array(SHAPES);

function startTable(layouts: readonly Layout[]): StartTable {
  const byCount: Layout[][] = Array.from({ length: 31 }, () => []);
  const shapes = new Uint8Array(SHAPES);
  for (const lay of layouts) {
    if (lay.sizes.length > 1) {
      byCount[lay.sizes[0]].push(lay);
      for (let sep = 1; sep < SEPS; sep++) if ((1 << sep) & lay.seps) shapes[shapeKey(lay.sizes[0], lay.sizes.length, sep)] = 1;
    } else {
      for (let d = lay.min; d <= lay.max; d++) {
        byCount[d].push(lay);
        for (let chain = 1; chain <= MAX_CHAIN; chain++) for (const sep of [NONE, SEP_SPACE]) shapes[shapeKey(d, chain, sep)] = 1;
      }
    }
  }
  const bit = tables.length < 32 ? tables.length : -1;
  const table = { shapes, byCount, bit };
  if (bit >= 0) {
    for (let k = 0; k < SHAPES; k++) if (shapes[k]) interest[k] |= 1 << bit;
    tables.push(table);
  }
  return table;
}

const startTables = new WeakMap<readonly Layout[], StartTable>();

/** Per index: the tokens each table's layouts can start at, for the tables known when it was made. */
interface StartLists {
  readonly tables: number;
  /** Table t's tokens are tokens[at[t]] up to tokens[at[t + 1]]. */
  readonly at: Int32Array;
  readonly tokens: Int32Array;
}

const startListsOf = new WeakMap<TextIndex, StartLists>();

/** A table's start tokens: a stretch of one shared array (or an array of its own). */
interface StartList {
  readonly tokens: Int32Array;
  readonly from: number;
  readonly to: number;
}

/**
 * The tokens whose chain shape starts one of `table`'s layouts. One pass serves every table
 * (classifiers share the index): a token is looked at once, not once per classifier. Counted
 * first, then filled, so the lists are one typed array.
 */
function startList(ix: TextIndex, table: StartTable): StartList {
  const keys = tokenChainKeys(ix);
  if (table.bit < 0) {
    const own: number[] = [];
    for (let i = 0; i < keys.length; i++) if (table.shapes[keys[i]] === 1) own.push(i);
    return { tokens: Int32Array.from(own), from: 0, to: own.length };
  }
  let made = startListsOf.get(ix);
  if (made === undefined || table.bit >= made.tables) {
    const at = new Int32Array(tables.length + 1);
    for (let i = 0; i < keys.length; i++) for (let m = interest[keys[i]]; m !== 0; m &= m - 1) at[32 - Math.clz32(m & -m)]++;
    for (let t = 1; t <= tables.length; t++) at[t] += at[t - 1];
    const fill = at.slice(0, tables.length);
    const tokens = new Int32Array(at[tables.length]);
    for (let i = 0; i < keys.length; i++) for (let m = interest[keys[i]]; m !== 0; m &= m - 1) tokens[fill[31 - Math.clz32(m & -m)]++] = i;
    startListsOf.set(ix, (made = { tables: tables.length, at, tokens }));
  }
  return { tokens: made.tokens, from: made.at[table.bit], to: made.at[table.bit + 1] };
}

/**
 * Walks the tokens left to right and offers each number matching one of `layouts` (tried in the
 * order given: put longer groupings first) to `accept`; an accepted number consumes its tokens.
 * Only tokens whose chain shape starts one of the layouts are looked at.
 */
export function forEachNumber(ix: TextIndex, layouts: readonly Layout[], accept: (m: NumberMatch) => boolean): void {
  let table = startTables.get(layouts);
  if (table === undefined) startTables.set(layouts, (table = startTable(layouts)));
  const { byCount } = table;
  const { digitBits } = tokenShapes(ix);
  const { tokens, from, to } = startList(ix, table);
  let consumed = -1;
  for (let j = from; j < to; j++) {
    const i = tokens[j];
    if (i <= consumed) continue;
    const starts = byCount[ix.tokDigits[i]];
    for (let l = 0; l < starts.length; l++) {
      const m = tryLayout(ix, digitBits, i, starts[l], consumed);
      if (m !== null && accept(m)) {
        consumed = m.last;
        break;
      }
    }
  }
}

/** Token i (all digits, of a size that starts `lay`) as the start of a number of that layout, or null. */
function tryLayout(ix: TextIndex, digitBits: Int32Array, i: number, lay: Layout, consumed: number): NumberMatch | null {
  const n = digitBits.length;
  const groups = lay.sizes.length;
  const last = i + groups - 1;
  if (last >= n) return null;
  let sep = NONE;
  if (groups === 1) {
    // Glued to more digits by '-', '.' or '/': part of an amount, a date or a longer reference.
    if (i > 0 && i - 1 !== consumed && (1 << ix.link[i - 1]) & TIGHT) return null;
    if ((1 << ix.link[i]) & TIGHT) return null;
  } else {
    sep = ix.link[i];
    if (sep === NONE || !((1 << sep) & lay.seps)) return null;
    for (let g = 1; g < groups; g++) {
      const k = i + g;
      if (ix.link[k - 1] !== sep || digitBits[k] !== 1 << lay.sizes[g]) return null;
    }
    // The same separator continues on either side: this is a piece of a longer number.
    if (ix.link[last] === sep && last + 1 < n && digitBits[last + 1] !== 0) return null;
    if (i > 0 && i - 1 !== consumed && ix.link[i - 1] === sep) return null;
  }
  const start = ix.tokStart[i];
  const end = ix.tokEnd[last];
  // The groups' digits are consecutive in the number text: one slice, whatever the separators.
  const digits = ix.numberText.slice(ix.numberAt[i], ix.numberAt[last] + ix.tokDigits[last]);
  return { first: i, last, start, end, digits, sep, layout: lay };
}
