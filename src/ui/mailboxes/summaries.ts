/**
 * The mailbox list's data, read with key cursors only (address and kind indexes), so listing the
 * mailboxes never loads message bodies or attachment bytes.
 */
import type { PlaygroundDb } from '../../db/schema.ts';
import type { MailboxKind } from '../../engine/mailflow/types.ts';
import { isHostMailbox } from './kinds.ts';

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
