/**
 * The mail flow's data: the message as composed, what tracking records about it, and where it ends
 * up (mailboxes, quarantines). All plain data: it is stored in IndexedDB and crosses the worker
 * boundary by structured clone.
 */
import type { MatchedContent, SeverityLevel } from '../dlp/types.ts';

/** An attachment with its bytes. */
export interface Attachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Uint8Array;
}

/** A message as the composer or an imported .eml hands it to the appliance. */
export interface OutgoingMessage {
  /** Envelope sender (MAIL FROM). */
  readonly envelopeFrom: string;
  /** Envelope recipients (RCPT TO): to, cc and bcc together. */
  readonly recipients: readonly string[];
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly Attachment[];
  /** Extra headers (e.g. X-Header added on release). */
  readonly headers: Readonly<Record<string, string>>;
  /** The RFC 822 Message-ID, assigned at receipt if missing. */
  readonly messageId: string;
}

/** The event categories Message Tracking searches by. */
export type TrackingEventType =
  'delivered' | 'dropped' | 'quarantined' | 'dlp-violation' | 'encrypted' | 'bounced' | 'released' | 'deleted';

/** One processing event, worded like the appliance's mail log line. */
export interface TrackingEvent {
  readonly at: number;
  readonly text: string;
  readonly type?: TrackingEventType;
}

/** The DLP section of a tracked message. */
export interface TrackedDlp {
  /** False when DLP was disabled globally or for the outgoing mail policy. */
  readonly evaluated: boolean;
  /** Each policy's verdict; `skipped` says why a policy did not apply (disabled, outside its sender or recipient filter, no matching attachment). */
  readonly verdicts: readonly { policy: string; severity: SeverityLevel; riskFactor: number; action: string | null; skipped?: string }[];
  /** The violation that decided the action (the first violated policy in order). */
  readonly decisive: { policy: string; severity: SeverityLevel; riskFactor: number; action: string | null } | null;
  /** Matched content with context, only when matched content logging was on at processing time. */
  readonly matchedContent: readonly MatchedContent[] | null;
  readonly contentLogged: boolean;
}

/** Message Tracking's record of one MID. */
export interface TrackingRecord {
  readonly mid: number;
  readonly icid: number;
  /** The MID this one was split from (splintering), if any. */
  readonly parentMid: number | null;
  readonly host: string;
  readonly receivedAt: number;
  lastAt: number;
  readonly envelopeFrom: string;
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly subjectWords: readonly string[];
  readonly messageIdHeader: string;
  readonly attachments: readonly string[];
  readonly size: number;
  readonly outgoingPolicy: string;
  events: TrackingEvent[];
  eventTypes: TrackingEventType[];
  readonly dlp: TrackedDlp;
  readonly dlpPolicies: readonly string[];
  readonly dlpSeverity: SeverityLevel | 'none';
  /** The outgoing content filters that matched, in order (absent on records made before filters existed). */
  contentFilters?: readonly string[];
  /** Whether the message was a dry run (never stored). */
  readonly dryRun?: boolean;
}

/** What kind of thing a mailbox received. */
export type MailboxKind =
  | 'message'
  | 'encrypted'
  | 'dlp-notification'
  | 'filter-notification'
  | 'bcc'
  | 'read-receipt'
  | 'failure-notice'
  | 'alternate-host'
  | 'released-copy';

/** One message in a simulated mailbox. */
export interface MailboxItem {
  id?: number;
  /** The mailbox: an email address, or `host:<name>` for an alternate host. */
  readonly address: string;
  readonly at: number;
  readonly kind: MailboxKind;
  readonly mid: number;
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly Attachment[];
  readonly headers: Readonly<Record<string, string>>;
  readonly messageId: string;
  /** For encrypted notifications: the RES message id of the envelope. */
  readonly resMessageId?: string;
}

/** How a quarantined message continues when released. */
export interface ResumeSpec {
  readonly encryption: { readonly rule: 'always' | 'tls-failed'; readonly profile: string; readonly subject: string } | null;
  readonly outgoingPolicy: string;
}

/** A message held in a policy quarantine. */
export interface QuarantineItem {
  id?: number;
  readonly quarantine: string;
  readonly mid: number;
  readonly at: number;
  scheduledExit: number;
  /** True for a "send a copy to quarantine" clone (same MID as the delivered original). */
  readonly copy: boolean;
  readonly reason: string;
  readonly message: OutgoingMessage;
  readonly resume: ResumeSpec;
}

/** A message in the encryption queue: the key server did not answer, so it waits and is retried. */
export interface QueuedEncryption {
  readonly mid: number;
  /** When it entered the queue (simulated time): the profile's Encryption Queue Timeout counts from here. */
  readonly queuedAt: number;
  /** Retries made so far. */
  readonly attempts: number;
  readonly message: OutgoingMessage;
  /** The recipients still to encrypt for. */
  readonly recipients: readonly string[];
  readonly encryption: NonNullable<ResumeSpec['encryption']>;
  readonly dlp?: { policy: string; severity: string; riskFactor: number };
}
