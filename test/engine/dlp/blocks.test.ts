/**
 * Block scanning (scan/blocks.ts): a long text is scanned in blocks with overlapping ranges, and the
 * findings must be exactly those of one whole-text scan, including findings that straddle a
 * boundary. Small blocks (1000 characters, 300 overlap) put many boundaries in a short text.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/dlp/index.ts';
import { scanText } from '../../../src/engine/dlp/index.ts';
import { scanInBlocks } from '../../../src/engine/dlp/scan/scan-text.ts';
import { isBreak, planBlocks, type BlockSizes } from '../../../src/engine/dlp/scan/blocks.ts';
import { registry } from '../../../src/engine/dlp/classifiers/registry.ts';

const SMALL: BlockSizes = { block: 1000, overlap: 300 };
/** Neutral prose: no digits, no keywords, no capitalised names, a break character (",") in every line. */
const FILLER = 'lorem ipsum dolor sit amet, consectetur adipiscing elit sed do eiusmod tempor, ';
const filler = (n: number): string => FILLER.repeat(Math.ceil(n / FILLER.length)).slice(0, n);

/** Pieces with context or supporting information, each a finding (or several) on its own. */
const PIECES = [
  'Visa 4012 8888 8888 1881 exp 12/26',
  'IBAN GB82 WEST 1234 5698 7654 32',
  'SSN 321-02-3456 and 321-02-3457',
  'call (415) 555-0132',
  'server 10.1.2.3/24',
  'email john@example.com',
  'swift NWBKGB2L',
  '%B4111111111111111^DOE/JOHN^2512101000000000000?',
  'credit card\n\n  4012888888881881',
  'diagnosis E11.9 in the medical record',
];

/** Places `piece` so that the middle of its first finding falls on `boundary`; returns its offset. */
function straddle(piece: string, boundary: number): number {
  const [f] = scanText(piece);
  return boundary - ((f.start + f.end) >> 1);
}

const shifted = (fs: Finding[], by: number): Finding[] => fs.map((f) => ({ ...f, start: f.start + by, end: f.end + by }));

describe('planBlocks', () => {
  it('when a text is long, then the owned regions tile it and each range ends on a break character', () => {
    const text = filler(10_000);
    const blocks = planBlocks(text, SMALL);
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks[0].own).toBe(0);
    expect(blocks[blocks.length - 1].ownEnd).toBe(text.length);
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k];
      if (k > 0) expect(b.own).toBe(blocks[k - 1].ownEnd);
      expect(b.own - b.from).toBeGreaterThanOrEqual(k === 0 ? 0 : SMALL.overlap);
      if (k > 0) expect(isBreak(text, b.from)).toBe(true);
      if (k < blocks.length - 1) expect(isBreak(text, b.to - 1)).toBe(true);
      if (k < blocks.length - 1) expect(b.to - b.ownEnd).toBeGreaterThan(SMALL.overlap);
    }
  });
  it('when a text has no break character, then it is one block', () => {
    expect(planBlocks('word '.repeat(2000), SMALL)).toEqual([{ own: 0, ownEnd: 10_000, from: 0, to: 10_000 }]);
  });
  it('when a keyword is registered, then it has no break character (phrases must not cross a range end)', () => {
    for (const p of registry().keywords.phrases) for (let i = 0; i < p.text.length; i++) expect(isBreak(p.text, i)).toBe(false);
  });
});

describe('scanning in blocks', () => {
  it.each(PIECES)('when "%s" straddles block boundaries, then the findings are those of the piece alone, at its offsets', (piece) => {
    const alone = scanText(piece);
    expect(alone.length).toBeGreaterThan(0);
    // Three copies: across the boundaries at 1000 and 3000, and near the range end of the block owning 4000–5000.
    const offsets = [straddle(piece, 1000), straddle(piece, 3000), 5000 + SMALL.overlap - 20];
    let text = '';
    // Spaces keep the piece's first and last words apart from the filler's.
    for (const at of offsets) text += `${filler(at - text.length - 1)} ${piece} `;
    text += filler(1500);
    const expected = offsets.flatMap((at) => shifted(alone, at));
    expect(scanInBlocks(text, {}, SMALL)).toEqual(expected);
    expect(scanText(text)).toEqual(expected);
  });

  it('when pieces sit at every offset across a boundary, then blocks and one whole scan agree', () => {
    for (const piece of PIECES) {
      for (let off = -piece.length - 1; off <= 1; off++) {
        const text = `${filler(1000 + off)} ${piece} ${filler(1500)}`;
        expect(scanInBlocks(text, {}, SMALL)).toEqual(scanInBlocks(text, {}, { block: 1e9, overlap: 0 }));
      }
    }
  });

  it('when a finding is longer than the overlap, then its block is merged with the next and the result is unchanged', () => {
    const email = `${'a'.repeat(200)}@${`${'b'.repeat(60)}.`.repeat(8)}example.com`;
    // The comma right after it ends the block's range, so "mail" is only seen after the merge.
    const text = `${filler(700)} contact ${email}, mail ${filler(2000)}`;
    const found = scanInBlocks(text, { classifiers: ['email-address'] }, SMALL);
    expect(found).toEqual(scanText(text, { classifiers: ['email-address'] }));
    expect(found.map((f) => f.text)).toEqual([email]);
    expect(found[0].explanation.contextWords).toEqual(['contact', 'mail']);
  });
});
