/** Every mailbox item a database keeps, from both of its tables (single rows and traffic batch rows), by id. */
import type { PlaygroundDb } from '../../src/db/schema.ts';
import type { MailboxItem } from '../../src/engine/mailflow/types.ts';

export async function allMailboxItems(db: PlaygroundDb): Promise<MailboxItem[]> {
  const singles = await db.mailboxes.toArray();
  const batches = await db.mailboxBatches.toArray();
  return [...singles, ...batches.flatMap((b) => b.items)].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
}
