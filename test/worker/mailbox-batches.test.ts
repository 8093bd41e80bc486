/**
 * The mailboxes across their two tables: mail delivered one message at a time a row each, a traffic
 * batch's deliveries a row per batch. Listing, one mailbox, one item by id, .eml export and the
 * tutorial's envelope lookup must treat them as one set, in one id space.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PlaygroundDb } from '../../src/db/schema.ts';
import { mailboxItem, mailboxItems, mailboxSummaries } from '../../src/db/views/mailboxes.ts';
import type { MailboxItem, MailboxKind, OutgoingMessage } from '../../src/engine/mailflow/types.ts';
import { DEFAULT_TRAFFIC } from '../../src/engine/mailflow/traffic.ts';
import { mailboxBatchTables, putMailboxBatch } from '../../src/worker/mailbox-batch.ts';
import { fresh } from '../helpers/fresh.ts';
import { allMailboxItems } from '../helpers/mailboxes.ts';

const item = (address: string, at: number, kind: MailboxKind = 'message'): MailboxItem =>
  ({ address, at, kind, mid: at, subject: `${address} ${at}`, attachments: [] }) as unknown as MailboxItem;

const message = (to: string, subject: string): OutgoingMessage => ({
  envelopeFrom: 'alice@example.com',
  recipients: [to],
  from: 'alice@example.com',
  to: [to],
  cc: [],
  subject,
  text: 'Hello.',
  html: '',
  attachments: [],
  headers: {},
  messageId: '',
});

async function runTraffic(svc: Awaited<ReturnType<typeof fresh>>['svc'], count: number, extra: object = {}) {
  expect((await svc.traffic.start({ ...DEFAULT_TRAFFIC, count, ...extra })).ok).toBe(true);
  while ((await svc.traffic.progress()).state === 'running') await new Promise((r) => setTimeout(r, 5));
  expect((await svc.traffic.progress()).state).toBe('done');
}

/** Singles a@1, b@2; a batch a@3, c@4 (read receipt), a@5; a single b@6; a batch b@7. */
async function mixed(): Promise<PlaygroundDb> {
  const { db } = await fresh();
  const batch = (items: MailboxItem[]) => db.transaction('rw', mailboxBatchTables(db), () => putMailboxBatch(db, items));
  await db.mailboxes.bulkAdd([item('a@x', 1), item('b@x', 2)]);
  await batch([item('a@x', 3), item('c@x', 4, 'read-receipt'), item('a@x', 5)]);
  await db.mailboxes.add(item('b@x', 6));
  await batch([item('b@x', 7)]);
  return db;
}

