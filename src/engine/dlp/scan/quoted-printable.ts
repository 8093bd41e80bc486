/**
 * Quoted-printable left undecoded in a text ("5189=C2=A04187=C2=A03884=C2=A045=\n68"), as a mail's
 * source pasted into another or a client that failed to decode it leaves it: the characters its
 * escapes stand for and its soft line breaks removed, for normalise.ts. A gateway decodes a part's
 * transfer encoding before scanning (extract/); this is the text that arrives already encoded.
 * scanText asks for this only when its index pass saw an escape right after a number (escapeAt).
 */
import { hexValue, REMOVED } from './html-entities.ts';
import type { Rewrite } from './written-out-emails.ts';

const EQUALS = 61;
const LF = 10;
const CR = 13;

/** Whether a quoted-printable escape of a character beyond ASCII starts at i ("=C2=A0", "=E2=80=93"). */
export const escapeAt = (text: string, i: number): boolean =>
  text.charCodeAt(i) === EQUALS &&
  hexValue(text.charCodeAt(i + 1)) >= 12 &&
  hexValue(text.charCodeAt(i + 2)) >= 0 &&
  text.charCodeAt(i + 3) === EQUALS;

/** The byte of the escape at i ("=A0"), or -1. */
function byteAt(codes: Uint16Array, i: number, m: number): number {
  if (i + 2 >= m || codes[i] !== EQUALS) return -1;
  const hi = hexValue(codes[i + 1]);
  const lo = hexValue(codes[i + 2]);
  return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo;
}

/** What a decoded character becomes for the scan: a space, a hyphen, nothing, or itself. */
function scanned(code: number): number {
  if (code === 0xa0 || code === 0x202f || code === 0x205f || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 9) return 32;
  if (code === 0xad || (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff) return REMOVED;
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return 45;
  // Full-width digits and letters: their ASCII forms.
  if (code >= 0xff10 && code <= 0xff5a) return code - 0xfee0;
  return code;
}

/** Whether codes[0, m) hold an escape of a character beyond ASCII: then the text is quoted-printable. */
function hasEscape(codes: Uint16Array, m: number): boolean {
  for (let i = codes.indexOf(EQUALS); i >= 0 && i < m; i = codes.indexOf(EQUALS, i + 1))
    if (hexValue(codes[i + 1]) >= 12 && hexValue(codes[i + 2]) >= 0 && codes[i + 3] === EQUALS) return true;
  return false;
}

/** The ASCII characters quoted-printable escapes in text: "=", a space, a tab. */
const isEscapedAscii = (code: number): boolean => code === EQUALS || code === 32 || code === 9;

/**
 * The rewrites of every escape and soft line break in codes[0, m), in order; none unless the text
 * holds an escape of a character beyond ASCII (any text may be rewritten for another reason, and
 * "session=110731998216" is no escape).
 */
export function quotedPrintable(codes: Uint16Array, m: number): Rewrite[] {
  const out: Rewrite[] = [];
  if (!hasEscape(codes, m)) return out;
  for (let i = 0; i < m; i++) {
    if (codes[i] !== EQUALS) continue;
    // A soft line break: "=" ending a line.
    if (codes[i + 1] === LF || (codes[i + 1] === CR && codes[i + 2] === LF)) {
      const end = codes[i + 1] === CR ? i + 3 : i + 2;
      out.push({ start: i, end, to: REMOVED });
      i = end - 1;
      continue;
    }
    const lead = byteAt(codes, i, m);
    if (lead < 0) continue;
    // One character's bytes: a lead byte and its continuation bytes, each an escape.
    const more = lead < 0x80 ? 0 : lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc0 ? 1 : -1;
    if (more < 0) continue;
    let code = more === 0 ? lead : lead & (0x3f >> more);
    let k = i + 3;
    let ok = true;
    for (let b = 0; b < more; b++, k += 3) {
      const next = byteAt(codes, k, m);
      if (next < 0x80 || next >= 0xc0) {
        ok = false;
        break;
      }
      code = (code << 6) | (next & 0x3f);
    }
    // (Beyond the first plane a character is two code units: left as written.)
    if (!ok || code > 0xffff || (more === 0 && !isEscapedAscii(code))) continue;
    out.push({ start: i, end: k, to: scanned(code) });
    i = k - 1;
  }
  return out;
}
