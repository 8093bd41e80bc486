/**
 * The second independent set (test/fixtures/dlp-independent-2), evasion first: written by an
 * author who never read the engine nor ran it. Its tune part was inspected and its failures fixed
 * by class; its held-out part only ever reported in aggregate. Asserted as floors under what was
 * measured (evasion recall when it was written in: tune 0.933, held-out 0.866; a session later,
 * tune 0.978, held-out 0.915; the next, tune 1.000, held-out 0.927).
 */
import { describe, expect, it } from 'vitest';
import { independentPaths, loadMailCases, oursDetect, scoreMail } from '../../../bench/mail-accuracy.ts';

describe.each(['tune', 'heldout'] as const)('second independent set, %s part', (part) => {
  const cases = loadMailCases(undefined, independentPaths(2)[part]);
  const report = scoreMail(cases, oursDetect);

  it('when every case is scanned then realistic mail keeps F1 ≥ 0.97, no negative case is flagged, and evasion recall stays ≥ 0.9', () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
    expect(report.realisticF1).toBeGreaterThanOrEqual(0.97);
    expect(report.byCategory.get('negative')?.p).toBe(1);
    expect(report.byCategory.get('evasion')!.r).toBeGreaterThanOrEqual(0.9);
  });
});
