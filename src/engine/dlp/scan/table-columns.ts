/**
 * Tables in plain text: a spreadsheet pasted as tab-separated rows, CSV (commas or semicolons),
 * Markdown-style pipes, or columns aligned with runs of spaces. The header cell of a value's
 * column is the context for every cell below it, however many rows down (a "SIN" column, a
 * "Member ID" column). Found lazily, only for candidates without a context word nearby, and
 * remembered per text so a long table is walked once, not once per row.
 */
import type { TextIndex } from './text-index.ts';

/** Table kinds, by what separates the cells. */
const Kind = { None: 0, Tab: 1, Pipe: 2, Semicolon: 3, Comma: 4, Aligned: 5 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

/** A line's table shape: its kind and number of delimiters (gaps for aligned columns). */
interface Shape {
  readonly kind: Kind;
  readonly count: number;
}

const NOT_A_ROW: Shape = { kind: Kind.None, count: 0 };
/** Longer lines are prose or data dumps, not table rows (and must not make the walk quadratic). */
const MAX_LINE = 2000;
/** A table: its header line and the shape of its rows. */
interface Table {
  readonly headerStart: number;
  readonly headerEnd: number;
  readonly shape: Shape;
}

let tablesText = '';
/** Per line start, the table the line is a row of (null: none), for the text last scanned. */
const rows = new Map<number, Table | null>();

/** The row of the last value columnHeader found a header for: [rowStart, rowEnd). */
export let rowStart = 0;
export let rowEnd = 0;

/**
 * Starts reading the tables of `text` afresh (scanInBlocks calls it first). Then the check each
 * value makes that its text is the one read is the same string object, not a comparison of two
 * equal texts character by character: scanning one text again as another string of the same
 * characters made that comparison run for every value, over the whole text.
 */
export function readTablesOf(text: string): void {
  tablesText = text;
  // Forgotten when a value is first looked up: most scans look up none.
  tablesStale = true;
}

let tablesStale = false;

function forgetTables(): void {
  tablesStale = false;
  rows.clear();
  breakFrom = breakAt = -1;
  lastLineStart = lastLineEnd = -1;
  clearFrom = clearTo = -1;
}

/**
 * The header cell [from, to) of the table column holding [start, end), or null when the value
 * is not in a table cell below a header.
 */
export function columnHeader(ix: TextIndex, start: number, end: number): readonly [number, number] | null {
  const text = ix.text;
  if (text !== tablesText) readTablesOf(text);
  if (tablesStale) forgetTables();
  // Several values often share a line: its bounds and table are remembered.
  let ls: number;
  let le: number;
  let table: Table | null;
  if (start >= lastLineStart && end <= lastLineEnd) {
    ls = lastLineStart;
    le = lastLineEnd;
    table = lastTable;
  } else {
    ls = lineStart(text, start);
    if (ls < 0) return null;
    le = lineEnd(text, end);
    if (le < 0) return null;
    table = tableOf(text, ls, le);
    lastLineStart = ls;
    lastLineEnd = le;
    lastTable = table;
  }
  rowStart = ls;
  rowEnd = le;
  if (table === null) return null;
  return headerCell(text, table, ls, le, start, end);
}

/** Whether [start, end) is in a table's column whose header `header` matches ("SSN", "Routing #"). */
export function headedBy(ix: TextIndex, start: number, end: number, header: RegExp): boolean {
  const cell = columnHeader(ix, start, end);
  return cell !== null && header.test(ix.text.slice(cell[0], cell[1]));
}

/**
 * The start of the line holding p, or -1 when it is further back than MAX_LINE. A bounded walk
 * back: most values sit a few dozen characters into their line, where lastIndexOf's call out
 * of compiled code cost more than the walk (and alone could walk back through megabytes).
 */
function lineStart(text: string, p: number): number {
  const from = Math.max(0, p - MAX_LINE);
  // A stretch the last walk found without a line break is not walked again: many values on one
  // line longer than MAX_LINE would each walk back MAX_LINE characters.
  const stop = clearFrom <= from && clearTo >= from && clearTo <= p ? clearTo : from;
  for (let i = p - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  if (stop === from) clearFrom = from;
  clearTo = p;
  return from > 0 ? -1 : 0;
}

/** A stretch of the text being read known to hold no line break: [clearFrom, clearTo). */
let clearFrom = -1;
let clearTo = -1;

/** The line of the last value looked at, and its table. */
let lastLineStart = -1;
let lastLineEnd = -1;
let lastTable: Table | null = null;

/** Where the line holding p ends (before CR LF), or -1 past MAX_LINE. */
let breakFrom = -1;
let breakAt = -1;
function lineEnd(text: string, p: number): number {
  // Values come in text order: the break found for the last one often serves this one too.
  let nl: number;
  if (p >= breakFrom && p <= breakAt) nl = breakAt;
  else {
    nl = text.indexOf('\n', p);
    if (nl < 0) nl = text.length;
    breakFrom = p;
    breakAt = nl;
  }
  if (nl - p > MAX_LINE) return -1;
  return nl > p && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
}

/**
 * The table the line [ls, le) is a row of (not its header), or null. The block of lines of the
 * same shape is walked up once: every line passed is remembered with the answer, so each line
 * of a long table is read once whatever the number of values and classifiers.
 */
function tableOf(text: string, ls: number, le: number): Table | null {
  const known = rows.get(ls);
  if (known !== undefined) return known === null || known.headerStart < 0 ? null : known;
  const shape = shapeOf(text, ls, le);
  if (shape.kind === Kind.None) {
    rows.set(ls, null);
    return null;
  }
  const passed = [ls];
  let top = ls;
  let found: Table | undefined;
  while (top > 0) {
    const prevEnd = top - 1;
    const prevStart = lineStart(text, prevEnd);
    if (prevStart < 0) break;
    const above = rows.get(prevStart);
    if (above && sameShape(above.shape, shape)) {
      found = above;
      break;
    }
    const end = prevEnd > prevStart && text.charCodeAt(prevEnd - 1) === 13 ? prevEnd - 1 : prevEnd;
    // (A comment line between a CSV's blocks, "# Heartwood Hot Yoga (club 07)", is passed over
    // when a row of the shape stands above it: the blocks share the header.)
    if (end > prevStart && text.charCodeAt(prevStart) === 35 && shape.kind === Kind.Comma && prevStart > 0) {
      const overStart = lineStart(text, prevStart - 1);
      const overEnd = prevStart - 1;
      if (overStart >= 0 && overEnd > overStart && sameShape(shapeOf(text, overStart, overEnd), shape)) {
        top = prevStart;
        continue;
      }
    }
    if (end === prevStart || !sameShape(shapeOf(text, prevStart, end), shape)) break;
    top = prevStart;
    passed.push(top);
  }
  if (found === undefined) {
    let headerStart = top;
    let headerEnd = top === ls ? -1 : lineEnd(text, top);
    // A rule line of another shape above the block, as a database client draws one under the
    // header ("----+------" in psql, "+----+------+" in mysql): the header is the line above it.
    // Or a rule line (----  ------) at the block's top, under the header.
    const above = ruleAbove(text, top);
    const rule = above >= 0 ? above : headerEnd >= 0 && isRule(text, top, headerEnd) ? top : -1;
    if (rule >= 0) {
      headerStart = rule > 0 ? lineStart(text, rule - 1) : -1;
      headerEnd = headerStart < 0 ? -1 : lineEnd(text, headerStart);
      if (headerEnd === headerStart) headerEnd = -1;
    }
    found = headerEnd >= 0 && looksLikeHeader(text, headerStart, headerEnd) ? { headerStart, headerEnd, shape } : headless(shape);
  }
  // The header line itself is no row of its table.
  for (const line of passed) rows.set(line, line === top && found.headerStart === top ? null : found);
  return found.headerStart < 0 ? null : found;
}

/**
 * The block of rows of `shape` with no header above it: remembered for its rows as a table is, so
 * the next row stops its walk up at the row above (as null, every row of a long headerless block
 * — an HL7 batch, a log of pipes — walked up the whole block again: 1 MB of them took 30 s).
 */
const headless = (shape: Shape): Table => ({ headerStart: -1, headerEnd: -1, shape });

/** The start of the line above the one starting at `top` when it is a rule line, else -1. */
function ruleAbove(text: string, top: number): number {
  if (top === 0) return -1;
  const start = lineStart(text, top - 1);
  if (start < 0) return -1;
  const end = top - 1 > start && text.charCodeAt(top - 2) === 13 ? top - 2 : top - 1;
  return end > start && isRule(text, start, end) ? start : -1;
}

/** A line of dashes, equals signs, pluses, colons and pipes only (under a header). */
function isRule(text: string, from: number, to: number): boolean {
  let dashes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 61) dashes++;
    else if (c !== 32 && c !== 9 && c !== 43 && c !== 58 && c !== 124 && c !== 13) return false;
  }
  return dashes >= 3;
}

