/**
 * The independent held-out set (test/fixtures/dlp-independent): hand-written by an author who saw
 * neither the classifiers' code nor the mail corpus. Never inspected case by case; only its
 * aggregate is asserted, as a floor under what was measured when it was written in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../src/engine/dlp/index.ts';
import { LABELLED, match, type Span } from '../../../bench/mail-accuracy.ts';

interface IndependentCase {
  readonly id: string;
  readonly category: string;
  readonly text: string;
  readonly labels: readonly Span[];
}

const cases = readFileSync(new URL('../../fixtures/dlp-independent/cases.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as IndependentCase);

describe('independent held-out set', () => {
  const totals = { tp: 0, fp: 0, fn: 0, negativeFindings: 0 };
  for (const c of cases) {
    const found = scanText(c.text)
      .filter((f) => LABELLED.has(f.classifier))
      .map((f) => ({ entity: f.classifier, start: f.start, end: f.end }));
    const { matched, missed, extra } = match(c.labels, found);
    totals.tp += matched.length;
    totals.fn += missed.length;
    totals.fp += extra.length;
    if (c.labels.length === 0) totals.negativeFindings += found.length;
  }
  const precision = totals.tp / (totals.tp + totals.fp);
  const recall = totals.tp / (totals.tp + totals.fn);

  it('when every case is scanned then micro-F1 stays at or above 0.97 and no negative case is flagged', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.97);
    expect(totals.negativeFindings).toBe(0);
  });
});
