/**
 * How a built-in classifier's findings combine into its risk factor: for a word classifier each
 * distinct term adds its weight once and repeats add 2; for the others the best finding's score,
 * plus EXTRA_PER_FINDING for each further finding with supporting information (a score of at least
 * CONFIRMED). One rule, used by policies and by the pattern playground's running score.
 */
import { registry } from '../classifiers/registry.ts';

/** A finding at or above this score is confirmed (has supporting information). */
export const CONFIRMED = 10;
/** What each further confirmed finding adds. */
export const EXTRA_PER_FINDING = 3;
/** What a repeated term adds in a word classifier. */
const REPEATED_TERM = 2;

/** The risk factor after each finding, in the order given; the last is the risk factor of them all. */
export function riskSteps(classifierId: string, findings: readonly { readonly text: string; readonly score: number }[]): number[] {
  const terms = !!registry().byId.get(classifierId)?.def.terms;
  const seen = new Set<string>();
  let sum = 0;
  let best = 0;
  let confirmed = 0;
  return findings.map((f) => {
    if (terms) {
      const key = f.text.toLowerCase();
      sum += seen.has(key) ? REPEATED_TERM : f.score;
      seen.add(key);
      return Math.min(100, sum);
    }
    best = Math.max(best, f.score);
    if (f.score >= CONFIRMED) confirmed++;
    return Math.min(100, best + EXTRA_PER_FINDING * Math.max(0, confirmed - 1));
  });
}
