/**
 * Per-token shape bits, so a classifier can reject a token with one AND instead of calling its
 * layout checks on every token: most tokens are dates, times and amounts that fit no shape.
 * `digitBits[k]` has bit n set when token k is all digits and has n digits (n ≥ 31 uses bit 31);
 * `lengthBits[k]` has bit n set when token k is n characters long (same cap). Built once per
 * index, on first use, and shared by all classifiers (the WebAssembly pass computes them itself).
 */
import type { TextIndex } from './text-index.ts';

/** The shape bits of an index's tokens. */
export interface TokenShapes {
  readonly digitBits: Int32Array;
  readonly lengthBits: Int32Array;
}

const cache = new WeakMap<TextIndex, TokenShapes>();

/** The index's token shape bits (computed on first use). */
export function tokenShapes(ix: TextIndex): TokenShapes {
  if (ix.shapes) return ix.shapes;
  let s = cache.get(ix);
  if (s) return s;
  const n = ix.tokStart.length;
  const digitBits = new Int32Array(n);
  const lengthBits = new Int32Array(n);
  const { tokStart, tokEnd, tokDigits } = ix;
  for (let k = 0; k < n; k++) {
    const len = tokEnd[k] - tokStart[k];
    const bit = 1 << (len < 31 ? len : 31);
    lengthBits[k] = bit;
    if (tokDigits[k] === len) digitBits[k] = bit;
  }
  s = { digitBits, lengthBits };
  cache.set(ix, s);
  return s;
}

/** The bit mask of a set of digit counts or lengths (each below 31). */
export function sizeMask(sizes: readonly number[]): number {
  let m = 0;
  for (const n of sizes) {
    if (n <= 0 || n >= 31) throw new Error(`Size ${n} is outside the shape bits.`);
    m |= 1 << n;
  }
  return m;
}

/** The mask of every size in min..max. */
export function rangeMask(min: number, max: number): number {
  const sizes: number[] = [];
  for (let n = min; n <= max; n++) sizes.push(n);
  return sizeMask(sizes);
}
