/**
 * The scanner's one pass over a text, in AssemblyScript (compiled to WebAssembly by
 * scripts/build-wasm.mjs). It does what text-index-js.ts does, 64 bytes at a time: SIMD compares
 * give bit masks of letters and digits, and the loop visits each alphanumeric run once (not each
 * character). A run with a digit is a token; a run of letters is looked up in the keyword table
 * by a hash of its first eight letters and its length and, when found, each phrase anchored on that
 * word is checked in place as KeywordTable.verify does. A check that would need text outside
 * the bytes given (a prefix before them, a whitespace run reaching their end) is left "unsure"
 * for the caller to settle on the whole string.
 *
 * The caller (text-index-wasm.ts) owns the memory layout below, writes the text as one byte per
 * UTF-16 code unit (so offsets agree with the string's) followed by 64 zero bytes, and reads the
 * results from the regions whose addresses it passes.
 */

/**
 * Keyword table: open addressing over TABLE_SIZE slots. KEYS (the hashes, 0 for an empty slot)
 * is apart so the test every word makes stays in 16 KiB; the rest of a slot is one 32-byte entry
 * (length, value, direct phrase, first and last eight letters), so a look-up reads one cache line.
 */
const TABLE_SIZE: i32 = 4096;
const KEYS: usize = 0;
/**
 * Per home slot, one bit (chosen by the hash's top five bits) for each word whose home it is:
 * the test every word makes, so only about one word in 400 that is not in the table is looked up.
 */
const FILTER: usize = KEYS + (<usize>TABLE_SIZE << 2);
const ENTRIES: usize = FILTER + (<usize>TABLE_SIZE << 2);
const ENTRY_SIZE: usize = 32;
/** Per table value (anchor word): the first phrase record and the number of records. */
export const LIST_FIRST: usize = ENTRIES + <usize>TABLE_SIZE * ENTRY_SIZE;
export const LIST_COUNT: usize = LIST_FIRST + (<usize>TABLE_SIZE << 2);
/** Phrase records, 5 × i32: id, prefix length, flags, text offset, text length. */
export const RECORDS: usize = LIST_COUNT + (<usize>TABLE_SIZE << 2);
export const MAX_RECORDS: i32 = 4096;
/** Phrase texts, as written (the caller folds nothing: case-insensitive compares fold here). */
export const PHRASE_TEXT: usize = RECORDS + <usize>MAX_RECORDS * 20;
export const PHRASE_TEXT_SIZE: i32 = 65536;
/**
 * Per byte of the phrase texts, the bits that fold its case in a comparison: 0x20 for a letter of
 * a case-insensitive phrase, else 0 (see quickVerify). Eight bytes of padding follow each region.
 */
export const PHRASE_FOLD: usize = PHRASE_TEXT + <usize>PHRASE_TEXT_SIZE + 8;
/** Record flags. */
const CASE_SENSITIVE: i32 = 1;
/** The phrase is its anchor word alone and the word is at most 16 letters: the lookup was the check. */
const WORD_ONLY: i32 = 2;
/** The phrase's only whitespace is single spaces between other characters (quickVerify may judge it). */
const PLAIN: i32 = 4;
/** Shape keys (index-model.ts): the same encoding and the same constants. */
const MAX_CHAIN: i32 = 7;
const SEPS: i32 = 5;
const NEXT_SIZES: i32 = 8;
const LETTERS: i32 = 31 * (MAX_CHAIN + 1) * SEPS * NEXT_SIZES;
export const SHAPE_KEYS: i32 = LETTERS + 32;
/** Per shape key, a bit for each shape set holding it (written by the caller when the sets change). */
export const INTEREST: usize = PHRASE_FOLD + <usize>PHRASE_TEXT_SIZE + 8;
/** Per shape key, a count (zero between calls of startLists, which clears what it counted). */
const PER_KEY: usize = INTEREST + (<usize>SHAPE_KEYS << 2);
/** Counts written by scan(): tokens, keyword hits, unsure hits, and 1 when the hit region overflowed. */
export const COUNTS: usize = PER_KEY + (<usize>SHAPE_KEYS << 2);
/** Where the caller may put data (text and result regions). */
export const DATA: usize = COUNTS + 64;

