/**
 * Scoring a custom classifier (reference §8.4): each rule match adds the rule's weight, up to the
 * rule's Max Score; matches count together only within the Proximity window; with "all", every
 * rule must match inside the window. The best window's total must reach the Minimum Total Score.
 * The risk factor is that total on the 0–100 scale (capped at 100); a Max Score of 0 means no cap.
 */
import type { CustomClassifier } from '../../config/schema/index.ts';
import type { CustomClassifierTest, CustomRuleMatch, DictionaryLike } from '../types.ts';
import { ruleMatches, type RuleMatch } from './rule-matches.ts';

interface Cluster {
  readonly from: number;
  readonly to: number;
  readonly total: number;
  readonly rulesHit: number;
}

const cap = (v: number, max: number): number => (max > 0 ? Math.min(v, max) : v);

/** Total of matches[from..to] with per-rule caps. */
function clusterTotal(c: CustomClassifier, matches: readonly RuleMatch[], from: number, to: number): Cluster {
  const perRule = new Array<number>(c.rules.length).fill(0);
  for (let i = from; i <= to; i++) perRule[matches[i].rule] += c.rules[matches[i].rule].weight;
  let total = 0;
  let rulesHit = 0;
  perRule.forEach((v, r) => {
    total += cap(v, c.rules[r].maxScore);
    if (v > 0 || matches.slice(from, to + 1).some((m) => m.rule === r)) rulesHit++;
  });
  return { from, to, total, rulesHit };
}

/** The best window: every run of matches that starts at a match and spans at most `proximity` characters. */
function bestCluster(c: CustomClassifier, matches: readonly RuleMatch[]): Cluster | null {
  let best: Cluster | null = null;
  let to = 0;
  for (let from = 0; from < matches.length; from++) {
    if (to < from) to = from;
    while (to + 1 < matches.length && matches[to + 1].end - matches[from].start <= c.proximity) to++;
    const cl = clusterTotal(c, matches, from, to);
    const eligible = c.match === 'any' || cl.rulesHit === c.rules.length;
    const bestEligible = best !== null && (c.match === 'any' || best.rulesHit === c.rules.length);
    if (!best || (eligible && !bestEligible) || (eligible === bestEligible && cl.total > best.total)) best = cl;
  }
  return best;
}

/** Runs a custom classifier on a text: matches with running scores, total, risk factor and why. */
export function testCustomClassifier(
  classifier: CustomClassifier,
  text: string,
  ctx: { dictionaries: readonly DictionaryLike[] },
): CustomClassifierTest {
  const { matches, problems } = ruleMatches(classifier, text, ctx.dictionaries);
  const out: CustomRuleMatch[] = [];
  // Running score: what the window ending at this match adds up to.
  let from = 0;
  const ruleTotals = new Array<number>(classifier.rules.length).fill(0);
  matches.forEach((m, i) => {
    while (matches[i].end - matches[from].start > classifier.proximity) from++;
    const cl = clusterTotal(classifier, matches, from, i);
    const rule = classifier.rules[m.rule];
    const before = cap(ruleTotals[m.rule], rule.maxScore);
    ruleTotals[m.rule] += rule.weight;
    const after = cap(ruleTotals[m.rule], rule.maxScore);
    out.push({
      rule: m.rule,
      ruleType: rule.type,
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      contribution: after - before,
      ruleTotal: after,
      runningScore: cl.total,
      explanation: `Rule ${m.rule + 1} (${rule.type}): ${m.detail}, weight ${rule.weight}${rule.maxScore > 0 ? `, max ${rule.maxScore}` : ''}`,
    });
  });
  const best = bestCluster(classifier, matches);
  const missing = classifier.rules.map((_, r) => r).filter((r) => !matches.some((m) => m.rule === r));
  if (classifier.match === 'all')
    for (const r of missing) problems.push(`Rule ${r + 1} (${classifier.rules[r].type}) did not match; all rules must match.`);
  const allOk = classifier.match === 'any' || (best !== null && best.rulesHit === classifier.rules.length);
  const totalScore = best ? best.total : 0;
  const matched = best !== null && allOk && totalScore >= classifier.minimumTotalScore && totalScore > 0;
  const riskFactor = matched ? Math.min(100, Math.round(totalScore)) : 0;
  let explanation: string;
  if (matches.length === 0) explanation = 'No rule matched.';
  else if (!allOk) explanation = `Not every rule matched within ${classifier.proximity} characters of the others.`;
  else if (!matched)
    explanation = `Best total within ${classifier.proximity} characters is ${totalScore}, below the minimum total score ${classifier.minimumTotalScore}.`;
  else
    explanation = `Matched: total ${totalScore} within ${classifier.proximity} characters reaches the minimum ${classifier.minimumTotalScore}; risk factor ${riskFactor}.`;
  return { matched, totalScore, riskFactor, matches: out, problems, explanation };
}
