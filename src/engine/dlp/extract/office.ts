/**
 * Text of DOCX, XLSX and PPTX attachments: a zip of XML parts, read by zip.ts against the
 * message's expansion budget (XML inflating past it makes the file "not scanned", with the reason).
 */
import type { ExpansionBudget } from './limits.ts';
import { decodeEntities } from './entities.ts';
import { type TableTags, xmlText } from './xml-text.ts';
import { readMember, zipMembers } from './zip.ts';

const utf8 = new TextDecoder('utf-8');

function unzipParts(data: Uint8Array, budget: ExpansionBudget, want: (name: string) => boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of zipMembers(data)) if (want(m.name)) out[m.name] = utf8.decode(readMember(data, m, budget));
  return out;
}

const byNumber = (a: string, b: string) => Number(/(\d+)\.xml$/.exec(a)?.[1] ?? 0) - Number(/(\d+)\.xml$/.exec(b)?.[1] ?? 0);

/** Tables in Word and in slides: read a row to a line, a tab between cells (xml-text.ts). */
const WORD_TABLE: TableTags = { row: 'w:tr', cell: 'w:tc' };
const SLIDE_TABLE: TableTags = { row: 'a:tr', cell: 'a:tc' };

/** Word: the document, headers, footers, footnotes and comments. */
export function docxText(data: Uint8Array, budget: ExpansionBudget): string {
  const parts = unzipParts(data, budget, (n) => /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/.test(n));
  const order = Object.keys(parts).sort((a, b) => (a === 'word/document.xml' ? -1 : b === 'word/document.xml' ? 1 : a.localeCompare(b)));
  return order.map((n) => xmlText(parts[n], new Set(['w:t']), new Set(['w:p']), new Set(['w:tab', 'w:br']), WORD_TABLE)).join('\n');
}

/** PowerPoint: every slide's text, then the notes. */
export function pptxText(data: Uint8Array, budget: ExpansionBudget): string {
  const parts = unzipParts(data, budget, (n) => /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(n));
  const slides = Object.keys(parts)
    .filter((n) => n.includes('/slides/'))
    .sort(byNumber);
  const notes = Object.keys(parts)
    .filter((n) => n.includes('notesSlide'))
    .sort(byNumber);
  return [...slides, ...notes].map((n) => xmlText(parts[n], new Set(['a:t']), new Set(['a:p']), new Set(), SLIDE_TABLE)).join('\n');
}

/** Most empty cells written before a cell, to keep it under its column's header (a file may name column XFD). */
const MAX_COLUMN_GAP = 256;

/** The column of a cell reference ("C5" → 2), or -1 when it has none. */
function columnOf(ref: string | undefined): number {
  if (!ref) return -1;
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 3; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? -1 : col - 1;
}

/**
 * A number cell's value as Excel shows it in a plain column: an integer written with an exponent
 * ("4.539148803436467E+15", as large numbers are stored) in full; anything else as stored.
 */
function numberText(v: string): string {
  if (!/[eE]/.test(v)) return v;
  const n = Number(v);
  return Number.isSafeInteger(n) ? String(n) : v;
}

/**
 * Excel: each sheet's cells in order (shared strings resolved), a tab between cells, a line per
 * row. A cell keeps its column (empty cells before it are written empty), so a value stays under
 * the header that names it even where a row leaves cells blank.
 */
export function xlsxText(data: Uint8Array, budget: ExpansionBudget): string {
  const parts = unzipParts(data, budget, (n) => n === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  const shared: string[] = [];
  const ss = parts['xl/sharedStrings.xml'];
  if (ss) for (const m of ss.matchAll(/<si>([\s\S]*?)<\/si>/g)) shared.push(xmlText(m[1], new Set(['t']), new Set()));
  const sheets = Object.keys(parts)
    .filter((n) => n.startsWith('xl/worksheets/'))
    .sort(byNumber);
  const lines: string[] = [];
  for (const name of sheets) {
    // Empty cells written in all, at most one per character of the sheet's XML: a file that
    // names far columns in every row makes no text much larger than itself.
    let fill = parts[name].length;
    for (const row of parts[name].matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
      const cells: string[] = [];
      for (const c of row[1].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attrs = c[1];
        const body = c[2] ?? '';
        const type = /\bt="([^"]+)"/.exec(attrs)?.[1];
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        const col = columnOf(/\br="([A-Za-z]+)\d*"/.exec(attrs)?.[1]);
        if (col - cells.length <= MAX_COLUMN_GAP) for (; cells.length < col && fill > 0; fill--) cells.push('');
        if (type === 's' && v !== undefined) cells.push(shared[Number(v)] ?? '');
        else if (type === 'inlineStr') cells.push(xmlText(body, new Set(['t']), new Set()));
        else if (v !== undefined) cells.push(type === undefined || type === 'n' ? numberText(decodeEntities(v)) : decodeEntities(v));
        else cells.push('');
      }
      while (cells.length && cells[cells.length - 1] === '') cells.pop();
      lines.push(cells.join('\t'));
    }
  }
  return lines.join('\n');
}