const LOWER: u64 = 0x2020202020202020;

// Word lengths vary around eight, so a branch on the length would be mispredicted often:
// these compute both sides and select (the memory before a text is the table, safe to read).

/** The run's first eight characters folded to lower case (bytes past the run masked out). */
@inline function firstEight(p: usize, len: i32): u64 {
  const x = load<u64>(p) | LOWER;
  return x & select<u64>(~(<u64>0), (<u64>1 << (<u64>len << 3)) - 1, len >= 8);
}

/** The run's last eight characters folded to lower case (its first eight when shorter). */
@inline function lastEight(p: usize, len: i32, first: u64): u64 {
  return select<u64>(load<u64>(p + <usize>len - 8) | LOWER, first, len > 8);
}

/**
 * A word's hash, from its first eight letters and its length: the look-up compares the last
 * eight too, and the rare words that share an anchor's start and length cost only a look-up.
 */
@inline function hashOf(first: u64, len: i32): i32 {
  // One multiply: its high half mixes every bit (the table and filter use only those).
  const x = first * 0x9e3779b97f4a7c15;
  const h = <i32>(x >> 32) ^ len;
  // 0 marks an empty slot.
  return select<i32>(1, h, h == 0);
}

/** Clears the keyword table. */
export function clearTable(): void {
  memory.fill(KEYS, 0, <usize>TABLE_SIZE << 3);
}

@inline function filterBit(h: i32): i32 {
  return 1 << (<u32>h >> 27);
}

/**
 * Adds the lower-case word of `len` letters at `p` with `value` (non-zero), unless present.
 * Returns its slot + 1, or 0 when the table is full. The entry's direct phrase starts as -1.
 */
export function addWord(p: usize, len: i32, value: i32): i32 {
  const first = firstEight(p, len);
  const last = lastEight(p, len, first);
  const h = hashOf(first, len);
  const home = FILTER + (<usize>(h & (TABLE_SIZE - 1)) << 2);
  store<i32>(home, load<i32>(home) | filterBit(h));
  let k = h & (TABLE_SIZE - 1);
  for (let probes = 0; probes < TABLE_SIZE; probes++) {
    const key = load<i32>(KEYS + (<usize>k << 2));
    const entry = ENTRIES + <usize>k * ENTRY_SIZE;
    if (key == 0) {
      store<i32>(KEYS + (<usize>k << 2), h);
      store<i32>(entry, len);
      store<i32>(entry, value, 4);
      store<i32>(entry, -1, 8);
      store<u64>(entry, first, 16);
      store<u64>(entry, last, 24);
      return k + 1;
    }
    if (key == h && load<i32>(entry) == len && load<u64>(entry, 16) == first && load<u64>(entry, 24) == last) return k + 1;
    k = (k + 1) & (TABLE_SIZE - 1);
  }
  return 0;
}

/** Sets the phrase a slot's word is on its own (its only phrase, checked by the look-up itself). */
export function setDirect(slot: i32, id: i32): void {
  store<i32>(ENTRIES + <usize>slot * ENTRY_SIZE, id, 8);
}

/**
 * The entry of the word of `len` letters at `p` whose hash is `h`, or 0. Words over 16 letters
 * match on their ends (the caller checks them).
 */
@inline function lookup(p: usize, len: i32, h: i32): usize {
  const first = firstEight(p, len);
  const last = lastEight(p, len, first);
  let k = h & (TABLE_SIZE - 1);
  let key = load<i32>(KEYS + (<usize>k << 2));
  while (key != 0) {
    const entry = ENTRIES + <usize>k * ENTRY_SIZE;
    if (key == h && load<i32>(entry) == len && load<u64>(entry, 16) == first && load<u64>(entry, 24) == last) return entry;
    k = (k + 1) & (TABLE_SIZE - 1);
    key = load<i32>(KEYS + (<usize>k << 2));
  }
  return 0;
}

