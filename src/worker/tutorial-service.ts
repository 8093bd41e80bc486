/**
 * The tutorial's view of the simulation: a snapshot the lessons' pure checks read, the learner's
 * progress (kept in the database so it survives reloads), "Do it for me" and the demo jump that
 * apply lessons through the same service the pages use, and Start over.
 */
import { countOriginals } from './originals.ts';
import { kvClearSimulation, kvGet, kvKeys, kvPut } from '../db/kv.ts';
import { fail, ok, type Result } from '../engine/errors.ts';
import { defaultConfig } from '../engine/config/defaults.ts';
import { DEFAULT_SCOPE, machineScope } from '../engine/scope.ts';
import { defaultSmaQuarantines } from '../engine/site/index.ts';
import { lessonLabel, lessons } from '../tutorial/lessons.ts';
import type { TutorialPort } from '../tutorial/types.ts';
import type { TutorialSnapshot } from '../api/tutorial.ts';
import type { ServiceContext } from './context.ts';
import { settleRes } from './res-service.ts';
import { effectiveCandidate, effectiveCommitted, readLayout } from '../db/views/levels.ts';
import { mailboxItems } from '../db/views/mailboxes.ts';
import type { TutorialProgress } from '../api/tutorial.ts';

export function createTutorialService(ctx: ServiceContext, api: () => TutorialPort) {
  const { db } = ctx;

  async function snapshot(scope = DEFAULT_SCOPE): Promise<TutorialSnapshot> {
    const now = await ctx.now();
    await settleRes(db, now);
    const row = await db.config.get(scope);
    // In a cluster a level sees what it inherits; standalone this is exactly the stored row.
    const committed = row ? await effectiveCommitted(db, scope) : defaultConfig();
    const candidate = (row && (await effectiveCandidate(db, scope))) ?? committed;
    const layout = await readLayout(db);
    const members =
      layout?.mode === 'cluster'
        ? await Promise.all(
            layout.machines.map(async (m) => ({
              host: m.hostname,
              serial: m.serial,
              provisioned: (await db.provisioning.where('scope').equals(machineScope(m.hostname)).toArray()).map((p) => p.profile),
            })),
          )
        : [];
    const encrypted = await db.tracking.where('eventTypes').equals('encrypted').toArray();
    const resMessages = await db.resMessages.toArray();
    return {
      now,
      committed,
      candidate,
      resRequests: (await db.resRequests.toArray()).map((r) => ({
        id: r.id,
        status: r.status,
        serials: r.serials,
        fulfilAt: r.fulfilAt,
        accountName: r.accountName,
      })),
      resAccounts: (await db.resAccounts.toArray()).map((a) => ({
        number: a.number,
        name: a.name,
        serials: a.serials,
        administrators: a.administrators,
        domains: a.domains,
      })),
      provisioned: (await db.provisioning.where('scope').equals(scope).toArray()).map((p) => p.profile),
      members,
      smaQuarantines: layout?.sma.quarantines ?? defaultSmaQuarantines(),
      encryptedViolations: encrypted
        .filter((r) => r.eventTypes.includes('dlp-violation'))
        .map((r) => ({ mid: r.mid, contentLogged: r.dlp.contentLogged, recipients: r.recipients })),
      envelopesOpened: resMessages.filter((m) => m.opens.length > 0).length,
      // Read receipts come from the recipient's side, one at a time: never in a traffic batch.
      readReceipts: await db.mailboxes.where('kind').equals('read-receipt').count(),
      replayableMessages: await countOriginals(db),
      impactPreviewedAt: (await kvGet(db, kvKeys.impactPreviewed)) ?? null,
    };
  }

  async function run(lessonIds: readonly string[]): Promise<Result<{ applied: string[] }>> {
    const applied: string[] = [];
    for (const id of lessonIds) {
      const lesson = lessons.find((l) => l.id === id);
      if (!lesson) return fail('tutorial.unknown-lesson', undefined, `“${id}”`);
      try {
        await lesson.solve(api());
      } catch (e) {
        return fail(
          'tutorial.solution-failed',
          undefined,
          `Lesson ${lessonLabel(lesson)} (${lesson.title}): ${e instanceof Error ? e.message : String(e)}`,
        );
      }
      applied.push(id);
    }
    return ok({ applied });
  }

  const service = {
    snapshot,
    /** The newest Registered Envelope page delivered to an address. */
    async latestEnvelope(address: string): Promise<string | null> {
      const newest = (await mailboxItems(db, address)).find((m) => m.kind === 'encrypted');
      const envelope = newest?.attachments.find((a) => /^securedoc_.*\.html$/.test(a.filename));
      return envelope ? new TextDecoder().decode(envelope.content) : null;
    },
    /** The learner's progress (panel open, current lesson). */
    progress: async (): Promise<TutorialProgress> => (await kvGet(db, kvKeys.tutorial)) ?? { open: true, lesson: lessons[0].id },
    async saveProgress(p: Partial<TutorialProgress>): Promise<void> {
      await db.transaction('rw', db.kv, async () => {
        const current = (await kvGet(db, kvKeys.tutorial)) ?? { open: true, lesson: lessons[0].id };
        await kvPut(db, kvKeys.tutorial, { open: p.open ?? current.open, lesson: p.lesson ?? current.lesson });
      });
    },
    /** Do it for me: applies one lesson's solution. */
    solve: (lessonId: string) => run([lessonId]),
    /**
     * Demo mode: every required lesson before `lessonId` applied, in order (already-done ones are
     * re-applied harmlessly). Optional ones are skipped: later lessons never build on them.
     */
    jumpTo(lessonId: string) {
      const index = lessons.findIndex((l) => l.id === lessonId);
      if (index < 0) return Promise.resolve(fail<{ applied: string[] }>('tutorial.unknown-lesson', undefined, `“${lessonId}”`));
      return run(
        lessons
          .slice(0, index)
          .filter((l) => !l.optional)
          .map((l) => l.id),
      );
    },
    /** Reset lesson: a clean simulation with every earlier lesson applied, so this one starts afresh. */
    async resetLesson(lessonId: string, scope = DEFAULT_SCOPE): Promise<Result<{ applied: string[] }>> {
      if (!lessons.some((l) => l.id === lessonId)) return fail('tutorial.unknown-lesson', undefined, `“${lessonId}”`);
      await service.startOver(scope);
      return service.jumpTo(lessonId);
    },
    /** Start over: the appliance back to factory defaults and the simulated world emptied; the clock keeps going. */
    async startOver(_scope = DEFAULT_SCOPE): Promise<void> {
      // Always back to the standalone appliance: a cluster and its levels are part of what is reset.
      const scope = DEFAULT_SCOPE;
      const row = await db.config.get(scope);
      const tables = [
        db.config,
        db.pending,
        db.resAccounts,
        db.resRequests,
        db.resRecipients,
        db.resMessages,
        db.resKeys,
        db.provisioning,
        db.tracking,
        db.messages,
        db.messageBatches,
        db.mailboxes,
        db.mailboxBatches,
        db.mailboxBatchIndex,
        db.quarantine,
        db.kv,
      ];
      await db.transaction('rw', tables, async () => {
        for (const t of [
          db.pending,
          db.resAccounts,
          db.resRequests,
          db.resRecipients,
          db.resMessages,
          db.resKeys,
          db.provisioning,
          db.tracking,
          db.messages,
          db.messageBatches,
          db.mailboxes,
          db.mailboxBatches,
          db.mailboxBatchIndex,
          db.quarantine,
        ])
          await t.clear();
        // The site, counters and every appliance's update state go; the clock and the learner's place stay.
        await kvClearSimulation(db);
        await db.config.where('scope').notEqual(scope).delete();
        await db.config.put({ scope, config: defaultConfig(row?.config.appliance), revision: (row?.revision ?? 0) + 1 });
      });
    },
  };
  return service;
}
