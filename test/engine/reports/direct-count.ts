/**
 * The DLP Incidents figures counted the plain way, straight from tracking records with filters, as
 * the oracle the report is compared with. Written independently of the report's aggregation.
 */
import type { TrackingRecord } from '../../../src/engine/mailflow/types.ts';

type Sev = 'critical' | 'high' | 'medium' | 'low';
const SEVS: Sev[] = ['critical', 'high', 'medium', 'low'];

/** Where an incident ended up, by the report's definition. */
function outcomeOf(r: TrackingRecord): 'clear' | 'encrypted' | 'dropped' | 'quarantined' {
  const has = (t: string) => r.eventTypes.some((e) => e === t);
  if (has('delivered')) return has('encrypted') ? 'encrypted' : 'clear';
  if (has('quarantined') && !has('dropped') && !has('deleted') && !has('bounced')) return 'quarantined';
  return 'dropped';
}

/** Counts of a group of (record, severity) pairs. */
function counts(pairs: { r: TrackingRecord; sev: Sev }[]) {
  return {
    total: pairs.length,
    severity: Object.fromEntries(SEVS.map((s) => [s, pairs.filter((p) => p.sev === s).length])),
    outcome: Object.fromEntries(
      (['clear', 'encrypted', 'dropped', 'quarantined'] as const).map((o) => [o, pairs.filter((p) => outcomeOf(p.r) === o).length]),
    ),
  };
}

/** Incidents received in [from, to]. */
export const incidentsIn = (records: readonly TrackingRecord[], from: number, to: number) =>
  records.filter((r) => r.eventTypes.includes('dlp-violation') && r.receivedAt >= from && r.receivedAt <= to);

/** The summary: each incident once, at its decisive severity. */
export const directSummary = (incidents: readonly TrackingRecord[]) =>
  counts(incidents.map((r) => ({ r, sev: r.dlp.decisive!.severity as Sev })));

/** One policy's figures: the incidents that violated it, at its own severity. */
export function directPolicy(incidents: readonly TrackingRecord[], policy: string) {
  const pairs = incidents.flatMap((r) => {
    const v = r.dlp.verdicts.find((x) => x.policy === policy && x.severity !== 'ignore');
    return v ? [{ r, sev: v.severity as Sev }] : [];
  });
  return counts(pairs);
}

/** One sender's figures within a policy. */
export const directSender = (incidents: readonly TrackingRecord[], policy: string, sender: string) =>
  directPolicy(
    incidents.filter((r) => r.envelopeFrom === sender),
    policy,
  );
