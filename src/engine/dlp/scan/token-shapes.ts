/**
 * Per-token shapes, computed once per index and shared by all classifiers (the WebAssembly pass
 * computes them itself): `digitBits[k]` has bit n set when token k is all digits and has n digits
 * (n ≥ 31 uses bit 31), and `keys[k]` is the token's shape key (index-model.ts), by which
 * chain-shapes.ts lists the tokens each classifier can start at.
 */
import { shapeKeys, type TextIndex } from './index-model.ts';

/** The shapes of an index's tokens. */
export interface TokenShapes {
  readonly digitBits: Int32Array;
  readonly keys: Int32Array;
}

const cache = new WeakMap<TextIndex, TokenShapes>();

/** The index's token shapes (computed on first use when the pass did not). */
export function tokenShapes(ix: TextIndex): TokenShapes {
  if (ix.shapes) return ix.shapes;
  let s = cache.get(ix);
  if (s) return s;
  const n = ix.tokStart.length;
  const digitBits = new Int32Array(n);
  const { tokStart, tokEnd, tokDigits } = ix;
  for (let k = 0; k < n; k++) {
    const len = tokEnd[k] - tokStart[k];
    if (tokDigits[k] === len) digitBits[k] = 1 << (len < 31 ? len : 31);
  }
  s = { digitBits, keys: shapeKeys(ix) };
  cache.set(ix, s);
  return s;
}
