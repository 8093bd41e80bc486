/** The CSS pass: every spelling of a remote reference found (escapes included), inline data and plain CSS left alone. */
import { describe, expect, it } from 'vitest';
import { decodeCssEscapes, stripRemoteCss } from '../../../src/ui/shared/css-remote.ts';

const C = 'http://127.0.0.1:9/c';

// Each one makes a browser fetch from the canary if it survives.
const HOSTILE: readonly (readonly [string, string])[] = [
  ['a plain url()', `background:url(${C})`],
  ['a quoted url()', `background-image:url("${C}")`],
  ['an escaped scheme', `background:url(\\68ttp://127.0.0.1:9/c)`],
  ['an escaped function name', `background:\\75rl(${C})`],
  ['a one-character escape in the name', `background:u\\rl(${C})`],
  ['upper case', `BACKGROUND:URL(${C})`],
  ['a protocol-relative url()', 'background:url(//127.0.0.1:9/c)'],
  ['a relative url() (it resolves to the app)', 'background:url(pixel.gif)'],
  ['@import with a string', `@import "${C}";`],
  ['@import with url()', `@import url(${C}) screen;`],
  ['an escaped @import', `@\\69mport "${C}";`],
  ['@import split by a comment', `@import/**/"${C}";`],
  ['@font-face', `@font-face{font-family:x;src:url(${C}) format("woff")}`],
  ['image-set with strings', `background-image:image-set("${C}" 1x)`],
  ['-webkit-image-set', `background-image:-webkit-image-set('${C}' 1x, "data:image/png;base64,AA" 2x)`],
  ['the src() function', `background:src("${C}")`],
  ['cursor', `cursor:url(${C}),auto`],
  ['list-style-image', `list-style-image:url('${C}')`],
  ['border-image', `border-image:url(${C}) 30 round`],
  ['a url() with spaces inside', `background:url(  "${C}"  )`],
];

describe('stripRemoteCss', () => {
  it.each(HOSTILE)('when the CSS holds %s then it is removed', (_, css) => {
    const out = stripRemoteCss(css);
    expect(out.removed).toBeGreaterThan(0);
    expect(decodeCssEscapes(out.css)).not.toMatch(/127\.0\.0\.1|pixel\.gif|@import/i);
  });

  it.each([
    ['plain styles', 'p{color:#333;margin:0 auto}'],
    ['a data: image', 'background:url(data:image/png;base64,iVBORw0KGgo=)'],
    ['a quoted data: font', `@font-face{font-family:x;src:url("data:font/woff2;base64,AAAA")}`],
    ['an SVG fragment reference', 'fill:url(#gradient)'],
    ['an escaped quotation mark in content', 'q::before{content:"\\201C"}'],
    ['a data: image-set', 'background-image:image-set("data:image/png;base64,AA" 1x)'],
  ])('when the CSS holds only %s then it is kept exactly', (_, css) => {
    expect(stripRemoteCss(css)).toEqual({ css, removed: 0 });
  });
});

describe('decodeCssEscapes', () => {
  it('when letters are escaped then they are decoded, the space after a hex escape included', () => {
    expect(decodeCssEscapes('\\75 rl(\\68ttp:x)')).toBe('url(http:x)');
  });
  it('when a quote, a parenthesis or a backslash is escaped then it stays escaped (no new string or function)', () => {
    expect(decodeCssEscapes('a\\22 b\\28 c\\5c d')).toBe('a\\"b\\(c\\\\d');
  });
  it('when an escape is out of range then it becomes the replacement character', () => {
    expect(decodeCssEscapes('\\110000 x\\0 y')).toBe('\uFFFDx\uFFFDy');
  });
});