@inline function isSpaceByte(c: u32): bool {
  return c == 32 || c == 9 || c == 10 || c == 13;
}

@inline function isAlnumByte(c: u32): bool {
  return c - 48 < 10 || (c | 32) - 97 < 26;
}

@inline function isUpperByte(c: u32): bool {
  return c - 65 < 26;
}

@inline function isLowerByte(c: u32): bool {
  return c - 97 < 26;
}

/**
 * Whether a word of an identifier starts at t (text[t - 1] and text[t] letters of one run):
 * "routing|Number", "NHS|Number" (as camelCaseWords in keywords.ts); UNSURE when the answer
 * needs the byte after the text.
 */
@inline function camelAt(text: usize, n: i32, t: i32): i32 {
  const prev = <u32>load<u8>(text + <usize>t - 1);
  const c = <u32>load<u8>(text + <usize>t);
  if (!isUpperByte(c)) return 0;
  // One small letter opening the run is a brand's ("iPhone"), not a word.
  if (isLowerByte(prev)) {
    if (t < 2) return 0;
    const before = <u32>load<u8>(text + <usize>t - 2);
    return <i32>(isAlnumByte(before) || before == 92);
  }
  if (!isUpperByte(prev)) return 0;
  if (t + 1 >= n) return UNSURE;
  return <i32>isLowerByte(<u32>load<u8>(text + <usize>t + 1));
}

@inline function foldLetter(c: u32): u32 {
  return (c | 32) - 97 < 26 ? c | 32 : c;
}

/** Verify returns the phrase's end, NO_MATCH, or UNSURE (the answer needs bytes outside [0, n)). */
const NO_MATCH: i32 = -1;
const UNSURE: i32 = -2;

/**
 * Checks the phrase of `len` bytes at `p` against the text from `t` (KeywordTable.verify): a
 * space in the phrase matches a run of whitespace; the phrase ends on a word boundary.
 */
function verify(text: usize, n: i32, t: i32, p: usize, len: i32, caseSensitive: bool): i32 {
  if (t < 0) return UNSURE;
  for (let k: i32 = 0; k < len; k++) {
    const pc = <u32>load<u8>(p + <usize>k);
    if (t >= n) return UNSURE;
    const tc = <u32>load<u8>(text + <usize>t);
    if (pc == 32) {
      // Words of an identifier: "routing_number", "routingNumber".
      if (tc == 95) {
        t++;
        continue;
      }
      if (!isSpaceByte(tc)) {
        const camel = t > 0 ? camelAt(text, n, t) : 0;
        if (camel == 0) return NO_MATCH;
        if (camel == UNSURE) return UNSURE;
        continue;
      }
      while (t < n && isSpaceByte(<u32>load<u8>(text + <usize>t))) t++;
      continue;
    }
    if (caseSensitive ? tc != pc : foldLetter(tc) != foldLetter(pc)) return NO_MATCH;
    t++;
  }
  if (isAlnumByte(<u32>load<u8>(p + <usize>len - 1))) {
    if (t >= n) return UNSURE;
    if (isAlnumByte(<u32>load<u8>(text + <usize>t))) {
      const camel = camelAt(text, n, t);
      if (camel == 0) return NO_MATCH;
      if (camel == UNSURE) return UNSURE;
    }
  }
  return t;
}

/** quickVerify's answer when only verify can tell. */
const ASK_VERIFY: i32 = -3;

