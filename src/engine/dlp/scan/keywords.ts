/**
 * The keyword table: every context word, negative word and term of every built-in classifier.
 * Phrases are anchored on their first alphabetic word; `anchors` finds those words natively (one
 * regular expression, much faster than walking every word in JS), each found word is looked up by
 * a hash of its lower-cased letters, and multi-word phrases are verified in place.
 */
import { isAlnum, isLower, isUpper } from './char-codes.ts';

/** The hash the scanner computes over a word's characters (ASCII letters folded to lower case). */
export const HASH_SEED = 0x811c9dc5 | 0;
/** One step of that hash; `c | 32` folds A–Z to a–z and leaves digits unchanged. */
export const hashStep = (h: number, c: number): number => Math.imul(h ^ (c | 32), 16777619);

/** One phrase the table recognises. */
export interface Phrase {
  /** As written in the classifier (used in explanations). */
  readonly text: string;
  /** Characters before the anchor word (e.g. "#" in "#include"). */
  readonly prefix: number;
  readonly caseSensitive: boolean;
}

const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const UNDERSCORE = 95;

/**
 * Whether a word of an identifier starts at `t` inside a run of letters: a capital after a small
 * letter ("routing|Number") or the capital before a small letter that ends a run of capitals
 * ("NHS|Number"). One small letter opening the run is a brand's, not a word ("iPhone", "eGift"):
 * "Sent from my iPhone" names no phone number. The scanner (wasm/scanner.as.ts) splits words and
 * matches phrases alike.
 */
export function wordStartsAt(text: string, t: number): boolean {
  if (t <= 0 || !isUpper(text.charCodeAt(t))) return false;
  const prev = text.charCodeAt(t - 1);
  // (An escape's letter before it is none: "Hi\\nPassport" in a JSON string.)
  return (
    (isLower(prev) && t >= 2 && (isAlnum(text.charCodeAt(t - 2)) || text.charCodeAt(t - 2) === 92)) ||
    (isUpper(prev) && isLower(text.charCodeAt(t + 1)))
  );
}

