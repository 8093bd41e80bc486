/**
 * Troubleshooting challenges in play: Start keeps the learner's simulation aside, empties it and
 * builds the challenge's broken start through the contract; "I think I fixed it" runs the goal and
 * answers only whether it is fixed; hints are bought; the score is computed from what was recorded
 * (wall-clock time, hints, the player's commits); Restore puts the learner's own state back.
 */
import { kvDelete, kvGet, kvKeys, kvPut } from '../db/kv.ts';
import { fail, ok, type Result } from '../engine/errors.ts';
import { HINT_COST, score } from '../challenges/score.ts';
import type { Challenge, ChallengePort } from '../challenges/types.ts';
import type { AttemptRecord, BestScores, ChallengeAttempt, ChallengeSummary, CheckAnswer } from '../api/challenges.ts';
import type { ServiceContext } from './context.ts';
import { forgetSavedState, hasSavedState, restoreState, saveState } from './saved-state.ts';

/** What the service needs beside the database. */
export interface ChallengeDeps {
  /** The engine itself: set-ups, goals and fixes go through the same contract as the pages. */
  readonly api: () => ChallengePort & { tutorial: { startOver(scope?: string): Promise<void> } };
  /** Whether a traffic run is going on (a challenge cannot replace the world under it). */
  readonly trafficRunning: () => Promise<boolean>;
  /** Real time, for the score (the simulated clock is the player's to move). */
  readonly wallNow?: () => number;
}

/**
 * The challenges, loaded on first use: their set-ups bring the sample messages and their builders,
 * which the engine does not need to answer its first call.
 */
let catalogue: Promise<readonly Challenge[]> | null = null;
const loadChallenges = () => (catalogue ??= import('../challenges/list.ts').then((m) => m.challenges));
const challengeById = async (id: string) => (await loadChallenges()).find((c) => c.id === id);

const summary = (c: Challenge): ChallengeSummary => {
  return {
    id: c.id,
    title: c.title,
    reporter: c.reporter,
    symptom: c.symptom,
    objective: c.objective,
    parMinutes: c.parMinutes,
    timeLimitMinutes: c.timeLimitMinutes ?? null,
    hints: c.hints.length,
    hintCost: HINT_COST,
  };
};

