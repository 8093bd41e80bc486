/** Shape sets: a predicate asked once per combination of the parameters it declares gives the table a full walk gives. */
import { describe, expect, it } from 'vitest';
import { shapeSet } from '../../../src/engine/dlp/scan/chain-shapes.ts';
import { SEP_DASH, SEP_DOT, SEP_SPACE } from '../../../src/engine/dlp/scan/index-model.ts';

/** The same predicate declaring all four parameters: shapeSet then asks it for every shape. */
const everyShape = (p: (d: number, c: number, s: number, n: number) => boolean) => (d: number, c: number, s: number, n: number) =>
  p(d, c, s, n);

describe('shapeSet', () => {
  it.each([
    ['none', () => false],
    ['all', () => true],
    ['digits only', (d: number) => d === 9 || d >= 16],
    ['digits and chain', (d: number, c: number) => d <= 3 && c >= 4],
    ['digits, chain and separator', (d: number, c: number, s: number) => (d === 3 && s === SEP_DASH) || (c === 1 && s === SEP_DOT)],
    ['all four', (d: number, c: number, s: number, n: number) => d === 3 && n === 3 && c >= 3 && s === SEP_SPACE],
  ])('when a predicate reads %s, then its table is the one asking it for every shape', (_, predicate) => {
    const fast = shapeSet(predicate as (d: number, c: number, s: number, n: number) => boolean).shapes;
    const full = shapeSet(everyShape(predicate as (d: number, c: number, s: number, n: number) => boolean)).shapes;
    expect(fast.reduce((n, v) => n + v, 0)).toBe(full.reduce((n, v) => n + v, 0));
    expect(Buffer.from(fast).equals(Buffer.from(full))).toBe(true);
  });
});
