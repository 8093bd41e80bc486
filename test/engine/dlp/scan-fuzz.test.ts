/**
 * Hostile and odd text through the full scan: naughty strings, mixed into tables, labels, spaced
 * digits and Unicode look-alikes around valid values. The scan never throws, every finding lies
 * inside the text and quotes it exactly, and a valid card with its word is still found.
 */
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../src/engine/dlp/index.ts';
import { mulberry32 } from '../../../src/engine/model/random.ts';
import { naughtyStrings } from '../../helpers/naughty.ts';

const PIECES = [
  'Card 4539 1488 0343 6467 exp 09/28',
  'SSN: 512-44-7310',
  'Order #\tSSN\n',
  'Name,Routing,Account\n',
  '|---|---|\n',
  '----  ------\n',
  '4  5  3  9  1  4  8  8',
  '\u200b\u00ad\u2009\u3000\uff14\u2013\u2212',
  '"created": 1716392011,',
  'Invoice ',
  ' 10.0.0.1 ',
  '%B4539148803436467^A/B^2809?',
  '\t',
  '\n',
  ', ',
  '  ',
];

describe('full scan on hostile text', () => {
  it('when 600 seeded texts mix naughty strings with tables, labels and look-alikes then findings stay inside the text and quote it', () => {
    const r = mulberry32(2026);
    const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
    for (let n = 0; n < 600; n++) {
      const parts: string[] = [];
      for (let k = 0, m = 1 + Math.floor(r() * 12); k < m; k++) parts.push(r() < 0.5 ? pick(naughtyStrings) : pick(PIECES));
      const text = parts.join(r() < 0.5 ? '' : pick(['\n', '\t', ' ', ',']));
      const found = scanText(text);
      for (const f of found) {
        expect(f.start >= 0 && f.start < f.end && f.end <= text.length, `${JSON.stringify(text)} ${f.classifier} ${f.start}-${f.end}`).toBe(
          true,
        );
        expect(f.text).toBe(text.slice(f.start, f.end));
        expect(f.score).toBeGreaterThanOrEqual(0);
        expect(f.score).toBeLessThanOrEqual(100);
      }
    }
  });

  it('when a card with its word sits among naughty strings then it is still found', () => {
    for (const s of naughtyStrings.slice(0, 300)) {
      const text = `${s}\nCard 4539 1488 0343 6467 exp 09/28\n${s}`;
      const cards = scanText(text).filter((f) => f.classifier === 'credit-card');
      expect(
        cards.some((f) => f.text === '4539 1488 0343 6467'),
        JSON.stringify(s),
      ).toBe(true);
    }
  });
});

describe('long tables', () => {
  it('when thousands of rows have no header above them, each row is read as it is alone', () => {
    const row = (i: number) => `2026-04-${String(10 + (i % 18))},OKAFOR,518-22-${String(1000 + i).slice(-4)},REF${i}\n`;
    const rows = Array.from({ length: 3_000 }, (_, i) => row(i));
    const whole = scanText(rows.join('')).map((f) => [f.classifier, f.text]);
    const alone = rows.flatMap((r) => scanText(r).map((f) => [f.classifier, f.text]));
    expect(whole.length).toBeGreaterThan(2_000);
    expect(whole).toEqual(alone);
  });

  it('when a headed table follows a long block of rows with no header, its header names its own rows only', () => {
    const headless = Array.from({ length: 500 }, (_, i) => `2026-04-12,REF${i},${700_000_000 + i},77.10\n`).join('');
    const headed = 'Name,SSN,Notes\nOkafor,518220937,ok\nNguyen,401882734,ok\n';
    const found = scanText(headless + headed).filter((f) => f.classifier === 'us-ssn');
    expect(found.map((f) => f.text)).toEqual(['518220937', '401882734']);
  });
});
