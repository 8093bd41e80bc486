/** UK National Insurance Number: two prefix letters (with the excluded letters and pairs), six digits, suffix A–D. */
import type { ClassifierDef } from './types.ts';
import { shapeSet, tokensOfShape } from '../scan/chain-shapes.ts';
import { SEP_DASH, SEP_SPACE } from '../scan/text-index.ts';
import { isAlnum, isLetter } from '../scan/char-codes.ts';
import { wrapBefore, wrapEnd } from '../scan/line-wraps.ts';

/**
 * Tokens of the NINO shapes: "123456" after "AB ", "12" after "AB " and before a space and more
 * digits (so linked on by a space; or by a hyphen, as some forms print it: "AB-12-34-56-C"), or
 * 7–9 characters with the six digits and letters.
 */
const NINO_TOKENS = shapeSet(
  (digits, _chain, sep) => digits === 6 || (digits === 2 && (sep === SEP_SPACE || sep === SEP_DASH)),
  (length) => length >= 7 && length <= 9,
);

const NINO =
  /^([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ \u00a0-]?(\d{2})[ \u00a0-]?(\d{2})[ \u00a0-]?(\d{2})[ \u00a0-]?([A-D])(?![A-Za-z0-9])/i;
/** What may stand between a NINO's parts: a space, a no-break space, a hyphen. */
const isPartGap = (c: number): boolean => c === 32 || c === 160 || c === 45;
const BAD_PREFIX = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

/** Most characters from a NINO's start to a line break inside it ("AB 12 34 56⏎C"). */
const MAX_HEAD = 13;

/**
 * A NINO at s that mail wrapping cuts at one of its gaps, as line-wraps.ts reads a wrap (a line
 * as long as wrapped lines are; in a reply, its quote prefix repeated after the break): its parts
 * and where it ends, or null. The break may fall before the suffix letter too ("AB 12 34 56⏎C").
 */
function wrappedNino(text: string, s: number): { m: RegExpExecArray; end: number } | null {
  let lf = s;
  while (lf - s <= MAX_HEAD && lf < text.length && text.charCodeAt(lf) !== 10) lf++;
  if (lf - s > MAX_HEAD || lf === text.length) return null;
  let from = lf;
  if (text.charCodeAt(from - 1) === 13) from--;
  if (isPartGap(text.charCodeAt(from - 1))) from--;
  const to = wrapEnd(text, from, isAlnum);
  if (to < 0) return null;
  const head = text.slice(s, from);
  const m = NINO.exec(`${head} ${text.slice(to, to + 12)}`);
  // It must run on past the joint: one ending before it is read without it.
  if (!m || m[0].length <= head.length + 1) return null;
  return { m, end: to + m[0].length - head.length - 1 };
}

/** Whether a two-letter word, a prefix, ends at `at` (-1: nowhere). */
const prefixEndsAt = (text: string, at: number): boolean =>
  at >= 0 && isLetter(text.charCodeAt(at - 1)) && isLetter(text.charCodeAt(at - 2)) && !isAlnum(text.charCodeAt(at - 3));

export const ukNino: ClassifierDef = {
  id: 'uk-nino',
  name: 'UK National Insurance Number',
  description:
    'UK National Insurance numbers: two prefix letters (D, F, I, Q, U, V and the pairs BG, GB, NK, KN, TN, NT, ZZ are never used), six digits and a suffix A–D, with or without spaces (or hyphens).',
  context: ['national insurance', 'ni number', 'nino', 'nin', 'insurance number', 'ni no'],
  contextScore: 80,
  find(ix, _ctx, out) {
    const { text } = ix;
    const { tokens, from, to } = tokensOfShape(ix, NINO_TOKENS);
    for (let j = from; j < to; j++) {
      const k = tokens[j];
      let s = ix.tokStart[k];
      const len = ix.tokEnd[k] - s;
      const d = ix.tokDigits[k];
      // Shapes: "AB123456C" / "AB123456" (letters in the token), or "12" / "123456" / "123456C" after "AB ".
      if (!((d === 6 && len >= 8 && len <= 9) || (d === 2 && len === 2) || (d === 6 && len <= 7))) continue;
      // "12" after "AB " must go on with two more digits after one space ("at 15 people" does not).
      // (A line break may stand there too: wrappedNino judges it.)
      if (len === 2) {
        let g = s + 2;
        if (text.charCodeAt(g) === 13) g++;
        if (!isPartGap(text.charCodeAt(g)) && text.charCodeAt(g) !== 10) continue;
        const next = text.charCodeAt(g + 1);
        if (next < 48 || next > 57) continue;
      }
      // The prefix is either the token's own first two letters or a two-letter word before it.
      // (Or a line before, when wrapping broke the line after the prefix: "AB⏎12 34 56 C".)
      if (!(isLetter(text.charCodeAt(s)) && isLetter(text.charCodeAt(s + 1)))) {
        let at = isPartGap(text.charCodeAt(s - 1)) ? s - 1 : -1;
        if (!prefixEndsAt(text, at)) at = wrapBefore(text, s, isLetter);
        if (!prefixEndsAt(text, at)) continue;
        s = at - 2;
      }
      const solid = NINO.exec(text.slice(s, s + 16));
      const wrapped = solid ? null : wrappedNino(text, s);
      const m = solid ?? wrapped?.m;
      if (!m || BAD_PREFIX.has(m[1].toUpperCase())) continue;
      out.add(
        s,
        wrapped ? wrapped.end : s + m[0].length,
        30,
        `prefix ${m[1].toUpperCase()}, six digits, suffix ${m[5].toUpperCase()}`,
        'prefix letters and suffix valid',
      );
    }
  },
};
