/**
 * The one Dexie database of the simulator. Every version that ever shipped stays declared here with
 * its upgrade, so a learner's saved work survives every update. The worker writes what the engine
 * produces; the UI reads through liveQuery (Dexie broadcasts the worker's writes to other contexts).
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import type { PendingState } from '../engine/config/pending.ts';
import type { CommitRow } from '../api/config.ts';
import type { MailboxItem, MailboxKind, OutgoingMessage, QuarantineItem, TrackingRecord } from '../engine/mailflow/types.ts';
import type { ProvisioningRecord } from '../engine/encryption/provisioning.ts';
import type { RecipientAccount } from '../engine/res/types.ts';
import type { EnvelopeKey, ProvisioningRequest, ResAccount, ResMessage } from '../engine/encryption/key-service.ts';

/** Committed configuration of one scope (`machine:<hostname>`, later `cluster`, `group:<name>`). */
export interface ConfigRow {
  scope: string;
  config: ApplianceConfig;
  revision: number;
}

/** Small named values: the simulated clock, the site layout, counters. */
export interface KvRow {
  key: string;
  value: unknown;
}

/** A customer account at the mocked Registered Envelope Service. */
export type ResAccountRow = ResAccount;
/** A provisioning request sent to the key service's desk (pending until fulfilled on the clock). */
export type ResRequestRow = ProvisioningRequest;
/** A recipient's registration at the key service, by lower-case address. */
export type ResRecipientRow = RecipientAccount;
/** What the key service knows about one encrypted message (never its content). */
export type ResMessageRow = ResMessage;
/** A message's key, held by the key service only. */
export type ResKeyRow = EnvelopeKey;
/** A profile provisioned on one appliance scope (not part of the configuration). */
export type ProvisioningRow = ProvisioningRecord;

/** A message as it was received, by its first MID (for .eml export and details). */
export interface StoredMessageRow {
  mid: number;
  at: number;
  message: OutgoingMessage;
}

/**
 * The originals of one traffic batch as one row, keyed by the first one's MID: each row written to
 * IndexedDB has a fixed cost (about as much as 4 kB of value), so a batch of 250 is one write, not
 * 250. `last` (the last one's MID) and `count` are indexed so lookups and counting read keys only.
 */
export interface StoredBatchRow {
  mid: number;
  last: number;
  count: number;
  items: StoredMessageRow[];
}

/**
 * A traffic batch's mailbox deliveries as one row (as its originals), keyed by the first one's id.
 * The ids come from the mailboxes' own key generator, so one id space holds both tables' items; a
 * batch's ids are consecutive, and `last` is indexed for the lookup by id.
 */
export interface StoredMailboxBatchRow {
  id: number;
  last: number;
  items: MailboxItem[];
}

/**
 * Who a mailbox batch row delivered to, as [address, id, kind] per item, in a small row of its own
 * (same key): listing the mailboxes and finding an address's batches read these, never the
 * messages. Not a multi-entry index: Dexie tracks each index key of a single-row write for its
 * live queries, and 300 keys a batch cost the page more than the write saved.
 */
export interface StoredMailboxBatchIndexRow {
  id: number;
  deliveries: [address: string, id: number, kind: MailboxKind][];
}

export type { CommitRow };

export const DB_NAME = 'dlp-playground';

/** The tracking table's indexes (since version 4), also the pipeline benchmark's floor table's. */
export const TRACKING_INDEXES =
  'mid, parentMid, receivedAt, envelopeFrom, *recipients, *eventTypes, *dlpPolicies, dlpSeverity, *attachments, *subjectWords, messageIdHeader, host, [dlpSeverity+receivedAt]';

/** The schema's version: raise it, and change SCHEMA, when a table or an index changes. */
export const SCHEMA_VERSION = 6;

/** Every table and its indexes, as of SCHEMA_VERSION (primary key first, as Dexie writes them). */
export const SCHEMA: Readonly<Record<string, string>> = {
  config: 'scope',
  pending: 'scope',
  commits: '++id, scope, at',
  kv: 'key',
  resAccounts: 'number, name',
  resRequests: 'id, status, accountNumber, fulfilAt',
  resRecipients: 'address',
  resMessages: 'id, accountNumber, sentAt, sender',
  resKeys: 'messageId',
  provisioning: '[scope+profile], scope',
  tracking: TRACKING_INDEXES,
  messages: 'mid',
  messageBatches: 'mid, last, count',
  mailboxes: '++id, address, kind',
  mailboxBatches: 'id, last',
  mailboxBatchIndex: 'id',
  quarantine: '++id, quarantine, mid, scheduledExit',
};

/** The simulator's database. */
export class PlaygroundDb extends Dexie {
  config!: EntityTable<ConfigRow, 'scope'>;
  pending!: EntityTable<PendingState & { scope: string }, 'scope'>;
  commits!: EntityTable<CommitRow, 'id'>;
  kv!: EntityTable<KvRow, 'key'>;
  resAccounts!: EntityTable<ResAccountRow, 'number'>;
  resRequests!: EntityTable<ResRequestRow, 'id'>;
  resRecipients!: EntityTable<ResRecipientRow, 'address'>;
  resMessages!: EntityTable<ResMessageRow, 'id'>;
  resKeys!: EntityTable<ResKeyRow, 'messageId'>;
  provisioning!: Table<ProvisioningRow, [string, string]>;
  tracking!: EntityTable<TrackingRecord, 'mid'>;
  messages!: EntityTable<StoredMessageRow, 'mid'>;
  messageBatches!: EntityTable<StoredBatchRow, 'mid'>;
  mailboxes!: EntityTable<MailboxItem, 'id'>;
  mailboxBatches!: EntityTable<StoredMailboxBatchRow, 'id'>;
  mailboxBatchIndex!: EntityTable<StoredMailboxBatchIndexRow, 'id'>;
  quarantine!: EntityTable<QuarantineItem, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    // Only the current version is declared. Dexie compares it with the schema a database was
    // left in and adds, changes or drops what differs, so an older database (1 to 5) upgrades
    // in one step; nothing moves between tables, so no version needs an upgrade function.
    // Declaring all six made Dexie re-read every earlier version at each one: about 30 ms of
    // every page load (120 ms at 4× CPU slowdown), on the main thread and again in the worker.
    // The history, kept by test/db/schema-history.test.ts:
    //   1: configuration, the pending changes, commits, kv;
    //   2: the mocked Registered Envelope Service and per-appliance profile provisioning;
    //   3: the mail flow: tracking, the messages as received, mailboxes and quarantines;
    //   4: tracking's [dlpSeverity+receivedAt] index (DLP incidents of a severity in a time range);
    //   5: traffic originals a batch to a row; mailboxes drop the unused `at` and `mid` indexes;
    //   6: a traffic batch's mailbox deliveries as one row, and who they went to as another.
    this.version(SCHEMA_VERSION).stores(SCHEMA);
  }
}
