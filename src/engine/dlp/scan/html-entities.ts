/**
 * HTML character references left in plain text ("4685&nbsp;3670&nbsp;5546&nbsp;1773"), as pasted
 * from a page's source or a mail client's HTML: the spaces, invisible characters and dashes they
 * stand for, for normalise.ts. Only those: "&amp;" and "&lt;" are text, and change no value.
 * scanText asks for this only when its index pass saw one (a hit of a name below after "&", or a
 * number after "&#").
 */
import { isDigit } from './char-codes.ts';
import type { Rewrite } from './written-out-emails.ts';

/** Removed (a soft hyphen, zero-width characters): REMOVED. */
export const REMOVED = -1;

/** Named references the keyword table finds (by their name), and what each stands for. */
const NAMED: Readonly<Record<string, number>> = {
  nbsp: 32,
  ensp: 32,
  emsp: 32,
  thinsp: 32,
  numsp: 32,
  puncsp: 32,
  hairsp: 32,
  shy: REMOVED,
  zwnj: REMOVED,
  zwj: REMOVED,
  lrm: REMOVED,
  rlm: REMOVED,
  ndash: 45,
  mdash: 45,
  minus: 45,
  hyphen: 45,
};
export const ENTITY_NAMES = Object.keys(NAMED);

/** What a numbered reference stands for, when it is one of those. */
function numbered(code: number): number | null {
  if (code === 160 || code === 0x202f || code === 0x205f || code === 0x3000 || (code >= 0x2000 && code <= 0x200a)) return 32;
  if (code === 0xad || (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff) return REMOVED;
  if (code === 45 || (code >= 0x2010 && code <= 0x2015) || code === 0x2212) return 45;
  return null;
}

const AMP = 38;
const HASH = 35;
const SEMI = 59;
/** A hexadecimal digit's value, or -1 (quoted-printable.ts reads its escapes with it too). */
export const hexValue = (c: number): number => (isDigit(c) ? c - 48 : (c | 32) >= 97 && (c | 32) <= 102 ? (c | 32) - 87 : -1);

/** The reference at i ("&nbsp;", "&#160;", "&#xA0;") as a rewrite, or null. */
function referenceAt(codes: Uint16Array, i: number, m: number): Rewrite | null {
  let k = i + 1;
  if (codes[k] === HASH) {
    k++;
    const hex = (codes[k] | 32) === 120;
    if (hex) k++;
    let code = 0;
    const first = k;
    for (; k < m && k - first < 7; k++) {
      const v = hex ? hexValue(codes[k]) : isDigit(codes[k]) ? codes[k] - 48 : -1;
      if (v < 0) break;
      code = code * (hex ? 16 : 10) + v;
    }
    const to = k > first && codes[k] === SEMI ? numbered(code) : null;
    return to === null ? null : { start: i, end: k + 1, to };
  }
  let name = '';
  for (; k < m && k - i <= 7 && (codes[k] | 32) >= 97 && (codes[k] | 32) <= 122; k++) name += String.fromCharCode(codes[k] | 32);
  const to = codes[k] === SEMI && Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
  return to === undefined ? null : { start: i, end: k + 1, to };
}

/** The rewrites of every such reference in codes[0, m), in order. */
export function htmlReferences(codes: Uint16Array, m: number): Rewrite[] {
  const out: Rewrite[] = [];
  for (let i = 0; i < m; i++) {
    if (codes[i] !== AMP) continue;
    const r = referenceAt(codes, i, m);
    if (r === null) continue;
    out.push(r);
    i = r.end - 1;
  }
  return out;
}
