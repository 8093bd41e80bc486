/**
 * The appliance's encryption queue and the key service's reachability (the RES Portal's switch):
 * messages the key service did not answer wait in the queue (kept in the kv store), and are retried
 * when the simulated clock moves and when the service is switched back on. A retry encrypts and
 * delivers, keeps waiting, or bounces with the sender notified once the profile's Encryption Queue
 * Timeout has passed.
 */
import { kvGet, kvKeys, kvPut } from '../db/kv.ts';
import type { PlaygroundDb } from '../db/schema.ts';
import { readLayout } from '../db/views/levels.ts';
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import { bouncesAt, retryQueued } from '../engine/mailflow/encryption-queue.ts';
import { emptyOutcome, type PipelineOutcome } from '../engine/mailflow/outcome.ts';
import type { QueuedEncryption, TrackingRecord } from '../engine/mailflow/types.ts';
import { DEFAULT_SCOPE, machineScope } from '../engine/scope.ts';
import type { EncryptionQueueEntry } from '../api/encryption.ts';
import type { ServiceContext } from './context.ts';
import { mailStore, serialQueue, type MailPorts } from './mail-service.ts';

/** Inside a write transaction over kv: adds messages to the encryption queue. */
export async function appendQueued(db: PlaygroundDb, items: readonly QueuedEncryption[]): Promise<void> {
  if (!items.length) return;
  await kvPut(db, kvKeys.encryptionQueue, [...((await kvGet(db, kvKeys.encryptionQueue)) ?? []), ...items]);
}

/** Whether the simulated key service answers (the RES Portal's switch; on unless switched off). */
export const resReachable = async (db: PlaygroundDb): Promise<boolean> => (await kvGet(db, kvKeys.resUnreachable)) !== true;

/** `portsFor` gives a cluster member's ports: a queued message is retried by the machine that queued it. */
export function createEncryptionQueueService(
  ctx: ServiceContext,
  ports: MailPorts,
  queue = serialQueue(),
  portsFor?: (scope: string) => MailPorts,
) {
  const { db } = ctx;
  const store = mailStore(ctx);

  /** The machine whose tracking record holds the message (in a cluster), else the default scope. */
  async function memberOf(record: TrackingRecord): Promise<string> {
    const layout = await readLayout(db);
    if (layout?.mode !== 'cluster') return DEFAULT_SCOPE;
    return layout.machines.some((m) => m.hostname === record.host) ? machineScope(record.host) : DEFAULT_SCOPE;
  }
  const portsOf = (scope: string): MailPorts => (scope !== DEFAULT_SCOPE && portsFor ? portsFor(scope) : ports);

  /** Retries every queued message now; stores what happened at once. */
  function retryAll(): Promise<{ delivered: number; bounced: number; waiting: number }> {
    return queue(() =>
      store.allocate(async (ids) => {
        const items = (await kvGet(db, kvKeys.encryptionQueue)) ?? [];
        if (!items.length) return { delivered: 0, bounced: 0, waiting: 0 };
        const now = await ctx.now();
        const configs = new Map<string, ApplianceConfig>();
        const configOf = async (s: string) => configs.get(s) ?? configs.set(s, await store.committed(s)).get(s)!;
        const total: PipelineOutcome = emptyOutcome();
        const records = new Map<number, TrackingRecord>();
        const still: QueuedEncryption[] = [];
        let delivered = 0;
        for (const item of items) {
          const record = records.get(item.mid) ?? (await db.tracking.get(item.mid));
          // A message whose record is gone (Start over, cleared tracking) has nothing left to retry.
          if (!record) continue;
          records.set(item.mid, record);
          const member = await memberOf(record);
          const p = portsOf(member);
          const config = await configOf(member);
          const r = await retryQueued(item, record, { config, now, ids, evaluateDlp: p.evaluateDlp, encrypt: p.encrypt });
          total.deliveries.push(...r.outcome.deliveries);
          if (r.stillQueued) still.push(r.stillQueued);
          else if (r.outcome.deliveries.some((d) => d.kind === 'encrypted')) delivered += 1;
        }
        total.records.push(...records.values());
        const done = new Set(items.map((i) => i.mid));
        await db.transaction('rw', [db.tracking, db.mailboxes, db.quarantine, db.kv, db.messages], async () => {
          await store.save(total, ids);
          // Messages queued meanwhile (none from this worker: sends share the serial queue) are kept.
          const current = (await kvGet(db, kvKeys.encryptionQueue)) ?? [];
          await kvPut(db, kvKeys.encryptionQueue, [...current.filter((i) => !done.has(i.mid)), ...still]);
        });
        return { delivered, bounced: items.length - delivered - still.length, waiting: still.length };
      }),
    );
  }

  return {
    retryAll,
    /** The messages waiting in the encryption queue, oldest first, with when each bounces. */
    async list(): Promise<EncryptionQueueEntry[]> {
      const items = (await kvGet(db, kvKeys.encryptionQueue)) ?? [];
      const rows: EncryptionQueueEntry[] = [];
      for (const item of items) {
        const record = await db.tracking.get(item.mid);
        const config = await store.committed(record ? await memberOf(record) : DEFAULT_SCOPE);
        rows.push({
          mid: item.mid,
          subject: item.message.subject,
          sender: item.message.envelopeFrom,
          recipients: [...item.recipients],
          profile: item.encryption.profile,
          queuedAt: item.queuedAt,
          attempts: item.attempts,
          bouncesAt: bouncesAt(item, { config }),
        });
      }
      return rows.sort((a, b) => a.queuedAt - b.queuedAt);
    },
    /** Whether the key service answers. */
    reachable: (): Promise<boolean> => resReachable(db),
    /** Switches the key service on or off; switched back on, the queue is retried at once. */
    async setReachable(reachable: boolean): Promise<{ reachable: boolean; delivered: number }> {
      await kvPut(db, kvKeys.resUnreachable, !reachable);
      const delivered = reachable ? (await retryAll()).delivered : 0;
      return { reachable, delivered };
    },
  };
}
