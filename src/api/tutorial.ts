/** What the tutorial reads and keeps: the snapshot its pure checks read, and the learner's place. */
import type { ApplianceConfig, PolicyQuarantine } from '../engine/config/schema/index.ts';

/** What the tutorial remembers for the learner. */
export interface TutorialProgress {
  readonly open: boolean;
  readonly lesson: string;
}

/** What the checks read: the simulation's state at one moment. Plain data. */
export interface TutorialSnapshot {
  readonly now: number;
  readonly committed: ApplianceConfig;
  readonly candidate: ApplianceConfig;
  readonly resRequests: readonly {
    id: string;
    status: 'pending' | 'fulfilled' | 'refused';
    serials: readonly string[];
    fulfilAt: number;
    accountName: string;
  }[];
  readonly resAccounts: readonly {
    number: string;
    name: string;
    serials: readonly string[];
    administrators: readonly string[];
    domains: readonly string[];
  }[];
  /** Profiles provisioned on this appliance. */
  readonly provisioned: readonly string[];
  /**
   * In a cluster, every member with its serial and the profiles provisioned on it (provisioning
   * is per appliance); empty or absent for a standalone appliance.
   */
  readonly members?: readonly TutorialMember[];
  /** The SMA's Policy, Virus and Outbreak Quarantines (absent in snapshots made before the SMA had its own pages). */
  readonly smaQuarantines?: readonly PolicyQuarantine[];
  /** Tracked messages that were encrypted after a DLP violation, and whether content was logged. */
  readonly encryptedViolations: readonly { mid: number; contentLogged: boolean; recipients: readonly string[] }[];
  /** Envelopes opened by a recipient. */
  readonly envelopesOpened: number;
  /** Read receipts that reached a sender's mailbox. */
  readonly readReceipts: number;
  /** Received messages kept for Preview impact to replay. */
  readonly replayableMessages: number;
  /** When a Preview impact was last made with changes pending (simulated time); null if never. */
  readonly impactPreviewedAt: number | null;
}

/** One cluster member as the checks see it. */
export interface TutorialMember {
  readonly host: string;
  readonly serial: string;
  readonly provisioned: readonly string[];
}
