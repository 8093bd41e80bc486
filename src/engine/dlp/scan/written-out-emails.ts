/**
 * Email addresses written so that scrapers (and DLP) miss them: the at sign written out
 * ("dana [at] example [dot] org", "events(at)example.com", "priya dot nair at example dot io")
 * or spaced ("r.obi @ gmail . com"). Each is rewritten as the address it reads as, for
 * normalise.ts: the at sign, and the dots of its domain (and of its local part) that were written
 * out or spaced. Only where an address results: a local part before, and a domain of two labels
 * or more after ("meet (at) noon" is left alone). The bare word "at" is everyday English ("find
 * us at acme.com"), so it counts only before a domain with a dot written out as well. scanText
 * asks for this only when its index pass saw such an at sign.
 */
import { isAlnum, isDomainLabel, isEmailLocal } from './char-codes.ts';
import { REMOVED } from './html-entities.ts';

const OPENERS = [40, 91, 123, 60];
const CLOSERS = [41, 93, 125, 62];

/** The word the keyword table finds for an at sign written out: scanText asks when a hit of it is bracketed ("[at]"). */
export const AT_WORD = 'at';
/** The word for a dot written out: scanText asks when a bare one follows a bare "at" ("jane at example dot com"). */
export const DOT_WORD = 'dot';

/** Whether the word at [start, end) is in brackets of one kind: "(at)", "[at]", "{at}", "<at>". */
export function isBracketed(text: string, start: number, end: number): boolean {
  const b = OPENERS.indexOf(text.charCodeAt(start - 1));
  return b >= 0 && text.charCodeAt(end) === CLOSERS[b];
}

/** Most characters of a domain (RFC 1035) and of a local part as written out (RFC 5321's 64, with room for "[dot]"s). */
export const MAX_DOMAIN = 255;
const MAX_LOCAL = 128;

const AT = 64;
const DOT = 46;
const SPACE = 32;

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** Top-level domains people write addresses in, besides every two-letter country code. */
const TOP_LEVEL = new Set('com org net edu gov mil int info biz name pro io co me app dev ai tech online site xyz email cloud'.split(' '));

/**
 * Whether codes[from, to) is a top-level domain as written in an address: in lower case, a
 * country code or a common one ("meet (at) noon . Bye" ends a sentence, not an address).
 */
function isTopLevel(codes: Uint16Array, from: number, to: number): boolean {
  let name = '';
  for (let k = from; k < to; k++) name += String.fromCharCode(codes[k]);
  return isTopLevelName(name);
}

const isTopLevelName = (name: string): boolean => /^[a-z]+$/.test(name) && (name.length === 2 || TOP_LEVEL.has(name));

/** The end of a bracketed word at i ("[at]", "(dot)", "[.]"): `word` in one of the brackets, or -1. */
function bracketed(codes: Uint16Array, i: number, m: number, word: string): number {
  const b = OPENERS.indexOf(codes[i]);
  if (b < 0 || i + word.length + 1 >= m) return -1;
  for (let k = 0; k < word.length; k++) if (lower(codes[i + 1 + k]) !== word.charCodeAt(k)) return -1;
  return codes[i + 1 + word.length] === CLOSERS[b] ? i + word.length + 2 : -1;
}

/** The end of the bare word `word` (any case) at i, with a space before and after it, or -1: " dot ", " AT ". */
function bareWord(codes: Uint16Array, i: number, m: number, word: string): number {
  const e = i + word.length;
  if (i === 0 || codes[i - 1] !== SPACE || e >= m || codes[e] !== SPACE) return -1;
  for (let k = 0; k < word.length; k++) if (lower(codes[i + k]) !== word.charCodeAt(k)) return -1;
  return e;
}

/** Words that follow "at" in a sentence: a domain after a bare "at" is none of them. */
const DETERMINERS = new Set('the a an this that these those my your our his her its their least all any some each every one'.split(' '));

/** Whether the label at i (in codes[0, m)) is a word of DETERMINERS (any case). */
function isDeterminer(codes: Uint16Array, i: number, m: number): boolean {
  let word = '';
  for (let k = i; k < m && word.length <= 5 && isAlnum(codes[k]); k++) word += String.fromCharCode(lower(codes[k]));
  return DETERMINERS.has(word);
}

