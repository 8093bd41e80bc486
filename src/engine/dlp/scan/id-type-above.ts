/**
 * A form's identity-document block: "ID type: DL - Michigan\nID number: D082865473689", or
 * "Document type: U.S. Passport\n  Issuing authority: …\n  Document number: J32295979". The
 * number's own label says only that it is a document's number; the type line above says which.
 */

/** Most characters of a "Document number:" label before its value. */
const MAX_ID_LABEL = 24;
/** How far above the number's line its type line is read (a few lines of the block). */
const TYPE_REACH = 160;
/** A form's number line ("ID number:", "ID #", "Document no.", "ID number ........"), the value after it. */
const ID_NUMBER_LINE = /(?:^|\n)[ \t]*(?:ID|document|doc\.?)[ \t]+(?:number|no\.?|#)[ \t]*(?::|\.{2,}[ .]*)?[ \t]*$/i;
/** The block's type line, the last one above ("ID type: DL - Michigan", "ID type/state .... Driver license / PA", "Photo ID type: …", "ID document: Driver License - California"). */
const ID_TYPE_LINE =
  /(?:^|\n)[ \t]*(?:(?:photo|government|gov't|primary|secondary)[ \t]+)?(?:(?:ID|document|doc\.?)[ \t]+type|ID[ \t]+document)(?:[ \t]*\/[ \t]*(?:state|country|issuer))?[ \t]*(?::|\.{2,}[ .]*)[ \t]*([^\n]*)\n(?:[^\n]*\n){0,2}$/i;

/** Most characters of a line holding the type before the number ("5. ID type: Driver license   ID number: "). */
const MAX_TYPE_LINE = 80;
/** The type and the number's label on one line, a form's row: its type's text is the group. */
const ID_TYPE_BEFORE =
  /(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:(?:photo|government|gov't|primary|secondary)[ \t]+)?(?:ID|document|doc\.?)[ \t]+type[ \t]*:[ \t]*([^\n:]*?)(?:[ \t]{2,}|\t|[ \t]*[;|,][ \t]*)(?:ID|document|doc\.?)[ \t]+(?:number|no\.?|#)[ \t]*:?[ \t]*$/i;

/** The type line's text above a form's "ID number:" line whose value starts at `start` (or before its label on its line), or null. */
export function idTypeAbove(text: string, start: number): string | null {
  const before = idTypeBefore(text, start);
  if (before !== null) return before;
  // (Back over the label's few characters only: a long line is not read back whole per value.)
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= MAX_ID_LABEL && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if ((lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) || !ID_NUMBER_LINE.test(text.slice(Math.max(0, lineStart - 1), start)))
    return null;
  const type = ID_TYPE_LINE.exec(text.slice(Math.max(0, lineStart - TYPE_REACH), lineStart));
  return type === null ? headingAbove(text, lineStart) : type[1];
}

/** How many lines of a block below its heading are read up to it. */
const MAX_BLOCK_LINES = 3;
/** A heading's text after its list's item ("List A - U.S. Passport"). */
const HEADING_ITEM = /^.*\s[-–:]\s+/;

/**
 * The heading of an indented block holding the number line at `lineStart` ("List A - U.S.
 * Passport\n  Issuing authority: …\n  Document number: J32295979"): the nearest line above, a few
 * lines up, that is indented less than the number's, after its list's item; null when none.
 */
function headingAbove(text: string, lineStart: number): string | null {
  const indent = indentAt(text, lineStart);
  if (indent === 0) return null;
  let end = lineStart - 1;
  for (let n = 0; n <= MAX_BLOCK_LINES && end > 0; n++) {
    // (Back over a few short lines only: TYPE_REACH in all.)
    let start = end;
    while (start > 0 && lineStart - start < TYPE_REACH && text.charCodeAt(start - 1) !== 10) start--;
    if (start === end || (start > 0 && text.charCodeAt(start - 1) !== 10)) return null;
    const own = indentAt(text, start);
    if (own < indent) return own === end - start ? null : text.slice(start, end).replace(HEADING_ITEM, '');
    end = start - 1;
  }
  return null;
}

/** The spaces and tabs that start the line at `start`. */
function indentAt(text: string, start: number): number {
  let p = start;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  return p - start;
}

/** The type named on the value's own line before its "ID number:" label ("5. ID type: DL   ID number: 31 702 370"), or null. */
function idTypeBefore(text: string, start: number): string | null {
  // (Only where a number's label ends right before the value: one look at a few characters first.)
  const near = text.slice(Math.max(0, start - 12), start);
  if (!/(?:number|no\.?|#)[ \t]*:?[ \t]*$/i.test(near)) return null;
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= MAX_TYPE_LINE && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  const m = ID_TYPE_BEFORE.exec(text.slice(Math.max(0, lineStart - 1), start));
  return m === null ? null : m[1];
}
