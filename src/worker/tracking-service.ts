/**
 * Monitor > Message Tracking as a service. A search starts from the most selective index its
 * criteria allow (MID, envelope sender, recipient, DLP policy, event, attachment, time range) and
 * filters the rest, so indexed criteria never scan the whole table; results come newest first.
 */
import { builtinClassifiers } from '../engine/dlp/classifiers/registry.ts';
import type { SeverityLevel } from '../engine/dlp/types.ts';
import type { TrackingEventType, TrackingRecord } from '../engine/mailflow/types.ts';
import type { ServiceContext } from './context.ts';

/** How a text criterion compares. */
export type TextOp = 'begins' | 'is' | 'contains';

/** The Message Tracking search form. */
export interface TrackingQuery {
  readonly sender?: { op: TextOp; value: string };
  readonly recipient?: { op: TextOp; value: string };
  readonly subject?: { op: TextOp | 'empty'; value: string };
  readonly from?: number;
  readonly to?: number;
  /** Message events, OR-combined. */
  readonly events?: readonly TrackingEventType[];
  /** With the DLP Violations event: one policy, and severities. */
  readonly dlpPolicy?: string;
  readonly severities?: readonly SeverityLevel[];
  readonly mid?: number;
  readonly attachment?: string;
  readonly messageId?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** One row of the results list. */
export interface TrackingRow {
  readonly mid: number;
  readonly receivedAt: number;
  readonly envelopeFrom: string;
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly eventTypes: readonly TrackingEventType[];
  readonly dlpSeverity: TrackingRecord['dlpSeverity'];
  readonly dlpPolicies: readonly string[];
  readonly lastEvent: string;
}

const text = (op: TextOp, value: string) => {
  const v = value.toLowerCase();
  return (s: string) => (op === 'is' ? s.toLowerCase() === v : op === 'begins' ? s.toLowerCase().startsWith(v) : s.toLowerCase().includes(v));
};

/** A predicate for every criterion (applied after the index narrowed the set). */
export function matches(q: TrackingQuery): (r: TrackingRecord) => boolean {
  const checks: ((r: TrackingRecord) => boolean)[] = [];
  if (q.sender?.value) checks.push((r) => text(q.sender!.op, q.sender!.value)(r.envelopeFrom));
  if (q.recipient?.value) checks.push((r) => r.recipients.some(text(q.recipient!.op, q.recipient!.value)));
  if (q.subject?.op === 'empty') checks.push((r) => r.subject.trim() === '');
  else if (q.subject?.value) checks.push((r) => text(q.subject!.op as TextOp, q.subject!.value)(r.subject));
  if (q.from !== undefined) checks.push((r) => r.receivedAt >= q.from!);
  if (q.to !== undefined) checks.push((r) => r.receivedAt <= q.to!);
  if (q.events?.length) checks.push((r) => q.events!.some((e) => r.eventTypes.includes(e)));
  if (q.dlpPolicy) checks.push((r) => r.dlpPolicies.includes(q.dlpPolicy!));
  if (q.severities?.length) checks.push((r) => q.severities!.includes(r.dlpSeverity as SeverityLevel));
  if (q.mid !== undefined) checks.push((r) => r.mid === q.mid);
  if (q.attachment) checks.push((r) => r.attachments.some((a) => a.toLowerCase().includes(q.attachment!.toLowerCase())));
  if (q.messageId) checks.push((r) => r.messageIdHeader.includes(q.messageId!));
  return (r) => checks.every((c) => c(r));
}

const toRow = (r: TrackingRecord): TrackingRow => ({
  mid: r.mid, receivedAt: r.receivedAt, envelopeFrom: r.envelopeFrom, recipients: r.recipients, subject: r.subject,
  eventTypes: r.eventTypes, dlpSeverity: r.dlpSeverity, dlpPolicies: r.dlpPolicies, lastEvent: r.events.at(-1)?.text ?? '',
});

export function createTrackingService(ctx: ServiceContext) {
  const { db } = ctx;

  /** The narrowest indexed starting set for a query, and which index it used. */
  function start(q: TrackingQuery): { set: ReturnType<typeof db.tracking.toCollection>; index: string } {
    const t = db.tracking;
    if (q.mid !== undefined) return { set: t.where('mid').equals(q.mid), index: 'mid' };
    if (q.sender?.value && q.sender.op !== 'contains') {
      const v = q.sender.value.toLowerCase();
      return { set: q.sender.op === 'is' ? t.where('envelopeFrom').equals(v) : t.where('envelopeFrom').startsWith(v), index: 'envelopeFrom' };
    }
    if (q.recipient?.value && q.recipient.op !== 'contains') {
      const v = q.recipient.value.toLowerCase();
      return { set: (q.recipient.op === 'is' ? t.where('recipients').equals(v) : t.where('recipients').startsWith(v)).distinct(), index: 'recipients' };
    }
    if (q.dlpPolicy) return { set: t.where('dlpPolicies').equals(q.dlpPolicy), index: 'dlpPolicies' };
    if (q.events?.length) return { set: t.where('eventTypes').anyOf([...q.events]).distinct(), index: 'eventTypes' };
    if (q.subject?.value && q.subject.op !== 'empty') {
      const word = q.subject.value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1).sort((a, b) => b.length - a.length)[0];
      if (word && q.subject.op !== 'contains') return { set: t.where('subjectWords').equals(word), index: 'subjectWords' };
    }
    if (q.from !== undefined || q.to !== undefined) return { set: t.where('receivedAt').between(q.from ?? 0, q.to ?? Number.MAX_SAFE_INTEGER, true, true), index: 'receivedAt' };
    return { set: t.toCollection(), index: 'none' };
  }

  return {
    /** Searches tracking; `total` counts every match, `rows` is the requested page, newest first. */
    async search(q: TrackingQuery): Promise<{ total: number; rows: TrackingRow[]; index: string }> {
      const { set, index } = start(q);
      const found = (await set.filter(matches(q)).toArray()).sort((a, b) => b.receivedAt - a.receivedAt || b.mid - a.mid);
      const offset = q.offset ?? 0;
      return { total: found.length, rows: found.slice(offset, offset + (q.limit ?? 100)).map(toRow), index };
    },

    /** The whole record of one MID, with the MIDs split from it. */
    async details(mid: number): Promise<{ record: TrackingRecord; related: number[] } | null> {
      const record = await db.tracking.get(mid);
      if (!record) return null;
      const related = record.parentMid !== null ? [record.parentMid] : ((await db.tracking.where('parentMid').equals(mid).primaryKeys()) as number[]);
      return { record, related };
    },

    /** Built-in classifier id → display name, so matched content names its classifier as the appliance does. */
    classifierNames: (): Record<string, string> => Object.fromEntries(builtinClassifiers.map((c) => [c.id, c.name])),
  };
}
