/**
 * The scanner's WebAssembly module (scanner.as.ts, built into scanner.wasm.gen.ts): compiled once,
 * on first use, with its own memory; and the keyword table loaded into that memory (anchor words,
 * then the records and texts of the phrases anchored on each).
 */
import type { KeywordTable } from '../keywords.ts';
import { SCANNER_WASM } from './scanner.wasm.gen.ts';
import { isLetter } from '../char-codes.ts';

export interface ScannerExports {
  readonly scan: (
    text: number,
    n: number,
    offset: number,
    tok: number,
    cap: number,
    hit: number,
    hitCap: number,
    cand: number,
    numbers: number,
  ) => void;
  readonly narrow: (p: number, written: number) => number;
  readonly addWord: (p: number, len: number, value: number) => number;
  readonly setDirect: (slot: number, id: number) => void;
  readonly startLists: (nTokens: number, keys: number, nSets: number, scratch: number, at: number, tokens: number, room: number) => number;
  readonly clearTable: () => void;
  readonly COUNTS: WebAssembly.Global;
  readonly DATA: WebAssembly.Global;
  readonly LIST_FIRST: WebAssembly.Global;
  readonly LIST_COUNT: WebAssembly.Global;
  readonly RECORDS: WebAssembly.Global;
  readonly MAX_RECORDS: WebAssembly.Global;
  readonly PHRASE_TEXT: WebAssembly.Global;
  readonly PHRASE_TEXT_SIZE: WebAssembly.Global;
  readonly PHRASE_FOLD: WebAssembly.Global;
  readonly INTEREST: WebAssembly.Global;
  readonly SHAPE_KEYS: WebAssembly.Global;
}

export interface Scanner {
  readonly exports: ScannerExports;
  readonly memory: WebAssembly.Memory;
  readonly counts: number;
  readonly data: number;
  /** The keyword table loaded into the module (null: none yet, or the last one did not fit). */
  table: KeywordTable | null;
  /** How many shape sets the interest bits in the module's memory were written for. */
  interestSets: number;
}

/** Record flags (as scanner.as.ts). */
const CASE_SENSITIVE = 1;
const WORD_ONLY = 2;
const PLAIN = 4;

/** Whether a phrase's only whitespace is single spaces between other characters. */
const isPlain = (text: string): boolean => !/^\s|\s$|\s\s|[^\S ]/.test(text);

/** Words longer than this match in the module on their first and last 8 letters only. */
const CHECKED_LENGTH = 16;

const global = (g: WebAssembly.Global): number => g.value as number;

let scanner: Scanner | null | undefined;

/** The scanner, or null where WebAssembly (with SIMD) is unavailable. Compiled once, on first use. */
export function wasmScanner(): Scanner | null {
  if (scanner !== undefined) return scanner;
  try {
    // A plain loop: Uint8Array.from over the string made an iterator result and a callback call
    // per byte, some 300 kB of garbage in a one-message command's start-up.
    const binary = atob(SCANNER_WASM);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const memory = new WebAssembly.Memory({ initial: 16 });
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
    const exports = instance.exports as unknown as ScannerExports;
    scanner = { exports, memory, counts: global(exports.COUNTS), data: global(exports.DATA), table: null, interestSets: -1 };
  } catch {
    scanner = null;
  }
  return scanner;
}

/** Tables found not to fit: not tried again. */
const tooLarge = new WeakSet<KeywordTable>();

/**
 * Loads a keyword table into the module: each anchor word (value = its index + 1) with the
 * records of the phrases anchored on it. False when the table does not fit (or has a phrase the
 * module cannot compare byte for byte), so the TypeScript pass serves it instead.
 */
export function loadTable(sc: Scanner, keywords: KeywordTable): boolean {
  if (tooLarge.has(keywords)) return false;
  const { exports: x } = sc;
  sc.table = null;
  x.clearTable();
  const bytes = new Uint8Array(sc.memory.buffer);
  const ints = new Int32Array(sc.memory.buffer);
  const records = global(x.RECORDS);
  const text = global(x.PHRASE_TEXT);
  const fold = global(x.PHRASE_FOLD);
  const listFirst = global(x.LIST_FIRST) >> 2;
  const listCount = global(x.LIST_COUNT) >> 2;
  const doesNotFit = () => (tooLarge.add(keywords), false);
  let nRecords = 0;
  let textUsed = 0;
  const { anchorWords, anchorPhrases, phrases, wordOnly } = keywords;
  for (let w = 0; w < anchorWords.length; w++) {
    const word = anchorWords[w];
    for (let k = 0; k < word.length; k++) bytes[sc.data + k] = word.charCodeAt(k);
    bytes.fill(0, sc.data + word.length, sc.data + word.length + 8);
    const slot = x.addWord(sc.data, word.length, w + 1);
    if (slot === 0) return doesNotFit();
    ints[listFirst + w + 1] = nRecords;
    ints[listCount + w + 1] = anchorPhrases[w].length;
    for (const id of anchorPhrases[w]) {
      const p = phrases[id];
      if (nRecords === global(x.MAX_RECORDS) || textUsed + p.text.length > global(x.PHRASE_TEXT_SIZE) || /[^\x00-\x7f]/.test(p.text))
        return doesNotFit();
      const r = (records >> 2) + nRecords * 5;
      ints[r] = id;
      ints[r + 1] = p.prefix;
      ints[r + 2] =
        (p.caseSensitive ? CASE_SENSITIVE : 0) |
        (wordOnly[id] === 1 && word.length <= CHECKED_LENGTH ? WORD_ONLY : 0) |
        (isPlain(p.text) ? PLAIN : 0);
      ints[r + 3] = textUsed;
      ints[r + 4] = p.text.length;
      for (let k = 0; k < p.text.length; k++) {
        const c = p.text.charCodeAt(k);
        bytes[text + textUsed + k] = c;
        // The bit that folds a letter's case, where the comparison ignores case.
        bytes[fold + textUsed + k] = !p.caseSensitive && isLetter(c) ? 0x20 : 0;
      }
      textUsed += p.text.length;
      nRecords++;
    }
    // A word that is its own only phrase is a hit as soon as it is found.
    const only = anchorPhrases[w].length === 1 ? anchorPhrases[w][0] : -1;
    if (only >= 0 && phrases[only].prefix === 0 && (ints[(records >> 2) + (nRecords - 1) * 5 + 2] & WORD_ONLY) !== 0)
      x.setDirect(slot - 1, only);
  }
  sc.table = keywords;
  return true;
}
