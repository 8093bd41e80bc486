/** Token shape bits: the one-AND filter classifiers use to skip tokens that cannot start their shapes. */
import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/engine/dlp/classifiers/registry.ts';
import { indexText } from '../../../src/engine/dlp/scan/text-index.ts';
import { rangeMask, sizeMask, tokenShapes } from '../../../src/engine/dlp/scan/token-shapes.ts';
import { forEachNumber, layout, SPACE, DASH } from '../../../src/engine/dlp/scan/numbers.ts';

const index = (text: string) => indexText(text, registry().keywords);

describe('tokenShapes', () => {
  it('when a token is all digits, then its digit count and length bits are set', () => {
    const s = tokenShapes(index('call 4012 now'));
    expect(s.digitBits[0]).toBe(1 << 4);
    expect(s.lengthBits[0]).toBe(1 << 4);
  });
  it('when a token has letters, then only its length bit is set', () => {
    const s = tokenShapes(index('code E11 and INV123'));
    expect([...s.digitBits]).toEqual([0, 0]);
    expect([...s.lengthBits]).toEqual([1 << 3, 1 << 6]);
  });
  it('when a token is 31 characters or longer, then it shares the top bit', () => {
    expect(tokenShapes(index('9'.repeat(40))).digitBits[0]).toBe(1 << 31);
  });
  it('when the same index is asked twice, then the bits are computed once', () => {
    const ix = index('1 22 333');
    expect(tokenShapes(ix)).toBe(tokenShapes(ix));
  });
});

describe('sizeMask and rangeMask', () => {
  it('when sizes are given, then their bits are set', () => expect(sizeMask([3, 10])).toBe((1 << 3) | (1 << 10)));
  it('when a range is given, then every size in it is set', () => expect(rangeMask(2, 4)).toBe(0b11100));
  it('when a size is outside the bits, then it is refused', () => expect(() => sizeMask([31])).toThrow());
});

describe('forEachNumber with the shape filter', () => {
  const all = (text: string, specs: string[]) => {
    const found: string[] = [];
    forEachNumber(index(text), specs.map((s) => layout(s, SPACE | DASH)), (m) => (found.push(m.digits), true));
    return found;
  };
  it('when numbers are mixed with dates and words, then only layout matches are offered', () =>
    expect(all('on 12/03 pay 4012 8888 8888 1881 and 123456789 x9', ['4-4-4-4', '9'])).toEqual(['4012888888881881', '123456789']));
  it('when a grouped number is accepted, then its groups are not offered again', () =>
    expect(all('4012 8888 8888 1881', ['4-4-4-4', '4'])).toEqual(['4012888888881881']));
  it('when more layout sets are in use than the shared pass keeps, then each still finds the same numbers', () => {
    const text = 'on 12/03 pay 4012 8888 8888 1881 and 123456789 x9 then 555-12-3456';
    // Fresh layout arrays each time: every call makes a new start table, well past the 32 the shared pass serves.
    const seen = Array.from({ length: 40 }, () => all(text, ['4-4-4-4', '9', '3-2-4']));
    expect(new Set(seen.map((s) => s.join()))).toEqual(new Set(['4012888888881881,123456789,555123456']));
  });
});
