/** Token shapes: digit-count bits, and the shape keys by which classifiers find the tokens they can start at. */
import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/engine/dlp/classifiers/registry.ts';
import { indexText } from '../../../src/engine/dlp/scan/text-index.ts';
import { tokenShapes } from '../../../src/engine/dlp/scan/token-shapes.ts';
import { shapeSet, tokensOfShape, type ShapeSet } from '../../../src/engine/dlp/scan/chain-shapes.ts';
import { LETTERS, SEP_DASH, SEP_DOT, SEP_NONE, SEP_SLASH, SEP_SPACE, shapeKey } from '../../../src/engine/dlp/scan/index-model.ts';
import { forEachNumber, layout, SPACE, DASH } from '../../../src/engine/dlp/scan/numbers.ts';

const index = (text: string) => indexText(text, registry().keywords);

describe('tokenShapes', () => {
  it('when a token is all digits, then its digit count bit is set', () => {
    expect(tokenShapes(index('call 4012 now')).digitBits[0]).toBe(1 << 4);
  });
  it('when a token has letters, then it has no digit bits and a key by its length', () => {
    const s = tokenShapes(index('code E11 and INV123'));
    expect([...s.digitBits]).toEqual([0, 0]);
    expect([...s.keys]).toEqual([LETTERS + 3, LETTERS + 6]);
  });
  it("when all-digit tokens are joined by one separator, then the first key holds the chain length and the second token's size", () => {
    const { keys } = tokenShapes(index('pay 4012 8888 8888 1881 or 10.0.0.1 on 12/03'));
    expect([...keys.slice(0, 4)]).toEqual([
      shapeKey(4, 4, SEP_SPACE, 4),
      shapeKey(4, 3, SEP_SPACE, 4),
      shapeKey(4, 2, SEP_SPACE, 4),
      shapeKey(4, 1, SEP_NONE),
    ]);
    expect(keys[4]).toBe(shapeKey(2, 4, SEP_DOT, 1));
    expect(keys[8]).toBe(shapeKey(2, 2, SEP_SLASH, 2));
  });
  it('when a chain changes separator, then the chain ends where the separator changes', () => {
    const { keys } = tokenShapes(index('1-2-3.4'));
    expect(keys[0]).toBe(shapeKey(1, 3, SEP_DASH, 1));
    expect(keys[1]).toBe(shapeKey(1, 2, SEP_DASH, 1));
  });
  it('when the second token has seven digits or more, then the key says seven', () => {
    const { keys } = tokenShapes(index('123-4567890 12-1234567890123 5 6'));
    expect(keys[0]).toBe(shapeKey(3, 2, SEP_DASH, 7));
    expect(keys[2]).toBe(shapeKey(2, 2, SEP_DASH, 7));
    expect(keys[4]).toBe(shapeKey(1, 2, SEP_SPACE, 1));
  });
  it('when a token is 31 characters or longer, then it shares the top bit and has key 0', () => {
    const s = tokenShapes(index('9'.repeat(40)));
    expect(s.digitBits[0]).toBe(1 << 31);
    expect(s.keys[0]).toBe(0);
  });
  it('when the same index is asked twice, then the shapes are computed once', () => {
    const ix = index('1 22 333');
    expect(tokenShapes(ix)).toBe(tokenShapes(ix));
  });
});

describe('forEachNumber with the shape filter', () => {
  const all = (text: string, specs: string[]) => {
    const found: string[] = [];
    forEachNumber(
      index(text),
      specs.map((s) => layout(s, SPACE | DASH)),
      (m) => (found.push(m.digits), true),
    );
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

describe('tokensOfShape', () => {
  const list = (text: string, set: ShapeSet) => {
    const { tokens, from, to } = tokensOfShape(index(text), set);
    return [...tokens.slice(from, to)];
  };
  const threeWithLetters = shapeSet(
    () => false,
    (length) => length === 3,
  );
  const dottedQuads = shapeSet((digits, chain, sep) => digits <= 3 && chain >= 4 && sep === SEP_DOT);
  it('when a set takes tokens with letters by length, then only those are listed', () =>
    expect(list('E11 123 AB12 x9z 4.5', threeWithLetters)).toEqual([0, 3]));
  it('when a set takes chains, then only the tokens that start one that long are listed', () =>
    expect(list('10.0.0.1 and 1.2.3 and 192.168.1.20.5', dottedQuads)).toEqual([0, 7, 8]));
  it('when several sets are asked about one index, then each gets its own tokens', () => {
    const ix = index('E11 10.0.0.1');
    const a = tokensOfShape(ix, threeWithLetters);
    const b = tokensOfShape(ix, dottedQuads);
    expect([...a.tokens.slice(a.from, a.to)]).toEqual([0]);
    expect([...b.tokens.slice(b.from, b.to)]).toEqual([1]);
  });
});
