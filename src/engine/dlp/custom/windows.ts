/**
 * The proximity windows of a custom classifier's matches: which matches count together. Matches come
 * sorted by start but may overlap or nest, and one match may be longer than the proximity by itself
 * (a 120-digit run under a proximity of 100); such a match still counts, alone. Windows are scored
 * from per-rule match counts (count × weight, capped), so sliding a window never accumulates
 * floating-point drift, and both passes stay linear in the number of matches times the rules.
 */
import type { CustomClassifier } from '../../config/schema/index.ts';
import type { RuleMatch } from './rule-matches.ts';

/** A window's score: the capped total and how many distinct rules it holds. */
export interface WindowScore {
  readonly total: number;
  readonly rulesHit: number;
}

/** Sums stay finite: weights near Number.MAX_VALUE would otherwise add up to Infinity. */
export const finite = (v: number): number => Math.min(v, Number.MAX_VALUE);

/** A rule's Max Score; 0 means no cap. */
export const cap = (v: number, max: number): number => (max > 0 ? Math.min(v, max) : v);

/** Per-rule match counts of the window being slid, scored on demand. */
class Counts {
  private readonly n: number[];
  constructor(private readonly c: CustomClassifier) {
    this.n = new Array<number>(c.rules.length).fill(0);
  }
  add(rule: number, by: number): this {
    this.n[rule] += by;
    return this;
  }
  score(): WindowScore {
    let total = 0;
    let rulesHit = 0;
    this.n.forEach((k, r) => {
      if (k === 0) return;
      rulesHit++;
      const rule = this.c.rules[r];
      total = finite(total + cap(finite(k * rule.weight), rule.maxScore));
    });
    return { total, rulesHit };
  }
}

/**
 * The running score after each match: the matches inside the window of `proximity` characters
 * ending at the furthest end reached so far (so a long match earlier on cannot make the window run
 * backwards), or the match alone when it does not fit in that window.
 */
export function runningScores(c: CustomClassifier, matches: readonly RuleMatch[]): number[] {
  const counts = new Counts(c);
  const out: number[] = [];
  let from = 0;
  let furthest = 0;
  matches.forEach((m, i) => {
    counts.add(m.rule, 1);
    furthest = Math.max(furthest, m.end);
    // `from < i`: the match itself always stays in, however long it is.
    while (from < i && matches[from].start < furthest - c.proximity) counts.add(matches[from++].rule, -1);
    out.push(counts.score().total);
  });
  return out;
}

/**
 * The best window: for each match, every match starting at or after it and ending within
 * `proximity` characters of its start (the match itself included), or the match alone when it is
 * longer than the proximity. Any group of matches spanning at most the proximity lies in the window
 * of its first match, so no better group is missed.
 */
export function bestWindow(c: CustomClassifier, matches: readonly RuleMatch[]): WindowScore | null {
  const byEnd = matches.map((_, i) => i).sort((a, b) => matches[a].end - matches[b].end || a - b);
  const inside = new Array<boolean>(matches.length).fill(false);
  const counts = new Counts(c);
  const complete = (w: WindowScore) => c.match === 'any' || w.rulesHit === c.rules.length;
  let best: WindowScore | null = null;
  let k = 0;
  for (let from = 0; from < matches.length; from++) {
    const limit = matches[from].start + c.proximity;
    // The limit only grows, so a match joins once; one listed before `from` (an earlier anchor) never joins.
    for (; k < byEnd.length && matches[byEnd[k]].end <= limit; k++) {
      if (byEnd[k] < from) continue;
      inside[byEnd[k]] = true;
      counts.add(matches[byEnd[k]].rule, 1);
    }
    // An anchor longer than the proximity by itself counts alone: no group around it fits the window.
    const w = inside[from] ? counts.score() : new Counts(c).add(matches[from].rule, 1).score();
    if (!best || (complete(w) && !complete(best)) || (complete(w) === complete(best) && w.total > best.total)) best = w;
    // The anchor leaves: later windows start after it.
    if (inside[from]) counts.add(matches[from].rule, -1);
  }
  return best;
}