/** The words of an identifier written as one run of letters [from, to), as [start, end] pairs pushed to `out` (none when it is one word). */
export function identifierWords(text: string, from: number, to: number, out: number[]): void {
  let start = from;
  for (let p = from + 1; p < to; p++) {
    if (wordStartsAt(text, p)) {
      out.push(start, p);
      start = p;
    }
  }
  if (start > from) out.push(start, to);
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/** A compiled keyword table; phrase ids are indexes into `phrases`. */
export class KeywordTable {
  readonly phrases: Phrase[] = [];
  private readonly ids = new Map<string, number>();
  private keys = new Int32Array(0);
  private slots = new Int32Array(0);
  private lists: number[][] = [];
  private mask = 0;
  /**
   * Every anchor word as a whole word, case-insensitive. `\b` counts "_" as a word character
   * while the scanner does not, so words next to "_" are looked up separately (text-index.ts).
   */
  anchors = /$^/g;
  /** Every distinct anchor word (lower case) and the phrases anchored on it (for the WebAssembly scanner). */
  anchorWords: string[] = [];
  anchorPhrases: number[][] = [];
  /**
   * Per phrase: 1 when the phrase is its anchor word alone, case-insensitive, so a hit on the
   * word is a hit on the phrase with no further check.
   */
  wordOnly = new Uint8Array(0);
  /** Per phrase: its text in lower case. */
  lower: string[] = [];

  /** Registers a phrase (idempotent) and returns its id. Phrases need an alphabetic word. */
  add(text: string, caseSensitive = false): number {
    const key = `${caseSensitive ? 'S' : 'I'}${caseSensitive ? text : text.toLowerCase()}`;
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    let a = 0;
    while (a < text.length && !isAlpha(text.charCodeAt(a))) a++;
    if (a === text.length) throw new Error(`Keyword "${text}" needs a word of letters to anchor on.`);
    if (a > 0 && isAlnum(text.charCodeAt(a - 1))) throw new Error(`Keyword "${text}" must start its anchor word after a non-letter.`);
    const id = this.phrases.length;
    this.phrases.push({ text, prefix: a, caseSensitive });
    this.ids.set(key, id);
    return id;
  }

  /** Builds the hash table; call once after every `add`. */
  seal(): void {
    const byHash = new Map<number, number[]>();
    const byWord = new Map<string, number[]>();
    this.wordOnly = new Uint8Array(this.phrases.length);
    this.lower = this.phrases.map((p) => p.text.toLowerCase());
    for (let id = 0; id < this.phrases.length; id++) {
      const p = this.phrases[id];
      let e = p.prefix;
      let h = HASH_SEED;
      // The scanner hashes whole alphanumeric runs, so the anchor is the full run.
      while (e < p.text.length && isAlnum(p.text.charCodeAt(e))) h = hashStep(h, p.text.charCodeAt(e++));
      if (/\d/.test(p.text.slice(p.prefix, e))) throw new Error(`Keyword "${p.text}" must anchor on letters only.`);
      const word = p.text.slice(p.prefix, e).toLowerCase();
      const same = byWord.get(word) ?? [];
      same.push(id);
      byWord.set(word, same);
      if (p.prefix === 0 && e === p.text.length && !p.caseSensitive) this.wordOnly[id] = 1;
      const list = byHash.get(h) ?? [];
      list.push(id);
      byHash.set(h, list);
    }
    // Plain sorted words, so V8 folds shared prefixes into a trie-like alternation (a lookahead
    // on any alternative, e.g. to skip "for" unless "internal" follows, defeats that: 3x slower).
    this.anchors = new RegExp(`\\b(?:${[...byWord.keys()].sort().join('|')})\\b`, 'gi');
    this.anchorWords = [...byWord.keys()];
    this.anchorPhrases = [...byWord.values()];
    let size = 16;
    while (size < byHash.size * 4) size *= 2;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.lists = [];
    for (const [h, list] of byHash) {
      let i = h & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = h;
      this.lists.push(list);
      this.slots[i] = this.lists.length;
    }
  }

  /** Phrase ids anchored on words with this hash, or undefined (the common case). */
  lookup(h: number): number[] | undefined {
    let i = h & this.mask;
    for (;;) {
      const s = this.slots[i];
      if (s === 0) return undefined;
      if (this.keys[i] === h) return this.lists[s - 1];
      i = (i + 1) & this.mask;
    }
  }

  /**
   * Checks phrase `id` at the anchor word starting at `anchor`; returns the phrase's end offset or
   * -1. A space in the phrase matches any run of whitespace; the phrase must end on a word boundary.
   */
  verify(text: string, id: number, anchor: number): number {
    const p = this.phrases[id];
    let t = anchor - p.prefix;
    if (t < 0) return -1;
    const src = p.text;
    for (let k = 0; k < src.length; k++) {
      const pc = src.charCodeAt(k);
      if (pc === 32) {
        if (t >= text.length) return -1;
        // Words of an identifier: "routing_number", "routingNumber".
        if (text.charCodeAt(t) === UNDERSCORE) {
          t++;
          continue;
        }
        if (!isSpace(text.charCodeAt(t))) {
          if (!wordStartsAt(text, t)) return -1;
          continue;
        }
        while (t < text.length && isSpace(text.charCodeAt(t))) t++;
        continue;
      }
      if (t >= text.length) return -1;
      const tc = text.charCodeAt(t);
      if (p.caseSensitive ? tc !== pc : (isAlpha(tc) ? tc | 32 : tc) !== (isAlpha(pc) ? pc | 32 : pc)) return -1;
      t++;
    }
    if (isAlnum(src.charCodeAt(src.length - 1)) && t < text.length && isAlnum(text.charCodeAt(t)) && !wordStartsAt(text, t)) return -1;
    return t;
  }
}
