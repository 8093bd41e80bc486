/**
 * A form's label printed above its value, in the same column: the text a PDF or Word form gives
 * when its layout is kept ("Employee's social security number        OMB No. 1545-0029" over
 * "657 37 3815"), where the label may be a hundred characters back in the text, on a line full
 * of other labels. `cellAbove` finds the label's cell: the stretch of the line above (or of the
 * nearest line above holding letters there, up to three lines up) that stands over the value's
 * first column, bounded by runs of two or more spaces, as columns are.
 */

/** Longest line read (a form's line; longer ones are prose or data). */
const MAX_LINE = 400;
/** Lines looked up through for the label (the first with letters over the value decides). */
const MAX_UP = 3;
/** Longest label cell. */
const MAX_CELL = 80;

/** The text being scanned, and the cells found above values in it (several classifiers ask about one value). */
let labelsText: string | null = null;
const found = new Map<number, readonly [number, number] | null>();

/**
 * Starts reading the labels of `text` afresh (scanInBlocks calls it first, as readTablesOf): then
 * each value's check that its text is the one read compares one string object with itself.
 */
export function readLabelsOf(text: string): void {
  labelsText = text;
  // Cleared when a value first asks: most scans ask nothing (a Map's clear allocates its table anew).
  labelsStale = true;
}
let labelsStale = false;

/** The cell [from, to) of a line above standing over the value at `start`, or null. */
export function cellAbove(text: string, start: number): readonly [number, number] | null {
  // The value starts its own cell, as a form's field does (a box's bar may come first): a value
  // inside a line of prose ("E-ticket: 001 3930886880") has its label beside it, not above.
  if (!startsCell(text, start)) return null;
  if (text !== labelsText) readLabelsOf(text);
  if (labelsStale) {
    labelsStale = false;
    found.clear();
  }
  const known = found.get(start);
  if (known !== undefined) return known;
  const cell = lookUp(text, start);
  found.set(start, cell);
  return cell;
}

function lookUp(text: string, start: number): readonly [number, number] | null {
  let ls = start;
  while (ls > 0 && text.charCodeAt(ls - 1) !== 10) if (start - --ls > MAX_LINE) return null;
  const column = start - ls;
  let lineEnd = ls - 1;
  for (let up = 0; up < MAX_UP && lineEnd > 0; up++) {
    let from = lineEnd;
    while (from > 0 && text.charCodeAt(from - 1) !== 10) if (lineEnd - --from > MAX_LINE) return null;
    const to = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    // A blank line ends the form's block.
    if (to - from === 0 || isBlank(text, from, to)) return null;
    const cell = cellAt(text, from, to, column);
    if (cell !== null) {
      if (hasLetter(text, cell[0], cell[1])) return looksLikeLabel(text, cell[0], cell[1]) ? cell : null;
      // Other values over this one: look further up.
    } else if (to - from > column) return null;
    lineEnd = from - 1;
  }
  return null;
}

/** The cell of the line [from, to) holding column `column` (or starting within two columns of it), or null. */
function cellAt(text: string, from: number, to: number, column: number): readonly [number, number] | null {
  const at = from + column;
  if (at >= to + 2) return null;
  // The cell's bounds: two spaces (or the line's ends) on each side.
  let s = Math.min(at, to - 1);
  // Starting just after the value's column, a label is still over it ("a Employee's…" over "657").
  if (text.charCodeAt(s) === 32) {
    let k = s;
    while (k < to && k - s < 3 && text.charCodeAt(k) === 32) k++;
    if (k < to && k - s < 3 && text.charCodeAt(k) !== 32) s = k;
    else return null;
  }
  while (s > from && !(text.charCodeAt(s - 1) === 32 && (s - 1 === from || text.charCodeAt(s - 2) === 32))) s--;
  while (s < to && text.charCodeAt(s) === 32) s++;
  let e = Math.max(s, at);
  while (e < to && !(text.charCodeAt(e) === 32 && (e + 1 === to || text.charCodeAt(e + 1) === 32))) e++;
  if (e <= s || e - s > MAX_CELL) return null;
  return [s, e];
}

/** Whether the value at `start` begins its cell: after two spaces or at a line's start, a box's bar aside. */
function startsCell(text: string, start: number): boolean {
  let p = start;
  while (p > 0 && start - p < 3 && (text.charCodeAt(p - 1) === 124 || text.charCodeAt(p - 1) === 40)) p--;
  if (p > 1 && text.charCodeAt(p - 1) === 32 && start - p < 2 && text.charCodeAt(p - 2) === 124) p -= 2;
  if (p === 0 || text.charCodeAt(p - 1) === 10) return true;
  return text.charCodeAt(p - 1) === 32 && (p === 1 || text.charCodeAt(p - 2) === 32 || text.charCodeAt(p - 2) === 10);
}

/** Whether the cell [from, to) reads as a label: a few words, mostly letters ("U.S. Social Security Number", "24J RENDERING PROVIDER ID #"). */
function looksLikeLabel(text: string, from: number, to: number): boolean {
  let letters = 0;
  let digits = 0;
  let words = 1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) words++;
    else if (c >= 48 && c <= 57) digits++;
    else if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
  }
  return words <= 7 && digits * 4 <= letters;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}
