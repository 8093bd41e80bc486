/**
 * The mailbox views (src/db/views/mailboxes.ts) over mail delivered one message at a time and in
 * traffic batches: a mailbox's newest items, at most a page of them, read without the batch rows
 * that hold none of them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PlaygroundDb } from '../../src/db/schema.ts';
import { mailboxItems, mailboxSummaries } from '../../src/db/views/mailboxes.ts';
import { mailboxBatchTables, putMailboxBatch } from '../../src/worker/mailbox-batch.ts';
import type { MailboxItem } from '../../src/engine/mailflow/types.ts';

const opened: PlaygroundDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

const item = (address: string, at: number) => ({ address, at, kind: 'message', mid: at, subject: `at ${at}` }) as unknown as MailboxItem;

/**
 * A database where bob@ got mail one message at a time (at 1, 2), then in three traffic batches of
 * fifteen deliveries in delivery order (one in three to carol@), then once more alone (at 100):
 * 33 items for bob.
 */
async function filled(): Promise<PlaygroundDb> {
  const db = new PlaygroundDb(`mailboxes-${Math.random()}`);
  opened.push(db);
  for (const at of [1, 2]) await db.mailboxes.add(item('bob@example.com', at));
  for (let b = 0; b < 3; b++) {
    const items = Array.from({ length: 15 }, (_, i) => item(i % 3 === 1 ? 'carol@example.com' : 'bob@example.com', 10 + b * 20 + i));
    await db.transaction('rw', mailboxBatchTables(db), () => putMailboxBatch(db, items));
  }
  await db.mailboxes.add(item('bob@example.com', 100));
  return db;
}

const ats = (items: readonly MailboxItem[]) => items.map((m) => m.at);

describe('a mailbox read a page at a time', () => {
  it('when no limit is given, then every item of the mailbox comes, newest first, and no one else’s', async () => {
    const db = await filled();
    const all = await mailboxItems(db, 'bob@example.com');
    expect(all).toHaveLength(3 + 3 * 10);
    expect(all.every((m) => m.address === 'bob@example.com')).toBe(true);
    expect(ats(all)).toEqual([...ats(all)].sort((a, b) => b - a));
    expect(all[0].at).toBe(100);
    expect(all.at(-1)!.at).toBe(1);
  });

  it('when a limit is given, then exactly the newest that many come, the same as the head of the whole list', async () => {
    const db = await filled();
    const all = await mailboxItems(db, 'bob@example.com');
    for (const limit of [1, 4, 12, 32, 33, 200]) {
      const page = await mailboxItems(db, 'bob@example.com', limit);
      expect(page, `limit ${limit}`).toEqual(all.slice(0, limit));
    }
  });

  it('when the newest page lies in the last batch, then the other batch rows are not read', async () => {
    const db = await filled();
    const read: unknown[][] = [];
    const bulkGet = db.mailboxBatches.bulkGet.bind(db.mailboxBatches);
    db.mailboxBatches.bulkGet = ((keys: unknown[]) => {
      read.push(keys);
      return bulkGet(keys as number[]);
    }) as typeof db.mailboxBatches.bulkGet;
    const page = await mailboxItems(db, 'bob@example.com', 6);
    expect(ats(page)).toEqual([100, 64, 62, 61, 59, 58]);
    expect(read.flat()).toHaveLength(1);
  });

  it('when the summaries are read, then the total is every item, whatever a page shows', async () => {
    const db = await filled();
    const bob = (await mailboxSummaries(db)).find((b) => b.address === 'bob@example.com')!;
    expect(bob.total).toBe(33);
    expect(await mailboxItems(db, 'nobody@example.com', 10)).toEqual([]);
  });
});
