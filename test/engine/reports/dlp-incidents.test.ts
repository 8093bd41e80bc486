import { describe, expect, it } from 'vitest';
import { bucketFor, incidentOutcome, incidentSummary, policyDetail } from '../../../src/engine/reports/dlp-incidents.ts';
import { directPolicy, directSender, directSummary, incidentsIn } from './direct-count.ts';
import { generateRecords, POLICIES, START } from './generate.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const records = generateRecords(600, 20 * 60_000);
const from = START + 2 * HOUR;
const to = START + 6 * DAY;

describe('DLP Incident Summary aggregation', () => {
  const report = incidentSummary({ from, to }, [POLICIES[0], POLICIES[1], POLICIES[2], 'Never Fired']);
  for (const r of records) report.add(r);
  const result = report.result();
  const incidents = incidentsIn(records, from, to);

  it('when records are fed then the summary equals a direct count of incidents in the range', () => {
    expect(incidents.length).toBeGreaterThan(50);
    expect(result.summary).toEqual(directSummary(incidents));
  });

  it('when records are fed then every policy row equals a direct count, enabled ones listed even with none', () => {
    for (const row of result.policies)
      expect({ total: row.total, severity: row.severity, outcome: row.outcome }, row.policy).toEqual(directPolicy(incidents, row.policy));
    expect(result.policies.map((p) => p.policy).sort()).toEqual([...POLICIES, 'Never Fired'].sort());
    expect(result.policies.find((p) => p.policy === 'Never Fired')).toMatchObject({ total: 0, enabled: true });
    expect(result.policies.find((p) => p.policy === 'Retired Policy')?.enabled).toBe(false);
    expect(result.policies.some((p) => p.policy === 'Quiet Policy')).toBe(false);
  });

  it('when records are fed then the time buckets add up to the severity totals', () => {
    expect(result.bucketMs).toBe(DAY);
    for (const sev of ['critical', 'high', 'medium', 'low'] as const)
      expect(result.overTime.reduce((n, b) => n + b.severity[sev], 0)).toBe(result.summary.severity[sev]);
    expect(result.overTime[0].start).toBe(START);
  });

  it('when a policy is detailed then its totals and every sender row equal direct counts', () => {
    const detail = policyDetail({ from, to }, POLICIES[0], true);
    for (const r of records) detail.add(r);
    const d = detail.result();
    expect(d.summary).toEqual(directPolicy(incidents, POLICIES[0]));
    expect(d.senders.reduce((n, s) => n + s.total, 0)).toBe(d.summary.total);
    for (const s of d.senders)
      expect({ total: s.total, severity: s.severity, outcome: s.outcome }).toEqual(directSender(incidents, POLICIES[0], s.sender));
  });
});

describe('incident outcome', () => {
  it.each([
    [['dlp-violation', 'delivered'], 'clear'],
    [['dlp-violation', 'encrypted', 'delivered'], 'encrypted'],
    [['dlp-violation', 'dropped'], 'dropped'],
    [['dlp-violation', 'quarantined'], 'quarantined'],
    [['dlp-violation', 'quarantined', 'released', 'delivered'], 'clear'],
    [['dlp-violation', 'quarantined', 'deleted'], 'dropped'],
    [['dlp-violation', 'bounced'], 'dropped'],
    [['dlp-violation', 'quarantined', 'delivered'], 'clear'],
  ])('when the events are %j then the outcome is %s', (types, want) => {
    expect(incidentOutcome(types)).toBe(want);
  });

  it('when the range is a day, a month or a year then buckets are hours, days or weeks', () => {
    expect([bucketFor(0, DAY), bucketFor(0, 30 * DAY), bucketFor(0, 365 * DAY)]).toEqual([HOUR, DAY, 7 * DAY]);
  });
});
