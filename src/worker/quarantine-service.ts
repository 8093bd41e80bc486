/**
 * Monitor > Policy, Virus and Outbreak Quarantines: the held messages, Release (the message
 * continues to delivery), Delete, Delay Scheduled Exit, and the default action when retention
 * expires on the simulated clock.
 */
import { fail, ok, type Result } from '../engine/errors.ts';
import { emptyOutcome, type PipelineOutcome } from '../engine/mailflow/outcome.ts';
import { expiredItems, logDeletion, releaseFromQuarantine, withReleaseExtras } from '../engine/mailflow/quarantine.ts';
import type { QuarantineItem, TrackingRecord } from '../engine/mailflow/types.ts';
import { DEFAULT_SCOPE, machineScope } from '../engine/scope.ts';
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import type { ServiceContext } from './context.ts';
import { mailStore, serialQueue, type MailPorts } from './mail-service.ts';
import { readLayout } from '../db/views/levels.ts';

/**
 * `portsFor` gives a cluster member's ports, as for the mail service: a message held for esa2 is
 * released by esa2 (its configuration, its provisioning); standalone, `ports` serve every release.
 */
export function createQuarantineService(
  ctx: ServiceContext,
  ports: MailPorts,
  queue = serialQueue(),
  portsFor?: (scope: string) => MailPorts,
) {
  const { db } = ctx;
  const store = mailStore(ctx);

  /**
   * The machine a held message belongs to: in a cluster, the member whose tracking record holds
   * it (whatever mode the page is in); otherwise the scope the caller named.
   */
  async function memberOf(record: TrackingRecord, scope: string): Promise<string> {
    const layout = await readLayout(db);
    if (layout?.mode !== 'cluster') return scope;
    return layout.machines.some((m) => m.hostname === record.host) ? machineScope(record.host) : scope;
  }
  const portsOf = (scope: string): MailPorts => (scope !== DEFAULT_SCOPE && portsFor ? portsFor(scope) : ports);

  /** Releases or deletes items and stores the outcome (tracking, deliveries, removal) at once. */
  async function settle(
    items: QuarantineItem[],
    how: (item: QuarantineItem) => 'release' | 'delete' | 'release-extras',
    why: string,
    scope: string,
  ): Promise<number> {
    const configs = new Map<string, ApplianceConfig>();
    const configOf = async (s: string) => configs.get(s) ?? configs.set(s, await store.committed(s)).get(s)!;
    // Under the id lock: a release allocates MIDs/DCIDs, and its records are read afresh on each attempt.
    return store.allocate(async (ids) => {
      // Only what is still held: another tab's worker may have released or deleted an item since it was read.
      const still = await db.quarantine.bulkGet(items.map((i) => i.id!));
      const held = items.filter((_, n) => still[n] !== undefined);
      const now = await ctx.now();
      const total: PipelineOutcome = emptyOutcome();
      const records = new Map<number, TrackingRecord>();
      for (const item of held) {
        const record = records.get(item.mid) ?? (await db.tracking.get(item.mid));
        if (!record) continue;
        records.set(item.mid, record);
        const action = how(item);
        if (action === 'delete') {
          logDeletion(item, record, now, why);
        } else {
          const member = await memberOf(record, scope);
          const config = await configOf(member);
          const p = portsOf(member);
          const message =
            action === 'release-extras'
              ? withReleaseExtras(
                  item.message,
                  config.quarantines.find((q) => q.name === item.quarantine),
                )
              : item.message;
          const out = await releaseFromQuarantine(
            item,
            record,
            { config, now, ids, evaluateDlp: p.evaluateDlp, encrypt: p.encrypt },
            message,
          );
          total.deliveries.push(...out.deliveries);
          total.queued.push(...out.queued);
        }
      }
      total.records.push(...records.values());
      await db.transaction('rw', [db.tracking, db.mailboxes, db.quarantine, db.kv, db.messages], async () => {
        await store.save(total, ids);
        await db.quarantine.bulkDelete(held.map((i) => i.id!));
      });
      return held.length;
    });
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
        const released = await settle([item], () => 'release', 'released by the administrator', scope);
        return released ? ok({ released }) : fail('mail.not-found');
      });
    },

    /** Delete: the message is removed and never delivered. */
    delete(id: number, scope = DEFAULT_SCOPE): Promise<Result<{ deleted: number }>> {
      return queue(async () => {
        const item = await find(id);
        if (!item) return fail('mail.not-found');
        const deleted = await settle([item], () => 'delete', 'deleted by the administrator', scope);
        return deleted ? ok({ deleted }) : fail('mail.not-found');
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
        // Each message follows its own machine's quarantine settings (one machine when standalone).
        const records = await db.tracking.bulkGet(due.map((i) => i.mid));
        const actions = new Map<QuarantineItem, 'release' | 'delete'>();
        for (const [n, item] of due.entries()) {
          const record = records[n];
          const config = await store.committed(record ? await memberOf(record, scope) : scope);
          actions.set(item, config.quarantines.find((q) => q.name === item.quarantine)?.defaultAction ?? 'delete');
        }
        const actionOf = (i: QuarantineItem) => actions.get(i) ?? 'delete';
        await settle(due, (i) => (actionOf(i) === 'release' ? 'release-extras' : 'delete'), 'retention period ended', scope);
        return {
          released: due.filter((i) => actionOf(i) === 'release').length,
          deleted: due.filter((i) => actionOf(i) === 'delete').length,
        };
      });
    },
  };
}
