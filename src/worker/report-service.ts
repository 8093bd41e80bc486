/**
 * Monitor > Reports as a service. The DLP Incidents report reads only the incidents of its time
 * range, found from the [dlpSeverity+receivedAt] index (one range per severity) and read in batches
 * into the pure aggregation, so 100,000 tracked messages never sit in memory at once.
 */
import {
  INCIDENT_SEVERITIES,
  incidentSummary,
  policyDetail,
  type DlpIncidentReport,
  type DlpPolicyDetail,
  type IncidentInput,
} from '../engine/reports/dlp-incidents.ts';
import type { ServiceContext } from './context.ts';
import { mailStore } from './mail-service.ts';
import type { ReportQuery } from '../api/reports.ts';

/** Records read at a time: bounded memory, and a batch read is far quicker than a cursor. */
const BATCH = 1000;

export function createReportService(ctx: ServiceContext) {
  const { db } = ctx;
  const store = mailStore(ctx);

  /**
   * Feeds every incident received in [from, to] to `add`: the MIDs from the index (keys only, one
   * range per severity), optionally narrowed by `only`, then the records in batches.
   */
  async function eachIncident(
    from: number,
    to: number,
    add: (r: IncidentInput) => void,
    only?: () => Promise<number[]>,
    host?: string,
  ): Promise<void> {
    if (from > to) return;
    const ranges = await Promise.all(
      INCIDENT_SEVERITIES.map((sev) =>
        db.tracking.where('[dlpSeverity+receivedAt]').between([sev, from], [sev, to], true, true).primaryKeys(),
      ),
    );
    let mids = ranges.flat() as number[];
    if (only) {
      const keep = new Set(await only());
      mids = mids.filter((m) => keep.has(m));
    }
    // A record released or deleted meanwhile is read as it is now; the aggregation re-checks the range.
    for (let i = 0; i < mids.length; i += BATCH)
      for (const r of await db.tracking.bulkGet(mids.slice(i, i + BATCH))) if (r && (!host || r.host === host)) add(r);
  }

  return {
    /** DLP Incident Summary: incidents by severity and over time, and per policy (DLP Incident Details). */
    async dlpIncidents(q: ReportQuery): Promise<DlpIncidentReport> {
      const config = await store.committed(q.scope);
      const report = incidentSummary(
        q,
        config.dlp.policies.filter((p) => p.enabled).map((p) => p.name),
      );
      await eachIncident(q.from, q.to, report.add, undefined, q.host);
      return report.result();
    },

    /** DLP Policy Detail: one policy's incidents by severity, over time and by sender. */
    async dlpPolicyDetail(q: ReportQuery & { readonly policy: string }): Promise<DlpPolicyDetail> {
      const config = await store.committed(q.scope);
      const enabled = config.dlp.policies.some((p) => p.enabled && p.name === q.policy);
      const detail = policyDetail(q, q.policy, enabled);
      await eachIncident(
        q.from,
        q.to,
        detail.add,
        async () => (await db.tracking.where('dlpPolicies').equals(q.policy).primaryKeys()) as number[],
        q.host,
      );
      return detail.result();
    },
  };
}
