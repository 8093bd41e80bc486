/**
 * The reads pages follow to learn that tables changed (src/db/views/changes.ts): one write of any
 * kind to a table they watch — a single message stored, a batch, an update in place, a delete, a
 * clear — re-runs them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PlaygroundDb } from '../../src/db/schema.ts';
import { trackingTable, tutorialInputs } from '../../src/db/views/changes.ts';
import { onChange } from '../../src/ui/live.ts';
import { mailboxBatchTables, putMailboxBatch } from '../../src/worker/mailbox-batch.ts';
import type { MailboxItem, TrackingRecord } from '../../src/engine/mailflow/types.ts';

const opened: PlaygroundDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits for `done`, at most `ms`. */
async function until(done: () => boolean, ms = 5000): Promise<void> {
  for (let waited = 0; !done() && waited < ms; waited += 10) await pause(10);
}

const record = (mid: number) => ({ mid, receivedAt: mid, recipients: [], eventTypes: [], subjectWords: [] }) as unknown as TrackingRecord;
const batch = (mid: number) => ({
  mid,
  last: mid + 1,
  count: 2,
  items: [mid, mid + 1].map((m) => ({ mid: m, at: m, message: {} as never })),
});
const item = (mid: number) => ({ address: 'a@example.com', at: mid, kind: 'message', mid }) as unknown as MailboxItem;

/** Counts how often `read` is reported changed while `write` runs on a database with one row in each table. */
async function reportsAfter(read: (db: PlaygroundDb) => Promise<unknown>, write: (db: PlaygroundDb) => Promise<unknown>): Promise<number> {
  const db = new PlaygroundDb(`changes-${Math.random()}`);
  opened.push(db);
  await db.tracking.put(record(1));
  await db.messages.put({ mid: 1, at: 1, message: {} as never });
  await db.messageBatches.put(batch(10));
  await db.mailboxes.add(item(1));
  await db.transaction('rw', mailboxBatchTables(db), () => putMailboxBatch(db, [item(9)]));
  let changes = 0;
  const stop = onChange(
    () => read(db),
    () => (changes += 1),
  );
  // The first report is the state now: waited for, so a slow machine does not count it as a change.
  await until(() => changes > 0);
  const before = changes;
  await write(db);
  await until(() => changes > before, 300);
  stop();
  return changes - before;
}

const writes: [string, (db: PlaygroundDb) => Promise<unknown>][] = [
  ['one tracking record is stored', (db) => db.tracking.put(record(2))],
  ['a batch of tracking records is stored', (db) => db.tracking.bulkPut(Array.from({ length: 60 }, (_, i) => record(i + 2)))],
  ['a tracking record is updated in place', (db) => db.tracking.update(1, { lastAt: 5 })],
  ['a tracking record is deleted', (db) => db.tracking.delete(1)],
  ['one original is stored', (db) => db.messages.put({ mid: 2, at: 2, message: {} as never })],
  ['originals are pruned', (db) => db.messages.bulkDelete([1])],
  ['a traffic batch’s originals are stored', (db) => db.messageBatches.put(batch(20))],
  ['a traffic batch’s originals are pruned', (db) => db.messageBatches.delete(10)],
  ['one mailbox item is delivered', (db) => db.mailboxes.add(item(2))],
  ['the mailboxes are cleared', (db) => db.mailboxes.clear()],
  [
    'a traffic batch’s mail is delivered',
    (db) => db.transaction('rw', mailboxBatchTables(db), () => putMailboxBatch(db, [item(3), item(4)])),
  ],
  [
    'the mailbox batches are cleared',
    (db) => db.transaction('rw', mailboxBatchTables(db), () => Promise.all(mailboxBatchTables(db).map((t) => t.clear()))),
  ],
];

describe('tutorialInputs', () => {
  for (const [name, write] of writes)
    it(`when ${name} then the tutorial's inputs are reported changed`, async () => {
      expect(await reportsAfter(tutorialInputs, write)).toBeGreaterThan(0);
    });

  it('when nothing it reads is written then nothing is reported', async () => {
    expect(await reportsAfter(tutorialInputs, (db) => db.quarantine.clear())).toBe(0);
  });
});

describe('trackingTable', () => {
  for (const [name, write] of writes.filter(([n]) => n.includes('tracking')))
    it(`when ${name} then message tracking is reported changed`, async () => {
      expect(await reportsAfter(trackingTable, write)).toBeGreaterThan(0);
    });
});
