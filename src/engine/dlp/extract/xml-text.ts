/** Text of Office Open XML parts: the contents of chosen text elements, with breaks at chosen element ends. */
import { decodeEntities } from './entities.ts';

/**
 * Concatenates the text inside `textTags` elements (e.g. w:t), adding `\n` after `breakTags`
 * closes (e.g. w:p) and `\t` for `tabTags` (e.g. w:tab, or a closing cell). Linear scan.
 */
export function xmlText(
  xml: string,
  textTags: ReadonlySet<string>,
  breakTags: ReadonlySet<string>,
  tabTags: ReadonlySet<string> = new Set(),
): string {
  let out = '';
  let inText = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    if (inText > 0) out += decodeEntities(xml.slice(i, lt));
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    const raw = xml.slice(lt + 1, gt);
    const closing = raw[0] === '/';
    const selfClosing = raw.endsWith('/');
    const name = (closing ? raw.slice(1) : raw).split(/[\s/]/, 1)[0];
    if (textTags.has(name) && !selfClosing) inText += closing ? -1 : 1;
    if (inText < 0) inText = 0;
    if (closing && breakTags.has(name)) out += '\n';
    if (tabTags.has(closing ? `/${name}` : name)) out += '\t';
    i = gt + 1;
  }
  return out;
}
