/** Mail as the clients see it: what Send and the dry run answer. */
import type { StageTrace } from '../engine/mailflow/outcome.ts';
import type { MailboxKind } from '../engine/mailflow/types.ts';

/** What Send answers: the MIDs and the path of each through the pipeline. */
export interface SendReceipt {
  readonly mids: number[];
  readonly traces: StageTrace[];
}

/** A summary of a dry run: the decisions, and what would have been delivered or held. */
export interface DryRunReport {
  readonly traces: StageTrace[];
  readonly events: { mid: number; text: string }[];
  readonly deliveries: { address: string; kind: MailboxKind; subject: string }[];
  readonly quarantined: { quarantine: string; copy: boolean }[];
}
