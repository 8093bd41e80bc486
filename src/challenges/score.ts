/**
 * The score of a solved challenge, from what was recorded: 1,000 points, less each hint bought,
 * each commit beyond the first (a fix made in one considered commit is the craft we reward), and
 * each started half-minute beyond the challenge's par time. Never below 100: solving it counts.
 */
import type { ScoreBreakdown } from '../api/challenges.ts';

export const SCORE_BASE = 1000;
export const HINT_COST = 150;
export const EXTRA_COMMIT_COST = 50;
/** Points per started 30 s beyond par, up to the cap. */
export const SLOW_COST = 10;
export const SLOW_CAP = 400;
export const SCORE_FLOOR = 100;

/** What the score is computed from. */
export interface Played {
  readonly hints: number;
  readonly commits: number;
  readonly seconds: number;
  readonly parMinutes: number;
}

export function score({ hints, commits, seconds, parMinutes }: Played): ScoreBreakdown {
  const hintPenalty = hints * HINT_COST;
  const commitPenalty = Math.max(0, commits - 1) * EXTRA_COMMIT_COST;
  const over = Math.max(0, seconds - parMinutes * 60);
  const timePenalty = Math.min(SLOW_CAP, Math.ceil(over / 30) * SLOW_COST);
  const total = Math.max(SCORE_FLOOR, SCORE_BASE - hintPenalty - commitPenalty - timePenalty);
  return { total, base: SCORE_BASE, hintPenalty, commitPenalty, timePenalty, seconds: Math.round(seconds) };
}
