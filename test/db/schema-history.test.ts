/**
 * The database declares only its current schema (src/db/schema.ts); Dexie upgrades an older
 * database by comparing schemas. These tests keep the history that declaration replaced: a
 * database left at any earlier version, with a row in every table it had, opens as the current
 * version with every row kept and exactly the tables and indexes a new database gets, and a new
 * database is the one the six declarations used to build.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PlaygroundDb, SCHEMA, SCHEMA_VERSION, TRACKING_INDEXES } from '../../src/db/schema.ts';

/** The declarations as they were made, version by version, before only the current one was. */
const HISTORY: readonly Record<string, string>[] = [
  { config: 'scope', pending: 'scope', commits: '++id, scope, at', kv: 'key' },
  {
    resAccounts: 'number, name',
    resRequests: 'id, status, accountNumber, fulfilAt',
    resRecipients: 'address',
    resMessages: 'id, accountNumber, sentAt, sender',
    resKeys: 'messageId',
    provisioning: '[scope+profile], scope',
  },
  {
    tracking:
      'mid, parentMid, receivedAt, envelopeFrom, *recipients, *eventTypes, *dlpPolicies, dlpSeverity, *attachments, *subjectWords, messageIdHeader, host',
    messages: 'mid',
    mailboxes: '++id, address, at, mid, kind',
    quarantine: '++id, quarantine, mid, scheduledExit',
  },
  { tracking: TRACKING_INDEXES },
  { messageBatches: 'mid, last, count', mailboxes: '++id, address, kind' },
  { mailboxBatches: 'id, last', mailboxBatchIndex: 'id' },
];

/** A database declared as it was at `version` (every declaration up to it). */
function historical(name: string, version: number): Dexie {
  const db = new Dexie(name);
  HISTORY.slice(0, version).forEach((stores, i) => db.version(i + 1).stores(stores));
  return db;
}

/** What IndexedDB holds: each store's key path, key generator and indexes, by store name. */
async function shapeOf(db: Dexie) {
  if (!db.isOpen()) await db.open();
  const idb = db.backendDB();
  const names = [...idb.objectStoreNames].sort();
  const tx = idb.transaction(names, 'readonly');
  return Object.fromEntries(
    names.map((name) => {
      const store = tx.objectStore(name);
      const indexes = [...store.indexNames].sort().map((i) => {
        const index = store.index(i);
        return { name: i, keyPath: index.keyPath, multiEntry: index.multiEntry, unique: index.unique };
      });
      return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
}

/** A row for `table` that has every indexed field (so an index the upgrade dropped or made would show). */
function rowFor(table: string, n: number): Record<string, unknown> {
  const common = { scope: 'cluster', at: n, address: `u${n}@example.com`, kind: 'message', mid: n, last: n, count: 1 };
  const keys: Record<string, Record<string, unknown>> = {
    config: { scope: `scope-${n}` },
    pending: { scope: `scope-${n}` },
    kv: { key: `key-${n}`, value: n },
    resAccounts: { number: `A-${n}`, name: 'Account' },
    resRequests: { id: `r${n}`, status: 'pending', accountNumber: 'A-1', fulfilAt: n },
    resRecipients: { address: `r${n}@example.com` },
    resMessages: { id: `m${n}`, accountNumber: 'A-1', sentAt: n, sender: 's@example.com' },
    resKeys: { messageId: `m${n}` },
    provisioning: { scope: 'cluster', profile: `p${n}` },
    tracking: {
      mid: n,
      parentMid: null,
      receivedAt: n,
      envelopeFrom: 'a@example.com',
      recipients: ['b@example.com'],
      eventTypes: ['delivered'],
      dlpPolicies: [],
      dlpSeverity: 'none',
      attachments: [],
      subjectWords: ['hello'],
      messageIdHeader: `<${n}@example.com>`,
      host: 'esa1',
    },
    quarantine: { quarantine: 'Policy', scheduledExit: n },
    mailboxBatchIndex: { id: n, deliveries: [] },
  };
  return { ...common, ...keys[table], id: keys[table]?.id ?? n };
}

describe('the database schema', () => {
  it('when a database is new then it has the tables and indexes the six historical declarations built', async () => {
    const now = new PlaygroundDb('schema-new');
    const then = historical('schema-then', HISTORY.length);
    expect(SCHEMA_VERSION).toBe(HISTORY.length);
    expect(Object.keys(await shapeOf(now))).toEqual(Object.keys(SCHEMA).sort());
    expect(await shapeOf(now)).toEqual(await shapeOf(then));
    expect(now.verno).toBe(then.verno);
    now.close();
    then.close();
  });

  it.each([1, 2, 3, 4, 5])(
    'when a version %i database is opened then it becomes the current version with every row kept and the current tables and indexes',
    async (version) => {
      const name = `schema-v${version}`;
      const old = historical(name, version);
      await old.open();
      const rows = new Map<string, Record<string, unknown>[]>();
      for (const table of old.tables) {
        const put = [1, 2].map((n) => rowFor(table.name, n));
        await table.bulkPut(put);
        rows.set(table.name, await table.toArray());
      }
      old.close();

      const db = new PlaygroundDb(name);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      const fresh = new PlaygroundDb(`${name}-fresh`);
      expect(await shapeOf(db)).toEqual(await shapeOf(fresh));
      for (const [table, kept] of rows) expect(await db.table(table).toArray()).toEqual(kept);
      // The changed indexes answer from the kept rows: version 4's compound index, version 5's mailboxes.
      if (version >= 3) {
        expect(await db.tracking.where('[dlpSeverity+receivedAt]').between(['none', 0], ['none', 10]).primaryKeys()).toEqual([1, 2]);
        expect(await db.mailboxes.where('kind').equals('message').count()).toBe(2);
      }
      db.close();
      fresh.close();
    },
  );
});
