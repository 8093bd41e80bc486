/**
 * Mail as a service: send a composed message through the pipeline and record everything it
 * produced in one transaction (a message is either fully tracked or not at all); the dry run (the
 * same pipeline with harmless ports, nothing stored); .eml import and export. Sends are serialised
 * so MIDs stay in order, and take their ids under the id lock shared with other tabs' workers.
 */
import { kvGet, kvKeys, kvPut } from '../db/kv.ts';
import { idLock, type IdLock } from './id-lock.ts';
import { originalOf, pruneOriginals, putOriginalBatch } from './originals.ts';
import { appendQueued } from './encryption-queue-service.ts';
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import { fail, ok, type Result } from '../engine/errors.ts';
import type { PipelineOutcome } from '../engine/mailflow/outcome.ts';
import { processMessage } from '../engine/mailflow/pipeline.ts';
import { counters, type Counters, type DlpEvaluator, type Encryptor, type IdAllocator } from '../engine/mailflow/ports.ts';
import type { OutgoingMessage, TrackingRecord } from '../engine/mailflow/types.ts';
import { validateMessage } from '../engine/mailflow/validate-message.ts';
import { DEFAULT_SCOPE } from '../engine/scope.ts';
import type { ServiceContext } from './context.ts';
import { effectiveCommitted } from '../db/views/levels.ts';
import { mailboxItem } from '../db/views/mailboxes.ts';
import { mailboxBatchTables, putMailboxBatch } from './mailbox-batch.ts';
import type { SendReceipt, DryRunReport } from '../api/mail.ts';

// The MIME parser and writer (postal-mime, mimetext) load on the first .eml read or written, not with the engine.
const mime = () => import('../engine/mailflow/mime.ts');

/** What the mail service needs besides the database: the DLP engine and the two encryptors. */
export interface MailPorts {
  readonly evaluateDlp: DlpEvaluator;
  /** Encrypts for real (stores the key at the RES). */
  readonly encrypt: Encryptor | null;
  /** Answers what encryption would do, storing nothing (for the dry run). */
  readonly encryptDry: Encryptor | null;
}

/** Counters read for one allocation: what was read (`start`) and what the work advanced them to (`state`). */
export type Allocation = IdAllocator & { readonly state: Counters; readonly start: Counters };

const ZERO: Counters = { mid: 0, icid: 0, dcid: 0 };

/** The allocation that follows `ids` once what it allocated is stored: it starts where `ids` ended. */
export const continued = (ids: Allocation): Allocation => ({ ...counters(ids.state), start: { ...ids.state } });

/** How often an allocation whose counters another worker moved is run again before giving up. */
const ALLOCATION_ATTEMPTS = 20;
/** Waits a little longer after each lost race, so the other worker's run of allocations ends first. */
const backOff = (attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, attempt * 5));

/** Another worker stored messages between this allocation's read of the counters and its write. */
class CountersMoved extends Error {
  constructor() {
    super('the MID/ICID/DCID counters moved during the allocation');
  }
}

const sameCounters = (a: Counters, b: Counters) => a.mid === b.mid && a.icid === b.icid && a.dcid === b.dcid;

/**
 * Shared by the mail, tracking and quarantine services: committed config, counters, storing an
 * outcome. Ids come only from `allocate`, never from a counter this worker keeps: every tab has its
 * own worker over the same database, so a number read earlier may already be someone else's.
 */
export function mailStore(ctx: ServiceContext, lock: IdLock = idLock(ctx.db.name)) {
  const { db } = ctx;

  /** Inside a write transaction: the counters must still be the ones the allocation read, then advance. */
  async function advanceCounters(ids: Allocation): Promise<void> {
    const stored = (await kvGet(db, kvKeys.counters)) ?? ZERO;
    if (!sameCounters(stored, ids.start)) throw new CountersMoved();
    await kvPut(db, kvKeys.counters, { ...ids.state });
  }

  async function read(): Promise<Allocation> {
    const start = (await kvGet(db, kvKeys.counters)) ?? ZERO;
    return { ...counters(start), start: { ...start } };
  }

  return {
    /** A machine's committed configuration: in a cluster, its effective one (each section from the level defining it). */
    committed: (scope = DEFAULT_SCOPE): Promise<ApplianceConfig> => effectiveCommitted(db, scope),
    /** Counters to look ahead with (the dry run): nothing allocated with them may be stored. */
    counters: read,
    /**
     * Runs `work` with freshly read counters under the id lock; `work` stores through `save` or
     * `saveBatch`, which check inside their transaction that nobody moved the counters meanwhile.
     * If someone did (only possible without Web Locks), nothing was stored and `work` runs again
     * on the new counters: a message is stored once, with numbers nobody else has.
     */
    allocate<T>(work: (ids: Allocation) => Promise<T>): Promise<T> {
      return lock(async () => {
        for (let attempt = 1; ; attempt += 1) {
          try {
            return await work(await read());
          } catch (e) {
            if (!(e instanceof CountersMoved) || attempt >= ALLOCATION_ATTEMPTS) throw e;
            await backOff(attempt);
          }
        }
      });
    },
    /** Stores an outcome in one transaction, with the counters it advanced (refused if they moved since the allocation). */
    async save(outcome: PipelineOutcome, ids: Allocation, original?: { mid: number; at: number; message: OutgoingMessage }): Promise<void> {
      await db.transaction('rw', [db.tracking, db.messages, db.mailboxes, db.quarantine, db.kv], async () => {
        await advanceCounters(ids);
        await db.tracking.bulkPut(outcome.records);
        if (outcome.deliveries.length) await db.mailboxes.bulkAdd(outcome.deliveries);
        if (outcome.quarantined.length) await db.quarantine.bulkAdd(outcome.quarantined);
        await appendQueued(db, outcome.queued);
        if (original) await db.messages.put(original);
      });
      if (original) await pruneOriginals(db);
    },
    /**
     * Stores many outcomes in one transaction with bulk writes (the traffic generator's batches), as
     * `save`; `also` writes more in the same transaction (the run's progress). The caller keeps the
     * originals within the retention (the traffic run, without counting them after every batch).
     */
    async saveBatch(
      items: readonly { outcome: PipelineOutcome; original: { mid: number; at: number; message: OutgoingMessage } }[],
      ids: Allocation,
      also?: () => Promise<void>,
    ): Promise<void> {
      const records = items.flatMap((i) => i.outcome.records);
      const deliveries = items.flatMap((i) => i.outcome.deliveries);
      const quarantined = items.flatMap((i) => i.outcome.quarantined);
      // Every request is issued at once rather than each after the previous one's answer: the
      // database works through them in order while this thread serialises the next, and the batch
      // costs one round trip instead of seven (the mailbox rows take two more, for their ids). The
      // counters are read first (requests run in the order issued), and a mismatch rejects, which
      // aborts the transaction with all its writes.
      await db.transaction('rw', [db.tracking, db.messageBatches, ...mailboxBatchTables(db), db.quarantine, db.kv], () =>
        Promise.all([
          advanceCounters(ids),
          db.tracking.bulkPut(records),
          putMailboxBatch(db, deliveries),
          quarantined.length ? db.quarantine.bulkAdd(quarantined) : null,
          appendQueued(
            db,
            items.flatMap((i) => i.outcome.queued),
          ),
          putOriginalBatch(
            db,
            items.map((i) => i.original),
          ),
          also?.(),
        ]),
      );
    },
  };
}