/**
 * Whether two lines are rows of one table. A wide CSV's rows may count a comma or two apart: an
 * unquoted comma in a free-text cell at a row's end ("…,TEL,HELD - new account, prenote pending"),
 * or cells read as a number's thousands ("…,7219,556.23"). A wide TSV's may count a tab or two
 * apart: an export leaves a row's empty last cells out ("…\t05/25/2025\t2663.20" under
 * "…\tdos\tbalance\temail"). Their cells before still stand under their headers (cells are
 * counted by every delimiter: cellIndex).
 */
const sameShape = (a: Shape, b: Shape): boolean =>
  a.kind === b.kind &&
  (a.kind === Kind.Aligned ||
    a.count === b.count ||
    ((a.kind === Kind.Comma || a.kind === Kind.Tab) && Math.min(a.count, b.count) >= MIN_WIDE && Math.abs(a.count - b.count) <= MAX_APART));
/** Fewest commas of a CSV's rows that may count a few apart, and how many. */
const MIN_WIDE = 5;
const MAX_APART = 2;

/** A header has letters, few digits and no long numbers or addresses, and is not a sentence. */
function looksLikeHeader(text: string, from: number, to: number): boolean {
  let letters = 0;
  let digits = 0;
  let run = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) return false;
    if (c >= 48 && c <= 57) {
      digits++;
      if (++run >= 5) return false;
    } else {
      run = 0;
      if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
    }
  }
  if (letters === 0 || digits * 4 > letters) return false;
  // Prose runs on: five or more words in a row with single spaces is a sentence, not a header.
  return !/(?:[A-Za-z'’]+[,;]? ){4}[A-Za-z'’]+/.test(text.slice(from, to));
}

