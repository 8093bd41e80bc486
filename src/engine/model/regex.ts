/**
 * User-entered regular expressions, run on re2js: a linear-time engine, so a pattern such as
 * (a+)+$ cannot hang the worker. Patterns are case sensitive, as on the appliance. The syntax is
 * RE2's (Perl-like: \d, [[:digit:]], {n,m}); look-around and back-references are refused with
 * a located message.
 */
import { RE2JS } from 're2js';

/** The outcome of checking a pattern at Submit time or in the editor. */
export type PatternCheck = { ok: true } | { ok: false; message: string; position: number };

/** At most this many matches are collected per pattern and text (a `.` pattern on a big file). */
export const MAX_MATCHES = 2000;

const cache = new Map<string, RE2JS>();

/** Compiles (cached); throws re2js's syntax error for a bad pattern. */
function compile(pattern: string): RE2JS {
  let re = cache.get(pattern);
  if (!re) {
    re = RE2JS.compile(pattern);
    if (cache.size > 200) cache.clear();
    cache.set(pattern, re);
  }
  return re;
}

/** Where in the pattern the error is: the offending fragment, or the unclosed group. */
function errorPosition(pattern: string, fragment: string | null, description: string): number {
  if (/missing closing \)/.test(description)) {
    const open: number[] = [];
    for (let i = 0; i < pattern.length; i++) {
      if (pattern[i] === '\\') i++;
      else if (pattern[i] === '(') open.push(i);
      else if (pattern[i] === ')') open.pop();
    }
    return open.length ? open[open.length - 1] : 0;
  }
  if (/trailing backslash/.test(description)) return Math.max(0, pattern.length - 1);
  if (fragment) {
    const at = pattern.indexOf(fragment);
    if (at >= 0) return at;
  }
  return 0;
}

/** Checks a pattern; errors carry a sentence and the 0-based offset of the problem. */
export function validatePattern(pattern: string): PatternCheck {
  if (pattern.length === 0) return { ok: false, message: 'Enter a regular expression.', position: 0 };
  try {
    const re = compile(pattern);
    if (re.matcher('').find()) return { ok: false, message: 'This expression matches empty text; it would match everywhere.', position: 0 };
    return { ok: true };
  } catch (e) {
    const err = e as { getDescription?: () => string; getPattern?: () => string | null; message?: string };
    const description = err.getDescription ? err.getDescription() : String(err.message ?? e);
    const fragment = err.getPattern ? err.getPattern() : null;
    const position = errorPosition(pattern, fragment, description);
    const hint = /invalid named capture|invalid or unsupported Perl syntax/.test(description)
      ? ' (look-around and back-references are not supported)'
      : '';
    return { ok: false, message: `Invalid regular expression: ${description}${hint}.`, position };
  }
}

/** Every non-overlapping match of a valid pattern in text, as [start, end) pairs. */
export function findAll(pattern: string, text: string, limit = MAX_MATCHES): [number, number][] {
  const m = compile(pattern).matcher(text);
  const out: [number, number][] = [];
  while (out.length < limit && m.find()) {
    const s = m.start();
    const e = m.end();
    if (e === s) continue;
    out.push([s, e]);
  }
  return out;
}