/**
 * Verify for a plain phrase, eight bytes at a time: the phrase's end, NO_MATCH, or ASK_VERIFY.
 * Most anchors of longer phrases are common words ("for", "not", "from") whose phrase fails on
 * the next word, and most phrases that match are written with single spaces.
 *
 * Letters of a case-insensitive phrase are compared folded, everything else exactly. Up to the
 * first difference, every space of the phrase met a space of the text and every other byte a
 * non-whitespace byte, so verify has compared the same bytes in the same places. It fails there
 * too, unless the text has whitespace at the difference (a second space, or a tab, that verify's
 * whitespace run takes): then verify must decide. With no difference, verify matches as far.
 */
@inline function quickVerify(text: usize, n: i32, t: i32, off: i32, len: i32): i32 {
  if (t < 0 || t + len > n) return ASK_VERIFY;
  const p = PHRASE_TEXT + <usize>off;
  const f = PHRASE_FOLD + <usize>off;
  const x = text + <usize>t;
  for (let k: i32 = 0; k < len; k += 8) {
    const rest = len - k;
    const mask = select<u64>(~(<u64>0), (<u64>1 << (<u64>rest << 3)) - 1, rest >= 8);
    const fold = load<u64>(f + <usize>k);
    const diff = ((load<u64>(x + <usize>k) | fold) ^ (load<u64>(p + <usize>k) | fold)) & mask;
    if (diff != 0) {
      const at = <usize>k + <usize>(ctz(diff) >> 3);
      // Whitespace in the text, or a phrase's space met by an identifier's joint ("_", a capital).
      return isSpaceByte(<u32>load<u8>(x + at)) || load<u8>(p + at) == 32 ? ASK_VERIFY : NO_MATCH;
    }
  }
  // The phrase ends on a word boundary (or where an identifier's next word starts: verify judges).
  if (isAlnumByte(<u32>load<u8>(p + <usize>len - 1))) {
    if (t + len >= n) return ASK_VERIFY;
    const after = <u32>load<u8>(x + <usize>len);
    if (isAlnumByte(after)) return isUpperByte(after) ? ASK_VERIFY : NO_MATCH;
  }
  return t + len;
}

/** How token k-1 and a token starting at `start` are joined (the SEP_* codes of text-index.ts). */
@inline function linkKind(text: usize, prevEnd: i32, start: i32): i32 {
  const gap = start - prevEnd;
  if (gap == 1) {
    const c = load<u8>(text + <usize>prevEnd);
    if (c == 32 || c == 9 || c == 10) return 1;
    if (c == 45) return 2;
    if (c == 46) return 3;
    if (c == 47) return 4;
    return 0;
  }
  if (gap == 2 && load<u8>(text + <usize>prevEnd) == 13 && load<u8>(text + <usize>prevEnd + 1) == 10) return 1;
  return 0;
}

// The regions and counters of the scan in progress (set by scan(); one scan at a time).
let tokStart: usize = 0;
let tokEnd: usize = 0;
let tokDigits: usize = 0;
let tokLink: usize = 0;
let tokDigitBits: usize = 0;
let tokKeys: usize = 0;
let tokNumberAt: usize = 0;
let numbers: usize = 0;
let cand: usize = 0;
let nTok: i32 = 0;
let nCand: i32 = 0;
let nNumber: i32 = 0;
let prevEnd: i32 = -10;

/**
 * Rewrites, in place, the UTF-8 bytes at `p` (`written` of them, as TextEncoder.encodeInto wrote
 * a text with non-ASCII characters) as one byte per UTF-16 code unit, what scan() reads: ASCII as
 * is, a no-break space as a space (it joins a wrapped number), any other code unit as 0x80 (a
 * four-byte sequence is two code units). Returns the bytes written, the text's length in UTF-16
 * code units. Sixteen ASCII bytes are moved at a time: mail is mostly ASCII around a few accents.
 */
