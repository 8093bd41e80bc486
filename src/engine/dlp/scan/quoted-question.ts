/**
 * An inline reply's answer and the quoted question above it: a reply that answers a message
 * point by point quotes each question ("> Your NHS number, for the occupational health
 * questionnaire") and writes the answer under it ("It's 773 397 7657."). The question names the
 * value as a label would, however many words it has before the answer.
 */
import { isLetter } from './char-codes.ts';

/** Most characters an answer's line holds before the value ("It's ", "[Dana] yes, it is "). */
const MAX_LEAD = 40;
/** Blank lines between a question and its answer, at most. */
const MAX_BLANKS = 2;
/** Quoted lines of one question read, at most (a question wrapped by the quoting client). */
const MAX_QUESTION_LINES = 3;
/** Characters of the question read, at most, back from its end: where a question names what it asks for. */
const MAX_QUESTION = 240;

let quotingText: string | null = null;
/** Whether quotingText quotes anything: -1 until a value asks. */
let quotes = -1;

/**
 * Starts reading the quotes of `text` afresh (scanInBlocks calls it first, as readLabelsOf): then
 * each value's check that its text is the one read compares one string object with itself, not
 * two equal texts character by character (a text scanned again, blocks of a periodic text).
 */
export function readQuotesOf(text: string): void {
  quotingText = text;
  quotes = -1;
}

/**
 * The quoted lines [from, to) right above the unquoted line the value at `start` opens (after a
 * few characters at most), or null: the value is no answer under a quoted question.
 */
export function quotedQuestionAbove(text: string, start: number): readonly [number, number] | null {
  // Asked of most values without words near: whether the text quotes anything, once per text.
  if (text !== quotingText) readQuotesOf(text);
  if (quotes < 0) quotes = text.charCodeAt(0) === 62 || text.indexOf('\n>') >= 0 || text.indexOf('\n >') >= 0 ? 1 : 0;
  if (quotes === 0) return null;
  let ls = start;
  while (ls > 0 && text.charCodeAt(ls - 1) !== 10) if (start - --ls > MAX_LEAD) return null;
  if (ls === 0 || isQuoted(text, ls)) return null;
  // Up over a blank line or two to the last quoted line.
  let lineEnd = ls - 1;
  let blanks = 0;
  for (;;) {
    const from = lineStart(text, lineEnd);
    if (!blankLineAt(text, from)) break;
    if (++blanks > MAX_BLANKS || from === 0) return null;
    lineEnd = from - 1;
  }
  const to = lineEnd;
  let from = lineStart(text, lineEnd);
  if (!isQuoted(text, from) || !hasLetter(text, from, to)) return null;
  // The question's other lines: quoted, not blank ("> " alone ends a quoted paragraph).
  for (let lines = 1; lines < MAX_QUESTION_LINES && from > 0; lines++) {
    const above = lineStart(text, from - 1);
    if (!isQuoted(text, above) || !hasLetter(text, above, from - 1)) break;
    from = above;
  }
  return [Math.max(from, to - MAX_QUESTION), to];
}

/** Where the line holding the character before `end` (a line's end) starts. */
function lineStart(text: string, end: number): number {
  const nl = text.lastIndexOf('\n', end - 1);
  return nl + 1;
}

/** Whether the line starting at `from` is quoted: "> …", after spaces at most. */
function isQuoted(text: string, from: number): boolean {
  let p = from;
  while (text.charCodeAt(p) === 32) p++;
  return text.charCodeAt(p) === 62;
}

/** Whether the line starting at `p` is blank, or holds quote marks alone ("> >"). */
export function blankLineAt(text: string, p: number): boolean {
  for (; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 62 && c !== 9) return false;
  }
  return true;
}

function hasLetter(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (isLetter(text.charCodeAt(p))) return true;
  return false;
}
