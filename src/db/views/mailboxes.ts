/**
 * The simulated mailboxes as pages read them: the list (read with key cursors only, on the address
 * and kind indexes, so listing never loads message bodies or attachment bytes), one mailbox's
 * items, one item.
 */
import type { MailboxItem, MailboxKind } from '../../engine/mailflow/types.ts';
import type { PlaygroundDb } from '../schema.ts';

/** True for an alternate host's mailbox (`host:<name>`), listed after people's. */
export const isHostMailbox = (address: string): boolean => address.startsWith('host:');

/** One mailbox: its address, the ids of its items and how many of each kind. */
export interface MailboxSummary {
  readonly address: string;
  readonly ids: readonly number[];
  readonly total: number;
  /** Filled in by the page from the read state. */
  readonly unread: number;
  readonly kinds: Partial<Record<MailboxKind, number>>;
}

/** Every mailbox, people first (alphabetically), then alternate hosts. */
export async function mailboxSummaries(db: PlaygroundDb): Promise<MailboxSummary[]> {
  const kindOf = new Map<number, MailboxKind>();
  await db.mailboxes.orderBy('kind').eachKey((kind, cursor) => void kindOf.set(cursor.primaryKey as number, kind as MailboxKind));
  const boxes = new Map<string, { ids: number[]; kinds: Partial<Record<MailboxKind, number>> }>();
  await db.mailboxes.orderBy('address').eachKey((address, cursor) => {
    const key = String(address);
    const box = boxes.get(key) ?? { ids: [], kinds: {} };
    boxes.set(key, box);
    const id = cursor.primaryKey as number;
    box.ids.push(id);
    const kind = kindOf.get(id);
    if (kind) box.kinds[kind] = (box.kinds[kind] ?? 0) + 1;
  });
  return [...boxes.entries()]
    .map(([address, b]) => ({ address, ids: b.ids, total: b.ids.length, unread: 0, kinds: b.kinds }))
    .sort((a, b) => Number(isHostMailbox(a.address)) - Number(isHostMailbox(b.address)) || a.address.localeCompare(b.address));
}

/** One mailbox's items, newest first. */
export async function mailboxItems(db: PlaygroundDb, address: string): Promise<MailboxItem[]> {
  const rows = await db.mailboxes.where('address').equals(address).toArray();
  return rows.sort((a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0));
}

/** One mailbox item, or undefined. */
export function mailboxItem(db: PlaygroundDb, id: number): Promise<MailboxItem | undefined> {
  return db.mailboxes.get(id);
}
