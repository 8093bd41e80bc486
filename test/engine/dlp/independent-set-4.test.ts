/**
 * The fourth independent set (test/fixtures/dlp-independent-4), precision first: business mail
 * dense with numbers that are not sensitive (orders, tracking, part numbers, versions, meeting
 * IDs, international phone numbers…), true values under the labels people really write, and
 * look-alikes beside tempting words. Written by an author who never read the engine nor ran it.
 * Its tune part was inspected and its failures fixed by class; its held-out part only ever
 * reported in aggregate. Floors under what was measured when it came in (tune micro F1 0.889,
 * held-out 0.936) and after (tune 0.986, held-out 0.972).
 */
import { describe, expect, it } from 'vitest';
import { INDEPENDENT_4_PATHS, loadMailCases, oursDetect, scoreMail } from '../../../bench/mail-accuracy.ts';

const FLOORS = {
  tune: { f1: 0.97, negativeFindings: 4 },
  heldout: { f1: 0.95, negativeFindings: 10 },
} as const;

describe.each(['tune', 'heldout'] as const)('fourth independent set, %s part', (part) => {
  const cases = loadMailCases(undefined, INDEPENDENT_4_PATHS[part]);
  const report = scoreMail(cases, oursDetect);

  it(`when every case is scanned then micro F1 stays ≥ ${FLOORS[part].f1} and realistic mail ≥ 0.97`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(report.micro.f1).toBeGreaterThanOrEqual(FLOORS[part].f1);
    expect(report.realisticF1).toBeGreaterThanOrEqual(0.97);
  });

  it(`when its mail with nothing sensitive is scanned then at most ${FLOORS[part].negativeFindings} values are reported in it`, () => {
    expect(report.byCategory.get('negative')!.fp).toBeLessThanOrEqual(FLOORS[part].negativeFindings);
  });
});
