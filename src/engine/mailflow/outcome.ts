/** Collects what processing one message produces: tracking records, deliveries, quarantined items and the stage trace. */
import type { MailboxItem, QueuedEncryption, QuarantineItem, TrackingEvent, TrackingEventType, TrackingRecord } from './types.ts';

/** One stage of a message's path through the appliance, for the drawn flow and the dry run. */
export interface StageStep {
  readonly stage: 'receive' | 'policy' | 'filters' | 'dlp' | 'action' | 'encrypt' | 'deliver';
  readonly status: 'ok' | 'skipped' | 'violation' | 'quarantined' | 'dropped' | 'encrypted' | 'failed' | 'queued';
  readonly detail: string;
  /** The quarantine or encryption profile the step used, for summaries that must not parse `detail`. */
  readonly target?: string;
}

/** The path of one MID (one policy group after splintering). */
export interface StageTrace {
  readonly mid: number;
  readonly policy: string;
  readonly recipients: readonly string[];
  readonly steps: StageStep[];
}

/** Everything a processing run produced; nothing is stored until the service writes it. */
export interface PipelineOutcome {
  readonly records: TrackingRecord[];
  readonly deliveries: MailboxItem[];
  readonly quarantined: QuarantineItem[];
  readonly traces: StageTrace[];
  /** Messages waiting in the encryption queue because the key server did not answer. */
  readonly queued: QueuedEncryption[];
}

export const emptyOutcome = (): PipelineOutcome => ({ records: [], deliveries: [], quarantined: [], traces: [], queued: [] });

/** Appends an event to a record, and its category for searches. */
export function log(record: TrackingRecord, at: number, text: string, type?: TrackingEventType): void {
  const event: TrackingEvent = type ? { at, text, type } : { at, text };
  record.events.push(event);
  record.lastAt = at;
  if (type && !record.eventTypes.includes(type)) record.eventTypes.push(type);
}
