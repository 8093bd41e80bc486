/**
 * Finds and removes every way CSS can make the browser fetch something: `url()`, `src()`,
 * `image-set()` and friends with quoted URLs, and `@import`. Escapes are decoded first, because a
 * sender can spell `url(` as `\75rl(` or `http` as `\68ttp` and a plain pattern would miss it.
 * Pure string work, so it runs (and is tested) anywhere; the frame's CSP still backs it up.
 */

// An escape is a backslash and 1–6 hex digits (one optional space after), or a backslash and any other character.
const ESCAPE = /\\([0-9a-f]{1,6})[ \t\n\r\f]?|\\([^\n\r\f0-9a-f])/gi;
// Characters that change the CSS's structure stay escaped, so decoding never opens a string or a function.
const STRUCTURAL = /["'\\(),;{}:@\s/]/;
const COMMENT = /\/\*[\s\S]*?(\*\/|$)/g;
const IMPORT = /@import\b[^;]*(;|$)/gi;
const URL_FN = /\b(?:url|src)\(\s*("[^"]*"|'[^']*'|[^)]*?)\s*\)/gi;
const IMAGE_FNS = /(?:-webkit-)?(?:image-set|image|cross-fade)\(/gi;
const LOCAL = /^["']?\s*(data:|#)/i;

/** The CSS with escapes decoded, except those that would change its structure. */
export function decodeCssEscapes(css: string): string {
  return css.replace(ESCAPE, (whole, hex: string | undefined, char: string | undefined) => {
    let c = char ?? '';
    if (hex !== undefined) {
      const code = parseInt(hex, 16);
      c = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
    }
    return STRUCTURAL.test(c) ? `\\${c}` : c;
  });
}

// The end of the parenthesised group opening at `open` (the index of its `(`), or the text's end.
function closingParen(css: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return css.length - 1;
}

// image-set("a.png" 1x) and the like take bare strings as URLs: the whole call goes if any string is not data:.
function stripImageFunctions(css: string): { css: string; removed: number } {
  let removed = 0;
  let out = '';
  let last = 0;
  for (const m of css.matchAll(IMAGE_FNS)) {
    if (m.index < last) continue;
    const open = m.index + m[0].length - 1;
    const close = closingParen(css, open);
    const inner = css.slice(open + 1, close);
    const strings = inner.match(/"[^"]*"|'[^']*'/g) ?? [];
    if (strings.some((s) => !LOCAL.test(s))) {
      out += css.slice(last, m.index) + 'none';
      last = close + 1;
      removed++;
    }
  }
  return { css: out + css.slice(last), removed };
}

/** The CSS without anything that would fetch from the network, and how many references were removed. */
export function stripRemoteCss(css: string): { css: string; removed: number } {
  const decoded = decodeCssEscapes(css).replace(COMMENT, '');
  let removed = 0;
  let out = decoded.replace(IMPORT, () => {
    removed++;
    return '';
  });
  out = out.replace(URL_FN, (whole, target: string) => {
    if (LOCAL.test(target)) return whole;
    removed++;
    return 'none';
  });
  const images = stripImageFunctions(out);
  removed += images.removed;
  // Nothing remote: the sender's CSS is kept exactly as written.
  return removed ? { css: images.css, removed } : { css, removed: 0 };
}

/** Whether an attribute value may hold CSS references worth checking (cheap test before the full pass). */
export const mayReferenceCss = (value: string): boolean => /\(|@|\\/.test(value);
