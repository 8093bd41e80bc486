/**
 * What may stand between a label and its value ("SSN: …", "Order no. …", "SWIFT is …"), read by
 * character codes: findings.ts asks it of every labelled number, and classifiers of a label's
 * next word.
 */
import { isAlnum } from './char-codes.ts';

/** Most characters between a label and its value ("swift code is: "). */
export const MAX_LABEL_GAP = 16;

/**
 * What may stand between a label and its value on one line and in one cell: punctuation, "no."
 * or "number", a verb like "is" (no tab, comma or line break: those end a cell). As a pattern,
 * /^[ :=#"'(\-./]*(?:(?:no|nr|num|numbers?|is|was|of|(?<=\()e\.g)\b[ :=#"'(\-./]*){0,2}$/i; read here by
 * character codes, without a slice: it runs for most candidates (every labelled number).
 */
export function labelGap(text: string, from: number, to: number): boolean {
  // (A label's plural in brackets is the label's: "Transponder(s): 696401466".)
  if (text.charCodeAt(from) === 40 && (text.charCodeAt(from + 1) | 32) === 115 && text.charCodeAt(from + 2) === 41) from += 3;
  let i = gapPunctuation(text, from, to);
  for (let words = 0; i < to; words++) {
    if (words === 2) return false;
    // (An example's "e.g." in brackets: "Order numbers (e.g. EEH924881)".)
    if (exampleAt(text, i, to)) {
      i = gapPunctuation(text, i + 3, to);
      continue;
    }
    const w = i;
    while (i < to && isWordChar(text.charCodeAt(i))) i++;
    if (!isGapWord(text, w, i - w)) return false;
    i = gapPunctuation(text, i, to);
  }
  return true;
}

/** Whether "e.g" stands at `i` right after a bracket, a word of its own. */
const exampleAt = (text: string, i: number, to: number): boolean =>
  text.charCodeAt(i - 1) === 40 &&
  (text.charCodeAt(i) | 32) === 101 &&
  text.charCodeAt(i + 1) === 46 &&
  (text.charCodeAt(i + 2) | 32) === 103 &&
  (i + 3 >= to || !isWordChar(text.charCodeAt(i + 3)));

/** Fewest dots of a form's dot leader ("Job number ........ "): fewer are an abbreviation's or an ellipsis. */
const MIN_LEADER_DOTS = 4;

/**
 * labelGap over a form's dot leader, which pads a label to its column however long it is ("Job
 * number ........ 520-96-4500", "Site . . . . . . "): the leader (dots and single spaces between
 * them) counts as one character towards MAX_LABEL_GAP.
 */
export function leaderGap(text: string, from: number, to: number): boolean {
  let longest = 0;
  for (let p = from; p < to;) {
    if (text.charCodeAt(p) !== 46) {
      p++;
      continue;
    }
    // A run of dots, single spaces between them allowed.
    const start = p;
    let dots = 0;
    while (p < to && (text.charCodeAt(p) === 46 || (text.charCodeAt(p) === 32 && text.charCodeAt(p + 1) === 46))) {
      if (text.charCodeAt(p) === 46) dots++;
      p++;
    }
    if (dots >= MIN_LEADER_DOTS && p - start > longest) longest = p - start;
  }
  return longest > 0 && to - from - longest + 1 <= MAX_LABEL_GAP && labelGap(text, from, to);
}

/** The first offset from `i` that is not a label's punctuation (space : = # " ' ( - . /). */
function gapPunctuation(text: string, i: number, to: number): number {
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 58 && c !== 61 && c !== 35 && c !== 34 && c !== 39 && c !== 40 && !(c >= 45 && c <= 47)) break;
  }
  return i;
}

/** A word character of a pattern's \b: [A-Za-z0-9_]. */
const isWordChar = (c: number): boolean => isAlnum(c) || c === 95;

/** Whether the word text[w, w + n) is no, nr, num, number, numbers, is, was or of, in any case. */
function isGapWord(text: string, w: number, n: number): boolean {
  // Lower case by setting bit 5: only the upper-case letter maps onto each lower-case one.
  const a = text.charCodeAt(w) | 32;
  const b = text.charCodeAt(w + 1) | 32;
  if (n === 2) return (a === 110 && (b === 111 || b === 114)) || (a === 105 && b === 115) || (a === 111 && b === 102);
  if (n === 3) {
    const c = text.charCodeAt(w + 2) | 32;
    return (a === 110 && b === 117 && c === 109) || (a === 119 && b === 97 && c === 115);
  }
  // (Or "numbers": "Order numbers (e.g. EEH924881)".)
  if (n === 7 && (text.charCodeAt(w + 6) | 32) !== 115) return false;
  return (
    (n === 6 || n === 7) &&
    a === 110 &&
    b === 117 &&
    (text.charCodeAt(w + 2) | 32) === 109 &&
    (text.charCodeAt(w + 3) | 32) === 98 &&
    (text.charCodeAt(w + 4) | 32) === 101 &&
    (text.charCodeAt(w + 5) | 32) === 114
  );
}

/**
 * Where the first word after a label ending at `from` starts, past what labelGap allows ("is",
 * "no." are passed: the next word is the value); -1 when nothing separates them, or more than a
 * label's gap does.
 */
export function wordAfterLabel(text: string, from: number): number {
  let s = from;
  for (;;) {
    while (s < from + MAX_LABEL_GAP && s < text.length && !isAlnum(text.charCodeAt(s))) s++;
    if (s === from || !labelGap(text, from, s)) return -1;
    let e = s;
    while (isAlnum(text.charCodeAt(e))) e++;
    if (e === s) return -1;
    if (e - from > MAX_LABEL_GAP || !labelGap(text, from, e)) return s;
    s = e;
  }
}
