/** Every original a database keeps, from both of its tables (single rows and traffic batch rows), in MID order. */
import type { PlaygroundDb, StoredMessageRow } from '../../src/db/schema.ts';

export async function allOriginals(db: PlaygroundDb): Promise<StoredMessageRow[]> {
  const singles = await db.messages.toArray();
  const batches = await db.messageBatches.toArray();
  return [...singles, ...batches.flatMap((b) => b.items)].sort((a, b) => a.mid - b.mid);
}

export const originalMids = async (db: PlaygroundDb): Promise<number[]> => (await allOriginals(db)).map((m) => m.mid);