export function narrow(p: usize, written: i32): i32 {
  let r: i32 = 0;
  let w: i32 = 0;
  while (r < written) {
    if (r + 16 <= written) {
      const v = v128.load(p + <usize>r);
      if (i8x16.bitmask(v) == 0) {
        v128.store(p + <usize>w, v);
        r += 16;
        w += 16;
        continue;
      }
    }
    const b = <i32>load<u8>(p + <usize>r);
    if (b < 0x80) {
      store<u8>(p + <usize>w, <u8>b);
      r += 1;
      w += 1;
    } else if (b < 0xe0) {
      store<u8>(p + <usize>w, select<u8>(32, 0x80, b == 0xc2 && load<u8>(p + <usize>r + 1) == 0xa0));
      r += 2;
      w += 1;
    } else if (b < 0xf0) {
      store<u8>(p + <usize>w, 0x80);
      r += 3;
      w += 1;
    } else {
      store<u16>(p + <usize>w, 0x8080);
      r += 4;
      w += 2;
    }
  }
  return w;
}

/**
 * Scans `n` bytes at `text`. Tokens go to seven parallel i32 arrays starting at `tok`, each
 * `cap` entries long (start, end, digits, link to the next token, digit-count bits, shape key,
 * where its digits are in the number text); the number text (the all-digit tokens' characters,
 * one after the other) goes to `numbers`, room for n + 8 bytes; `cap` must be at least n / 2 + 1
 * (runs are separated by at least one byte). Phrase hits go to three i32 arrays at `hit`, each
 * `hitCap` long (phrase id, start, end); an unsure hit has id ~id and end 0. Offsets are byte
 * offsets plus `offset`. When the hits do not fit, the scan stops and says so. `candidates` is
 * scratch room for 3 × `cap` words of 16 bytes (start, end, hash): a word per run, and the words
 * of identifiers (at most one per letter).
 */
export function scan(text: usize, n: i32, offset: i32, tok: usize, cap: i32, hit: usize, hitCap: i32, candidates: usize, numberText: usize): void {
  const capBytes = <usize>cap << 2;
  tokStart = tok;
  tokEnd = tok + capBytes;
  tokDigits = tokEnd + capBytes;
  tokLink = tokDigits + capBytes;
  tokDigitBits = tokLink + capBytes;
  tokKeys = tokDigitBits + capBytes;
  tokNumberAt = tokKeys + capBytes;
  numbers = numberText;
  cand = candidates;
  nTok = 0;
  nCand = 0;
  nNumber = 0;
  prevEnd = -10;
  findRuns(text, n, offset);
  shapeKeys();
  store<i32>(COUNTS, nTok);
  store<i32>(COUNTS + 16, nNumber);
  checkCandidates(text, n, offset, hit, hitCap);
}

