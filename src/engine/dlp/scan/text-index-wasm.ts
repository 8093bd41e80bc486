/**
 * The index pass on the WebAssembly scanner (wasm/scanner.as.ts): the text is copied into the
 * module's memory one byte per UTF-16 code unit, the scanner finds tokens and phrase hits, and
 * this side settles the few hits the module could not (they need text beyond the bytes it was
 * given) and finds '@' and ':' with indexOf. Gives exactly what text-index-js.ts gives.
 */
import type { KeywordTable } from './keywords.ts';
import { linkBetween, punctuationTriggers, shapeKeys, type StartLists, type TextIndex } from './index-model.ts';
import { shapeInterest } from './chain-shapes.ts';
import { loadTable, wasmScanner, type Scanner } from './wasm/scanner-module.ts';
import { isAlnum } from './char-codes.ts';

/** Characters per call into the module: bounds its memory (about 30 bytes per character). */
const CHUNK = 1 << 20;
/** WebAssembly memory grows in pages of 64 KiB. */
const PAGE = 65536;

const encoder = new TextEncoder();
/** Decodes the number text (ASCII digits) in one native call. */
const latin1 = new TextDecoder('latin1');

/** One call's results, copied out of the module's memory. */
interface Part {
  readonly tokStart: Int32Array;
  readonly tokEnd: Int32Array;
  readonly tokDigits: Int32Array;
  readonly link: Int32Array;
  readonly digitBits: Int32Array;
  readonly keys: Int32Array;
  readonly numberAt: Int32Array;
  readonly numberText: string;
  readonly hitPhrase: Int32Array;
  readonly hitStart: Int32Array;
  readonly hitEnd: Int32Array;
  /** The shape sets' start lists, when the chunk is the whole range. */
  readonly starts?: StartLists;
}

/**
 * The pass over text[from, to) (see indexText), or null where WebAssembly is unavailable. When the
 * range is scanned in one call (up to CHUNK characters), the index's arrays are views of the
 * module's memory, valid until the next pass.
 */
export function indexTextWasm(text: string, keywords: KeywordTable, from = 0, to = text.length): TextIndex | null {
  const sc = wasmScanner();
  if (sc === null || (sc.table !== keywords && !loadTable(sc, keywords))) return null;
  let tokens: Tokens;
  let hits: Hits;
  if (to - from <= CHUNK) {
    // One chunk, the common case: no list of parts.
    const part = scanChunk(sc, text, keywords, from, to, true);
    tokens = tokensOf(part);
    hits = part;
  } else {
    const parts: Part[] = [];
    for (let a = from; a < to;) {
      const b = chunkEnd(text, a, to);
      parts.push(scanChunk(sc, text, keywords, a, b, a === from && b === to));
      a = b;
    }
    tokens = joinTokens(text, parts);
    hits = joinHits(parts);
  }
  const { at, colon } = punctuationTriggers(text, from, to);
  // One object layout for every index (both passes), so classifiers' property reads stay monomorphic.
  return {
    text,
    tokStart: tokens.tokStart,
    tokEnd: tokens.tokEnd,
    tokDigits: tokens.tokDigits,
    link: tokens.link,
    shapes: tokens.shapes,
    numberText: tokens.numberText,
    numberAt: tokens.numberAt,
    hitPhrase: hits.hitPhrase,
    hitStart: hits.hitStart,
    hitEnd: hits.hitEnd,
    at,
    colon,
    starts: tokens.starts,
  };
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

/**
 * The module's memory as bytes and as 32-bit integers, made again only when the memory grew.
 * Growing detaches the old buffer (its length becomes 0), which is checked instead of reading
 * `memory.buffer`: that getter cost a one-line scan about 5 % of its time, twice per call.
 */
let viewedBy: Scanner | null = null;
let viewed = new ArrayBuffer(0);
let bytesView = new Uint8Array(0);
let intsView = new Int32Array(0);
function viewMemory(sc: Scanner): void {
  if (sc === viewedBy && viewed.byteLength !== 0) return;
  viewedBy = sc;
  viewed = sc.memory.buffer;
  bytesView = new Uint8Array(viewed);
  intsView = new Int32Array(viewed);
}

/**
 * Where a chunk's regions are copied (null: a whole range's regions are used in place) and the
 * next free offset there; module state rather than a closure per chunk (under tsx, whose
 * keepNames gives each closure a name property, a closure per call cost a short scan 20 %).
 */
let copyTo: Int32Array | null = null;
let copyAt = 0;

/** The region of no entries (a one-line text has mostly empty regions: one view for all). */
const EMPTY = new Int32Array(0);

/** Region `k` (of `size` entries) from `base`: `count` entries, in place or copied to copyTo. */
function region(base: number, size: number, k: number, count: number): Int32Array {
  if (count === 0) return EMPTY;
  const from = (base >> 2) + k * size;
  if (copyTo === null) return intsView.subarray(from, from + count);
  copyTo.set(intsView.subarray(from, from + count), copyAt);
  return copyTo.subarray(copyAt, (copyAt += count));
}

/** Memory for `needed` bytes at least, and the views of it (growing detaches the views made before). */
function ensure(sc: Scanner, needed: number): void {
  viewMemory(sc);
  if (needed <= viewed.byteLength) return;
  sc.memory.grow(Math.ceil((needed - viewed.byteLength) / PAGE));
  viewMemory(sc);
}

/** The chunk text[a, b); `whole` when it is the whole range indexed (its start lists are then the index's). */
function scanChunk(sc: Scanner, text: string, keywords: KeywordTable, a: number, b: number, whole: boolean): Part {
  const n = b - a;
  const cap = (n >> 1) + 2;
  // Phrase hits: about one per anchor word; room is doubled and the chunk scanned again if not.
  for (let hitCap = cap; ; hitCap *= 2) {
    const part = tryChunk(sc, text, keywords, a, b, cap, hitCap, whole);
    if (part) return part;
  }
}

/** Texts up to this long are written to the module's memory by a loop: past it, encodeInto's fixed ~100 ns call is cheaper (~4 ns a character here). */
const SHORT = 24;

/** text[a, b) as one byte per code unit, as narrow() in the module writes it: ASCII as is, a no-break space as a space, the rest 0x80. */
function writeShort(text: string, a: number, b: number, bytes: Uint8Array, at: number): void {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    bytes[at++] = c < 0x80 ? c : c === 0xa0 ? 32 : 0x80;
  }
}

