/**
 * Chain shapes, and per index the tokens each classifier can start at. A token's chain shape is
 * one small number: its digit count (all-digit tokens under 31 digits; 0 otherwise), the length
 * of the chain of all-digit tokens it starts that are joined by one separator, and the separator
 * (its `link`). A grouped number of g groups is a chain of exactly g; a dotted quad is a chain of
 * four or more joined by dots. A token with letters has a shape by its length only. A classifier declares the shapes it can start at once (a
 * ShapeSet); one pass per index then lists, for every set, the tokens of those shapes, so a
 * classifier looks only at its own tokens instead of walking them all.
 */
import { SEP_NONE, type TextIndex } from './text-index.ts';
import { tokenShapes } from './token-shapes.ts';

/** Chains longer than this count as this long. */
export const MAX_CHAIN = 7;
const SEPS = 5;
const shapeKey = (digits: number, chain: number, sep: number): number => (digits * (MAX_CHAIN + 1) + chain) * SEPS + sep;
/** Tokens with letters: one key per length (31 and over share one). */
const LETTERS = shapeKey(31, 0, 0);
const SHAPES = LETTERS + 32;
/** Module-local copy: imported bindings can cost a getter call per read in the hot loop. */
const NONE = SEP_NONE;

/** A set of chain shapes, with its bit in the shared pass (-1: past the 32 the pass serves). */
export interface ShapeSet {
  readonly shapes: Uint8Array;
  readonly bit: number;
}

/** The first 32 sets made (the classifiers' own), and per chain shape a bit for each set holding it. */
const sets: ShapeSet[] = [];
const interest = new Int32Array(SHAPES);

/**
 * The set of shapes for which `starts(digits, chain, sep)` is true (all-digit tokens: digits
 * 1–30, chain 1–MAX_CHAIN, sep a SEP_* kind; chain 1 means a lone token, whatever its link says)
 * or, for tokens with letters, `withLetters(length)` is (length 31 stands for 31 and over).
 */
export function shapeSet(starts: (digits: number, chain: number, sep: number) => boolean, withLetters: (length: number) => boolean = () => false): ShapeSet {
  const shapes = new Uint8Array(SHAPES);
  for (let d = 1; d < 31; d++) for (let chain = 1; chain <= MAX_CHAIN; chain++) for (let sep = 0; sep < SEPS; sep++) if (starts(d, chain, sep)) shapes[shapeKey(d, chain, sep)] = 1;
  for (let len = 1; len < 32; len++) if (withLetters(len)) shapes[LETTERS + len] = 1;
  const bit = sets.length < 32 ? sets.length : -1;
  const set = { shapes, bit };
  if (bit >= 0) {
    for (let k = 0; k < SHAPES; k++) if (shapes[k]) interest[k] |= 1 << bit;
    sets.push(set);
  }
  return set;
}

const chainKeys = new WeakMap<TextIndex, Uint16Array>();

/** Every token's shape key (computed once per index, from the last token back). */
function tokenChainKeys(ix: TextIndex): Uint16Array {
  let keys = chainKeys.get(ix);
  if (keys) return keys;
  const { digitBits } = tokenShapes(ix);
  const { tokDigits, tokStart, tokEnd, link } = ix;
  const n = digitBits.length;
  keys = new Uint16Array(n);
  // The chain from token i + 1 (0 when it is not all digits).
  let next = 0;
  for (let i = n - 1; i >= 0; i--) {
    if (digitBits[i] === 0) {
      keys[i] = LETTERS + Math.min(31, tokEnd[i] - tokStart[i]);
      next = 0;
      continue;
    }
    const sep = link[i];
    // One token, or i and the chain from i + 1 when joined by the separator that joins that chain.
    const chain = sep === NONE || next === 0 ? 1 : link[i + 1] === sep ? Math.min(MAX_CHAIN, next + 1) : 2;
    // All digits and 31 or more of them: key 0, in no set.
    if (tokDigits[i] < 31) keys[i] = shapeKey(tokDigits[i], chain, sep);
    next = chain;
  }
  chainKeys.set(ix, keys);
  return keys;
}

/** Per index: the tokens of each set known when it was made (set t's are tokens[at[t]] up to tokens[at[t + 1]]). */
interface StartLists {
  readonly sets: number;
  readonly at: Int32Array;
  readonly tokens: Int32Array;
}

const startListsOf = new WeakMap<TextIndex, StartLists>();

/** A set's tokens, in text order: a stretch of one shared array (or an array of its own). */
export interface StartList {
  readonly tokens: Int32Array;
  readonly from: number;
  readonly to: number;
}

/**
 * The tokens whose chain shape is in `set`. One pass serves every set (classifiers share the
 * index): a token is looked at once, not once per classifier. Counted first, then filled, so
 * the lists are one typed array.
 */
export function tokensOfShape(ix: TextIndex, set: ShapeSet): StartList {
  const keys = tokenChainKeys(ix);
  if (set.bit < 0) {
    const own: number[] = [];
    for (let i = 0; i < keys.length; i++) if (set.shapes[keys[i]] === 1) own.push(i);
    return { tokens: Int32Array.from(own), from: 0, to: own.length };
  }
  let made = startListsOf.get(ix);
  if (made === undefined || set.bit >= made.sets) {
    const at = new Int32Array(sets.length + 1);
    for (let i = 0; i < keys.length; i++) for (let m = interest[keys[i]]; m !== 0; m &= m - 1) at[32 - Math.clz32(m & -m)]++;
    for (let t = 1; t <= sets.length; t++) at[t] += at[t - 1];
    const fill = at.slice(0, sets.length);
    const tokens = new Int32Array(at[sets.length]);
    for (let i = 0; i < keys.length; i++) for (let m = interest[keys[i]]; m !== 0; m &= m - 1) tokens[fill[31 - Math.clz32(m & -m)]++] = i;
    startListsOf.set(ix, (made = { sets: sets.length, at, tokens }));
  }
  return { tokens: made.tokens, from: made.at[set.bit], to: made.at[set.bit + 1] };
}
