/**
 * The text of an RTF document, in one pass and without a library: control words are dropped,
 * destinations that hold no body text (font and colour tables, style sheet, document info,
 * pictures, anything marked \*) are skipped with their groups, \par \line \row become line breaks,
 * \tab and \cell tabs, \'hh bytes are decoded in the document's \ansicpg code page (1252 by
 * default) and \uN characters replace the \ucN fallback characters that follow them.
 */

import { decodeWindows1252 } from './decode-text.ts';

const SKIP = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'object',
  'listtable',
  'listoverridetable',
  'revtbl',
  'rsidtbl',
  'generator',
  'xmlnstbl',
  'themedata',
  'colorschememapping',
  'datastore',
  'latentstyles',
]);
// Code pages whose WHATWG label is not "windows-N".
const CODE_PAGES: Readonly<Record<string, string>> = {
  '932': 'shift_jis',
  '936': 'gbk',
  '949': 'euc-kr',
  '950': 'big5',
  '10000': 'macintosh',
};
const BREAK: Readonly<Record<string, string>> = { par: '\n', line: '\n', row: '\n', sect: '\n', page: '\n', tab: '\t', cell: '\t' };

/** The text of an RTF document (its bytes given as Windows-1252 characters, one per byte). */
export function rtfText(rtf: string): string {
  let out = '';
  let bytes: number[] = []; // \'hh bytes waiting to be decoded together (a multi-byte code page needs them in a row)
  let decoder: TextDecoder | null = null; // null: Windows-1252
  const flush = () => {
    if (bytes.length) out += decoder ? decoder.decode(new Uint8Array(bytes)) : decodeWindows1252(new Uint8Array(bytes));
    bytes = [];
  };
  // Per group: skipping depth and the \uc count; a skipped group's inner groups are skipped too.
  const stack: { skip: boolean; uc: number }[] = [];
  let skip = false;
  let uc = 1;
  let pendingSkip = 0; // fallback characters still to drop after a \uN
  let i = 0;
  const n = rtf.length;
  while (i < n) {
    const c = rtf[i]!;
    if (c === '{') {
      stack.push({ skip, uc });
      i++;
      continue;
    }
    if (c === '}') {
      ({ skip, uc } = stack.pop() ?? { skip: false, uc: 1 });
      i++;
      continue;
    }
    if (c === '\\') {
      const m = /^\\(?:([a-zA-Z]{1,32})(-?\d{1,10})? ?|'([0-9a-fA-F]{2})|([^a-zA-Z]))/.exec(rtf.slice(i, i + 48));
      if (!m) {
        i++;
        continue;
      }
      i += m[0].length;
      const [, word, arg, hex, symbol] = m;
      if (hex !== undefined) {
        if (pendingSkip > 0) pendingSkip--;
        else if (!skip) bytes.push(parseInt(hex, 16));
        continue;
      }
      flush();
      if (symbol !== undefined) {
        if (symbol === '*') skip = true;
        else if (!skip && (symbol === '\\' || symbol === '{' || symbol === '}')) out += symbol;
        else if (!skip && symbol === '~') out += '\u00a0';
        else if (!skip && (symbol === '\n' || symbol === '\r')) out += '\n';
        continue;
      }
      if (SKIP.has(word!)) skip = true;
      else if (word === 'ansicpg' && arg && arg !== '1252') {
        try {
          decoder = new TextDecoder(CODE_PAGES[arg] ?? `windows-${arg}`);
        } catch {
          // An unknown code page keeps 1252.
        }
      } else if (word === 'uc' && arg) uc = Number(arg);
      else if (word === 'u' && arg) {
        if (!skip) out += String.fromCharCode(Number(arg) < 0 ? Number(arg) + 65536 : Number(arg));
        pendingSkip = uc;
      } else if (!skip && BREAK[word!]) out += BREAK[word!];
      continue;
    }
    if (c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (pendingSkip > 0) pendingSkip--;
    else if (!skip) {
      flush();
      out += c;
    }
    i++;
  }
  flush();
  return out.replace(/[ \t]+\n/g, '\n').trim();
}
