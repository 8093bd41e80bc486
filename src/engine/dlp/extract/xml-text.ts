/** Text of Office Open XML parts: the contents of chosen text elements, with breaks at chosen element ends. */
import { decodeEntities } from './entities.ts';

/** A table's elements: its row (w:tr) and its cell (w:tc). */
export interface TableTags {
  readonly row: string;
  readonly cell: string;
}

/**
 * Concatenates the text inside `textTags` elements (e.g. w:t), adding `\n` after `breakTags`
 * closes (e.g. w:p) and `\t` for `tabTags` (e.g. w:tab, or a closing cell). With `table`, a
 * table reads as a spreadsheet paste does: a tab between cells, a line per row, the paragraphs
 * of one cell joined by a space (so a value stays in its column, under its header). Linear scan.
 */
export function xmlText(
  xml: string,
  textTags: ReadonlySet<string>,
  breakTags: ReadonlySet<string>,
  tabTags: ReadonlySet<string> = new Set(),
  table?: TableTags,
): string {
  let out = '';
  let inText = 0;
  // Open cells (tables nest); a paragraph's end inside one is a space, not a line.
  let inCell = 0;
  // What a table's ends call for, held as counts until what follows shows what to keep (a
  // cell's last paragraph leaves no space, a row's last cells no tabs): the text is only appended to.
  let tabs = 0;
  let space = false;
  const flush = () => {
    if (tabs) out += '\t'.repeat(tabs);
    else if (space) out += ' ';
    tabs = 0;
    space = false;
  };
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    if (inText > 0 && lt > i) {
      flush();
      out += decodeEntities(xml.slice(i, lt));
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    const raw = xml.slice(lt + 1, gt);
    const closing = raw[0] === '/';
    const selfClosing = raw.endsWith('/');
    const name = (closing ? raw.slice(1) : raw).split(/[\s/]/, 1)[0];
    if (textTags.has(name) && !selfClosing) inText += closing ? -1 : 1;
    if (inText < 0) inText = 0;
    if (table && name === table.cell && !selfClosing) {
      inCell = Math.max(0, inCell + (closing ? -1 : 1));
      if (closing) {
        space = false;
        tabs++;
      }
    } else if (table && closing && name === table.row) {
      tabs = 0;
      space = false;
      out += '\n';
    } else if (closing && breakTags.has(name)) {
      if (inCell === 0) {
        flush();
        out += '\n';
      } else if (tabs === 0) space = true;
    }
    if (tabTags.has(closing ? `/${name}` : name)) {
      flush();
      out += '\t';
    }
    i = gt + 1;
  }
  return out;
}
