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
const SKIP = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg']);
/** Mark block and row boundaries in the first pass (private-use characters, removed from the input first). */
const BREAK = '\uE000';
const ROW = '\uE001';
const DIGIT_GROUP = /^[ \t\u00a0]*\d{1,6}[ \t\u00a0]*$/;
const BLANK = /^[\s\u00a0]*$/;

/**
 * Replaces the marks with line breaks: one per block boundary, but one only between table rows
 * (`</tr><tr>`), so rows read like a spreadsheet paste; runs of digit-group-only blocks are joined with spaces.
 */
function joinBlocks(marked: string): string {
  const pieces = marked.split(/([\uE000\uE001])/);
  let out = decodeEntities(pieces[0]!);
  let lastDigits = DIGIT_GROUP.test(out);
  let blocks = 0;
  let rows = 0;
  for (let i = 1; i < pieces.length; i += 2) {
    if (pieces[i] === ROW) rows++;
    else blocks++;
    const seg = decodeEntities(pieces[i + 1]!);
    if (BLANK.test(seg)) continue;
    const digits = DIGIT_GROUP.test(seg);
    if (digits && lastDigits) out = `${out.trimEnd()} ${seg.trim()}`;
    else out += '\n'.repeat(blocks ? blocks + rows : 1) + seg;
    lastDigits = digits;
    blocks = rows = 0;
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
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
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
    if (name === 'tr') out += ROW;
    else if (BLOCK.has(name)) out += BREAK;
    else if (CELL.has(name) && !closing) out += '\t';
  }
  return joinBlocks(out)
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
