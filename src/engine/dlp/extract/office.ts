/**
 * Text of DOCX, XLSX and PPTX attachments: a zip of XML parts, read by zip.ts against the
 * message's expansion budget (XML inflating past it makes the file "not scanned", with the reason).
 */
import type { ExpansionBudget } from './limits.ts';
import { decodeEntities } from './entities.ts';
import { xmlText } from './xml-text.ts';
import { readMember, zipMembers } from './zip.ts';

const utf8 = new TextDecoder('utf-8');

function unzipParts(data: Uint8Array, budget: ExpansionBudget, want: (name: string) => boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of zipMembers(data)) if (want(m.name)) out[m.name] = utf8.decode(readMember(data, m, budget));
  return out;
}

const byNumber = (a: string, b: string) => Number(/(\d+)\.xml$/.exec(a)?.[1] ?? 0) - Number(/(\d+)\.xml$/.exec(b)?.[1] ?? 0);

/** Word: the document, headers, footers, footnotes and comments. */
export function docxText(data: Uint8Array, budget: ExpansionBudget): string {
  const parts = unzipParts(data, budget, (n) => /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/.test(n));
  const order = Object.keys(parts).sort((a, b) => (a === 'word/document.xml' ? -1 : b === 'word/document.xml' ? 1 : a.localeCompare(b)));
  return order.map((n) => xmlText(parts[n], new Set(['w:t']), new Set(['w:p']), new Set(['w:tab', 'w:br']))).join('\n');
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
  return [...slides, ...notes].map((n) => xmlText(parts[n], new Set(['a:t']), new Set(['a:p']))).join('\n');
}

/** Excel: each sheet's cells in order (shared strings resolved), a tab between cells, a line per row. */
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
    for (const row of parts[name].matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
      const cells: string[] = [];
      for (const c of row[1].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attrs = c[1];
        const body = c[2] ?? '';
        const type = /\bt="([^"]+)"/.exec(attrs)?.[1];
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        if (type === 's' && v !== undefined) cells.push(shared[Number(v)] ?? '');
        else if (type === 'inlineStr') cells.push(xmlText(body, new Set(['t']), new Set()));
        else if (v !== undefined) cells.push(decodeEntities(v));
      }
      lines.push(cells.join('\t'));
    }
  }
  return lines.join('\n');
}