const isDigitAt = (text: string, i: number): boolean => text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;

/** Whether the comma at i groups thousands (12,671.00; 1,234,567): 1–3 digits before it, exactly 3 after. */
function thousands(text: string, i: number, from: number, to: number): boolean {
  let a = i;
  while (a > from && isDigitAt(text, a - 1)) a--;
  if (i - a < 1 || i - a > 3) return false;
  // Digits that end a date, a decimal or a code ("2027-07,251", "F29,148.72") are a cell's end, not thousands.
  const before = a > from ? text.charCodeAt(a - 1) : 32;
  if (before === 45 || before === 47 || before === 46 || before === 58 || ((before | 32) >= 97 && (before | 32) <= 122)) return false;
  // (Nor the last group of a number spaced in groups, "438 606 704,585.505.5254".)
  if (before === 32 && a - 1 > from && isDigitAt(text, a - 2)) return false;
  let b = i + 1;
  while (b < to && isDigitAt(text, b)) b++;
  if (b - i - 1 !== 3) return false;
  // (Nor digits that go on as a dotted number: a phone's "585.505.5254", a version's, not a decimal.)
  if (text.charCodeAt(b) === 46) {
    let c = b + 1;
    while (c < to && isDigitAt(text, c)) c++;
    if (c > b + 1 && text.charCodeAt(c) === 46) return false;
  }
  return true;
}

