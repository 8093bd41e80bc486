import type { SectionEntry } from '../../src/api/engine-api.ts';
import { submitEntry } from '../helpers/submit.ts';
import { describe, expect, it } from 'vitest';
import { createPolicyFromTemplate } from '../../src/engine/dlp/index.ts';
import type { OutgoingMessage, TrackingRecord } from '../../src/engine/mailflow/types.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import { DAY_MS, profile, readyToEncrypt } from '../engine/encryption/helpers.ts';
import { directPolicy, directSender, directSummary, incidentsIn } from '../engine/reports/direct-count.ts';
import { generateRecords, POLICIES, START } from '../engine/reports/generate.ts';
import { fresh } from '../helpers/fresh.ts';
import { messageAction } from '../helpers/message-action.ts';

const action = messageAction;
const ACTIONS = [
  action('Hold', { primary: { kind: 'quarantine', quarantine: 'DLP Quarantine' } }),
  action('Encrypt', { encryption: { rule: 'always', profile: 'CRES_MED', subject: '$Subject' } }),
  action('Drop', { primary: { kind: 'drop' } }),
  action('Deliver'),
];

/** PCI-DSS on the Default Policy with Critical → `critical`, committed. */
async function pciWith(svc: EngineApi, critical: string): Promise<string> {
  const { candidate } = await svc.config.view();
  const pci = createPolicyFromTemplate('pci-dss');
  pci.actions.critical = critical;
  const quarantines = candidate.quarantines.some((q) => q.name === 'DLP Quarantine')
    ? candidate.quarantines
    : [
        ...candidate.quarantines,
        {
          ...candidate.quarantines[0],
          name: 'DLP Quarantine',
          system: false,
          retention: { value: 3, unit: 'days' as const },
          defaultAction: 'release' as const,
        },
      ];
  for (const entry of [
    ['quarantines', quarantines],
    ['dlp', { ...candidate.dlp, enabled: true, licenseAccepted: true, messageActions: ACTIONS, policies: [pci] }],
    ['outgoingPolicies', { policies: [], defaultPolicy: { dlp: { mode: 'enabled', policies: [pci.name] } } }],
  ] satisfies SectionEntry[])
    expect((await submitEntry(svc, entry)).ok).toBe(true);
  expect((await svc.config.commit(`PCI → ${critical}`)).ok).toBe(true);
  return pci.name;
}

const message = (i: number, card: boolean): OutgoingMessage => ({
  envelopeFrom: `user${i % 3}@example.com`,
  recipients: [`r${i}@partner.example`],
  from: `user${i % 3}@example.com`,
  to: [`r${i}@partner.example`],
  cc: [],
  subject: card ? `Card ${i}` : `Hello ${i}`,
  text: card ? 'Please charge my Visa card 4111 1111 1111 1111, expiry 09/28.' : 'See you at noon.',
  html: '',
  attachments: [],
  headers: {},
  messageId: '',
});

describe('the DLP Incidents report over messages sent through the appliance', () => {
  it('when cards are held, released, deleted, encrypted, dropped and delivered then every figure equals a direct count', async () => {
    const { svc, db } = await fresh();
    await readyToEncrypt(svc, [profile('CRES_MED', { security: 'medium' })]);
    let i = 0;
    let policy = '';
    for (const act of ['Hold', 'Encrypt', 'Drop', 'Deliver']) {
      policy = await pciWith(svc, act);
      for (let k = 0; k < 3; k++) expect((await svc.mail.send(message(i++, true))).ok).toBe(true);
      expect((await svc.mail.send(message(i++, false))).ok).toBe(true);
      expect((await svc.clock.advance(60 * 60_000)).ok).toBe(true);
    }
    const held = await svc.quarantine.list('DLP Quarantine');
    expect(held).toHaveLength(3);
    expect((await svc.quarantine.release(held[0].id!)).ok).toBe(true);
    expect((await svc.quarantine.delete(held[1].id!)).ok).toBe(true);

    const now = await svc.clock.now();
    const from = now - 7 * DAY_MS;
    const records = (await db.tracking.toArray()) as TrackingRecord[];
    const incidents = incidentsIn(records, from, now);
    const report = await svc.reports.dlpIncidents({ from, to: now });
    expect(report.summary).toEqual(directSummary(incidents));
    expect(report.summary).toMatchObject({ total: 12, outcome: { clear: 4, encrypted: 3, dropped: 4, quarantined: 1 } });
    expect(report.policies).toEqual([expect.objectContaining({ policy, enabled: true, ...directPolicy(incidents, policy) })]);

    const detail = await svc.reports.dlpPolicyDetail({ from, to: now, policy });
    expect(detail.summary).toEqual(directPolicy(incidents, policy));
    expect(detail.senders.map((s) => s.sender).sort()).toEqual(['user0@example.com', 'user1@example.com', 'user2@example.com']);
    for (const s of detail.senders)
      expect({ total: s.total, severity: s.severity, outcome: s.outcome }).toEqual(directSender(incidents, policy, s.sender));
  });
});

