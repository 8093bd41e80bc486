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
    this.version(1).stores({
      config: 'scope',
      pending: 'scope',
      commits: '++id, scope, at',
      kv: 'key',
    });
    // Version 2: the mocked Registered Envelope Service and per-appliance profile provisioning.
    this.version(2).stores({
      resAccounts: 'number, name',
      resRequests: 'id, status, accountNumber, fulfilAt',
      resRecipients: 'address',
      resMessages: 'id, accountNumber, sentAt, sender',
      resKeys: 'messageId',
      provisioning: '[scope+profile], scope',
    });
    // Version 3: the mail flow — message tracking (indexed for its searches), the messages as
    // received, simulated mailboxes and policy quarantines.
    this.version(3).stores({
      tracking:
        'mid, parentMid, receivedAt, envelopeFrom, *recipients, *eventTypes, *dlpPolicies, dlpSeverity, *attachments, *subjectWords, messageIdHeader, host',
      messages: 'mid',
      mailboxes: '++id, address, at, mid, kind',
      quarantine: '++id, quarantine, mid, scheduledExit',
    });
    // Version 4: tracking at scale. [dlpSeverity+receivedAt] answers "DLP incidents of a severity in
    // a time range" from the index alone (the DLP Incidents report, and tracking's severity search);
    // a severity other than 'none' exists exactly when the message had a DLP violation.
    this.version(4).stores({ tracking: TRACKING_INDEXES });
    // Version 5: a traffic run stores its originals a batch to a row (src/worker/originals.ts reads
    // both tables), and the mailboxes drop the `at` and `mid` indexes no query used (an index entry
    // is a write per item). Nothing stored moves: single originals stay where they are.
    this.version(5).stores({
      messageBatches: 'mid, last, count',
      mailboxes: '++id, address, kind',
    });
    // Version 6: a traffic run delivers a batch's mail as one row, and who it went to as another
    // (src/db/views/mailboxes.ts reads them with the mailboxes). Nothing stored moves.
    this.version(6).stores({ mailboxBatches: 'id, last', mailboxBatchIndex: 'id' });
  }
}
