/**
 * labelGap (label-gap.ts) reads by character codes what may stand between a label and its value;
 * it must answer exactly as the pattern it replaced, on a table of gaps and on generated ones.
 */
import { describe, expect, it } from 'vitest';
import { labelGap } from '../../../src/engine/dlp/scan/label-gap.ts';

const PATTERN = /^[ :=#"'(\-./]*(?:(?:no|nr|num|numbers?|is|was|of|(?<=\()e\.g)\b[ :=#"'(\-./]*){0,2}$/i;
const PIECES = [
  ' ',
  ':',
  '=',
  '#',
  '"',
  "'",
  '(',
  '-',
  '.',
  '/',
  'no',
  'NO',
  'nR',
  'num',
  'Number',
  'numbers',
  'is',
  'WAS',
  'oF',
  'e.g',
  'E.G.',
];
const OTHERS = ['n', 'x', '1', '_', '\t', ',', ')', 'ſ', 'é', 'nu', 'mber', '\n', ';', '@', '`', 'N'];

/** The gap in a text with letters and digits around it, as labels and values sit. */
const gap = (s: string) => labelGap(`ab${s}123`, 2, 2 + s.length);

describe('labelGap', () => {
  it.each([
    ['', true],
    [': ', true],
    [' #', true],
    [' no. ', true],
    [' Number: ', true],
    [' is ', true],
    [' number is ', true],
    [' no no no ', false],
    [' numbers ', true],
    [' (e.g. ', true],
    ['\t', false],
    [', ', false],
    [' nos ', false],
    [' ſ ', false],
  ])('when the gap is %j, then it is a label gap: %s', (s, expected) => {
    expect(gap(s)).toBe(expected);
    expect(PATTERN.test(s)).toBe(expected);
  });

  it('when gaps are generated from punctuation, label words and other characters, then it answers as the pattern', () => {
    let seed = 1;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const all = [...PIECES, ...PIECES, ...OTHERS];
    let matches = 0;
    for (let t = 0; t < 50_000; t++) {
      let s = '';
      for (let i = next(6); i > 0; i--) s += all[next(all.length)];
      const expected = PATTERN.test(s);
      if (expected) matches++;
      expect(gap(s), JSON.stringify(s)).toBe(expected);
    }
    // Not vacuous: many of the generated gaps are label gaps.
    expect(matches).toBeGreaterThan(5_000);
  });
});
