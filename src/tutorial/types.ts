/**
 * A lesson is data: an id, a title, prose (markdown beside the step), sub-steps with pure checks
 * over a snapshot of the simulation, a hint, and a solution that applies itself through the same
 * service API the pages use. Completion is computed from the real state — committed where the
 * appliance needs a commit — never from which buttons were clicked.
 */
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import type { Remote } from '../worker/client.ts';
import type { Service } from '../worker/service.ts';

/** What the checks read: the simulation's state at one moment. Plain data. */
export interface TutorialSnapshot {
  readonly now: number;
  readonly committed: ApplianceConfig;
  readonly candidate: ApplianceConfig;
  readonly resRequests: readonly { id: string; status: 'pending' | 'fulfilled'; serials: readonly string[]; fulfilAt: number; accountName: string }[];
  readonly resAccounts: readonly { number: string; name: string; serials: readonly string[]; administrators: readonly string[]; domains: readonly string[] }[];
  /** Profiles provisioned on this appliance. */
  readonly provisioned: readonly string[];
  /**
   * In a cluster, every member with its serial and the profiles provisioned on it (provisioning
   * is per appliance); empty or absent for a standalone appliance.
   */
  readonly members?: readonly TutorialMember[];
  /** Tracked messages that were encrypted after a DLP violation, and whether content was logged. */
  readonly encryptedViolations: readonly { mid: number; contentLogged: boolean; recipients: readonly string[] }[];
  /** Envelopes opened by a recipient. */
  readonly envelopesOpened: number;
  /** Read receipts that reached a sender's mailbox. */
  readonly readReceipts: number;
}

/** One cluster member as the checks see it. */
export interface TutorialMember {
  readonly host: string;
  readonly serial: string;
  readonly provisioned: readonly string[];
}

/** A sub-step's state: done (committed where needed), submitted but not committed, or not yet. */
export type CheckState = 'done' | 'uncommitted' | 'todo';

/** The service as the tutorial drives it (the UI's typed worker proxy, or the Node service). */
export type TutorialApi = Remote<Service>;

/** One sub-step of a lesson. */
export interface SubStep {
  readonly id: string;
  readonly title: string;
  readonly check: (s: TutorialSnapshot) => CheckState;
  readonly hint: string;
  /** Where "Show me" goes, and what it highlights (a field label or button text on that page). */
  readonly showMe?: { readonly path: string; readonly target?: string };
}

/** One lesson of the walkthrough. */
export interface Lesson {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  /** Markdown: the concept explained, in our own words. */
  readonly body: string;
  readonly steps: readonly SubStep[];
  /** Applies the lesson's result through the service, as a learner would (including Commit). */
  readonly solve: (api: TutorialApi) => Promise<void>;
}
