/**
 * The public labelled cases (test/fixtures/corpus/presidio-cases.json) stay a regression set:
 * each case's own classifier, scanned alone, finds exactly the labelled spans.
 */
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../src/engine/dlp/index.ts';
import { evaluate, loadCases, prf } from '../../../bench/accuracy.ts';

describe('public labelled cases', () => {
  it('when each case is scanned with its own classifier then every entity scores F1 1.000', () => {
    const { scores, disagreements } = evaluate(loadCases(), (text, id) =>
      scanText(text, { classifiers: [id] }).map((f) => [f.start, f.end] as const),
    );
    expect(disagreements).toEqual([]);
    for (const [id, s] of scores) expect({ id, f1: prf(s).f1 }).toEqual({ id, f1: 1 });
  });
});
