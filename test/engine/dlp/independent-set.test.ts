/**
 * The independent held-out set (test/fixtures/dlp-independent): hand-written by an author who saw
 * neither the classifiers' code nor the mail corpus. Never inspected case by case; only its
 * aggregate is asserted, as a floor under what was measured when it was written in.
 */
import { describe, expect, it } from 'vitest';
import { INDEPENDENT_CASES_PATH, loadMailCases, oursDetect, scoreMail } from '../../../bench/mail-accuracy.ts';

describe('independent held-out set', () => {
  const cases = loadMailCases(undefined, INDEPENDENT_CASES_PATH);
  const report = scoreMail(cases, oursDetect);

  it('when every case is scanned then micro-F1 stays at or above 0.97, no negative case is flagged, and evasion recall stays ≥ 0.9', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(report.micro.f1).toBeGreaterThanOrEqual(0.97);
    expect(report.byCategory.get('negative')?.p).toBe(1);
    // 0.870 until the evasion classes of the second set's tune part were undone; 0.913 after; 0.957 a session later.
    expect(report.byCategory.get('evasion')!.r).toBeGreaterThanOrEqual(0.9);
  });
});
