/**
 * Per index, the tokens each classifier can start at. Every token has a shape key (index-model.ts:
 * an all-digit token's digit count, the chain of all-digit tokens joined by one separator that it
 * starts, and that separator; a token with letters, its length). A grouped number of g groups is
 * a chain of exactly g; a dotted quad a chain of four or more joined by dots. A classifier
 * declares the shapes it can start at once (a ShapeSet); one pass per index then lists, for every
 * set, the tokens of those shapes, so a classifier looks only at its own tokens instead of
 * walking them all.
 */
import { LETTERS, MAX_CHAIN, NEXT_SIZES, SEPS, SHAPE_KEYS, shapeKey, type StartLists, type TextIndex } from './index-model.ts';
import { tokenShapes } from './token-shapes.ts';

/** A set of chain shapes, with its bit in the shared pass (-1: past the 32 the pass serves). */
export interface ShapeSet {
  readonly shapes: Uint8Array;
  readonly bit: number;
}

/** The first 32 sets made (the classifiers' own), and per chain shape a bit for each set holding it. */
const sets: ShapeSet[] = [];
const interest = new Int32Array(SHAPE_KEYS);

/** The sets made so far, and per shape key a bit for each set holding it (the WebAssembly pass lists them too). */
export const shapeInterest = (): { readonly sets: number; readonly interest: Int32Array } => ({ sets: sets.length, interest });

/**
 * The set of shapes for which `starts(digits, chain, sep, next)` is true (all-digit tokens: digits
 * 1–30, chain 1–MAX_CHAIN, sep a SEP_* kind, next the second token's digits, NEXT_SIZES - 1 for
 * that many or more; chain 1 means a lone token, whatever its link says, and has next 0) or, for
 * tokens with letters, `withLetters(length)` is (length 31 stands for 31 and over).
 *
 * `starts` is asked once per combination of the parameters it declares: `(digits) => …` is asked
 * 30 times, not once per shape (about 6,500). A predicate must therefore declare every parameter
 * it reads, with no default value (which would hide it from Function.length). The sets are made
 * when the engine loads, so this is start-up time for every command and worker.
 */
export function shapeSet(
  starts: (digits: number, chain: number, sep: number, next: number) => boolean,
  withLetters: (length: number) => boolean = () => false,
): ShapeSet {
  const shapes = new Uint8Array(SHAPE_KEYS);
  const reads = starts.length;
  const none = reads === 0 && !starts(1, 1, 0, 0);
  for (let d = 1; d < 31 && !none; d++) {
    if (reads === 1 && !starts(d, 1, 0, 0)) continue;
    for (let chain = 1; chain <= MAX_CHAIN; chain++) {
      if (reads === 2 && !starts(d, chain, 0, 0)) continue;
      const lastNext = chain === 1 ? 0 : NEXT_SIZES - 1;
      const firstNext = chain === 1 ? 0 : 1;
      for (let sep = 0; sep < SEPS; sep++) {
        if (reads === 3 && !starts(d, chain, sep, 0)) continue;
        // `next` is the key's last digit: a predicate that does not read it marks one run of keys.
        const base = shapeKey(d, chain, sep, 0);
        if (reads < 4) shapes.fill(1, base + firstNext, base + lastNext + 1);
        else markNexts(shapes, base, firstNext, lastNext, starts, d, chain, sep);
      }
    }
  }
  for (let len = 1; len < 32; len++) if (withLetters(len)) shapes[LETTERS + len] = 1;
  return shapeSetOf(shapes);
}

/**
 * Marks base + next for each next in [first, last] that `starts` accepts. A function of its own so
 * that shapeSet stays too light for V8 to optimise: it runs once per start, and compiling it on a
 * background thread cost more than running it.
 */
function markNexts(
  shapes: Uint8Array,
  base: number,
  first: number,
  last: number,
  starts: (digits: number, chain: number, sep: number, next: number) => boolean,
  digits: number,
  chain: number,
  sep: number,
): void {
  for (let next = first; next <= last; next++) if (starts(digits, chain, sep, next)) shapes[base + next] = 1;
}

/** The set holding the shape keys marked 1 in `shapes` (SHAPE_KEYS long), for a caller that lists its keys itself. */
export function shapeSetOf(shapes: Uint8Array): ShapeSet {
  const bit = sets.length < 32 ? sets.length : -1;
  const set = { shapes, bit };
  if (bit >= 0) {
    // indexOf skips the unmarked keys natively: a loop over all ~10,000 keys per set ran hot enough at
    // every start for V8 to optimise it on a background thread.
    for (let k = shapes.indexOf(1); k >= 0; k = shapes.indexOf(1, k + 1)) interest[k] |= 1 << bit;
    sets.push(set);
  }
  return set;
}

/** Per index, the lists made here (when the index pass did not list every set). */
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
  const { keys } = tokenShapes(ix);
  if (set.bit < 0) {
    const own: number[] = [];
    for (let i = 0; i < keys.length; i++) if (set.shapes[keys[i]] === 1) own.push(i);
    return { tokens: Int32Array.from(own), from: 0, to: own.length };
  }
  let made = ix.starts !== undefined && set.bit < ix.starts.sets ? ix.starts : startListsOf.get(ix);
  if (made === undefined || set.bit >= made.sets) {
    // Counted per set first (one increment per token and set it is in), then filled.
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
