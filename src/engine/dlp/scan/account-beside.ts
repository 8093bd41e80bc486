/**
 * A bank account written beside a routing number on its line, the pair's other half: "Golden 1
 * CU, 321073237 / 1992724150565", a payroll register's "656615399  14460059606", a bank file's
 * "|275281405|983078461813|", a refund's "XXXX5778 / 042529293". The banking context a routing
 * number with no word of its own needs (reference §8.2).
 */
import { isAlnum, isDigit } from './char-codes.ts';
import { keptList } from './kept-list.ts';

/** Most characters between the two: a slash or a bar, or a table's gap. */
const MAX_GAP = 12;

/** Whether [from, to) holds only a pair's separator: spaces or tabs, with at most one slash or bar. */
function pairGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_GAP) return false;
  let marks = 0;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 47 || c === 124) marks++;
    else if (c !== 32 && c !== 9) return false;
  }
  return marks <= 1;
}

/** Whether the 8 digits at [from, to) are a date written YYYYMMDD (a birth date's column, "19930223"). */
function compactDate(text: string, from: number, to: number): boolean {
  if (to - from !== 8) return false;
  const y = text.slice(from, from + 2);
  const month = Number(text.slice(from + 4, from + 6));
  const day = Number(text.slice(from + 6, to));
  return (y === '19' || y === '20') && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Whether 4–17 digits at [from, to), maybe masked before ("XXXX5778"), stand alone: no letter, digit, date's or decimal's mark around. */
function accountRun(text: string, from: number, to: number): boolean {
  const digits = to - from;
  if (digits < 4 || digits > 17 || compactDate(text, from, to)) return false;
  const after = text.charCodeAt(to);
  if (isAlnum(after) || ((after === 46 || after === 47 || after === 45) && isDigit(text.charCodeAt(to + 1)))) return false;
  let p = from;
  while (p > 0 && (text.charCodeAt(p - 1) === 88 || text.charCodeAt(p - 1) === 120 || text.charCodeAt(p - 1) === 42)) p--;
  const before = text.charCodeAt(p - 1);
  return !(p > 0 && (isAlnum(before) || ((before === 46 || before === 47 || before === 45) && isDigit(text.charCodeAt(p - 2)))));
}

/** An account beside the routing number at [start, end), on its line, as supporting information. */
export function accountBeside(text: string, start: number, end: number): string[] {
  // After it.
  let p = end;
  while (p < text.length && p - end <= MAX_GAP && !isAlnum(text.charCodeAt(p)) && text.charCodeAt(p) !== 10) p++;
  let q = p;
  while (q < text.length && isDigit(text.charCodeAt(q))) q++;
  if (q > p && pairGap(text, end, p) && accountRun(text, p, q)) return keptList(`account "${text.slice(p, q)}"`);
  // Before it.
  p = start;
  while (p > 0 && start - p <= MAX_GAP && !isAlnum(text.charCodeAt(p - 1)) && text.charCodeAt(p - 1) !== 10) p--;
  q = p;
  while (q > 0 && isDigit(text.charCodeAt(q - 1))) q--;
  if (q < p && pairGap(text, p, start) && accountRun(text, q, p)) return keptList(`account "${text.slice(q, p)}"`);
  return [];
}
