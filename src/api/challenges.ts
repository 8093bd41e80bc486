/** Troubleshooting challenges as the clients see them: the list, an attempt in play, and best scores. */

/** One challenge as the Challenges page lists it: the symptom only, never the cause. */
export interface ChallengeSummary {
  readonly id: string;
  readonly title: string;
  /** Who reports the problem (a user, a ticket queue). */
  readonly reporter: string;
  /** The symptom, in the reporter's words. */
  readonly symptom: string;
  /** What "fixed" means, as the ticket states it (never how). */
  readonly objective: string;
  /** How long a quick fix takes; slower play scores less. */
  readonly parMinutes: number;
  /** An optional hard limit: after it the attempt ends as if given up. */
  readonly timeLimitMinutes: number | null;
  /** How many hints there are (their text is shown only when bought). */
  readonly hints: number;
  /** What each hint costs, in points. */
  readonly hintCost: number;
}

/** How an attempt ended, or that it is still going on. */
export type AttemptState = 'playing' | 'solved' | 'gave-up' | 'timed-out';

/** The challenge in play (or just ended), as recorded by the engine. */
export interface ChallengeAttempt {
  readonly challenge: string;
  readonly state: AttemptState;
  /** Wall-clock time the attempt started and ended (ms since the epoch): the score counts real time, not simulated. */
  readonly startedAt: number;
  readonly endedAt: number | null;
  /** The hints bought so far, in order. */
  readonly hintsShown: readonly string[];
  /** Commits made since the start (the broken configuration's own commits not counted). */
  readonly commits: number;
  /** "I think I fixed it" presses. */
  readonly checks: number;
  /** The score, once solved; null otherwise. */
  readonly score: ScoreBreakdown | null;
  /** The debrief (cause and where to look on the real appliance), once the attempt ended. */
  readonly debrief: string | null;
  /** Whether the state before the challenge is kept, for Restore. */
  readonly savedState: boolean;
}

/** A score and what it was made of, so the page can show the sum. */
export interface ScoreBreakdown {
  readonly total: number;
  readonly base: number;
  readonly hintPenalty: number;
  readonly commitPenalty: number;
  readonly timePenalty: number;
  readonly seconds: number;
}

/** What "I think I fixed it" answers: only whether it is fixed. */
export interface CheckAnswer {
  readonly fixed: boolean;
  readonly attempt: ChallengeAttempt;
}

/** The best score of each challenge solved on this browser. */
export type BestScores = Readonly<Record<string, { readonly score: number; readonly at: number; readonly hints: number }>>;

/** What the engine keeps of an attempt (the page sees it as a ChallengeAttempt). */
export interface AttemptRecord {
  readonly challenge: string;
  readonly state: AttemptState;
  readonly startedAt: number;
  readonly endedAt: number | null;
  readonly hints: number;
  readonly checks: number;
  /** The newest commit id once the broken start was built: later commits are the player's. */
  readonly commitsBefore: number;
  /** The player's commits, frozen when the attempt ends. */
  readonly commitsAtEnd: number | null;
  readonly score: ScoreBreakdown | null;
}