/** Every alphanumeric run of the text, found from bit masks 64 bytes at a time, to emitRun. */
function findRuns(text: usize, n: i32, offset: i32): void {
  const c0 = i8x16.splat(48);
  const c10 = i8x16.splat(10);
  const cSpace = i8x16.splat(32);
  const cA = i8x16.splat(97);
  const c26 = i8x16.splat(26);
  // A run still open at the end of the previous 64-byte block: its start, digits so far, and
  // whether it has a capital after a letter so far.
  let open: i32 = -1;
  let openDigits: i32 = 0;
  let openCaps: bool = false;
  // 1 when the last byte of the previous block was alphanumeric, a small letter, a capital.
  let carry: u64 = 0;
  let lowerCarry: u64 = 0;
  let upperCarry: u64 = 0;
  // `base <= n`: the 64 zero bytes after the text close a run that reaches its end.
  for (let base: i32 = 0; base <= n; base += 64) {
    let alnum: u64 = 0;
    let digit: u64 = 0;
    // Bytes with the 0x20 bit, which small letters have and capitals lack.
    let small: u64 = 0;
    for (let q: i32 = 0; q < 64; q += 16) {
      const v = v128.load(text + <usize>(base + q));
      const d = i8x16.lt_u(i8x16.sub(v, c0), c10);
      const l = i8x16.lt_u(i8x16.sub(v128.or(v, cSpace), cA), c26);
      alnum |= (<u64>i8x16.bitmask(v128.or(d, l))) << <u64>q;
      digit |= (<u64>i8x16.bitmask(d)) << <u64>q;
      small |= (<u64>i8x16.bitmask(i8x16.shl(v, 2))) << <u64>q;
    }
    // Where a word of an identifier starts ("routing|Number", "NHS|Number"): a capital after a
    // small letter, or a capital after a capital and before a small letter (the next block's
    // first byte read for the last). A run with one is split into its words too (splitWords).
    const letters = alnum & ~digit;
    const lower = letters & small;
    const upper = letters & ~small;
    const nextLower = <u64>isLowerByte(<u32>load<u8>(text + <usize>(base + 64)));
    const caps = upper & (((lower << 1) | lowerCarry) | (((upper << 1) | upperCarry) & ((lower >> 1) | (nextLower << 63))));
    lowerCarry = lower >> 63;
    upperCarry = upper >> 63;
    // Run starts (alphanumeric after not) and ends (not after alphanumeric) as two masks, so the
    // loop below takes one of each per run without a chain of steps from one run to the next.
    const before = (alnum << 1) | carry;
    let starts = alnum & ~before;
    let ends = ~alnum & before;
    carry = alnum >> 63;
    if (open >= 0) {
      if (ends == 0) {
        openDigits += <i32>popcnt(digit);
        openCaps = openCaps || caps != 0;
        continue;
      }
      const end = <i32>ctz(ends);
      ends &= ends - 1;
      const below = (<u64>1 << <u64>end) - 1;
      emitRun(text, offset, open, base + end, openDigits + <i32>popcnt(digit & below), openCaps || (caps & below) != 0);
      open = -1;
    }
    while (ends != 0) {
      const start = <i32>ctz(starts);
      const end = <i32>ctz(ends);
      starts &= starts - 1;
      ends &= ends - 1;
      const range = (<u64>1 << <u64>end) - (<u64>1 << <u64>start);
      emitRun(text, offset, base + start, base + end, <i32>popcnt(digit & range), (caps & range) != 0);
    }
    // A run that starts here and reaches past the block.
    if (starts != 0) {
      const start = <i32>ctz(starts);
      open = base + start;
      openDigits = <i32>popcnt(digit >> <u64>start);
      openCaps = caps >> <u64>start != 0;
    }
  }
}

/**
 * The run [s, e) with `digits` digits: a token, or a word for the candidate list (and, with
 * `caps`, a capital after a letter in it, the words of the identifier it may be).
 */
@inline function emitRun(text: usize, offset: i32, s: i32, e: i32, digits: i32, caps: bool): void {
  const len = e - s;
  if (digits > 0) {
    const o = <usize>nTok << 2;
    if (nTok > 0) store<i32>(tokLink + o - 4, linkKind(text, prevEnd, s));
    store<i32>(tokStart + o, s + offset);
    store<i32>(tokEnd + o, e + offset);
    store<i32>(tokDigits + o, digits);
    store<i32>(tokLink + o, 0);
    store<i32>(tokDigitBits + o, digits == len ? 1 << (len < 31 ? len : 31) : 0);
    store<i32>(tokNumberAt + o, nNumber);
    if (digits == len) {
      // Eight bytes at a time rather than memory.copy, which is a call out of the module (most
      // numbers are short). The region has room for the last store's overshoot.
      const to = numbers + <usize>nNumber;
      const from = text + <usize>s;
      for (let k: usize = 0; k < <usize>len; k += 8) store<u64>(to + k, load<u64>(from + k));
      nNumber += len;
    }
    prevEnd = e;
    nTok++;
    return;
  }
  addCandidate(text, s, e);
  if (caps) splitWords(text, s, e);
}

