import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PlaygroundDb } from '../../src/db/schema.ts';
import type { TrackingRecord } from '../../src/engine/mailflow/types.ts';
import { createService } from '../../src/worker/service.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import { matches } from '../../src/worker/tracking-service.ts';
import type { TrackingQuery } from '../../src/api/tracking.ts';
import { generateRecords, POLICIES, START } from '../engine/reports/generate.ts';
import { subjectWords } from '../../src/engine/mailflow/pipeline.ts';

const COUNT = 3000;
const STEP = 60_000;
const END = START + COUNT * STEP;
let db: PlaygroundDb;
let svc: EngineApi;
let records: TrackingRecord[];

beforeAll(async () => {
  db = new PlaygroundDb('tracking-scale');
  svc = await createService(db);
  records = generateRecords(COUNT, STEP, 11);
  // Two messages in the same minute, so the tie-break on MID is exercised.
  records[10] = { ...records[10], receivedAt: records[11].receivedAt };
  await db.tracking.bulkPut(records);
});
afterAll(() => db.close());

/** The oracle: every record checked by the predicate, newest first. */
const expected = (q: TrackingQuery) =>
  records
    .filter(matches(q))
    .sort((a, b) => b.receivedAt - a.receivedAt || b.mid - a.mid)
    .map((r) => r.mid);

/** Searches and counts the records the service read (a full scan would read all of them). */
async function search(q: TrackingQuery) {
  const read = vi.spyOn(db.tracking, 'bulkGet');
  try {
    const result = await svc.tracking.search({ limit: 50, ...q });
    return { ...result, read: read.mock.calls.reduce((n, [keys]) => n + keys.length, 0) };
  } finally {
    read.mockRestore();
  }
}

const week = { from: END - 7 * 86_400_000, to: END };
const sample = () => records[1234];

