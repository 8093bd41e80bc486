/**
 * Values a form prints in a comb of boxes, each group in a box of its own and the boxes apart by
 * one run of spaces, as a PDF's text keeps them: "416       24       7182" (an SSN's area, group and
 * serial), "231    828-7650" (a phone number's area code in its box, then the rest). Read only from
 * a group of three standing alone, and reported only beside the classifier's own words (the
 * candidates need context): a table's numeric columns are spaced the same way.
 */
import { shapeSet } from './chain-shapes.ts';
import { isAlnum } from './char-codes.ts';
import { SEP_DASH, SEP_DOT, SEP_NONE, type TextIndex } from './index-model.ts';

/** A comb's first box: three digits standing alone, no one-character separator after them (an SSN's area, a phone number's area code). */
export const FIRST_BOX = shapeSet((digits, chain, sep) => digits === 3 && chain === 1 && sep === SEP_NONE);

/** Fewest and most spaces between two boxes (one or two are a value's own spacing). */
const MIN_GAP = 3;
const MAX_GAP = 12;

const digitsOf = (ix: TextIndex, k: number): number =>
  k < ix.tokStart.length && ix.tokDigits[k] === ix.tokEnd[k] - ix.tokStart[k] ? ix.tokDigits[k] : -1;

/** The spaces between token k and the next, when they are a comb's gap: their count, else -1. */
function boxGap(ix: TextIndex, k: number): number {
  if (k + 1 >= ix.tokStart.length || ix.link[k] !== SEP_NONE) return -1;
  const from = ix.tokEnd[k];
  const to = ix.tokStart[k + 1];
  if (to - from < MIN_GAP || to - from > MAX_GAP) return -1;
  for (let i = from; i < to; i++) if (ix.text.charCodeAt(i) !== 32) return -1;
  return to - from;
}

/** Whether token k stands apart at its end: nothing glued after it, and no digits a box's gap away. */
function lastBox(ix: TextIndex, k: number): boolean {
  const e = ix.tokEnd[k];
  if (isAlnum(ix.text.charCodeAt(e))) return false;
  return ix.link[k] === SEP_NONE && boxGap(ix, k) < 0;
}

/** Whether token k stands apart at its start: nothing glued before it, and no digits a box's gap before. */
function firstBox(ix: TextIndex, k: number): boolean {
  const s = ix.tokStart[k];
  if (s > 0 && isAlnum(ix.text.charCodeAt(s - 1))) return false;
  return k === 0 || (ix.link[k - 1] === SEP_NONE && boxGap(ix, k - 1) < 0);
}

/**
 * The end of an SSN printed in a comb at token k ("416       24       7182": boxes of three, two and
 * four digits, apart by the same gap give or take a space), or -1.
 */
export function ssnCombEnd(ix: TextIndex, k: number): number {
  if (digitsOf(ix, k) !== 3 || digitsOf(ix, k + 1) !== 2 || digitsOf(ix, k + 2) !== 4 || !firstBox(ix, k)) return -1;
  const a = boxGap(ix, k);
  const b = boxGap(ix, k + 1);
  if (a < 0 || b < 0 || Math.abs(a - b) > 1 || !lastBox(ix, k + 2)) return -1;
  return ix.tokEnd[k + 2];
}

/**
 * The end of a phone number whose area code is in a box of its own at token k ("231    828-7650"),
 * or whose three groups are ("231    828    7650"), or -1.
 */
export function phoneCombEnd(ix: TextIndex, k: number): number {
  if (digitsOf(ix, k) !== 3 || digitsOf(ix, k + 1) !== 3 || digitsOf(ix, k + 2) !== 4 || !firstBox(ix, k)) return -1;
  const a = boxGap(ix, k);
  if (a < 0) return -1;
  const joined = ix.link[k + 1] === SEP_DASH || ix.link[k + 1] === SEP_DOT;
  if (joined ? ix.tokStart[k + 2] - ix.tokEnd[k + 1] !== 1 : Math.abs(boxGap(ix, k + 1) - a) > 1) return -1;
  if (!lastBox(ix, k + 2)) return -1;
  return ix.tokEnd[k + 2];
}