function tryChunk(
  sc: Scanner,
  text: string,
  keywords: KeywordTable,
  a: number,
  b: number,
  cap: number,
  hitCap: number,
  whole: boolean,
): Part | null {
  const n = b - a;
  const textBytes = (n * 3 + 64 + 15) & ~15;
  const tok = sc.data + textBytes;
  const hit = tok + cap * 4 * 7;
  const cand = hit + hitCap * 4 * 3;
  // Candidate words: one per run, and the words of identifiers ("routingNumber"), one per letter at most.
  const numbers = cand + cap * 16 * 3;
  // The number text: up to n bytes, and 8 for the module's last eight-byte store.
  ensure(sc, numbers + n + 8);
  const bytes = bytesView;
  if (n <= SHORT) writeShort(text, a, b, bytes, sc.data);
  else {
    const { written } = encoder.encodeInto(
      a === 0 && b === text.length ? text : text.slice(a, b),
      bytes.subarray(sc.data, sc.data + n * 3),
    );
    // Not all ASCII: the module narrows the UTF-8 to one byte per code unit, so offsets stay UTF-16
    // offsets. A no-break space is a space (it joins a wrapped number, as in text-index-js.ts);
    // other non-ASCII is 0x80.
    if (written !== n && sc.exports.narrow(sc.data, written) !== n) throw new Error("The scanner miscounted a text's code units.");
  }
  bytes.fill(0, sc.data + n, sc.data + n + 64);
  sc.exports.scan(sc.data, n, a, tok, cap, hit, hitCap, cand, numbers);
  const counts = sc.counts >> 2;
  if (intsView[counts + 3] !== 0) return null;
  const nTok = intsView[counts];
  const nHit = intsView[counts + 1];
  const nNumber = intsView[counts + 4];
  const unsure = intsView[counts + 2];
  const starts = whole && nTok > 0 ? listStarts(sc, tok + cap * 4 * 5, nTok, (numbers + n + 8 + 15) & ~15) : null;
  // listStarts may have grown the memory.
  viewMemory(sc);
  // A whole range's regions are used where they are (the index borrows the module's memory until
  // the next pass: see indexText). A chunk's are copied, into one buffer, before the next chunk
  // overwrites them.
  copyTo = whole ? null : new Int32Array(7 * nTok + 3 * nHit);
  copyAt = 0;
  const part: Part = {
    tokStart: region(tok, cap, 0, nTok),
    tokEnd: region(tok, cap, 1, nTok),
    tokDigits: region(tok, cap, 2, nTok),
    link: region(tok, cap, 3, nTok),
    digitBits: region(tok, cap, 4, nTok),
    keys: region(tok, cap, 5, nTok),
    numberAt: region(tok, cap, 6, nTok),
    numberText: nNumber === 0 ? '' : latin1.decode(bytesView.subarray(numbers, numbers + nNumber)),
    hitPhrase: region(hit, hitCap, 0, nHit),
    hitStart: region(hit, hitCap, 1, nHit),
    hitEnd: region(hit, hitCap, 2, nHit),
    starts: starts
      ? { sets: starts.sets, at: region(starts.at, 0, 0, starts.sets + 1), tokens: region(starts.tokens, 0, 0, starts.total) }
      : whole
        ? noStarts()
        : undefined,
  };
  return unsure === 0 ? part : settleUnsure(text, keywords, part);
}

/** The start lists of an index without tokens: every set's list empty (one object per number of sets). */
let noTokens: StartLists | undefined;
function noStarts(): StartLists | undefined {
  const { sets } = shapeInterest();
  if (sets === 0) return undefined;
  if (noTokens?.sets !== sets) noTokens = { sets, at: new Int32Array(sets + 1), tokens: EMPTY };
  return noTokens;
}

