/**
 * A small, safe HTML-to-text conversion (no DOM: it runs in a worker and in Node). One left-to-right
 * pass over the markup: tags are dropped, block-level tags become line breaks, table cells become
 * tabs (a table reads like a spreadsheet paste: a tab between cells, a line per row),
 * script/style/head contents and comments are skipped, character references are decoded.
 * Consecutive blocks holding nothing but a group of 1–6 digits are joined with spaces onto one
 * line, so `<div>4111</div><div>1111</div>…` reads as the "4111 1111 …" a reader sees.
 * Linear time on any input, including unclosed tags and comments.
 */
import { decodeEntities } from './entities.ts';

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'hr',
  'section',
  'article',
  'header',
  'footer',
  'dd',
  'dt',
  'title',
]);
const CELL = new Set(['td', 'th']);
/** Elements whose text keeps its spaces and line breaks. */
const PRE = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp']);
/** A run of the source's white space, shown as one space outside PRE. */
const SOURCE_SPACE = /[ \t\r\n\f]+/g;
const NOT_BLANK = /[^\s\u00a0]/;
const SKIP = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg']);
/** Mark block and row boundaries in the first pass (private-use characters, removed from the input first). */
const BREAK = '\uE000';
const ROW = '\uE001';
/** A block holding one group of a number or code: up to six digits or capitals ("4111", "GB82", "WEST"). */
const GROUP = /^[ \t\u00a0]*[0-9A-Z]{1,6}[ \t\u00a0]*$/;
const DIGIT = /\d/;
const BLANK = /^[\s\u00a0]*$/;
/** Three or more table cells in a row each holding 3–6 digits: the groups of one number, laid out in cells. */
const CELL_GROUPS = /(?<=^|\t)\d{3,6}(?:\t\d{3,6}){2,}(?=\t|$)/gm;

/**
 * Replaces the marks with line breaks: one per block boundary, but one only between table rows
 * (`</tr><tr>`), so rows read like a spreadsheet paste. A run of blocks each holding one group,
 * two or more of them with digits (`<div>4111</div><div>1111</div>…`, an IBAN's groups), is one
 * number as a reader sees it: joined with spaces, as are digit groups laid out in table cells.
 */
function joinBlocks(marked: string): string {
  const pieces = marked.split(/([\uE000\uE001])/);
  const segs: { text: string; breaks: number }[] = [{ text: decodeEntities(pieces[0]!), breaks: 0 }];
  let blocks = 0;
  let rows = 0;
  for (let i = 1; i < pieces.length; i += 2) {
    if (pieces[i] === ROW) rows++;
    else blocks++;
    const text = decodeEntities(pieces[i + 1]!);
    if (BLANK.test(text)) continue;
    segs.push({ text, breaks: blocks ? blocks + rows : 1 });
    blocks = rows = 0;
  }
  let out = '';
  for (let i = 0; i < segs.length;) {
    let j = i;
    let withDigits = 0;
    while (j < segs.length && GROUP.test(segs[j].text)) if (DIGIT.test(segs[j++].text)) withDigits++;
    if (j - i >= 2 && withDigits >= 2) {
      out +=
        (i > 0 ? '\n'.repeat(segs[i].breaks) : '') +
        segs
          .slice(i, j)
          .map((s) => s.text.trim())
          .join(' ');
      i = j;
    } else {
      out += (i > 0 ? '\n'.repeat(segs[i].breaks) : '') + segs[i].text.replace(CELL_GROUPS, (m) => m.replace(/\t/g, ' '));
      i++;
    }
  }
  return out + '\n'.repeat(blocks + rows);
}

/** The visible text of an HTML document or fragment. */
export function htmlToText(html: string): string {
  html = html.replace(/[\uE000\uE001]/g, '');
  let out = '';
  let i = 0;
  const n = html.length;
  const lower = html.toLowerCase();
  // Inside <pre> the source's spaces and line breaks are the text's; elsewhere a run of them is
  // one space, as a browser shows it (an indented table's cells are not lines of their own).
  let pre = 0;
  // Cells written in the current row: a tab goes between cells, so an empty first cell keeps its column.
  let cells = 0;
  // Open cells, and in the innermost: whether it has text yet, and whether a block ended since.
  // A block's end inside a cell breaks the line only between two texts of the cell, so a cell
  // holding one paragraph (as Outlook writes every cell) stays in its row, under its header.
  let inCell = 0;
  let cellText = false;
  let cellBreak = false;
  const write = (source: string) => {
    const t = pre > 0 ? source : source.replace(SOURCE_SPACE, ' ');
    if (inCell > 0 && NOT_BLANK.test(t)) {
      if (cellBreak && cellText) out += BREAK;
      cellBreak = false;
      cellText = true;
    }
    out += t;
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      write(html.slice(i));
      break;
    }
    write(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      out += html.slice(lt);
      break;
    }
    const m = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 40)));
    if (!m) {
      // Not a tag ("a < b"): keep the text.
      out += '<';
      i = lt + 1;
      continue;
    }
    const name = m[1].toLowerCase();
    const closing = html[lt + 1] === '/';
    i = gt + 1;
    if (!closing && SKIP.has(name) && html[gt - 1] !== '/') {
      const end = lower.indexOf(`</${name}`, i);
      i = end < 0 ? n : Math.max(i, lower.indexOf('>', end) + 1 || n);
      continue;
    }
    if (PRE.has(name)) pre = Math.max(0, pre + (closing ? -1 : 1));
    if (name === 'tr' || name === 'table') cells = 0;
    if (CELL.has(name)) {
      inCell = Math.max(0, inCell + (closing ? -1 : 1));
      cellText = cellBreak = false;
      if (!closing && cells++ > 0) out += '\t';
    } else if (name === 'tr') out += ROW;
    else if (inCell > 0 && name !== 'table' && BLOCK.has(name)) cellBreak = true;
    else if (BLOCK.has(name)) out += BREAK;
  }
  // Spaces around a line break or a cell's tab are the source's, not the text's (a tab stays: it
  // is a cell's, or <pre>'s).
  return joinBlocks(out)
    .replace(/[ \u00a0]*\n[ \u00a0]*/g, '\n')
    .replace(/ *\t */g, '\t')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