/** The table shape of the line [from, to). */
function shapeOf(text: string, from: number, to: number): Shape {
  if (to - from > MAX_LINE || to === from) return NOT_A_ROW;
  let tabs = 0;
  let pipes = 0;
  let semis = 0;
  let commas = 0;
  let gaps = 0;
  let quoted = false;
  let spaces = 0;
  let seen = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    if (c === 32) {
      spaces++;
      continue;
    }
    if (spaces >= 2 && seen && c !== 13) gaps++;
    spaces = 0;
    seen = true;
    if (c === 9) tabs++;
    else if (c === 124) pipes++;
    else if (!quoted && c === 59) semis++;
    // A comma between digits groups thousands (12,671.00): no delimiter.
    else if (!quoted && c === 44 && !thousands(text, i, from, to)) commas++;
  }
  if (tabs > 0) return { kind: Kind.Tab, count: tabs };
  if (pipes >= 2) return { kind: Kind.Pipe, count: pipes };
  // (Its cells may hold a comma or two, a name or a decimal: "Esposito, Farah", "1,50".)
  if (semis > 0 && semis > commas) return { kind: Kind.Semicolon, count: semis };
  // Columns aligned with spaces may hold a comma or two ("Austin, TX"); CSV has no runs of spaces.
  if (commas > 0 && commas >= gaps) return { kind: Kind.Comma, count: commas };
  if (gaps > 0) return { kind: Kind.Aligned, count: gaps };
  return NOT_A_ROW;
}

const DELIMITER: Readonly<Record<number, number>> = {
  [Kind.Tab]: 9,
  [Kind.Pipe]: 124,
  [Kind.Semicolon]: 59,
  [Kind.Comma]: 44,
};

/** The header cell above [start, end) on the row [ls, le). */
function headerCell(text: string, table: Table, ls: number, le: number, start: number, end: number): readonly [number, number] | null {
  const { headerStart, headerEnd } = table;
  if (table.shape.kind === Kind.Aligned) return alignedCell(text, headerStart, headerEnd, ls, le, start, end);
  const delim = DELIMITER[table.shape.kind];
  const column = cellIndex(text, ls, start, delim);
  // A value spanning a delimiter is not in one cell.
  if (cellIndex(text, ls, end, delim) !== column) return null;
  let from = headerStart;
  let index = 0;
  let quoted = false;
  for (let i = headerStart; i <= headerEnd; i++) {
    const c = i < headerEnd ? text.charCodeAt(i) : delim;
    if (c === 34) quoted = !quoted;
    if (c === delim && !(quoted && delim !== 9)) {
      if (index === column) return trimmed(text, from, i);
      index++;
      from = i + 1;
    }
  }
  return null;
}

/** How many delimiters come before position p on the line starting at ls. */
function cellIndex(text: string, ls: number, p: number, delim: number): number {
  let n = 0;
  let quoted = false;
  for (let i = ls; i < p; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    if (c === delim && !(quoted && delim !== 9)) n++;
  }
  return n;
}

/**
 * [from, to) without surrounding spaces, quotes and pipes, or null when nothing is left. (A
 * litigation load file's text qualifier, "þ", is a quote: "þMESSAGEIDþ|þXORIGINATINGIPþ".)
 */
function trimmed(text: string, from: number, to: number): readonly [number, number] | null {
  const edge = (c: number) => c === 32 || c === 34 || c === 9 || c === 13 || c === 0xfe;
  while (from < to && edge(text.charCodeAt(from))) from++;
  while (to > from && edge(text.charCodeAt(to - 1))) to--;
  return to > from ? [from, to] : null;
}

/**
 * Cell starts of an aligned line: the line's first character and each after `gap` or more spaces
 * (two for cells; one for the words of a line, as cells run into each other).
 */
function cellStarts(text: string, from: number, to: number, gap = 2): number[] {
  const starts: number[] = [];
  let spaces = gap;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) spaces++;
    else {
      if (spaces >= gap) starts.push(i - from);
      spaces = 0;
    }
  }
  return starts;
}

/**
 * Columns aligned with spaces: the value's cell must start where a header cell starts (within a
 * character or two, or end where it ends for right-aligned numbers); that header cell is the one.
 */