export function createChallengeService(ctx: ServiceContext, deps: ChallengeDeps) {
  const { db } = ctx;
  const wallNow = deps.wallNow ?? (() => Date.now());

  const newestCommit = async () => ((await db.commits.orderBy('id').last())?.id ?? 0) as number;
  const commitsSince = async (before: number) => db.commits.where('id').above(before).count();

  /** The stored attempt, ended by its time limit if that passed. */
  async function record(): Promise<AttemptRecord | null> {
    const r = (await kvGet(db, kvKeys.challengeAttempt)) ?? null;
    if (!r || r.state !== 'playing') return r;
    const limit = (await challengeById(r.challenge))?.timeLimitMinutes;
    if (!limit || wallNow() - r.startedAt <= limit * 60_000) return r;
    return end(r, 'timed-out', r.startedAt + limit * 60_000);
  }

  async function end(r: AttemptRecord, state: AttemptRecord['state'], at: number, extra: Partial<AttemptRecord> = {}) {
    const ended: AttemptRecord = { ...r, ...extra, state, endedAt: at, commitsAtEnd: await commitsSince(r.commitsBefore) };
    await kvPut(db, kvKeys.challengeAttempt, ended);
    return ended;
  }

  async function view(r: AttemptRecord): Promise<ChallengeAttempt> {
    const c = (await challengeById(r.challenge))!;
    return {
      challenge: r.challenge,
      state: r.state,
      startedAt: r.startedAt,
      endedAt: r.endedAt,
      hintsShown: c.hints.slice(0, r.hints),
      commits: r.commitsAtEnd ?? (await commitsSince(r.commitsBefore)),
      checks: r.checks,
      score: r.score,
      debrief: r.state === 'playing' ? null : c.debrief,
      savedState: await hasSavedState(db),
    };
  }

  /** The attempt in play, or a failure saying why there is none to act on. */
  async function playing(): Promise<Result<AttemptRecord>> {
    const r = await record();
    if (!r) return fail('challenge.none');
    if (r.state !== 'playing') return fail('challenge.ended');
    return ok(r);
  }

  return {
    /** Every challenge, by its symptom. */
    list: async (): Promise<ChallengeSummary[]> => (await loadChallenges()).map(summary),
    /** The attempt in play or just ended, if any. */
    async current(): Promise<ChallengeAttempt | null> {
      const r = await record();
      return r ? view(r) : null;
    },
    /**
     * Start: the learner's state is kept aside (unless a copy from an earlier challenge is already
     * kept: that one is the learner's own), the world emptied, the broken start built.
     */
    async start(id: string): Promise<Result<ChallengeAttempt>> {
      const challenge = await challengeById(id);
      if (!challenge) return fail('challenge.unknown', undefined, `“${id}”`);
      if (await deps.trafficRunning()) return fail('challenge.busy');
      const current = await kvGet(db, kvKeys.challengeAttempt);
      if (!(current && (await hasSavedState(db)))) await saveState(db, await ctx.now());
      await kvDelete(db, kvKeys.challengeAttempt);
      const api = deps.api();
      try {
        await api.tutorial.startOver();
        await challenge.setup(api);
      } catch (e) {
        await restoreState(db);
        return fail('challenge.setup-failed', undefined, e instanceof Error ? e.message : String(e));
      }
      const r: AttemptRecord = {
        challenge: id,
        state: 'playing',
        startedAt: wallNow(),
        endedAt: null,
        hints: 0,
        checks: 0,
        commitsBefore: await newestCommit(),
        commitsAtEnd: null,
        score: null,
      };
      await kvPut(db, kvKeys.challengeAttempt, r);
      return ok(await view(r));
    },
    /** "I think I fixed it": runs the goal; says only whether it is fixed. Solving records the score. */
    async check(): Promise<Result<CheckAnswer>> {
      const p = await playing();
      if (!p.ok) return p;
      const challenge = (await challengeById(p.value.challenge))!;
      const fixed = await challenge.goal(deps.api());
      const counted = { ...p.value, checks: p.value.checks + 1 };
      if (!fixed) {
        await kvPut(db, kvKeys.challengeAttempt, counted);
        return ok({ fixed, attempt: await view(counted) });
      }
      const at = wallNow();
      const commits = await commitsSince(counted.commitsBefore);
      const s = score({ hints: counted.hints, commits, seconds: (at - counted.startedAt) / 1000, parMinutes: challenge.parMinutes });
      const solved = await end(counted, 'solved', at, { score: s });
      const best = (await kvGet(db, kvKeys.challengeScores)) ?? {};
      if (!best[challenge.id] || best[challenge.id].score < s.total)
        await kvPut(db, kvKeys.challengeScores, { ...best, [challenge.id]: { score: s.total, at, hints: counted.hints } });
      return ok({ fixed, attempt: await view(solved) });
    },
    /** Buys the next hint. */
    async hint(): Promise<Result<ChallengeAttempt>> {
      const p = await playing();
      if (!p.ok) return p;
      if (p.value.hints >= (await challengeById(p.value.challenge))!.hints.length) return fail('challenge.no-more-hints');
      const r = { ...p.value, hints: p.value.hints + 1 };
      await kvPut(db, kvKeys.challengeAttempt, r);
      return ok(await view(r));
    },
    /** Gives up: the attempt ends without a score, and the debrief is shown. */
    async giveUp(): Promise<Result<ChallengeAttempt>> {
      const p = await playing();
      if (!p.ok) return p;
      return ok(await view(await end(p.value, 'gave-up', wallNow())));
    },
    /** Restore: the state from before the first challenge comes back; the attempt is closed. */
    async restore(): Promise<Result<{ restored: true }>> {
      if (!(await restoreState(db))) return fail('challenge.nothing-saved');
      await kvDelete(db, kvKeys.challengeAttempt);
      return ok({ restored: true });
    },
    /** Leave the challenge and keep what is on screen: the saved state is forgotten. */
    async dismiss(): Promise<void> {
      await kvDelete(db, kvKeys.challengeAttempt);
      await forgetSavedState(db);
    },
    /** Whether the simulation from before a challenge is kept (also after a start cut short by a crash). */
    hasSavedState: () => hasSavedState(db),
    /** Best scores on this browser. */
    bestScores: async (): Promise<BestScores> => (await kvGet(db, kvKeys.challengeScores)) ?? {},
  };
}