describe('mailboxes in two tables', () => {
  it('when items are in both tables then ids are one sequence and each is found by id, by mailbox and in the list', async () => {
    const db = await mixed();
    const all = await allMailboxItems(db);
    // Ids as single adds would have given them: consecutive, in the order written, none twice.
    expect(all.map((m) => [m.id, m.at])).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [n, n]));
    expect(await db.mailboxes.count()).toBe(3); // the placeholders that moved the key generator are gone
    for (const m of all) expect((await mailboxItem(db, m.id!))?.subject).toBe(m.subject);
    for (const missing of [0, -1, 8, 1e9, 2.5]) expect(await mailboxItem(db, missing)).toBeUndefined();
    expect((await mailboxItems(db, 'a@x')).map((m) => m.at)).toEqual([5, 3, 1]);
    expect((await mailboxItems(db, 'b@x')).map((m) => m.at)).toEqual([7, 6, 2]);
    expect(await mailboxItems(db, 'nobody@x')).toEqual([]);
    expect(await mailboxSummaries(db)).toEqual([
      { address: 'a@x', ids: [1, 3, 5], total: 3, unread: 0, kinds: { message: 3 } },
      { address: 'b@x', ids: [2, 6, 7], total: 3, unread: 0, kinds: { message: 3 } },
      { address: 'c@x', ids: [4], total: 1, unread: 0, kinds: { 'read-receipt': 1 } },
    ]);
    // A single add after a batch continues past it.
    expect(await db.mailboxes.add(item('d@x', 8))).toBe(8);
  });

  it('when a transaction that stored a batch aborts then nothing of it stays and no later id collides', async () => {
    const db = await mixed();
    await expect(
      db.transaction('rw', mailboxBatchTables(db), async () => {
        await putMailboxBatch(db, [item('e@x', 9), item('e@x', 10)]);
        throw new Error('counters moved');
      }),
    ).rejects.toThrow('counters moved');
    expect((await allMailboxItems(db)).map((m) => m.at)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    await db.transaction('rw', mailboxBatchTables(db), () => putMailboxBatch(db, [item('e@x', 11)]));
    const id = await db.mailboxes.add(item('f@x', 12));
    const ids = (await allMailboxItems(db)).map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe(id);
  });

  it('when traffic runs between sends then each batch is one row and every delivery is listed, found and exported', async () => {
    const { db, svc } = await fresh();
    expect((await svc.mail.send(message('first@example.net', 'before'))).ok).toBe(true);
    await runTraffic(svc, 260);
    expect((await svc.mail.send(message('first@example.net', 'after'))).ok).toBe(true);
    expect(await db.mailboxes.count()).toBe(2);
    const batches = await db.mailboxBatches.toArray();
    expect(batches).toHaveLength(2);
    const all = await allMailboxItems(db);
    const ids = all.map((m) => m.id!);
    expect(ids).toEqual(ids.map((_, i) => ids[0] + i)); // one sequence, no gap, no repeat
    expect(all.at(-1)?.subject).toBe('after');
    const summaries = await mailboxSummaries(db);
    expect(summaries.reduce((n, s) => n + s.total, 0)).toBe(all.length);
    for (const s of summaries.slice(0, 40)) {
      const items = await mailboxItems(db, s.address);
      expect(items.map((m) => m.id).sort((a, b) => a! - b!)).toEqual(s.ids);
      expect(items.every((m) => m.address === s.address)).toBe(true);
    }
    const inBatch = batches[1].items[3];
    const eml = await svc.mail.exportEml({ mailboxId: inBatch.id! });
    expect(eml.ok && eml.value.fileName).toBe(`message-MID-${inBatch.mid}.eml`);
    expect(eml.ok && eml.value.text).toContain(`To: <${inBatch.address}>`);
    expect(eml.ok && eml.value.text).toContain(inBatch.messageId);
  });

  it('when traffic delivers encrypted mail then the tutorial finds the newest envelope in a batch', async () => {
    const { db, svc } = await fresh();
    expect((await svc.tutorial.jumpTo('final-check')).ok).toBe(true);
    await runTraffic(svc, 250, { sensitiveShare: 1 });
    const encrypted = (await allMailboxItems(db)).filter((m) => m.kind === 'encrypted');
    expect(encrypted.length).toBeGreaterThan(0);
    expect(await db.mailboxes.where('kind').equals('encrypted').count()).toBe(0);
    const newest = encrypted.reduce((a, b) => (b.at > a.at || (b.at === a.at && b.id! > a.id!) ? b : a));
    const html = await svc.tutorial.latestEnvelope(newest.address);
    const doc = newest.attachments.find((a) => /^securedoc_.*\.html$/.test(a.filename))!;
    expect(html).toBe(new TextDecoder().decode(doc.content));
  });

  it('when a version 5 database is opened then its mailboxes are kept and read as before', async () => {
    const name = `mailboxes-v5-${Date.now()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores({ mailboxes: '++id, address, kind', kv: 'key' });
    await v5.table('mailboxes').bulkAdd([item('a@x', 1), item('a@x', 2)]);
    v5.close();
    const db = new PlaygroundDb(name);
    try {
      expect(db.verno).toBeGreaterThanOrEqual(6);
      expect((await mailboxItems(db, 'a@x')).map((m) => m.id)).toEqual([2, 1]);
      await db.transaction('rw', mailboxBatchTables(db), () => putMailboxBatch(db, [item('a@x', 3)]));
      expect((await mailboxSummaries(db))[0].ids).toEqual([1, 2, 3]);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
