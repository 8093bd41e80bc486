/**
 * What the pipeline needs from outside: the committed configuration, the clock reading, id
 * counters, the DLP engine and the encryption service. Passing them in keeps the pipeline
 * deterministic in tests and lets a dry run swap the side-effecting parts for harmless ones.
 */
import type { ApplianceConfig, DlpPolicy } from '../config/schema/index.ts';
import type { EvaluationContext, PolicyVerdict, ScannableMessage } from '../dlp/types.ts';
import type { Attachment, OutgoingMessage } from './types.ts';

/** Allocates the appliance's connection and message numbers. */
export interface IdAllocator {
  mid(): number;
  icid(): number;
  dcid(): number;
}

/** The last MID, ICID and DCID given out. */
export interface Counters {
  mid: number;
  icid: number;
  dcid: number;
}

/** Counters that start after the given values. */
export function counters(start: Counters): IdAllocator & { readonly state: Counters } {
  const state = { ...start };
  return { state, mid: () => ++state.mid, icid: () => ++state.icid, dcid: () => ++state.dcid };
}

/** What the encryption service needs to encrypt one message for its recipients. */
export interface EncryptRequest {
  readonly message: OutgoingMessage;
  readonly recipients: readonly string[];
  readonly profile: string;
  /** The encrypted message subject, variables already substituted. */
  readonly subject: string;
  readonly mid: number;
  readonly at: number;
}

/** The encryption service's answer: the notification each recipient receives, or why it failed. */
export type EncryptOutcome =
  | {
      readonly ok: true;
      readonly resMessageId: string;
      readonly notification: {
        readonly from: string;
        readonly subject: string;
        readonly text: string;
        readonly html: string;
        readonly attachments: readonly Attachment[];
      };
    }
  | {
      readonly ok: false;
      readonly reason: string;
      /** A temporary failure (the key server did not answer): the message waits in the encryption queue and is retried. */
      readonly retry?: boolean;
      readonly notice?: { readonly from: string; readonly subject: string; readonly text: string };
    };

export type Encryptor = (request: EncryptRequest) => Promise<EncryptOutcome>;

export type DlpEvaluator = (policies: DlpPolicy[], message: ScannableMessage, ctx: EvaluationContext) => Promise<PolicyVerdict[]>;

/** Everything the pipeline reads. */
export interface PipelineDeps {
  readonly config: ApplianceConfig;
  readonly now: number;
  readonly ids: IdAllocator;
  readonly evaluateDlp: DlpEvaluator;
  /** Null when no encryption service is available: an encrypt action then fails loudly. */
  readonly encrypt: Encryptor | null;
}