/**
 * Has the module list the tokens of every shape set known (chain-shapes.ts) from the shape keys
 * at `keys`, using memory from `room` on; where the lists are, or null when there are no sets.
 */
function listStarts(
  sc: Scanner,
  keys: number,
  nTok: number,
  room: number,
): { sets: number; at: number; tokens: number; total: number } | null {
  const { sets, interest } = shapeInterest();
  if (sets === 0) return null;
  // The sets' bits per key, written again only when sets were added.
  if (sc.interestSets !== sets) {
    if (interest.length !== (sc.exports.SHAPE_KEYS.value as number))
      throw new Error('The scanner and chain-shapes.ts disagree on the number of shape keys.');
    new Int32Array(sc.memory.buffer, sc.exports.INTEREST.value as number, interest.length).set(interest);
    sc.interestSets = sets;
  }
  const at = room + (nTok + 33) * 4;
  const tokens = at + 33 * 4;
  // At most one entry per token and set.
  ensure(sc, tokens + nTok * sets * 4);
  const total = sc.exports.startLists(nTok, keys, sets, room, at, tokens, nTok * sets);
  return { sets, at, tokens, total };
}

/**
 * Checks on the whole string the hits the module left unsure (marked ~id, end 0), keeping the
 * ones that match, in order.
 */
function settleUnsure(text: string, keywords: KeywordTable, part: Part): Part {
  const { hitPhrase, hitStart, hitEnd } = part;
  let n = 0;
  for (let h = 0; h < hitPhrase.length; h++) {
    let id = hitPhrase[h];
    let end = hitEnd[h];
    if (id < 0) {
      id = ~id;
      end = keywords.verify(text, id, hitStart[h] + keywords.phrases[id].prefix);
      if (end < 0) continue;
    }
    hitPhrase[n] = id;
    hitStart[n] = hitStart[h];
    hitEnd[n] = end;
    n++;
  }
  return { ...part, hitPhrase: hitPhrase.subarray(0, n), hitStart: hitStart.subarray(0, n), hitEnd: hitEnd.subarray(0, n) };
}

type Tokens = Pick<TextIndex, 'tokStart' | 'tokEnd' | 'tokDigits' | 'link' | 'shapes' | 'numberText' | 'numberAt' | 'starts'>;

/** One part's tokens (and its start lists, when it is the whole range). */
const tokensOf = (p: Part): Tokens => ({
  tokStart: p.tokStart,
  tokEnd: p.tokEnd,
  tokDigits: p.tokDigits,
  link: p.link,
  shapes: { digitBits: p.digitBits, keys: p.keys },
  numberText: p.numberText,
  numberAt: p.numberAt,
  starts: p.starts,
});

/** The parts' tokens as one set of arrays (start lists only when there is one part). */
function joinTokens(text: string, parts: readonly Part[]): Tokens {
  if (parts.length === 1) return tokensOf(parts[0]);
  const cat = (key: keyof Omit<Part, keyof Hits | 'numberText' | 'starts'>): Int32Array => concat(parts.map((p) => p[key]));
  const joined = {
    ...parts[0],
    tokStart: cat('tokStart'),
    tokEnd: cat('tokEnd'),
    tokDigits: cat('tokDigits'),
    link: cat('link'),
    digitBits: cat('digitBits'),
    numberAt: cat('numberAt'),
    numberText: parts.map((p) => p.numberText).join(''),
  };
  // Each part's number offsets count from its own number text: shift them past the earlier parts'.
  let at = 0;
  let t = 0;
  for (const p of parts) {
    for (let k = 0; k < p.numberAt.length; k++) joined.numberAt[t++] += at;
    at += p.numberText.length;
  }
  // The last token of each part was linked to nothing: link it to the next part's first token.
  let k = -1;
  for (const p of parts) {
    if (k >= 0 && p.tokStart.length > 0) joined.link[k] = linkBetween(text, joined.tokEnd[k], p.tokStart[0]);
    k += p.tokStart.length;
  }
  // Chains can now run across the parts' ends: the shape keys are computed again on the whole.
  return tokensOf({ ...joined, keys: shapeKeys(joined), starts: undefined });
}

type Hits = Pick<TextIndex, 'hitPhrase' | 'hitStart' | 'hitEnd'>;

/** The parts' phrase hits as one set of arrays. */
function joinHits(parts: readonly Part[]): Hits {
  if (parts.length === 1) return parts[0];
  const cat = (key: keyof Hits): Int32Array => concat(parts.map((p) => p[key]));
  return { hitPhrase: cat('hitPhrase'), hitStart: cat('hitStart'), hitEnd: cat('hitEnd') };
}

/** The arrays one after the other. */
function concat(arrays: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(arrays.reduce((n, a) => n + a.length, 0));
  let o = 0;
  for (const a of arrays) {
    out.set(a, o);
    o += a.length;
  }
  return out;
}
