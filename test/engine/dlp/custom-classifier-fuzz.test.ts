/**
 * Property test of the custom classifier engine: thousands of random classifiers that Submit accepts,
 * on random messages (digit runs, words, punctuation, newlines, astral characters, empty and long
 * texts). Every run must give a result whose numbers hold together, and the best window must be the
 * one a brute-force search over every group of matches finds.
 */
import { describe, expect, it } from 'vitest';
import { testCustomClassifier } from '../../../src/engine/dlp/index.ts';
import type { CustomClassifier } from '../../../src/engine/config/schema/index.ts';
import type { CustomClassifierTest } from '../../../src/engine/dlp/types.ts';
import { acceptedClassifiers, oddDictionaries, randomMessage, Rng } from '../../helpers/hostile-classifiers.ts';

const CLASSIFIERS = 2000;
const MESSAGES_EACH = 3;
const ctx = { dictionaries: oddDictionaries };

/** Brute force: every group that spans at most the proximity (or a single match), best complete one first. */
function bruteForceTotal(c: CustomClassifier, t: CustomClassifierTest): number {
  const ms = t.matches;
  const score = (group: typeof ms) => {
    const counts = new Map<number, number>();
    for (const m of group) counts.set(m.rule, (counts.get(m.rule) ?? 0) + 1);
    let total = 0;
    [...counts.keys()]
      .sort((a, b) => a - b)
      .forEach((r) => {
        const { weight, maxScore } = c.rules[r];
        const sum = Math.min(counts.get(r)! * weight, Number.MAX_VALUE);
        total = Math.min(total + (maxScore > 0 ? Math.min(sum, maxScore) : sum), Number.MAX_VALUE);
      });
    return { total, complete: c.match === 'any' || counts.size === c.rules.length };
  };
  const groups = [
    ...ms.map((m) => [m]),
    ...ms.map((a) => ms.filter((m) => m.start >= a.start && m.end <= a.start + c.proximity)).filter((g) => g.length > 0),
  ].map(score);
  const pool = groups.some((g) => g.complete) ? groups.filter((g) => g.complete) : groups;
  return Math.max(0, ...pool.map((g) => g.total));
}

/** The properties every result must have; returns a description of the first one broken, or null. */
function broken(c: CustomClassifier, text: string, t: CustomClassifierTest): string | null {
  if (!Number.isInteger(t.riskFactor) || t.riskFactor < 0 || t.riskFactor > 100) return `risk factor ${t.riskFactor}`;
  if (!Number.isFinite(t.totalScore) || t.totalScore < 0) return `total ${t.totalScore}`;
  for (const m of t.matches) {
    if (!(m.start >= 0 && m.start <= m.end && m.end <= text.length)) return `match [${m.start}, ${m.end}) in ${text.length}`;
    if (m.text !== text.slice(m.start, m.end)) return `match text ${JSON.stringify(m.text)}`;
    if (!Number.isFinite(m.runningScore) || !Number.isFinite(m.ruleTotal)) return `running ${m.runningScore}`;
  }
  const reaches = t.totalScore > 0 && t.totalScore >= c.minimumTotalScore;
  const everyRule = c.rules.every((_, r) => t.matches.some((m) => m.rule === r));
  if (t.matched && (!reaches || t.riskFactor < 1)) return `matched below the minimum (${t.totalScore} < ${c.minimumTotalScore})`;
  if (t.matched && c.match === 'all' && !everyRule) return 'matched "all" with a rule missing';
  if (!t.matched && t.riskFactor !== 0) return `not matched but risk factor ${t.riskFactor}`;
  if (!t.matched && c.match === 'any' && reaches) return 'reaches the minimum but did not match';
  if (t.matches.length <= 300 && t.totalScore !== bruteForceTotal(c, t))
    return `total ${t.totalScore}, brute force ${bruteForceTotal(c, t)}`;
  return null;
}

const { accepted, tried } = acceptedClassifiers(20261203, CLASSIFIERS);
const CHUNK = 500;

describe('custom classifiers under random valid configurations', () => {
  it(`when classifiers are generated, then ${CLASSIFIERS} pass Submit's validation and the refused ones are left out`, () => {
    expect(accepted.length).toBe(CLASSIFIERS);
    // The generator also makes patterns Submit refuses (empty matches, syntax errors): proof that validation ran.
    expect(tried).toBeGreaterThan(CLASSIFIERS);
  });

  for (let from = 0; from < CLASSIFIERS; from += CHUNK) {
    it(`when classifiers ${from + 1}–${from + CHUNK} meet ${MESSAGES_EACH} random messages each, then every run gives a consistent result`, () => {
      const r = new Rng(7 + from);
      const failures: string[] = [];
      let runs = 0;
      let matched = 0;
      for (const c of accepted.slice(from, from + CHUNK)) {
        for (let k = 0; k < MESSAGES_EACH; k++) {
          const text = k === 0 && r.chance(0.2) ? '1'.repeat(120) : randomMessage(r);
          runs++;
          try {
            const t = testCustomClassifier(c, text, ctx);
            if (t.matched) matched++;
            const why = broken(c, text, t);
            if (why) failures.push(`${why}: ${JSON.stringify(c)} on ${JSON.stringify(text.slice(0, 200))}`);
          } catch (e) {
            failures.push(`threw ${String(e)}: ${JSON.stringify(c)} on ${JSON.stringify(text.slice(0, 200))}`);
          }
        }
      }
      expect(failures.slice(0, 3)).toEqual([]);
      expect(runs).toBe(CHUNK * MESSAGES_EACH);
      // The inputs must exercise both outcomes, or the properties above prove little.
      expect(matched).toBeGreaterThan(runs / 20);
      expect(matched).toBeLessThan(runs);
    }, 120_000);
  }
});