/** A serial queue: each task starts when the previous one has finished. */
export function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = tail.then(task, task);
    tail = next.catch(() => undefined);
    return next;
  };
}

/**
 * `portsFor` gives the ports of another cluster member (mail sent "through" it encrypts with that
 * machine's provisioning); without it, or for the default machine, `ports` serve every send.
 */
export function createMailService(ctx: ServiceContext, ports: MailPorts, queue = serialQueue(), portsFor?: (scope: string) => MailPorts) {
  const store = mailStore(ctx);

  async function run(input: OutgoingMessage, dryRun: boolean, scope: string, ids: Allocation) {
    const config = await store.committed(scope);
    const p = scope !== DEFAULT_SCOPE && portsFor ? portsFor(scope) : ports;
    const now = await ctx.now();
    const outcome = await processMessage(input, {
      config,
      now,
      ids,
      evaluateDlp: p.evaluateDlp,
      encrypt: dryRun ? p.encryptDry : p.encrypt,
    });
    return { outcome, now };
  }

  return {
    /** Sends a message through the appliance; everything it produced is stored at once. */
    send(message: OutgoingMessage, scope = DEFAULT_SCOPE): Promise<Result<SendReceipt>> {
      const checked = validateMessage(message);
      if (!checked.ok) return Promise.resolve(checked);
      return queue(() =>
        store.allocate(async (ids) => {
          const { outcome, now } = await run(checked.value, false, scope, ids);
          const first = outcome.records[0];
          await store.save(outcome, ids, { mid: first.mid, at: now, message: { ...checked.value, messageId: first.messageIdHeader } });
          return ok({ mids: outcome.records.map((r) => r.mid), traces: outcome.traces });
        }),
      );
    },

    /** What would happen to a message, stage by stage, without sending or storing anything. */
    async dryRun(message: OutgoingMessage, scope = DEFAULT_SCOPE): Promise<Result<DryRunReport>> {
      const checked = validateMessage(message);
      if (!checked.ok) return checked;
      const { outcome } = await run(checked.value, true, scope, await store.counters());
      return ok({
        traces: outcome.traces,
        events: outcome.records.flatMap((r: TrackingRecord) => r.events.map((e) => ({ mid: r.mid, text: e.text }))),
        deliveries: outcome.deliveries.map((d) => ({ address: d.address, kind: d.kind, subject: d.subject })),
        quarantined: outcome.quarantined.map((q) => ({ quarantine: q.quarantine, copy: q.copy })),
      });
    },

    /** Reads an .eml file into a message for the composer. */
    importEml: async (raw: Uint8Array | string): Promise<Result<OutgoingMessage>> => (await mime()).parseEml(raw),

    /** A composer draft as an .eml file (Download .eml, the Raw MIME editor), dated at the simulated time. */
    async buildEml(message: OutgoingMessage): Promise<Result<{ fileName: string; text: string }>> {
      const slug = message.subject
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60);
      const { buildEml } = await mime();
      try {
        return ok({ fileName: `${slug || 'draft'}.eml`, text: buildEml(message, await ctx.now()) });
      } catch (e) {
        // mimetext refuses some header values; the learner fixes the field, so this is a Result.
        return fail('mail.invalid', [{ path: 'message', message: e instanceof Error ? e.message : String(e) }]);
      }
    },

    /** A message as an .eml file: the original as received (by MID) or a mailbox item (by id). */
    async exportEml(ref: { mid: number } | { mailboxId: number }): Promise<Result<{ fileName: string; text: string }>> {
      const { buildEml } = await mime();
      if ('mid' in ref) {
        const row = await originalOf(ctx.db, ref.mid);
        if (!row) return fail('mail.not-found');
        return ok({ fileName: `MID-${ref.mid}.eml`, text: buildEml(row.message, row.at) });
      }
      const item = await mailboxItem(ctx.db, ref.mailboxId);
      if (!item) return fail('mail.not-found');
      return ok({ fileName: `${item.kind}-MID-${item.mid}.eml`, text: buildEml(item, item.at) });
    },
  };
}
