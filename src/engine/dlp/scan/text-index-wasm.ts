/**
 * The index pass on the WebAssembly scanner (wasm/scanner.as.ts): the text is copied into the
 * module's memory one byte per UTF-16 code unit, the scanner finds tokens and anchor words, and
 * this side turns anchor hits into phrase hits (checking multi-word and case-sensitive phrases in
 * the string) and finds '@' and ':' with indexOf. Gives exactly what text-index-js.ts gives.
 */
import type { KeywordTable } from './keywords.ts';
import type { TextIndex } from './index-model.ts';
import { SCANNER_WASM } from './wasm/scanner.wasm.gen.ts';

interface ScannerExports {
  readonly scan: (text: number, n: number, offset: number, tok: number, hit: number, cap: number) => void;
  readonly addWord: (p: number, len: number, value: number) => number;
  readonly clearTable: () => void;
  readonly COUNTS: WebAssembly.Global;
  readonly DATA: WebAssembly.Global;
}

interface Scanner {
  readonly exports: ScannerExports;
  readonly memory: WebAssembly.Memory;
  readonly counts: number;
  readonly data: number;
  /** The keyword table loaded into the module's table. */
  table: KeywordTable | null;
}

/** Characters per call into the module: bounds its memory (about 30 bytes per character). */
const CHUNK = 1 << 20;
/** Words longer than this match in the module on their first and last 8 letters only. */
const CHECKED_LENGTH = 16;
const PAGE = 65536;

let scanner: Scanner | null | undefined;

/** The scanner, or null where WebAssembly (with SIMD) is unavailable. Compiled once, on first use. */
export function wasmScanner(): Scanner | null {
  if (scanner !== undefined) return scanner;
  try {
    const bytes = Uint8Array.from(atob(SCANNER_WASM), (c) => c.charCodeAt(0));
    const memory = new WebAssembly.Memory({ initial: 16 });
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
    const exports = instance.exports as unknown as ScannerExports;
    scanner = { exports, memory, counts: exports.COUNTS.value as number, data: exports.DATA.value as number, table: null };
  } catch {
    scanner = null;
  }
  return scanner;
}

/** Loads a keyword table's anchor words into the module (value = index in anchorWords + 1). */
function loadTable(sc: Scanner, keywords: KeywordTable): void {
  sc.exports.clearTable();
  const bytes = new Uint8Array(sc.memory.buffer);
  keywords.anchorWords.forEach((word, i) => {
    for (let k = 0; k < word.length; k++) bytes[sc.data + k] = word.charCodeAt(k);
    bytes.fill(0, sc.data + word.length, sc.data + word.length + 8);
    if (!sc.exports.addWord(sc.data, word.length, i + 1)) throw new Error('The keyword table is full.');
  });
  sc.table = keywords;
}

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
const encoder = new TextEncoder();

/** One call's results, copied out of the module's memory. */
interface Part {
  readonly tokStart: Int32Array;
  readonly tokEnd: Int32Array;
  readonly tokDigits: Int32Array;
  readonly link: Int32Array;
  readonly digitBits: Int32Array;
  readonly lengthBits: Int32Array;
  readonly hitStart: Int32Array;
  readonly hitEnd: Int32Array;
  readonly hitValue: Int32Array;
}

/** The pass over text[from, to) (see indexText), or null where WebAssembly is unavailable. */
export function indexTextWasm(text: string, keywords: KeywordTable, from = 0, to = text.length): TextIndex | null {
  const sc = wasmScanner();
  if (sc === null) return null;
  if (sc.table !== keywords) loadTable(sc, keywords);
  const parts: Part[] = [];
  for (let a = from; a < to; ) {
    const b = chunkEnd(text, a, to);
    parts.push(scanChunk(sc, text, a, b));
    a = b;
  }
  const tokens = joinTokens(text, parts);
  const hits = phraseHits(text, keywords, parts);
  const s = from === 0 && to === text.length ? text : text.slice(from, to);
  const at: number[] = [];
  for (let i = s.indexOf('@'); i >= 0; i = s.indexOf('@', i + 1)) at.push(from + i);
  const colon: number[] = [];
  for (let i = s.indexOf(':'); i >= 0; i = s.indexOf(':', i + 1)) {
    const next = s.charCodeAt(i + 1);
    if (next === 58 || isHex(next) || (i > 0 && isHex(s.charCodeAt(i - 1)))) colon.push(from + i);
  }
  return { text, ...tokens, ...hits, at, colon };
}

/** Where the chunk starting at `a` ends: at most CHUNK on, just after a non-alphanumeric character. */
function chunkEnd(text: string, a: number, to: number): number {
  if (to - a <= CHUNK) return to;
  let b = a + CHUNK;
  while (b > a && isAlnum(text.charCodeAt(b - 1))) b--;
  if (b > a) return b;
  // One run longer than a chunk: end the chunk where the run ends.
  b = a + CHUNK;
  while (b < to && isAlnum(text.charCodeAt(b))) b++;
  return b;
}

