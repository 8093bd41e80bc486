/**
 * Splits a long text into blocks that are scanned one at a time, so a scan's working set (the
 * text's codes, tokens, hits, candidates) stays in cache and its garbage dies young: without this,
 * scanning 10 MB took about 1.25× as long as ten 1 MB scans.
 *
 * Each block owns [own, ownEnd) and is scanned over the wider range [from, to); it reports only
 * the findings that start in what it owns. That gives the same findings as one whole-text scan
 * when nothing a finding depends on crosses `from` or `to`:
 * - bounded look-arounds (context windows of 60 characters, supporting information within 60,
 *   a second number within 200, track data within 120) fit in the OVERLAP either side;
 * - unbounded things (a long token, a phrase whose spaces match any run of whitespace, a chain of
 *   numbers whose separators depend on the previous match, an email's local part, an IPv6 run)
 *   cannot cross a BREAK character, so both range ends sit on one. No keyword contains a break
 *   character and none is a token, separator, hex, email or phone character;
 * - a finding longer than the overlap (a huge email or IPv6 zone) is caught afterwards: when an
 *   owned finding ends within REACH of `to`, scanText merges the block with the next one.
 * Where no break character is found near a nominal boundary, that boundary is skipped (the block
 * grows), so a text without any is scanned whole, as before.
 */

/** One block: what it owns and the range its index covers. */
export interface Block {
  readonly own: number;
  readonly ownEnd: number;
  readonly from: number;
  readonly to: number;
}

/** Sizes of the split (overridable for tests). */
export interface BlockSizes {
  /** Nominal owned length of a block. */
  readonly block: number;
  /** Minimum distance from a block's owned region to either end of its range. */
  readonly overlap: number;
}

/** 256 KB blocks stay in L2 with their tokens; 1 KB either side is far beyond any look-around. */
export const DEFAULT_SIZES: BlockSizes = { block: 256 * 1024, overlap: 1024 };

/** How close to `to` an owned finding may end before the block must be merged with the next. */
export const REACH = 512;

/** How far to look for a break character beyond the overlap before skipping a boundary. */
const SEARCH = 16 * 1024;

/** Break characters: `,` `"` `$` `&` `[` `]` `{` `}` `|` `~` `\` and backquote. */
const BREAK = new Uint8Array(128);
for (const ch of ',"$&[]{}|~\\`') BREAK[ch.charCodeAt(0)] = 1;

/** True when the character at i is a break character. */
export const isBreak = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 && BREAK[c] === 1;
};

function breakAtOrBefore(text: string, p: number, min: number): number {
  for (let i = p; i >= min; i--) if (isBreak(text, i)) return i;
  return -1;
}

function breakAtOrAfter(text: string, p: number, max: number): number {
  for (let i = p; i <= max; i++) if (isBreak(text, i)) return i;
  return -1;
}

/** The text's blocks, in order; owned regions tile [0, text.length). */
export function planBlocks(text: string, sizes: BlockSizes = DEFAULT_SIZES): Block[] {
  const n = text.length;
  const { block, overlap } = sizes;
  // One block (every message but a long attachment): no boundary to look for.
  if (n <= block + overlap) return [{ own: 0, ownEnd: n, from: 0, to: n }];
  // Boundary k: owned regions meet at cuts[k]; the earlier block's range ends after breaks[k].right,
  // the later one's starts at breaks[k].left.
  const cuts: number[] = [0];
  const lefts: number[] = [0];
  const rights: number[] = [];
  for (let cut = block; cut + overlap < n; cut += block) {
    const left = breakAtOrBefore(text, cut - overlap, Math.max(0, cut - overlap - SEARCH));
    if (left < 0) continue;
    const right = breakAtOrAfter(text, cut + overlap, Math.min(n - 1, cut + overlap + SEARCH));
    if (right < 0) continue;
    cuts.push(cut);
    lefts.push(left);
    rights.push(right + 1);
  }
  rights.push(n);
  cuts.push(n);
  const blocks: Block[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) blocks.push({ own: cuts[k], ownEnd: cuts[k + 1], from: lefts[k], to: rights[k] });
  return blocks;
}

/** Two neighbouring blocks as one (used when a finding runs too close to the first one's end). */
export const mergeBlocks = (a: Block, b: Block): Block => ({ own: a.own, ownEnd: b.ownEnd, from: a.from, to: b.to });
