/**
 * The challenge service on the real engine: Start keeps the learner's world aside and Restore gives
 * it back whole; hints, commits and real time are recorded and make the score; a time limit ends
 * the attempt; bad requests change nothing.
 */
import { describe, expect, it } from 'vitest';
import { challenges } from '../../src/challenges/list.ts';
import { score, HINT_COST, EXTRA_COMMIT_COST, SCORE_BASE, SCORE_FLOOR, SLOW_CAP } from '../../src/challenges/score.ts';
import { createContext } from '../../src/worker/context.ts';
import { createChallengeService } from '../../src/worker/challenge-service.ts';
import { sampleById } from '../../src/engine/mailflow/samples.ts';
import { fresh } from '../helpers/fresh.ts';
import { allOriginals } from '../helpers/originals.ts';
import { putOriginalBatch } from '../../src/worker/originals.ts';
import { mailboxBatchTables, putMailboxBatch } from '../../src/worker/mailbox-batch.ts';
import { allMailboxItems } from '../helpers/mailboxes.ts';

const first = challenges[0];

/** The service with a wall clock the test moves. */
async function withClock() {
  const { db, svc } = await fresh();
  const clock = { t: 1_800_000_000_000 };
  const service = createChallengeService(await createContext(db), {
    api: () => svc,
    trafficRunning: async () => false,
    wallNow: () => clock.t,
  });
  return { db, svc, service, clock };
}

describe('score', () => {
  it('is the base less hints, commits beyond the first and started half-minutes beyond par, never below the floor', () => {
    expect(score({ hints: 0, commits: 1, seconds: 60, parMinutes: 4 }).total).toBe(SCORE_BASE);
    expect(score({ hints: 0, commits: 0, seconds: 0, parMinutes: 4 }).total).toBe(SCORE_BASE);
    expect(score({ hints: 2, commits: 3, seconds: 4 * 60 + 31, parMinutes: 4 })).toEqual({
      total: SCORE_BASE - 2 * HINT_COST - 2 * EXTRA_COMMIT_COST - 20,
      base: SCORE_BASE,
      hintPenalty: 2 * HINT_COST,
      commitPenalty: 2 * EXTRA_COMMIT_COST,
      timePenalty: 20,
      seconds: 271,
    });
    expect(score({ hints: 0, commits: 1, seconds: 10_000, parMinutes: 1 }).timePenalty).toBe(SLOW_CAP);
    expect(score({ hints: 9, commits: 20, seconds: 10_000, parMinutes: 1 }).total).toBe(SCORE_FLOOR);
  });
});