function alignedCell(
  text: string,
  hs: number,
  he: number,
  ls: number,
  le: number,
  start: number,
  end: number,
): readonly [number, number] | null {
  const header = cellStarts(text, hs, he);
  const row = cellStarts(text, ls, le);
  let cell = -1;
  for (let k = row.length - 1; k >= 0; k--) {
    if (row[k] <= start - ls) {
      cell = row[k];
      break;
    }
  }
  if (cell < 0) return null;
  // A cell run into the next with one space ("E87.1 2019496555" under "Dx        NPI"): the value
  // is a later word of its cell. When each header cell is one word and the row has as many words,
  // the value's word's rank is its column.
  const words = cell !== start - ls ? cellStarts(text, ls, le, 1) : null;
  if (words !== null && words.length === header.length && cellStarts(text, hs, he, 1).length === header.length) {
    const k = words.indexOf(start - ls);
    if (k >= 0) return trimmed(text, hs + header[k], hs + (k + 1 < header.length ? header[k + 1] : he - hs));
  }
  // A value run into its cell by a wider cell before it ("carmen.jovanovic@northpointclinic.org
  // 217.58.43.50" under "attendee   ip"): standing inside a later header's column than its cell's
  // start, not at its edge (a value at a header's very start is another layout's), it is that
  // header's.
  if (words !== null) {
    const at = start - ls;
    for (let k = header.length - 1; k > 0; k--) {
      if (header[k] > at) continue;
      if (header[k] > cell && at > header[k]) return trimmed(text, hs + header[k], hs + (k + 1 < header.length ? header[k + 1] : he - hs));
      break;
    }
  }
  // As many cells as the header: the value's cell is the header's cell of its rank, aligned or
  // not (a plain-text rendering of an HTML table puts two spaces between cells, unpadded).
  if (row.length === header.length) {
    const k = row.indexOf(cell);
    const to = k + 1 < header.length ? header[k + 1] : he - hs;
    return trimmed(text, hs + header[k], hs + to);
  }
  for (let k = 0; k < header.length; k++) {
    const from = header[k];
    const to = k + 1 < header.length ? header[k + 1] : he - hs;
    let last = to;
    while (last > from && text.charCodeAt(hs + last - 1) === 32) last--;
    const leftAligned = Math.abs(from - cell) <= 2;
    const rightAligned = Math.abs(last - (end - ls)) <= 2;
    if (leftAligned || rightAligned) return trimmed(text, hs + from, hs + last);
  }
  // A header cell over two of the row's cells ("DL state / number" over "FL  R512-820-58-305-6"),
  // or two headers one space apart read as one ("Code Trace number    Account"): the value
  // standing under a later word of the cell is in its column, and the whole cell names it (the
  // "DL" before "state / number" says what the number is).
  for (let k = 0; k < header.length; k++) {
    const to = k + 1 < header.length ? header[k + 1] : he - hs;
    for (let w = header[k] + 1; w < to; w++)
      if (text.charCodeAt(hs + w - 1) === 32 && text.charCodeAt(hs + w) !== 32 && Math.abs(w - cell) <= 1)
        return trimmed(text, hs + header[k], hs + to);
  }
  // A short code cell and the value after it, under one header that ends before the next's
  // column ("DL" over "GA  044169461", "ID" over "NJ  B9264 83894 39433"): the code qualifies the
  // value, and the header names both.
  const rank = row.indexOf(cell);
  if (rank > 0 && cell - row[rank - 1] <= 6 && isCode(text, ls + row[rank - 1], ls + cell)) {
    const prev = row[rank - 1];
    for (let k = 0; k < header.length; k++) {
      const to = k + 1 < header.length ? header[k + 1] : Infinity;
      if (Math.abs(header[k] - prev) <= 1 && to > end - ls) return trimmed(text, hs + header[k], k + 1 < header.length ? hs + to : he);
    }
  }
  return null;
}

/** Whether [from, to) holds a code of two to four capitals and the spaces after it ("GA  ", "DL "). */
function isCode(text: string, from: number, to: number): boolean {
  let p = from;
  while (p < to && text.charCodeAt(p) >= 65 && text.charCodeAt(p) <= 90) p++;
  if (p - from < 2 || p - from > 4) return false;
  while (p < to && text.charCodeAt(p) === 32) p++;
  return p === to;
}