describe('the DLP Incidents report over many tracked messages', () => {
  it('when 400 varied records are tracked then every figure of each time range equals a direct count', async () => {
    const { svc, db } = await fresh();
    const records = generateRecords(400, 30 * 60_000);
    await db.tracking.bulkPut(records);
    const end = START + 400 * 30 * 60_000;
    for (const [from, to] of [
      [end - DAY_MS, end],
      [end - 7 * DAY_MS, end],
      [START - 90 * DAY_MS, end],
      [START + 5 * 3_600_000, START + 5 * 3_600_000],
    ]) {
      const incidents = incidentsIn(records, from, to);
      const report = await svc.reports.dlpIncidents({ from, to });
      expect(report.summary).toEqual(directSummary(incidents));
      for (const row of report.policies)
        expect({ total: row.total, severity: row.severity, outcome: row.outcome }).toEqual(directPolicy(incidents, row.policy));
      const detail = await svc.reports.dlpPolicyDetail({ from, to, policy: POLICIES[1] });
      expect(detail.summary).toEqual(directPolicy(incidents, POLICIES[1]));
      for (const s of detail.senders)
        expect({ total: s.total, severity: s.severity, outcome: s.outcome }).toEqual(directSender(incidents, POLICIES[1], s.sender));
    }
  });

  it('when a cluster member is chosen then only its incidents count', async () => {
    const { svc, db } = await fresh();
    const records = generateRecords(200, 30 * 60_000).map((r, i) => ({
      ...r,
      host: i % 3 === 0 ? 'esa2.example.com' : 'esa1.example.com',
    }));
    await db.tracking.bulkPut(records);
    const [from, to] = [START - DAY_MS, START + 200 * 30 * 60_000];
    const all = incidentsIn(records, from, to);
    const esa2 = all.filter((r) => r.host === 'esa2.example.com');
    expect(esa2.length).toBeGreaterThan(0);
    expect((await svc.reports.dlpIncidents({ from, to, host: 'esa2.example.com' })).summary).toEqual(directSummary(esa2));
    expect((await svc.reports.dlpIncidents({ from, to })).summary).toEqual(directSummary(all));
  });

  it('when the range is reversed then the report is empty, not an error', async () => {
    const { svc } = await fresh();
    const report = await svc.reports.dlpIncidents({ from: 10, to: 0 });
    expect(report.summary.total).toBe(0);
  });

  it('when 100,000 messages are tracked then the report is built from the index (timing printed, not asserted)', async () => {
    const { svc, db } = await fresh();
    const records = generateRecords(100_000, 90_000);
    for (let i = 0; i < records.length; i += 10_000) await db.tracking.bulkPut(records.slice(i, i + 10_000));
    const end = START + 100_000 * 90_000;
    const timings: string[] = [];
    for (const [label, span] of [
      ['day', DAY_MS],
      ['week', 7 * DAY_MS],
      ['30 days', 30 * DAY_MS],
      ['90 days', 90 * DAY_MS],
    ] as const) {
      const t0 = performance.now();
      const report = await svc.reports.dlpIncidents({ from: end - span, to: end });
      const t1 = performance.now();
      const detail = await svc.reports.dlpPolicyDetail({ from: end - span, to: end, policy: POLICIES[0] });
      const t2 = performance.now();
      timings.push(
        `${label}: ${report.summary.total} incidents, summary ${(t1 - t0).toFixed(0)} ms, policy detail ${(t2 - t1).toFixed(0)} ms`,
      );
      expect(report.summary).toEqual(directSummary(incidentsIn(records, end - span, end)));
      expect(detail.summary.total).toBe(report.policies.find((p) => p.policy === POLICIES[0])?.total);
    }
    console.info(`DLP Incidents on 100,000 tracked messages (fake-indexeddb, Node):\n  ${timings.join('\n  ')}`);

    // Message Tracking on the same table, for comparison (a page of 100 each).
    const searches: string[] = [];
    const week = { from: end - 7 * DAY_MS, to: end };
    for (const [label, q] of [
      ['last 7 days, no criteria', week],
      ['last 90 days, page at offset 50,000', { from: end - 90 * DAY_MS, to: end, offset: 50_000 }],
      ['Delivered, 90 days', { events: ['delivered'], from: end - 90 * DAY_MS, to: end }],
      ['DLP Critical, 7 days', { events: ['dlp-violation'], severities: ['critical'], ...week }],
      ['sender is, 7 days', { sender: { op: 'is', value: 'sender7@example.com' }, ...week }],
      ['subject contains, 7 days (no index)', { subject: { op: 'contains', value: 'eport' }, ...week }],
    ] as const) {
      const t0 = performance.now();
      const r = await svc.tracking.search({ limit: 100, ...q });
      searches.push(`${label}: ${r.total} found via ${r.indexes.join(' ∩ ')}, ${(performance.now() - t0).toFixed(0)} ms`);
    }
    console.info(`Message Tracking on 100,000 tracked messages:\n  ${searches.join('\n  ')}`);
  }, 300_000);
});
