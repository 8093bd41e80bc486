/**
 * Synthetic tracking records for report and tracking tests: deterministic (a seeded generator), varied
 * (senders, recipients, subjects, attachments, several DLP policies and severities, every outcome),
 * and shaped like the pipeline's records: a DLP severity exactly when there is a violation, the
 * violated policies in dlpPolicies, the decisive one first.
 */
import type { SeverityLevel } from '../../../src/engine/dlp/types.ts';
import type { TrackingEventType, TrackingRecord } from '../../../src/engine/mailflow/types.ts';
import { subjectWords } from '../../../src/engine/mailflow/pipeline.ts';

export const POLICIES = [
  'PCI-DSS (Payment Card Industry Data Security Standard)',
  'HIPAA and HITECH',
  'US Social Security Numbers',
  'Retired Policy',
] as const;
export const START = Date.UTC(2026, 0, 1);
const SEVERITIES: readonly SeverityLevel[] = ['critical', 'high', 'medium', 'low'];
const SUBJECTS = [
  'Payment details',
  'Quarterly report',
  'Lunch on Friday?',
  'Patient referral',
  'Invoice 4411',
  '',
  'Re: card on file',
  'Travel plans',
];
const OUTCOMES: readonly TrackingEventType[][] = [
  ['delivered'],
  ['encrypted', 'delivered'],
  ['dropped'],
  ['quarantined'],
  ['quarantined', 'released', 'delivered'],
  ['quarantined', 'deleted'],
  ['bounced'],
  ['quarantined', 'delivered'],
];

/** A small seeded generator (mulberry32), so every run builds the same records. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` records, one every `stepMs` from START; about a third violate DLP. */
export function generateRecords(count: number, stepMs = 60_000, seed = 7): TrackingRecord[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const out: TrackingRecord[] = [];
  for (let i = 0; i < count; i++) {
    const mid = i + 1;
    const at = START + i * stepMs;
    const subject = pick(SUBJECTS);
    const violated = rnd() < 0.35 ? [...new Set([pick(POLICIES), ...(rnd() < 0.3 ? [pick(POLICIES)] : [])])] : [];
    const verdicts = violated.map((policy) => ({ policy, severity: pick(SEVERITIES), riskFactor: Math.floor(rnd() * 100), action: 'Act' }));
    // A policy that did not fire is evaluated too (severity Ignore): it must not count.
    const all = [...verdicts, { policy: 'Quiet Policy', severity: 'ignore' as SeverityLevel, riskFactor: 2, action: null }];
    const outcome = violated.length ? pick(OUTCOMES) : (['delivered'] as TrackingEventType[]);
    const eventTypes: TrackingEventType[] = [...(violated.length ? (['dlp-violation'] as const) : []), ...outcome];
    const recipients = [
      ...new Set([
        `user${Math.floor(rnd() * 200)}@partner${Math.floor(rnd() * 5)}.example`,
        ...(rnd() < 0.3 ? [`cfo${mid % 7}@example.net`] : []),
      ]),
    ];
    out.push({
      mid,
      icid: mid,
      parentMid: null,
      host: 'esa1.example.com',
      receivedAt: at,
      lastAt: at,
      envelopeFrom: `sender${Math.floor(rnd() * 40)}@example.com`,
      recipients,
      subject,
      subjectWords: subjectWords(subject),
      messageIdHeader: `<${mid}.${at}@esa1.example.com>`,
      attachments: rnd() < 0.2 ? [pick(['Cards.xlsx', 'scan.PDF', 'notes.txt', 'Patients-2026.csv'])] : [],
      size: 1000,
      outgoingPolicy: 'Default Policy',
      events: eventTypes.map((type) => ({ at, text: `MID ${mid} ${type}`, type })),
      eventTypes,
      dlp: { evaluated: true, verdicts: all, decisive: verdicts[0] ?? null, matchedContent: null, contentLogged: false },
      dlpPolicies: verdicts.map((v) => v.policy),
      dlpSeverity: verdicts[0]?.severity ?? 'none',
    });
  }
  return out;
}
