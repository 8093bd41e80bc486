/**
 * A small, safe HTML-to-text conversion (no DOM: it runs in a worker and in Node). One left-to-right
 * pass over the markup: tags are dropped, block-level tags become line breaks, table cells become
 * tabs, script/style/head contents and comments are skipped, character references are decoded.
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

/** The visible text of an HTML document or fragment. */
export function htmlToText(html: string): string {
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
    if (BLOCK.has(name)) out += '\n';
    else if (CELL.has(name) && !closing) out += '\t';
  }
  return decodeEntities(out)
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
