/**
 * A lesson is data: an id, a title, prose (markdown beside the step), sub-steps with pure checks
 * over a snapshot of the simulation, a hint, and a solution that applies itself through the same
 * service API the pages use. Completion is computed from the real state — committed where the
 * appliance needs a commit — never from which buttons were clicked.
 */
import type { EngineApi } from '../api/engine-api.ts';
import type { TutorialSnapshot } from '../api/tutorial.ts';

/** A sub-step's state: done (committed where needed), submitted but not committed, or not yet. */
export type CheckState = 'done' | 'uncommitted' | 'todo';

/**
 * The tutorial's port on the engine contract: only what lessons' solutions and checks call. The
 * UI's worker proxy and the Node service both satisfy it, with no cast.
 */
export type TutorialPort = Pick<EngineApi, 'config' | 'clock' | 'encryption' | 'impact' | 'mail' | 'res' | 'site' | 'tutorial'>;

/** One sub-step of a lesson. */
export interface SubStep {
  readonly id: string;
  readonly title: string;
  readonly check: (s: TutorialSnapshot) => CheckState;
  readonly hint: string;
  /** Where "Show me" goes, and what it highlights (a field label or button text on that page). */
  readonly showMe?: { readonly path: string; readonly target?: string };
  /** Something the guide offers but does not require (the DLP quarantine): shown, never needed for the lesson to be done. */
  readonly optional?: true;
}

/** One lesson of the walkthrough. */
export interface Lesson {
  readonly id: string;
  /** A required lesson's number; an optional lesson has the number of the lesson it follows (shown as 6a). */
  readonly number: number;
  /** An extra the learner may skip: it counts neither towards progress nor as an earlier step when jumping. */
  readonly optional?: true;
  readonly title: string;
  /** Markdown: the concept explained, in our own words. */
  readonly body: string;
  readonly steps: readonly SubStep[];
  /** Applies the lesson's result through the service, as a learner would (including Commit). */
  readonly solve: (api: TutorialPort) => Promise<void>;
}