/** The word [s, e) as a candidate for the look-up. */
@inline function addCandidate(text: usize, s: i32, e: i32): void {
  const len = e - s;
  // No branch on the lookup here (a hit or a miss is unpredictable): every word is written to
  // the candidate list, and the count moves on only when its home slot's filter has its bit.
  const h = hashOf(firstEight(text + <usize>s, len), len);
  const o = <usize>nCand << 4;
  store<i32>(cand + o, s);
  store<i32>(cand + o, e, 4);
  store<i32>(cand + o, h, 8);
  nCand += <i32>((load<i32>(FILTER + (<usize>(h & (TABLE_SIZE - 1)) << 2)) & filterBit(h)) != 0);
}

/**
 * The words of an identifier written in one run of letters, as candidates besides the run:
 * "routingNumber" → routing, Number; "NHSNumber" → NHS, Number (camelCaseWords in keywords.ts
 * splits alike). The candidate room has space for them (at most one per letter).
 */
function splitWords(text: usize, s: i32, e: i32): void {
  let from = s;
  for (let p = s + 1; p < e; p++) {
    const prev = <u32>load<u8>(text + <usize>p - 1);
    const c = <u32>load<u8>(text + <usize>p);
    if (!isUpperByte(c)) continue;
    if ((isLowerByte(prev) && (p > s + 1 || (s > 0 && <u32>load<u8>(text + <usize>s - 1) == 92))) || (isUpperByte(prev) && p + 1 < e && isLowerByte(<u32>load<u8>(text + <usize>p + 1)))) {
      addCandidate(text, from, p);
      from = p;
    }
  }
  if (from > s) addCandidate(text, from, e);
}

/** Every token's shape key, from the last token back (as shapeKeys in index-model.ts). */
function shapeKeys(): void {
  // The chain from token i + 1 (0 when it is not all digits), and that token's length.
  let next: i32 = 0;
  let nextLength: i32 = 0;
  for (let i = nTok - 1; i >= 0; i--) {
    const o = <usize>i << 2;
    const len = load<i32>(tokEnd + o) - load<i32>(tokStart + o);
    if (load<i32>(tokDigits + o) != len) {
      store<i32>(tokKeys + o, LETTERS + min(31, len));
      next = 0;
      nextLength = len;
      continue;
    }
    const sep = load<i32>(tokLink + o);
    let chain: i32 = 1;
    if (sep != 0 && next != 0) chain = load<i32>(tokLink + o + 4) == sep ? min(MAX_CHAIN, next + 1) : 2;
    const second = select<i32>(0, min(NEXT_SIZES - 1, nextLength), chain == 1);
    store<i32>(tokKeys + o, len < 31 ? ((len * (MAX_CHAIN + 1) + chain) * SEPS + sep) * NEXT_SIZES + second : 0);
    next = chain;
    nextLength = len;
  }
}

/**
 * Lists, for each of `nSets` shape sets, the tokens whose shape key has the set's bit in
 * INTEREST: counted per key (one increment per token), then per set from the keys met, then
 * filled, as tokensOfShape in chain-shapes.ts does. Set t's tokens go to tokens[at[t]] up to
 * tokens[at[t + 1]]; `scratch` is room for the keys met (up to nTokens) and `nSets` cursors.
 * Returns the number of entries, and fills them only when they fit in `room`.
 */
