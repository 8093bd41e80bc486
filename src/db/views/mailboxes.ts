/**
 * The simulated mailboxes as pages read them: the list (from index keys and the batches' small
 * recipient rows, so listing never loads message bodies or attachment bytes), one mailbox's items,
 * one item. Mail delivered one message at a time is a row of `mailboxes` each; a traffic batch's
 * deliveries are one row of `mailboxBatches`, with who they went to in `mailboxBatchIndex` (see
 * StoredMailboxBatchRow). Every reader goes through this file, which reads both as one set.
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

type Box = { ids: number[]; kinds: Partial<Record<MailboxKind, number>> };

/** Every mailbox, people first (alphabetically), then alternate hosts. */
export async function mailboxSummaries(db: PlaygroundDb): Promise<MailboxSummary[]> {
  const boxes = new Map<string, Box>();
  const add = (address: string, id: number, kind: MailboxKind | undefined) => {
    let box = boxes.get(address);
    if (!box) boxes.set(address, (box = { ids: [], kinds: {} }));
    box.ids.push(id);
    if (kind) box.kinds[kind] = (box.kinds[kind] ?? 0) + 1;
  };
  const kindOf = new Map<number, MailboxKind>();
  await db.mailboxes.orderBy('kind').eachKey((kind, cursor) => void kindOf.set(cursor.primaryKey as number, kind as MailboxKind));
  await db.mailboxes.orderBy('address').eachKey((address, cursor) => {
    const id = cursor.primaryKey as number;
    add(String(address), id, kindOf.get(id));
  });
  for (const row of await db.mailboxBatchIndex.toArray()) for (const [address, id, kind] of row.deliveries) add(address, id, kind);
  return [...boxes.entries()]
    .map(([address, b]) => ({ address, ids: b.ids.sort((x, y) => x - y), total: b.ids.length, unread: 0, kinds: b.kinds }))
    .sort((a, b) => Number(isHostMailbox(a.address)) - Number(isHostMailbox(b.address)) || a.address.localeCompare(b.address));
}

/**
 * One mailbox's newest items, newest first: at most `limit` of them. A mailbox that traffic filled
 * holds thousands, spread over every batch row: the newest are chosen from index keys and the
 * batches' small recipient rows, and only the rows holding them are read. Ids are given in the
 * order mail is delivered (one key generator for both tables), so the newest ids are the newest
 * mail.
 */
export async function mailboxItems(db: PlaygroundDb, address: string, limit = Infinity): Promise<MailboxItem[]> {
  const singleIds = (await db.mailboxes.where('address').equals(address).primaryKeys()) as number[];
  // Each delivery to the address in a batch, as [item id, batch row id].
  const batched: [number, number][] = [];
  for (const row of await db.mailboxBatchIndex.toArray())
    for (const [to, id] of row.deliveries) if (to === address) batched.push([id, row.id]);
  const newest = [...singleIds.map((id): [number, number] => [id, -1]), ...batched].sort((a, b) => b[0] - a[0]).slice(0, limit);
  const wanted = new Set(newest.map(([id]) => id));
  const singles = await db.mailboxes.bulkGet(newest.filter(([, row]) => row < 0).map(([id]) => id));
  const rows = await db.mailboxBatches.bulkGet([...new Set(newest.filter(([, row]) => row >= 0).map(([, row]) => row))]);
  const fromBatches = rows.flatMap((row) => row?.items.filter((item) => item.address === address && wanted.has(item.id!)) ?? []);
  return [...singles.filter((item): item is MailboxItem => item !== undefined), ...fromBatches].sort(
    (a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0),
  );
}

/** One mailbox item, or undefined. */
export async function mailboxItem(db: PlaygroundDb, id: number): Promise<MailboxItem | undefined> {
  const single = await db.mailboxes.get(id);
  if (single) return single;
  // The first batch whose last id is at or past `id` holds it, if any does.
  const row = await db.mailboxBatches.where('last').aboveOrEqual(id).first();
  return row && row.id <= id ? row.items.find((item) => item.id === id) : undefined;
}
