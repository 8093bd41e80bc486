/**
 * Shape sets: a predicate asked once per combination of the parameters it declares gives the table
 * a full walk gives; a number layout's start keys, listed from the layout, are the keys canStart accepts.
 */
import { describe, expect, it } from 'vitest';
import { shapeSet } from '../../../src/engine/dlp/scan/chain-shapes.ts';
import { SEP_DASH, SEP_DOT, SEP_SPACE } from '../../../src/engine/dlp/scan/index-model.ts';
import { canStart, DASH, DOT, layout, SLASH, SPACE, startKeys } from '../../../src/engine/dlp/scan/numbers.ts';

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

describe('startKeys', () => {
  /** Every key canStart accepts for the layout, over the same shapes shapeSet walks. */
  const askedKeys = (lay: ReturnType<typeof layout>) => {
    const shapes = shapeSet((d: number, c: number, s: number, n: number) => canStart(lay, d, c, s, n)).shapes;
    return [...shapes.keys()].filter((k) => shapes[k] === 1);
  };
  const specs = [
    '9',
    '1..30',
    '13..19',
    '0..3',
    '29..40',
    '31',
    '3-2-4',
    '4-4-4-4',
    '4-6-5',
    '3-3-4',
    '2-2-2-2-2-2-2',
    '2-2-2-2-2-2-2-2',
    '1-9',
    '31-2',
    '4-12',
  ];
  const seps = [SPACE, DASH, DOT, SLASH, SPACE | DASH, DASH | DOT | SLASH, SPACE | DASH | DOT | SLASH];
  it.each(specs.flatMap((spec) => seps.map((sep) => [spec, sep] as const)))(
    'when the layout is %s with separators %i, then its keys are those canStart accepts',
    (spec, sep) => {
      const lay = layout(spec, sep);
      expect([...new Set(startKeys(lay))].sort((a, b) => a - b)).toEqual(askedKeys(lay));
    },
  );
});
