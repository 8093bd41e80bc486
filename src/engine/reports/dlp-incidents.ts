/**
 * Monitor > DLP Incidents, as pure aggregation: tracked messages go in one at a time (from a
 * cursor, so a large range never has to be held in memory) and plain figures come out. An incident
 * is one tracked MID with a DLP violation; a message that violated several policies is one incident
 * in the summary (at the severity of the decisive violation) and one match for each policy it
 * violated (at that policy's severity) in the per-policy tables.
 */
import type { TrackingRecord } from '../mailflow/types.ts';

/** The severities an incident can have, most severe first (Ignore is never a violation). */
export const INCIDENT_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

/** Where an incident ended up, as the report's columns name it. */
export const INCIDENT_OUTCOMES = ['clear', 'encrypted', 'dropped', 'quarantined'] as const;
export type IncidentOutcome = (typeof INCIDENT_OUTCOMES)[number];

export type SeverityCounts = Record<IncidentSeverity, number>;
export type OutcomeCounts = Record<IncidentOutcome, number>;

/** What the report reads of a tracking record. */
export type IncidentInput = Pick<TrackingRecord, 'mid' | 'receivedAt' | 'envelopeFrom' | 'eventTypes' | 'dlp' | 'dlpSeverity'>;

/** Figures for one group of incidents (all of them, a policy, a sender). */
export interface IncidentCounts {
  readonly total: number;
  readonly severity: SeverityCounts;
  readonly outcome: OutcomeCounts;
}

/** One row of DLP Incident Details: a policy and its matches. */
export interface PolicyRow extends IncidentCounts {
  readonly policy: string;
  /** False for a policy that had incidents in the range but is no longer enabled. */
  readonly enabled: boolean;
}

/** One row of Incidents by Sender. */
export interface SenderRow extends IncidentCounts {
  readonly sender: string;
}

/** Incidents per time bucket (starting at `start`, GMT), by severity. */
export interface TimeBucket {
  readonly start: number;
  readonly severity: SeverityCounts;
}

/** The time range of a report and the width of its time buckets. */
export interface ReportRange {
  readonly from: number;
  readonly to: number;
  readonly bucketMs: number;
}

/** The DLP Incident Summary. */
export interface DlpIncidentReport extends ReportRange {
  /** Incidents (messages) by decisive severity and by outcome. */
  readonly summary: IncidentCounts;
  readonly overTime: readonly TimeBucket[];
  /** Every enabled policy (with zero rows), then retired ones that had incidents; most incidents first. */
  readonly policies: readonly PolicyRow[];
}

