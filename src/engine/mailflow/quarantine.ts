/**
 * Operations on quarantined messages: release (the message continues to delivery, encrypted if its
 * action said so), delete, delay the scheduled exit, and the default action when retention expires
 * on the simulated clock (Release applies the quarantine's release extras first).
 */
import type { PolicyQuarantine } from '../config/schema/index.ts';
import { deliver } from './deliver.ts';
import { logLines } from './log-lines.ts';
import { emptyOutcome, log, type PipelineOutcome, type StageTrace } from './outcome.ts';
import type { PipelineDeps } from './ports.ts';
import type { OutgoingMessage, QuarantineItem, TrackingRecord } from './types.ts';

/** Releases a quarantined message: it continues to delivery. `record` is its MID's tracking record. */
export async function releaseFromQuarantine(
  item: QuarantineItem,
  record: TrackingRecord,
  deps: PipelineDeps,
  message: OutgoingMessage = item.message,
): Promise<PipelineOutcome> {
  const out = emptyOutcome();
  const trace: StageTrace = { mid: item.mid, policy: item.resume.outgoingPolicy, recipients: message.recipients, steps: [] };
  out.traces.push(trace);
  log(record, deps.now, logLines.released(item.mid, item.quarantine), 'released');
  await deliver(
    out,
    { message, recipients: message.recipients, mid: item.mid, record, trace, encryption: item.resume.encryption, alternateHost: null },
    deps,
  );
  out.records.push(record);
  return out;
}

/** Logs the deletion of a quarantined message. */
export function logDeletion(item: QuarantineItem, record: TrackingRecord, at: number, why: string): void {
  log(record, at, logLines.deleted(item.mid, item.quarantine, why), 'deleted');
}

/** The message as the default action Release sends it: with the quarantine's release extras applied. */
export function withReleaseExtras(message: OutgoingMessage, q: PolicyQuarantine | undefined): OutgoingMessage {
  if (!q) return message;
  const extras = q.releaseExtras;
  let m = message;
  if (extras.modifySubject?.text) {
    m = {
      ...m,
      subject:
        extras.modifySubject.position === 'prepend'
          ? `${extras.modifySubject.text}${m.subject}`
          : `${m.subject}${extras.modifySubject.text}`,
    };
  }
  if (extras.addXHeader) m = { ...m, headers: { ...m.headers, [extras.addXHeader.name]: extras.addXHeader.value } };
  if (extras.stripAttachments) m = { ...m, attachments: [] };
  return m;
}

/** The items whose retention has ended at `now`. */
export const expiredItems = (items: readonly QuarantineItem[], now: number): QuarantineItem[] =>
  items.filter((i) => i.scheduledExit <= now);