/** Where the spaces from i end. */
function skipSpaces(codes: Uint16Array, i: number, m: number): number {
  while (i < m && codes[i] === SPACE) i++;
  return i;
}

/**
 * A dot between two labels from i (just after a label): [start, end) of "[dot]", "(.)", " . "
 * and the like with the spaces around it, `plain` when it is an ordinary dot; null when no label
 * follows a dot there.
 */
function dotAt(codes: Uint16Array, i: number, m: number): { end: number; plain: boolean } | null {
  if (codes[i] === DOT && i + 1 < m && isDomainLabel(codes[i + 1])) return { end: i + 1, plain: true };
  const s = skipSpaces(codes, i, m);
  let e = -1;
  if (codes[s] === DOT && s > i) e = s + 1;
  else if (s > i) e = bareWord(codes, s, m, DOT_WORD);
  for (const word of [DOT_WORD, '.']) if (e < 0) e = bracketed(codes, s, m, word);
  if (e < 0) return null;
  const after = skipSpaces(codes, e, m);
  // A spaced dot needs spaces on both sides ("gmail . com"): "end. Next" is a sentence.
  if (codes[s] === DOT && after === e) return null;
  return after < m && isDomainLabel(codes[after]) ? { end: after, plain: false } : null;
}

/** One rewrite: codes [start, end) become `to`. */
export interface Rewrite {
  readonly start: number;
  readonly end: number;
  readonly to: number;
}

/**
 * The rewrites that turn the written-out addresses in codes[0, m) into plain ones, in order.
 * An at sign counts when written out, or with a space on one side at least.
 */
export function writtenOutEmails(codes: Uint16Array, m: number): Rewrite[] {
  const out: Rewrite[] = [];
  let done = 0;
  for (let i = 0; i < m; i++) {
    const c = codes[i];
    let formEnd = -1;
    if (c === AT) formEnd = i + 1;
    else if (c === 40 || c === 91 || c === 123 || c === 60) formEnd = bracketed(codes, i, m, AT_WORD);
    else if (c === 97 || c === 65) formEnd = bareWord(codes, i, m, AT_WORD);
    if (formEnd < 0) continue;
    if (c === AT && codes[i - 1] === SPACE && codes[i + 1] === SPACE) {
      const spaced = spacedOut(codes, i, m, done);
      if (spaced > 0) {
        out.push(...spacedRewrites(codes, spacedFrom, i, spaced));
        done = spaced;
        i = spaced - 1;
        continue;
      }
    }
    const bare = c === 97 || c === 65;
    // The form with its spaces; the local part just before, the domain just after.
    let start = i;
    while (start > done && codes[start - 1] === SPACE) start--;
    const end = skipSpaces(codes, formEnd, m);
    if (c === AT && start === i && end === formEnd) continue;
    if (start === 0 || !isEmailLocal(codes[start - 1]) || end >= m || !isDomainLabel(codes[end])) continue;
    const found: Rewrite[] = [{ start, end, to: AT }];
    // The domain: labels joined by dots, at least two labels, no longer than a domain may be.
    let labels = 1;
    let p = end;
    let last = end;
    const most = Math.min(m, end + MAX_DOMAIN);
    for (;;) {
      while (p < most && isDomainLabel(codes[p])) p++;
      const dot = p < most ? dotAt(codes, p, most) : null;
      if (dot === null) break;
      if (!dot.plain) found.push({ start: p, end: dot.end, to: DOT });
      labels++;
      p = last = dot.end;
    }
    // A domain reaching its limit inside the text is longer than a domain may be.
    if (labels < 2 || (p === most && most < m) || !isTopLevel(codes, last, p)) continue;
    // The bare word needs a dot written out too ("find us at acme.com" is a sentence), and a
    // domain that is not English after "at" ("at the dot com peak", "at least").
    if (bare && (found.length === 1 || isDeterminer(codes, end, m))) continue;
    // The local part's dots written out ("john [dot] smith [at] …"), back to where it starts.
    const local: Rewrite[] = [];
    let q = start;
    const least = Math.max(done, start - MAX_LOCAL);
    for (;;) {
      while (q > least && isEmailLocal(codes[q - 1])) q--;
      const s = writtenDotBefore(codes, q, least, m);
      if (s < 0 || s === least || !isEmailLocal(codes[s - 1])) break;
      local.unshift({ start: s, end: q, to: DOT });
      q = s;
    }
    out.push(...local, ...found);
    done = p;
    i = p - 1;
  }
  return out;
}