function scanChunk(sc: Scanner, text: string, a: number, b: number): Part {
  const n = b - a;
  const cap = (n >> 1) + 2;
  const textBytes = (n * 3 + 64 + 15) & ~15;
  const tok = sc.data + textBytes;
  const hit = tok + cap * 4 * 6;
  const needed = hit + cap * 4 * 3;
  if (needed > sc.memory.buffer.byteLength) sc.memory.grow(Math.ceil((needed - sc.memory.buffer.byteLength) / PAGE));
  const bytes = new Uint8Array(sc.memory.buffer);
  const { written } = encoder.encodeInto(a === 0 && b === text.length ? text : text.slice(a, b), bytes.subarray(sc.data, sc.data + n * 3));
  // Not all ASCII: one byte per code unit instead, so offsets stay UTF-16 offsets. A no-break
  // space is a space (it joins a wrapped number, as in text-index-js.ts); other non-ASCII is 0x80.
  if (written !== n) for (let i = 0; i < n; i++) { const c = text.charCodeAt(a + i); bytes[sc.data + i] = c < 128 ? c : c === 160 ? 32 : 0x80; }
  bytes.fill(0, sc.data + n, sc.data + n + 64);
  sc.exports.scan(sc.data, n, a, tok, hit, cap);
  const ints = new Int32Array(sc.memory.buffer);
  const nTok = ints[sc.counts >> 2];
  const nHit = ints[(sc.counts >> 2) + 1];
  const region = (base: number, k: number, count: number) => ints.slice((base >> 2) + k * cap, (base >> 2) + k * cap + count);
  return {
    tokStart: region(tok, 0, nTok), tokEnd: region(tok, 1, nTok), tokDigits: region(tok, 2, nTok), link: region(tok, 3, nTok),
    digitBits: region(tok, 4, nTok), lengthBits: region(tok, 5, nTok),
    hitStart: region(hit, 0, nHit), hitEnd: region(hit, 1, nHit), hitValue: region(hit, 2, nHit),
  };
}

type Tokens = Pick<TextIndex, 'tokStart' | 'tokEnd' | 'tokDigits' | 'link' | 'shapes'>;

/** The parts' tokens as one set of arrays (one part is the common case: no copy). */
function joinTokens(text: string, parts: readonly Part[]): Tokens {
  const one = (p: Part): Tokens => ({ tokStart: p.tokStart, tokEnd: p.tokEnd, tokDigits: p.tokDigits, link: p.link, shapes: { digitBits: p.digitBits, lengthBits: p.lengthBits } });
  if (parts.length === 1) return one(parts[0]);
  const cat = (key: keyof Omit<Part, 'hitStart' | 'hitEnd' | 'hitValue'>): Int32Array => {
    const out = new Int32Array(parts.reduce((n, p) => n + p[key].length, 0));
    let o = 0;
    for (const p of parts) { out.set(p[key], o); o += p[key].length; }
    return out;
  };
  const joined: Part = { ...parts[0], tokStart: cat('tokStart'), tokEnd: cat('tokEnd'), tokDigits: cat('tokDigits'), link: cat('link'), digitBits: cat('digitBits'), lengthBits: cat('lengthBits') };
  // The last token of each part was linked to nothing: link it to the next part's first token.
  let k = -1;
  for (const p of parts) {
    if (k >= 0 && p.tokStart.length > 0) joined.link[k] = linkBetween(text, joined.tokEnd[k], p.tokStart[0]);
    k += p.tokStart.length;
  }
  return one(joined);
}

/** As text-index-js.ts: how the token ending at `end` joins the one starting at `start`. */
function linkBetween(text: string, end: number, start: number): number {
  const gap = start - end;
  if (gap === 1) {
    const c = text.charCodeAt(end);
    if (c === 32 || c === 9 || c === 10 || c === 160) return 1;
    if (c === 45) return 2;
    if (c === 46) return 3;
    if (c === 47) return 4;
    return 0;
  }
  return gap === 2 && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 1 : 0;
}

type Hits = Pick<TextIndex, 'hitPhrase' | 'hitStart' | 'hitEnd'>;

/** Anchor-word hits to phrase hits, in text order (phrases on the same anchor in table order). */
function phraseHits(text: string, keywords: KeywordTable, parts: readonly Part[]): Hits {
  let size = 0;
  for (const p of parts) size += p.hitValue.length;
  let phrase = new Int32Array(size + 16);
  let start = new Int32Array(size + 16);
  let end = new Int32Array(size + 16);
  let n = 0;
  const { anchorPhrases, wordOnly, phrases, nextChar, nextAfterSpace } = keywords;
  for (const p of parts) {
    for (let h = 0; h < p.hitValue.length; h++) {
      const ids = anchorPhrases[p.hitValue[h] - 1];
      const s = p.hitStart[h];
      const e = p.hitEnd[h];
      // The characters after the anchor word, folded to lower case, for the quick test.
      const after = text.charCodeAt(e) | 32;
      let afterSpace = -2;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k];
        const next = nextChar[id];
        if (next >= 0) {
          if (nextAfterSpace[id] === 1) {
            if (afterSpace === -2) afterSpace = firstAfterSpace(text, e);
            if (afterSpace !== next && afterSpace !== (next | 32)) continue;
          } else if (after !== (next | 32)) continue;
        }
        const hitEnd = wordOnly[id] === 1 && e - s <= CHECKED_LENGTH ? e : keywords.verify(text, id, s);
        if (hitEnd < 0) continue;
        if (n === phrase.length) {
          phrase = grow(phrase);
          start = grow(start);
          end = grow(end);
        }
        phrase[n] = id;
        start[n] = s - phrases[id].prefix;
        end[n] = hitEnd;
        n++;
      }
    }
  }
  return { hitPhrase: phrase.subarray(0, n), hitStart: start.subarray(0, n), hitEnd: end.subarray(0, n) };
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/** The character after the whitespace run at `i`, folded to lower case, or -1 when no whitespace is at `i`. */
function firstAfterSpace(text: string, i: number): number {
  if (!isSpace(text.charCodeAt(i))) return -1;
  while (isSpace(text.charCodeAt(i))) i++;
  return i < text.length ? text.charCodeAt(i) | 32 : -1;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
