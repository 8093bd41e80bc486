/**
 * Monitor > Policy, Virus and Outbreak Quarantines: the held messages, Release (the message
 * continues to delivery), Delete, Delay Scheduled Exit, and the default action when retention
 * expires on the simulated clock.
 */
import { fail, ok, type Result } from '../engine/errors.ts';
import { emptyOutcome, type PipelineOutcome } from '../engine/mailflow/outcome.ts';
import { expiredItems, logDeletion, releaseFromQuarantine, withReleaseExtras } from '../engine/mailflow/quarantine.ts';
import type { QuarantineItem, TrackingRecord } from '../engine/mailflow/types.ts';
import { DEFAULT_SCOPE } from '../engine/scope.ts';
import type { ServiceContext } from './context.ts';
import { mailStore, serialQueue, type MailPorts } from './mail-service.ts';

export function createQuarantineService(ctx: ServiceContext, ports: MailPorts, queue = serialQueue()) {
  const { db } = ctx;
  const store = mailStore(ctx);

  /** Releases or deletes items and stores the outcome (tracking, deliveries, removal) at once. */
  async function settle(items: QuarantineItem[], how: (item: QuarantineItem) => 'release' | 'delete' | 'release-extras', why: string, scope: string): Promise<number> {
    const config = await store.committed(scope);
    const ids = await store.counters();
    const now = await ctx.now();
    const total: PipelineOutcome = emptyOutcome();
    const records = new Map<number, TrackingRecord>();
    for (const item of items) {
      const record = records.get(item.mid) ?? (await db.tracking.get(item.mid));
      if (!record) continue;
      records.set(item.mid, record);
      const action = how(item);
      if (action === 'delete') {
        logDeletion(item, record, now, why);
      } else {
        const message = action === 'release-extras' ? withReleaseExtras(item.message, config.quarantines.find((q) => q.name === item.quarantine)) : item.message;
        const out = await releaseFromQuarantine(item, record, { config, now, ids, evaluateDlp: ports.evaluateDlp, encrypt: ports.encrypt }, message);
        total.deliveries.push(...out.deliveries);
      }
    }
    total.records.push(...records.values());
    await db.transaction('rw', [db.tracking, db.mailboxes, db.quarantine, db.kv, db.messages], async () => {
      await store.save(total, ids);
      await db.quarantine.bulkDelete(items.map((i) => i.id!));
    });
    return items.length;
  }

  const find = async (id: number) => db.quarantine.get(id);

  return {
    /** Messages held, optionally in one quarantine, oldest first. */
    list: (quarantine?: string): Promise<QuarantineItem[]> =>
      quarantine ? db.quarantine.where('quarantine').equals(quarantine).sortBy('at') : db.quarantine.orderBy('scheduledExit').toArray(),

    /** Release: the message continues to delivery (encrypted if its action said so). */
    release(id: number, scope = DEFAULT_SCOPE): Promise<Result<{ released: number }>> {
      return queue(async () => {
        const item = await find(id);
        if (!item) return fail('mail.not-found');
        return ok({ released: await settle([item], () => 'release', 'released by the administrator', scope) });
      });
    },

    /** Delete: the message is removed and never delivered. */
    delete(id: number, scope = DEFAULT_SCOPE): Promise<Result<{ deleted: number }>> {
      return queue(async () => {
        const item = await find(id);
        if (!item) return fail('mail.not-found');
        return ok({ deleted: await settle([item], () => 'delete', 'deleted by the administrator', scope) });
      });
    },

    /** Delay Scheduled Exit by `ms`. */
    async delay(id: number, ms: number): Promise<Result<{ scheduledExit: number }>> {
      if (!Number.isInteger(ms) || ms <= 0) return fail('clock.invalid-advance');
      return db.transaction('rw', db.quarantine, async () => {
        const item = await find(id);
        if (!item) return fail<{ scheduledExit: number }>('mail.not-found');
        const scheduledExit = item.scheduledExit + ms;
        await db.quarantine.update(id, { scheduledExit });
        return ok({ scheduledExit });
      });
    },

    /** Applies each quarantine's default action to messages whose retention has ended. */
    processExpired(scope = DEFAULT_SCOPE): Promise<{ released: number; deleted: number }> {
      return queue(async () => {
        const now = await ctx.now();
        const due = expiredItems(await db.quarantine.where('scheduledExit').belowOrEqual(now).toArray(), now);
        if (!due.length) return { released: 0, deleted: 0 };
        const config = await store.committed(scope);
        const actionOf = (i: QuarantineItem) => config.quarantines.find((q) => q.name === i.quarantine)?.defaultAction ?? 'delete';
        await settle(due, (i) => (actionOf(i) === 'release' ? 'release-extras' : 'delete'), 'retention period ended', scope);
        return { released: due.filter((i) => actionOf(i) === 'release').length, deleted: due.filter((i) => actionOf(i) === 'delete').length };
      });
    },
  };
}