/** DLP Policy Detail: one policy's incidents. */
export interface DlpPolicyDetail extends ReportRange {
  readonly policy: string;
  readonly enabled: boolean;
  readonly summary: IncidentCounts;
  readonly overTime: readonly TimeBucket[];
  /** Most incidents first. */
  readonly senders: readonly SenderRow[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Hourly buckets up to two days, daily up to 120 days, weekly beyond. */
export const bucketFor = (from: number, to: number): number => (to - from <= 2 * DAY ? HOUR : to - from <= 120 * DAY ? DAY : 7 * DAY);

/** Where a message with a violation ended up: delivered (encrypted or in the clear), still held, or never delivered. */
export function incidentOutcome(types: readonly string[]): IncidentOutcome {
  if (types.includes('delivered')) return types.includes('encrypted') ? 'encrypted' : 'clear';
  // Dropped by the action, deleted from a quarantine, or bounced (encryption failed): lost either way.
  if (types.includes('dropped') || types.includes('deleted') || types.includes('bounced')) return 'dropped';
  return types.includes('quarantined') ? 'quarantined' : 'dropped';
}

const isSeverity = (s: string): s is IncidentSeverity => (INCIDENT_SEVERITIES as readonly string[]).includes(s);
const zeroSeverity = (): SeverityCounts => ({ critical: 0, high: 0, medium: 0, low: 0 });
const zeroOutcome = (): OutcomeCounts => ({ clear: 0, encrypted: 0, dropped: 0, quarantined: 0 });

class Tally {
  total = 0;
  severity = zeroSeverity();
  outcome = zeroOutcome();
  add(sev: IncidentSeverity, out: IncidentOutcome): void {
    this.total++;
    this.severity[sev]++;
    this.outcome[out]++;
  }
  done = (): IncidentCounts => ({ total: this.total, severity: this.severity, outcome: this.outcome });
}

/** Time buckets over a range; `add` ignores times outside it. */
function timeline(from: number, bucketMs: number, to: number) {
  const first = Math.floor(from / bucketMs) * bucketMs;
  const buckets = Array.from({ length: Math.max(1, Math.floor((to - first) / bucketMs) + 1) }, (_, i) => ({
    start: first + i * bucketMs,
    severity: zeroSeverity(),
  }));
  return {
    add(at: number, sev: IncidentSeverity) {
      const bucket = buckets[Math.floor((at - first) / bucketMs)];
      if (bucket) bucket.severity[sev]++;
    },
    buckets,
  };
}

const byTotal =
  <T extends { total: number }>(key: (r: T) => string) =>
  (a: T, b: T) =>
    b.total - a.total || key(a).localeCompare(key(b));

/** The decisive severity of a record; null when it is not an incident. */
function incidentSeverity(r: IncidentInput): IncidentSeverity | null {
  return r.eventTypes.includes('dlp-violation') && isSeverity(r.dlpSeverity) ? r.dlpSeverity : null;
}

/** Each violated policy of a record once, with that policy's severity. */
function violations(r: IncidentInput): Map<string, IncidentSeverity> {
  const out = new Map<string, IncidentSeverity>();
  for (const v of r.dlp.verdicts) if (isSeverity(v.severity) && !out.has(v.policy)) out.set(v.policy, v.severity);
  return out;
}

/**
 * Builds the DLP Incident Summary from records fed with `add` (in any order; records outside the
 * range or without a violation are ignored, so a cursor may over-select).
 */
export function incidentSummary(range: { from: number; to: number }, enabledPolicies: readonly string[]) {
  const bucketMs = bucketFor(range.from, range.to);
  const summary = new Tally();
  const time = timeline(range.from, bucketMs, range.to);
  const policies = new Map<string, Tally>(enabledPolicies.map((p) => [p, new Tally()]));
  return {
    add(r: IncidentInput): void {
      const sev = incidentSeverity(r);
      if (sev === null || r.receivedAt < range.from || r.receivedAt > range.to) return;
      const out = incidentOutcome(r.eventTypes);
      summary.add(sev, out);
      time.add(r.receivedAt, sev);
      for (const [policy, psev] of violations(r)) {
        if (!policies.has(policy)) policies.set(policy, new Tally());
        policies.get(policy)!.add(psev, out);
      }
    },
    result(): DlpIncidentReport {
      const rows = [...policies].map(([policy, t]) => ({ policy, enabled: enabledPolicies.includes(policy), ...t.done() }));
      return { ...range, bucketMs, summary: summary.done(), overTime: time.buckets, policies: rows.sort(byTotal((r) => r.policy)) };
    },
  };
}

/** Builds DLP Policy Detail for one policy from records fed with `add` (others are ignored). */
export function policyDetail(range: { from: number; to: number }, policy: string, enabled: boolean) {
  const bucketMs = bucketFor(range.from, range.to);
  const summary = new Tally();
  const time = timeline(range.from, bucketMs, range.to);
  const senders = new Map<string, Tally>();
  return {
    add(r: IncidentInput): void {
      if (incidentSeverity(r) === null || r.receivedAt < range.from || r.receivedAt > range.to) return;
      const sev = violations(r).get(policy);
      if (!sev) return;
      const out = incidentOutcome(r.eventTypes);
      summary.add(sev, out);
      time.add(r.receivedAt, sev);
      if (!senders.has(r.envelopeFrom)) senders.set(r.envelopeFrom, new Tally());
      senders.get(r.envelopeFrom)!.add(sev, out);
    },
    result(): DlpPolicyDetail {
      const rows = [...senders].map(([sender, t]) => ({ sender, ...t.done() }));
      return {
        ...range,
        bucketMs,
        policy,
        enabled,
        summary: summary.done(),
        overTime: time.buckets,
        senders: rows.sort(byTotal((r) => r.sender)),
      };
    },
  };
}