describe('Message Tracking searches start from the index of each indexed criterion', () => {
  const cases: [string, () => TrackingQuery, string][] = [
    ['MID', () => ({ mid: sample().mid, ...week }), 'mid'],
    ['Message ID header (whole)', () => ({ messageId: sample().messageIdHeader }), 'messageIdHeader'],
    ['Message ID header (fragment)', () => ({ messageId: `${sample().mid}.` }), 'messageIdHeader'],
    ['Envelope Sender is', () => ({ sender: { op: 'is', value: sample().envelopeFrom.toUpperCase() }, ...week }), 'envelopeFrom'],
    ['Envelope Sender begins with', () => ({ sender: { op: 'begins', value: 'sender1' }, ...week }), 'envelopeFrom'],
    ['Envelope Sender contains', () => ({ sender: { op: 'contains', value: 'der3' }, ...week }), 'envelopeFrom'],
    ['Envelope Recipient is', () => ({ recipient: { op: 'is', value: sample().recipients[0] }, ...week }), 'recipients'],
    ['Envelope Recipient begins with', () => ({ recipient: { op: 'begins', value: 'cfo' }, ...week }), 'recipients'],
    ['Envelope Recipient contains', () => ({ recipient: { op: 'contains', value: 'partner2' }, ...week }), 'recipients'],
    ['Subject is', () => ({ subject: { op: 'is', value: 'Quarterly report' }, ...week }), 'subjectWords'],
    ['Subject begins with', () => ({ subject: { op: 'begins', value: 'Re: card' }, ...week }), 'subjectWords'],
    ['Attachment name', () => ({ attachment: 'xlsx', ...week }), 'attachments'],
    ['DLP policy', () => ({ events: ['dlp-violation'], dlpPolicy: POLICIES[2], ...week }), 'dlpPolicies'],
    [
      'DLP severities in a date range',
      () => ({ events: ['dlp-violation'], severities: ['critical', 'high'], ...week }),
      '[dlpSeverity+receivedAt]',
    ],
    ['DLP severities, no date range', () => ({ severities: ['low'] }), 'dlpSeverity'],
    ['Message events', () => ({ events: ['dropped', 'bounced'], ...week }), 'eventTypes'],
    ['Message event matching most messages', () => ({ events: ['delivered'], ...week }), 'eventTypes'],
    ['Dates and Times only', () => ({ from: START + 100 * STEP, to: START + 900 * STEP }), 'receivedAt'],
  ];

  it.each(cases)(
    'when searching by %s then its index answers, the results equal a direct check, and the table is not scanned',
    async (_name, query, index) => {
      const q = query();
      const r = await search(q);
      const want = expected(q);
      expect(r.index).toBe(index);
      expect(r.indexes).toContain(index);
      expect(r.total).toBe(want.length);
      expect(r.rows.map((x) => x.mid)).toEqual(want.slice(0, 50));
      expect(r.read).toBeLessThan(COUNT / 2);
    },
  );

  it('when several indexed criteria are combined then each index is used and the results are their intersection', async () => {
    const q: TrackingQuery = {
      sender: { op: 'begins', value: 'sender2' },
      events: ['dlp-violation'],
      severities: ['critical'],
      attachment: '',
      ...week,
    };
    const r = await search(q);
    expect(r.indexes).toEqual(['envelopeFrom', '[dlpSeverity+receivedAt]', 'eventTypes']);
    expect(r.rows.map((x) => x.mid)).toEqual(expected(q).slice(0, 50));
    expect(r.total).toBe(expected(q).length);
  });

  it('when the subject is to be empty (no index) then the date range is walked and checked on its records', async () => {
    const q: TrackingQuery = { subject: { op: 'empty', value: '' }, from: START, to: START + 500 * STEP };
    const r = await search(q);
    expect(r.index).toBe('receivedAt');
    expect(r.total).toBe(expected(q).length);
    expect(r.read).toBeLessThanOrEqual(501 + 50);
  });

  it('when the subject contains a fragment then the indexed words containing it give the candidates', async () => {
    const q: TrackingQuery = { subject: { op: 'contains', value: 'eport' }, from: START, to: START + 500 * STEP };
    const r = await search(q);
    expect(r.index).toBe('subjectWords');
    expect(r.total).toBe(expected(q).length);
    expect(r.total).toBeGreaterThan(0);
  });

  it('when the MID does not exist then nothing is found and nothing is read', async () => {
    const r = await search({ mid: COUNT + 99 });
    expect({ total: r.total, read: r.read, index: r.index }).toEqual({ total: 0, read: 0, index: 'mid' });
  });
});

