/**
 * A table row's type cell beside the value's cell: "…,661-76-3896,SSN,\"Dunmore Tank Lines\",…"
 * under "donor_id,id_type", or "SSN  661-76-3896" in a fixed-width row. The column's header says
 * only that it holds an ID; the row's own cell says which.
 */

/** Most characters of a type cell ("SSN", "EMP", "passport"). */
const MAX_TYPE = 12;

/** Whether `c` ends a cell: a comma, a tab, a pipe. (Two spaces are read apart.) */
const isCellEnd = (c: number): boolean => c === 44 || c === 9 || c === 124;

/** The text of the cell right after the value ending at `end`, if it is short; else null. */
export function typeCellAfter(text: string, end: number): string | null {
  let p = end;
  const c = text.charCodeAt(p);
  if (isCellEnd(c)) p++;
  else if (c === 32 && text.charCodeAt(p + 1) === 32) while (text.charCodeAt(p) === 32) p++;
  else return null;
  while (text.charCodeAt(p) === 32) p++;
  const from = p;
  while (p < text.length && p - from <= MAX_TYPE && !isCellEnd(text.charCodeAt(p)) && text.charCodeAt(p) !== 10) {
    if (text.charCodeAt(p) === 32 && text.charCodeAt(p + 1) === 32) break;
    p++;
  }
  if (p === from || p - from > MAX_TYPE) return null;
  return text.slice(from, p).trimEnd();
}

/** The text of the cell right before the value starting at `start`, if it is short; else null. */
export function typeCellBefore(text: string, start: number): string | null {
  let p = start - 1;
  const c = text.charCodeAt(p);
  if (isCellEnd(c)) p--;
  else if (c === 32 && text.charCodeAt(p - 1) === 32) while (text.charCodeAt(p) === 32) p--;
  else return null;
  while (text.charCodeAt(p) === 32) p--;
  const to = p + 1;
  while (p >= 0 && to - p <= MAX_TYPE && !isCellEnd(text.charCodeAt(p)) && text.charCodeAt(p) !== 10) {
    if (text.charCodeAt(p) === 32 && text.charCodeAt(p - 1) === 32) break;
    p--;
  }
  if (p + 1 === to || to - p > MAX_TYPE + 1) return null;
  return text.slice(p + 1, to);
}
