/**
 * The column an SQL INSERT's value is in: "INSERT INTO users (id, name, email, phone, ssn) VALUES
 * (29187, 'Greg Whitaker', 'g@x.com', '6014153314', '099563323')" names the fourth value "phone",
 * as a table's header names its column. A developer pastes such a statement, or its failing
 * tuples, into mail; the column list is the only label its values have.
 */

/** An INSERT's column list: each column's name as [from, to) in the text, and where its VALUES run. */
interface Insert {
  readonly columns: readonly (readonly [number, number])[];
  readonly valuesFrom: number;
  /** Where its statement ends: its semicolon, or the next statement. */
  valuesTo: number;
}

const INSERT = /\binsert\s+into\s+[^\s(]{1,80}\s*\(([^()]{1,800})\)\s*values\b/gi;
/** Most characters read back from a value to its tuple's opening bracket. */
const MAX_TUPLE = 400;

/** The text last asked about and its statements (one read per text, however many values ask). */
let insertsText = '';
let inserts: readonly Insert[] = [];

function readInserts(text: string): readonly Insert[] {
  const found: Insert[] = [];
  // Most texts hold no statement: one native look before the expression.
  if (text.search(/insert\s+into/i) < 0) return found;
  INSERT.lastIndex = 0;
  for (let m = INSERT.exec(text); m !== null; m = INSERT.exec(text)) {
    // (The table's name holds no bracket: the first one opens the column list.)
    const listFrom = m.index + m[0].indexOf('(') + 1;
    const columns: [number, number][] = [];
    let from = listFrom;
    const listTo = listFrom + m[1].length;
    for (let p = listFrom; p <= listTo; p++) {
      if (p < listTo && text.charCodeAt(p) !== 44) continue;
      let s = from;
      let e = p;
      while (s < e && isNameEdge(text.charCodeAt(s))) s++;
      while (e > s && isNameEdge(text.charCodeAt(e - 1))) e--;
      columns.push([s, e]);
      from = p + 1;
    }
    found.push({ columns, valuesFrom: INSERT.lastIndex, valuesTo: text.length });
  }
  // A statement ends at its semicolon, or where the next one starts: one walk over the text for all.
  for (let k = 0; k < found.length; k++) {
    const to = k + 1 < found.length ? found[k + 1].valuesFrom : text.length;
    let p = found[k].valuesFrom;
    while (p < to && text.charCodeAt(p) !== 59) p++;
    found[k].valuesTo = p;
  }
  return found;
}

/** Spaces, quotes, backticks and brackets around a column's name. */
const isNameEdge = (c: number): boolean => c <= 32 || c === 34 || c === 39 || c === 96 || c === 91 || c === 93;

/**
 * The name [from, to) of the INSERT column holding the value at `start`, or null when the value
 * is in no INSERT's tuple.
 */
export function sqlColumnAt(text: string, start: number): readonly [number, number] | null {
  if (text !== insertsText) inserts = readInserts(text);
  // Kept as this very string: the next value's check is one of identity. (An equal text scanned
  // again is another string; compared with the old one, every value of it would read it whole.)
  insertsText = text;
  // The last statement starting before the value (they are in text order): a binary search, as a
  // dump may hold thousands.
  let lo = 0;
  let hi = inserts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inserts[mid].valuesFrom <= start) lo = mid + 1;
    else hi = mid;
  }
  const insert = lo > 0 ? inserts[lo - 1] : null;
  if (insert === null || start >= insert.valuesTo) return null;
  const k = valueIndex(text, insert.valuesFrom, start);
  return k >= 0 && k < insert.columns.length ? insert.columns[k] : null;
}

/**
 * The place of the value at `start` in its tuple (commas outside quotes back to the tuple's
 * opening bracket), or -1 when it is in none (a closing bracket comes first).
 */
function valueIndex(text: string, from: number, start: number): number {
  let p = text.charCodeAt(start - 1) === 39 ? start - 2 : start - 1;
  let commas = 0;
  let quoted = false;
  for (; p >= from && start - p <= MAX_TUPLE; p--) {
    const c = text.charCodeAt(p);
    if (c === 39) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 44) commas++;
    else if (c === 40) return commas;
    else if (c === 41) return -1;
  }
  return -1;
}