describe('Subject contains one word, over many messages', () => {
  let wordDb: PlaygroundDb;
  let wordSvc: EngineApi;
  let wordRecords: TrackingRecord[];
  // 40 distinct words: the one searched for is the 35th.
  const LONG = `${Array.from({ length: 34 }, (_, i) => `w${i}x`).join(' ')} escalation ${Array.from({ length: 5 }, (_, i) => `z${i}q`).join(' ')}`;
  beforeAll(async () => {
    wordDb = new PlaygroundDb('tracking-subject-words');
    wordSvc = await createService(wordDb);
    // Far more invoices than READ_TO_SORT, so the index's answer is the whole answer or a scan.
    wordRecords = generateRecords(2600, STEP, 12).map((r, i) => {
      const subject = i === 7 ? LONG : i % 10 === 0 ? 'Lunch on Friday?' : `RE: Invoice ${1000 + i} (client ${i % 7})`;
      return { ...r, subject, subjectWords: subjectWords(subject) };
    });
    await wordDb.tracking.bulkPut(wordRecords);
  });
  afterAll(() => wordDb.close());

  const run = async (q: TrackingQuery) => {
    const read = vi.spyOn(wordDb.tracking, 'bulkGet');
    try {
      const r = await wordSvc.tracking.search({ limit: 50, ...q });
      return { ...r, read: read.mock.calls.reduce((n, [keys]) => n + keys.length, 0) };
    } finally {
      read.mockRestore();
    }
  };
  const oracle = (q: TrackingQuery) =>
    wordRecords
      .filter(matches(q))
      .sort((a, b) => b.receivedAt - a.receivedAt || b.mid - a.mid)
      .map((r) => r.mid);

  it('when the word is in most subjects then the index alone answers and only the page is read', async () => {
    const q: TrackingQuery = { subject: { op: 'contains', value: ' INVOICE ' } };
    const r = await run(q);
    expect(r.total).toBe(oracle(q).length);
    expect(r.total).toBeGreaterThan(2000);
    expect(r.rows.map((x) => x.mid)).toEqual(oracle(q).slice(0, 50));
    expect(r.read).toBe(50);
  });

  it('when the text searched for is more than one word or has punctuation then the subjects are still checked', async () => {
    for (const value of ['invoice 10', 'client 3)', 'E: Inv']) {
      const q: TrackingQuery = { subject: { op: 'contains', value } };
      const r = await run(q);
      expect(r.total).toBe(oracle(q).length);
      expect(r.rows.map((x) => x.mid)).toEqual(oracle(q).slice(0, 50));
    }
  });

  it('when messages are added or removed between two searches then the second sees the table as it is', async () => {
    const q: TrackingQuery = { subject: { op: 'contains', value: 'zebra' } };
    expect((await run(q)).total).toBe(0);
    const added = { ...wordRecords[3], mid: 900_001, subject: 'Zebrafish order', subjectWords: subjectWords('Zebrafish order') };
    await wordDb.tracking.put(added);
    expect((await run(q)).rows.map((r) => r.mid)).toEqual([900_001]);
    await wordDb.tracking.delete(900_001);
    expect((await run(q)).total).toBe(0);
  });

  it('when the word comes late in a long subject then that message is found', async () => {
    const r = await run({ subject: { op: 'contains', value: 'escalat' } });
    expect(r.rows.map((x) => x.mid)).toEqual([wordRecords[7].mid]);
    expect(subjectWords(LONG)).toContain('escalation');
  });
});

describe('paging through Message Tracking results', () => {
  it.each<[string, TrackingQuery]>([
    ['a date range', {}],
    ['message events', { events: ['delivered'] }],
    ['a subject word', { subject: { op: 'begins', value: 'payment' } }],
  ])(
    'when paging through %s then the pages are consistent: in order, without gaps or repeats, and the total never changes',
    async (_name, base) => {
      const q = { ...base, from: START, to: END };
      const want = expected(q);
      const seen: number[] = [];
      for (let offset = 0; offset < want.length; offset += 250) {
        const page = await svc.tracking.search({ ...q, offset, limit: 250 });
        expect(page.total).toBe(want.length);
        seen.push(...page.rows.map((r) => r.mid));
      }
      expect(seen).toEqual(want);
      expect((await svc.tracking.search({ ...q, offset: want.length, limit: 250 })).rows).toEqual([]);
    },
  );
});

describe('database version 4', () => {
  it('when a version 3 database is opened then its tracked messages are kept and found by the new [dlpSeverity+receivedAt] index', async () => {
    const { Dexie } = await import('dexie');
    const v3 = new Dexie('tracking-v3');
    v3.version(3).stores({
      tracking:
        'mid, parentMid, receivedAt, envelopeFrom, *recipients, *eventTypes, *dlpPolicies, dlpSeverity, *attachments, *subjectWords, messageIdHeader, host',
    });
    const few = generateRecords(40, STEP, 3);
    await v3.table('tracking').bulkPut(few);
    v3.close();
    const upgraded = new PlaygroundDb('tracking-v3');
    const critical = await upgraded.tracking
      .where('[dlpSeverity+receivedAt]')
      .between(['critical', START], ['critical', END])
      .primaryKeys();
    expect(upgraded.verno).toBeGreaterThanOrEqual(4);
    expect(critical).toEqual(few.filter((r) => r.dlpSeverity === 'critical').map((r) => r.mid));
    upgraded.close();
  });
});
