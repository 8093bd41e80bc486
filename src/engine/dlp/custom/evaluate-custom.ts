/**
 * Scoring a custom classifier (reference §8.4): each rule match adds the rule's weight, up to the
 * rule's Max Score; matches count together only within the Proximity window (windows.ts); with
 * "all", every rule must match inside the window. The best window's total must reach the Minimum
 * Total Score. The risk factor is that total on the 0–100 scale (capped at 100, and at least 1 once
 * matched); a Max Score of 0 means no cap.
 */
import type { CustomClassifier } from '../../config/schema/index.ts';
import type { CustomClassifierTest, CustomRuleMatch, DictionaryLike } from '../types.ts';
import { ruleMatches } from './rule-matches.ts';
import { bestWindow, cap, finite, runningScores } from './windows.ts';

/** Runs a custom classifier on a text: matches with running scores, total, risk factor and why. */
export function testCustomClassifier(
  classifier: CustomClassifier,
  text: string,
  ctx: { dictionaries: readonly DictionaryLike[] },
): CustomClassifierTest {
  const { matches, problems } = ruleMatches(classifier, text, ctx.dictionaries);
  const running = runningScores(classifier, matches);
  const ruleTotals = new Array<number>(classifier.rules.length).fill(0);
  const out: CustomRuleMatch[] = matches.map((m, i) => {
    const rule = classifier.rules[m.rule];
    const before = cap(ruleTotals[m.rule], rule.maxScore);
    ruleTotals[m.rule] = finite(ruleTotals[m.rule] + rule.weight);
    const after = cap(ruleTotals[m.rule], rule.maxScore);
    return {
      rule: m.rule,
      ruleType: rule.type,
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      contribution: after - before,
      ruleTotal: after,
      runningScore: running[i],
      explanation: `Rule ${m.rule + 1} (${rule.type}): ${m.detail}, weight ${rule.weight}${rule.maxScore > 0 ? `, max ${rule.maxScore}` : ''}`,
    };
  });
  const best = bestWindow(classifier, matches);
  const missing = classifier.rules.map((_, r) => r).filter((r) => !matches.some((m) => m.rule === r));
  if (classifier.match === 'all')
    for (const r of missing) problems.push(`Rule ${r + 1} (${classifier.rules[r].type}) did not match; all rules must match.`);
  const allOk = classifier.match === 'any' || (best !== null && best.rulesHit === classifier.rules.length);
  const totalScore = best ? best.total : 0;
  const matched = best !== null && allOk && totalScore >= classifier.minimumTotalScore && totalScore > 0;
  // A fractional total such as 0.4 still matched: it must not round down to the Ignore level's 0.
  const riskFactor = matched ? Math.min(100, Math.max(1, Math.round(totalScore))) : 0;
  let explanation: string;
  if (matches.length === 0) explanation = 'No rule matched.';
  else if (!allOk) explanation = `Not every rule matched within ${classifier.proximity} characters of the others.`;
  else if (totalScore === 0) explanation = 'The rules that matched have weight 0, so the total stays 0 and the classifier cannot match.';
  else if (!matched)
    explanation = `Best total within ${classifier.proximity} characters is ${totalScore}, below the minimum total score ${classifier.minimumTotalScore}.`;
  else
    explanation = `Matched: total ${totalScore} within ${classifier.proximity} characters reaches the minimum ${classifier.minimumTotalScore}; risk factor ${riskFactor}.`;
  return { matched, totalScore, riskFactor, matches: out, problems, explanation };
}
