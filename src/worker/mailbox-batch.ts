/**
 * A traffic batch's mailbox deliveries stored as one row of `mailboxBatches`, and who they went to
 * as one row of `mailboxBatchIndex` (each row written to IndexedDB has a fixed cost, and a run of
 * 10,000 messages delivers some 12,000 items). Read with the single items through
 * src/db/views/mailboxes.ts.
 */
import type { PlaygroundDb } from '../db/schema.ts';
import type { MailboxItem } from '../engine/mailflow/types.ts';

/** A row that lives only inside the writing transaction, to move the key generator. */
const PLACEHOLDER = { address: '', kind: 'message' } as unknown as MailboxItem;

/** The tables putMailboxBatch writes, for the caller's transaction. */
export const mailboxBatchTables = (db: PlaygroundDb) => [db.mailboxes, db.mailboxBatches, db.mailboxBatchIndex];

/**
 * Stores `items` as one batch row, inside the caller's write transaction (which must
 * include mailboxBatchTables). Their ids are taken from the mailboxes' key generator, as
 * single adds are: a placeholder added there gives the first id, one put at the last id moves the
 * generator past the batch (IndexedDB advances it past any explicit numeric key), and both are
 * deleted before the transaction ends, so nobody ever sees them and no id is used twice.
 */
export async function putMailboxBatch(db: PlaygroundDb, items: readonly MailboxItem[]): Promise<void> {
  if (items.length === 0) return;
  const first = (await db.mailboxes.add({ ...PLACEHOLDER })) as number;
  const last = first + items.length - 1;
  const withIds = items.map((item, i) => ({ ...item, id: first + i }));
  if (last > first) await db.mailboxes.put({ ...PLACEHOLDER, id: last });
  await Promise.all([
    db.mailboxes.bulkDelete([first, last]),
    db.mailboxBatches.add({ id: first, last, items: withIds }),
    db.mailboxBatchIndex.add({ id: first, deliveries: withIds.map((d) => [d.address, d.id, d.kind]) }),
  ]);
}
