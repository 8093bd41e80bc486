/**
 * Preview impact: recorded messages replayed under the committed and the pending configuration of a
 * level, in batches the page asks for (so it shows progress and can stop between them), writing
 * nothing to tracking, mailboxes, quarantines or the key service. The originals a replay needs are
 * the messages as received, kept up to a retention the user sets; older ones are pruned.
 */
import { RETENTION_MAX, RETENTION_MIN, type ImpactBatch, type ImpactPlan, type ImpactQuery } from '../api/impact.ts';
import { kvKeys, kvPut } from '../db/kv.ts';
import type { PlaygroundDb } from '../db/schema.ts';
import { effectiveCandidate, effectiveCommitted, readLayout } from '../db/views/levels.ts';
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import { fail, ok, type Result } from '../engine/errors.ts';
import { replayMessage, type ReplayRow } from '../engine/mailflow/impact.ts';
import { DEFAULT_SCOPE } from '../engine/scope.ts';
import { chainOf } from '../engine/site/index.ts';
import type { ServiceContext } from './context.ts';
import { scopeDryEncryptor } from './mail-ports.ts';
import type { MailPorts } from './mail-service.ts';
import { keptOriginals, originalsOf, pruneOriginals, retentionOf } from './originals.ts';

/** Most messages one batch replays: a batch is one worker call, well under its time limit. */
export const MAX_BATCH = 500;

/** Pending changes at a level and the levels it inherits from. */
async function pendingCount(db: PlaygroundDb, scope: string): Promise<number> {
  const layout = await readLayout(db);
  const chain = layout ? chainOf(layout, scope) : [scope];
  return (await db.pending.bulkGet(chain)).reduce((n, p) => n + (p?.changes.length ?? 0), 0);
}

export function createImpactService(ctx: ServiceContext, ports: MailPorts) {
  const { db } = ctx;
  const configs = async (scope: string): Promise<{ before: ApplianceConfig; after: ApplianceConfig }> => {
    const before = await effectiveCommitted(db, scope);
    return { before, after: (await effectiveCandidate(db, scope)) ?? before };
  };

  return {
    /** Which messages a preview replays (first MIDs, oldest first) and what it cannot replay. */
    async plan(query: ImpactQuery, scope = DEFAULT_SCOPE): Promise<Result<ImpactPlan>> {
      if (query.last !== 'all' && (!Number.isInteger(query.last) || query.last < 1))
        return fail('impact.invalid', [
          { path: 'last', message: 'Choose how many messages to replay: a whole number of at least 1, or all.' },
        ]);
      if (query.from !== null && query.to !== null && query.from > query.to)
        return fail('impact.invalid', [{ path: 'to', message: 'The end of the range is before its start.' }]);
      const lower = query.from ?? -Infinity;
      const upper = query.to ?? Infinity;
      // Original messages only (a splintered part is replayed with its original), newest first.
      let tracked = await db.tracking
        .where('receivedAt')
        .between(lower, upper, true, true)
        .filter((r) => r.parentMid === null)
        .primaryKeys();
      tracked = tracked.sort((a, b) => b - a);
      const chosen = query.last === 'all' ? tracked : tracked.slice(0, query.last);
      const kept = await keptOriginals(db, chosen);
      const mids = chosen.filter((m) => kept.has(m)).reverse();
      const { before, after } = await configs(scope);
      const pendingChanges = await pendingCount(db, scope);
      // The tutorial's optional lesson checks that a change was previewed before its Commit (a kv note;
      // no mail table is touched). With nothing pending, before and after are one configuration: nothing was previewed.
      if (pendingChanges > 0) await kvPut(db, kvKeys.impactPreviewed, await ctx.now());
      return ok({
        mids,
        tracked: tracked.length,
        notReplayable: chosen.length - mids.length,
        retention: await retentionOf(db),
        pendingChanges,
        matchedContentLogging: { before: before.dlp.matchedContentLogging, after: after.dlp.matchedContentLogging },
      });
    },

    /** Replays some of a plan's messages under both configurations; nothing is stored. */
    async replay(mids: readonly number[], scope = DEFAULT_SCOPE): Promise<Result<ImpactBatch>> {
      if (mids.length > MAX_BATCH) return fail('impact.invalid', [{ path: 'mids', message: `At most ${MAX_BATCH} messages a batch.` }]);
      const { before, after } = await configs(scope);
      const originals = await originalsOf(db, mids);
      // Encryption is answered as the dry run does, but against the configuration replayed (a pending profile is not provisioned yet).
      const portsFor = (config: ApplianceConfig) => ({
        evaluateDlp: ports.evaluateDlp,
        encrypt: scopeDryEncryptor(ctx, scope, async () => config),
      });
      const rows: ReplayRow[] = [];
      const missing: number[] = [];
      for (const [i, original] of originals.entries()) {
        if (!original) missing.push(mids[i]!);
        else rows.push(await replayMessage(original, before, after, portsFor));
      }
      return ok({ rows, missing });
    },

    /** How many originals are kept for replay. */
    retention: (): Promise<number> => retentionOf(db),

    /** Sets the retention and prunes what it no longer keeps. */
    async setRetention(n: number): Promise<Result<{ retention: number; pruned: number }>> {
      if (!Number.isInteger(n) || n < RETENTION_MIN || n > RETENTION_MAX)
        return fail('impact.invalid', [
          {
            path: 'retention',
            message: `Keep between ${RETENTION_MIN.toLocaleString('en')} and ${RETENTION_MAX.toLocaleString('en')} messages.`,
          },
        ]);
      await kvPut(db, kvKeys.replayRetention, n);
      return ok({ retention: n, pruned: await pruneOriginals(db, n) });
    },
  };
}