/** Fewest characters of the local part and of the domain of an address spaced out character by character. */
const MIN_SPACED_LOCAL = 2;
const MIN_SPACED_DOMAIN = 4;

/** Longest top-level domain in TOP_LEVEL ("online"). */
const LONGEST_TOP_LEVEL = 6;

/** Where the address spacedOut last found starts. */
let spacedFrom = 0;

/**
 * An address spaced out character by character around the spaced at sign at i ("d a n a @ e x a m
 * p l e . o r g"): each character a word of its own, one space apart. Returns where its domain
 * ends (its start in spacedFrom), or 0 when what is spaced out is no address: a domain of two
 * labels or more ending in a top-level domain ("o r g", not the "." ending a sentence).
 */
function spacedOut(codes: Uint16Array, i: number, m: number, done: number): number {
  // Back over the local part: single characters, each one space from the next.
  let start = i;
  const least = Math.max(done, i - 2 * MAX_LOCAL);
  for (let p = i - 2; p >= least && isEmailLocal(codes[p]) && (p === 0 || codes[p - 1] === SPACE); p -= 2) start = p;
  if ((i - start) >> 1 < MIN_SPACED_LOCAL) return 0;
  // On over the domain; labels end at a dot, and the last is the top-level domain (where each
  // label starts and how many characters it has: no string is built per character).
  let end = i + 1;
  let labels = 1;
  let chars = 0;
  let from = -1;
  let length = 0;
  let lastFrom = -1;
  let lastLength = 0;
  const most = Math.min(m, i + 2 * MAX_DOMAIN);
  for (
    let p = i + 2;
    p < most && (isDomainLabel(codes[p]) || codes[p] === DOT) && (p + 1 >= m || codes[p + 1] === SPACE || !isDomainLabel(codes[p + 1]));
    p += 2
  ) {
    if (codes[p] === DOT) {
      if (length === 0) break;
      lastFrom = from;
      lastLength = length;
      length = 0;
      labels++;
    } else if (length++ === 0) from = p;
    chars++;
    end = p + 1;
    if (p + 1 < m && codes[p + 1] !== SPACE) break;
  }
  // A dot after the last label ends a sentence.
  if (length === 0) {
    labels--;
    from = lastFrom;
    length = lastLength;
    end -= 2;
  }
  if (labels < 2 || chars < MIN_SPACED_DOMAIN || length > LONGEST_TOP_LEVEL) return 0;
  let name = '';
  for (let k = 0; k < length; k++) name += String.fromCharCode(codes[from + 2 * k]);
  if (!isTopLevelName(name)) return 0;
  spacedFrom = start;
  return end;
}

/** The rewrites that join an address spaced out in codes[start, end) with its at sign at `at`. */
function spacedRewrites(codes: Uint16Array, start: number, at: number, end: number): Rewrite[] {
  const out: Rewrite[] = [];
  for (let k = start; k < end; k++) {
    if (k === at - 1) {
      out.push({ start: k, end: at + 2, to: AT });
      k = at + 1;
    } else if (codes[k] === SPACE) out.push({ start: k, end: k + 1, to: REMOVED });
  }
  return out;
}

/** The start of a dot written out ("[dot]", "(.)", " dot ") and the spaces around it, ending at q; or -1. */
function writtenDotBefore(codes: Uint16Array, q: number, from: number, m: number): number {
  let e = q;
  while (e > from && codes[e - 1] === SPACE) e--;
  let s = -1;
  for (const word of [DOT_WORD, '.']) {
    const b = e - word.length - 2;
    if (s < 0 && b >= from && bracketed(codes, b, m, word) === e) s = b;
  }
  const b = e - DOT_WORD.length;
  if (s < 0 && e < q && b > from && bareWord(codes, b, m, DOT_WORD) === e) s = b;
  if (s < 0) return -1;
  while (s > from && codes[s - 1] === SPACE) s--;
  return s;
}