export function startLists(nTokens: i32, keys: usize, nSets: i32, scratch: usize, at: usize, tokens: usize, room: i32): i32 {
  memory.fill(at, 0, <usize>(nSets + 1) << 2);
  const met = scratch;
  let nMet: i32 = 0;
  for (let i: i32 = 0; i < nTokens; i++) {
    const k = load<i32>(keys + (<usize>i << 2));
    const p = PER_KEY + (<usize>k << 2);
    const count = load<i32>(p);
    if (count == 0) {
      store<i32>(met + (<usize>nMet << 2), k);
      nMet++;
    }
    store<i32>(p, count + 1);
  }
  for (let j: i32 = 0; j < nMet; j++) {
    const k = load<i32>(met + (<usize>j << 2));
    const p = PER_KEY + (<usize>k << 2);
    const count = load<i32>(p);
    store<i32>(p, 0);
    for (let m = load<i32>(INTEREST + (<usize>k << 2)); m != 0; m &= m - 1) {
      const q = at + (<usize>(ctz(m) + 1) << 2);
      store<i32>(q, load<i32>(q) + count);
    }
  }
  for (let t: i32 = 1; t <= nSets; t++) store<i32>(at + (<usize>t << 2), load<i32>(at + (<usize>t << 2)) + load<i32>(at + (<usize>(t - 1) << 2)));
  const total = load<i32>(at + (<usize>nSets << 2));
  if (total > room) return total;
  // Where each set's next token goes (the scratch room serves again).
  const cursor = scratch;
  memory.copy(cursor, at, <usize>nSets << 2);
  for (let i: i32 = 0; i < nTokens; i++) {
    for (let m = load<i32>(INTEREST + (<usize>load<i32>(keys + (<usize>i << 2)) << 2)); m != 0; m &= m - 1) {
      const p = cursor + (<usize>ctz(m) << 2);
      const slot = load<i32>(p);
      store<i32>(tokens + (<usize>slot << 2), i);
      store<i32>(p, slot + 1);
    }
  }
  return total;
}

/** The candidate words: each looked up, then the phrases anchored on it checked in place. */
function checkCandidates(text: usize, n: i32, offset: i32, hit: usize, hitCap: i32): void {
  const hitCapBytes = <usize>hitCap << 2;
  const hitPhrase = hit;
  const hitStart = hit + hitCapBytes;
  const hitEnd = hitStart + hitCapBytes;
  let nHit: i32 = 0;
  let unsure: i32 = 0;
  for (let c: i32 = 0; c < nCand; c++) {
    const s = load<i32>(cand + (<usize>c << 4));
    const e = load<i32>(cand + (<usize>c << 4), 4);
    const entry = lookup(text + <usize>s, e - s, load<i32>(cand + (<usize>c << 4), 8));
    if (entry == 0) continue;
    const direct = load<i32>(entry, 8);
    if (direct >= 0) {
      // The word is a phrase on its own and the look-up was the check: the common hit.
      if (nHit == hitCap) {
        store<i32>(COUNTS + 12, 1);
        return;
      }
      const o = <usize>nHit << 2;
      store<i32>(hitPhrase + o, direct);
      store<i32>(hitStart + o, s + offset);
      store<i32>(hitEnd + o, e + offset);
      nHit++;
      continue;
    }
    const value = load<i32>(entry, 4);
    const first = load<i32>(LIST_FIRST + (<usize>value << 2));
    const count = load<i32>(LIST_COUNT + (<usize>value << 2));
    for (let j: i32 = 0; j < count; j++) {
      const r = RECORDS + <usize>(first + j) * 20;
      const flags = load<i32>(r, 8);
      const from = s - load<i32>(r, 4);
      let end = e;
      if ((flags & WORD_ONLY) == 0) {
        const off = load<i32>(r, 12);
        const len = load<i32>(r, 16);
        end = (flags & PLAIN) != 0 ? quickVerify(text, n, from, off, len) : ASK_VERIFY;
        if (end == ASK_VERIFY) end = verify(text, n, from, PHRASE_TEXT + <usize>off, len, (flags & CASE_SENSITIVE) != 0);
      }
      if (end == NO_MATCH) continue;
      if (nHit == hitCap) {
        store<i32>(COUNTS + 12, 1);
        return;
      }
      const o = <usize>nHit << 2;
      const id = load<i32>(r);
      store<i32>(hitPhrase + o, end == UNSURE ? ~id : id);
      store<i32>(hitStart + o, from + offset);
      store<i32>(hitEnd + o, end == UNSURE ? 0 : end + offset);
      if (end == UNSURE) unsure++;
      nHit++;
    }
  }
  store<i32>(COUNTS + 4, nHit);
  store<i32>(COUNTS + 8, unsure);
  store<i32>(COUNTS + 12, 0);
}
