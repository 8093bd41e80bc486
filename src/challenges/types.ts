/**
 * A troubleshooting challenge is data, like a lesson: a symptom in a user's words, a broken start
 * built through the same contract the pages use (and the messages that show the symptom), a goal
 * checked from committed state and from messages sent after the fix, hints, and a debrief. The
 * reference fix and the tempting wrong fixes are part of the data so the tests can prove the goal
 * tells them apart.
 */
import type { EngineApi } from '../api/engine-api.ts';

/** The challenges' port on the engine contract: what set-ups, goals and fixes call. */
export type ChallengePort = Pick<
  EngineApi,
  'config' | 'clock' | 'dlp' | 'encryption' | 'impact' | 'mail' | 'quarantine' | 'res' | 'site' | 'tracking' | 'tutorial'
>;

/** A fix as data: what it does in words (for test names), and the calls that make it. */
export interface Fix {
  readonly name: string;
  readonly apply: (api: ChallengePort) => Promise<void>;
}

/** One challenge. */
export interface Challenge {
  readonly id: string;
  readonly title: string;
  /** Who reports it: "Ticket 4471 — Finance" or "Bob, at the partner". */
  readonly reporter: string;
  /** The symptom, in the reporter's words: what they see, never the cause. */
  readonly symptom: string;
  /** What "fixed" means for the reporter (never how). */
  readonly objective: string;
  readonly parMinutes: number;
  readonly timeLimitMinutes?: number;
  /** From vague to nearly the answer; each one costs points. */
  readonly hints: readonly string[];
  /** Markdown: the cause, why it happened, and where on the real appliance you would have looked. */
  readonly debrief: string;
  /**
   * Builds the broken start on a clean simulation (factory defaults, empty world) and sends the
   * messages that show the symptom, so tracking already holds the evidence.
   */
  readonly setup: (api: ChallengePort) => Promise<void>;
  /** Whether it is fixed: committed state, and messages sent now through the committed configuration. */
  readonly goal: (api: ChallengePort) => Promise<boolean>;
  /** The reference fix, through the contract (tests apply it). */
  readonly fix: Fix;
  /** Tempting fixes that must not pass: they hide the symptom without meeting the objective. */
  readonly wrongFixes: readonly Fix[];
}