describe('the challenge service', () => {
  it('when a challenge starts then the learner’s world is kept aside, and Restore gives it back whole', async () => {
    const { svc } = await fresh();
    const { candidate } = await svc.config.view();
    await svc.config.submit('encryption', { ...candidate.encryption, adminEmail: 'mine@example.com' }, 'mine');
    await svc.config.commit('my own work');
    await svc.mail.send(sampleById('lunch-invitation')!.build());
    const { candidate: c2 } = await svc.config.view();
    await svc.config.submit('dlp', { ...c2.dlp, matchedContentLogging: true }, 'pending, not committed');
    const clockBefore = await svc.clock.now();

    const started = await svc.challenges.start(first.id);
    expect(started.ok && started.value.savedState).toBe(true);
    expect((await svc.config.view()).committed.encryption.adminEmail).not.toBe('mine@example.com');
    expect((await svc.config.view()).pending).toEqual([]);

    const restored = await svc.challenges.restore();
    expect(restored.ok).toBe(true);
    const view = await svc.config.view();
    expect(view.committed.encryption.adminEmail).toBe('mine@example.com');
    expect(view.pending.map((p) => p.description)).toEqual(['pending, not committed']);
    const tracked = await svc.tracking.search({});
    expect(tracked.rows.map((r) => r.subject)).toEqual(['Lunch on Thursday?']);
    expect(await svc.clock.now()).toBe(clockBefore);
    expect(await svc.challenges.current()).toBeNull();
    const again = await svc.challenges.restore();
    expect(!again.ok && again.error.code).toBe('challenge.nothing-saved');
  });

  it('when the learner’s world holds many traffic batches then Restore gives every original and mailbox item back, a few rows at a time', async () => {
    const { db, svc } = await fresh();
    await db.transaction('rw', mailboxBatchTables(db), async () => {
      for (let b = 0; b < 20; b++)
        await putMailboxBatch(
          db,
          [1, 2, 3].map((k) => ({ address: `r${k}@example.net`, at: b, kind: 'message', mid: b * 3 + k, subject: `batch ${b}` }) as never),
        );
    });
    await db.mailboxes.add({ address: 'r1@example.net', at: 99, kind: 'message', mid: 61, subject: 'composed' } as never);
    const myMail = await allMailboxItems(db);
    // 20 batch rows (more than one copy chunk of big rows) and a composed message after them.
    await db.transaction('rw', db.messageBatches, async () => {
      for (let b = 0; b < 20; b++)
        await putOriginalBatch(
          db,
          [1, 2, 3].map((k) => ({ mid: b * 3 + k, at: b, message: { subject: `batch ${b}` } as never })),
        );
    });
    await db.messages.put({ mid: 61, at: 99, message: { subject: 'composed' } as never });
    const mine = await allOriginals(db);
    expect((await svc.challenges.start(first.id)).ok).toBe(true);
    expect(await allOriginals(db)).not.toEqual(mine);
    expect((await svc.challenges.restore()).ok).toBe(true);
    expect(await allOriginals(db)).toEqual(mine);
    expect(mine).toHaveLength(61);
    expect(await allMailboxItems(db)).toEqual(myMail);
    expect(myMail.map((m) => m.id)).toEqual(Array.from({ length: 61 }, (_, i) => i + 1));
    // Mail delivered after the restore takes an id no restored item has.
    expect(
      await db.mailboxes.add({ address: 'r1@example.net', at: 100, kind: 'message', mid: 62, subject: 'later' } as never),
    ).toBeGreaterThan(61);
  });

  it('when a second challenge starts during the first then Restore still gives back the learner’s own world', async () => {
    const { svc } = await fresh();
    const { candidate } = await svc.config.view();
    await svc.config.submit('encryption', { ...candidate.encryption, adminEmail: 'mine@example.com' }, 'mine');
    await svc.config.commit('my own work');
    expect((await svc.challenges.start(first.id)).ok).toBe(true);
    expect((await svc.challenges.start(first.id)).ok).toBe(true);
    await svc.challenges.restore();
    expect((await svc.config.view()).committed.encryption.adminEmail).toBe('mine@example.com');
  });

  it('when the learner keeps the challenge’s world then nothing is restored later', async () => {
    const { svc } = await fresh();
    await svc.challenges.start(first.id);
    await svc.challenges.dismiss();
    expect(await svc.challenges.current()).toBeNull();
    const r = await svc.challenges.restore();
    expect(!r.ok && r.error.code).toBe('challenge.nothing-saved');
  });

  it('when an unknown challenge is asked for then nothing changes', async () => {
    const { svc } = await fresh();
    const before = await svc.config.view();
    const r = await svc.challenges.start('no-such-thing');
    expect(!r.ok && r.error.code).toBe('challenge.unknown');
    expect(await svc.config.view()).toEqual(before);
    expect(await svc.challenges.current()).toBeNull();
  });

  it('when no challenge is in play then check, hint and give up say so', async () => {
    const { svc } = await fresh();
    for (const r of [await svc.challenges.check(), await svc.challenges.hint(), await svc.challenges.giveUp()])
      expect(!r.ok && r.error.code).toBe('challenge.none');
  });

  it('hints are shown one by one, and no more than there are', async () => {
    const { svc } = await fresh();
    await svc.challenges.start(first.id);
    for (let i = 1; i <= first.hints.length; i += 1) {
      const r = await svc.challenges.hint();
      expect(r.ok && r.value.hintsShown).toEqual(first.hints.slice(0, i));
    }
    const r = await svc.challenges.hint();
    expect(!r.ok && r.error.code).toBe('challenge.no-more-hints');
    expect((await svc.challenges.current())?.debrief).toBeNull();
  });

  it('the score is computed from what was recorded: hints bought, the player’s commits and real time', async () => {
    const { service, svc, clock } = await withClock();
    const started = await service.start(first.id);
    expect(started.ok && started.value.commits).toBe(0);
    await service.hint();
    const failed = await service.check();
    expect(failed.ok && failed.value.fixed).toBe(false);
    // Two commits: an unrelated one, then the fix.
    const { candidate } = await svc.config.view();
    await svc.config.submit('appliance', { ...candidate.appliance, hostname: 'esa9.example.com' }, 'x');
    await svc.config.commit('unrelated');
    await first.fix.apply(svc);
    clock.t += (first.parMinutes * 60 + 61) * 1000;
    const solved = await service.check();
    expect(solved.ok && solved.value.fixed).toBe(true);
    const attempt = solved.ok ? solved.value.attempt : null;
    expect(attempt?.state).toBe('solved');
    expect(attempt?.commits).toBe(2);
    expect(attempt?.checks).toBe(2);
    expect(attempt?.debrief).toBe(first.debrief);
    expect(attempt?.score).toEqual(score({ hints: 1, commits: 2, seconds: first.parMinutes * 60 + 61, parMinutes: first.parMinutes }));
    expect(attempt?.score?.total).toBe(SCORE_BASE - HINT_COST - EXTRA_COMMIT_COST - 30);
    expect(await service.bestScores()).toEqual({ [first.id]: { score: attempt?.score?.total, at: clock.t, hints: 1 } });
    const after = await service.check();
    expect(!after.ok && after.error.code).toBe('challenge.ended');
  });

  it('a better score replaces the best, a worse one does not', async () => {
    const { service, svc, clock } = await withClock();
    await service.start(first.id);
    await first.fix.apply(svc);
    await service.check();
    const best = (await service.bestScores())[first.id];
    await service.start(first.id);
    await service.hint();
    await first.fix.apply(svc);
    clock.t += 1000;
    await service.check();
    expect((await service.bestScores())[first.id]).toEqual(best);
  });

  it('when the time limit passes then the attempt ends without a score and shows the debrief', async () => {
    const { service, clock } = await withClock();
    const limited = challenges.find((c) => c.timeLimitMinutes);
    if (!limited) throw new Error('no challenge has a time limit');
    await service.start(limited.id);
    clock.t += limited.timeLimitMinutes! * 60_000 + 1;
    const attempt = await service.current();
    expect(attempt?.state).toBe('timed-out');
    expect(attempt?.debrief).toBe(limited.debrief);
    const r = await service.check();
    expect(!r.ok && r.error.code).toBe('challenge.ended');
  });

  it('giving up ends the attempt with the debrief and no score', async () => {
    const { svc } = await fresh();
    await svc.challenges.start(first.id);
    const r = await svc.challenges.giveUp();
    expect(r.ok && r.value.state).toBe('gave-up');
    expect(r.ok && r.value.debrief).toBe(first.debrief);
    expect(r.ok && r.value.score).toBeNull();
    expect(await svc.challenges.bestScores()).toEqual({});
  });
});
