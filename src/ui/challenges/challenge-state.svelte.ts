/**
 * The challenge in play as the pages see it: the list, the attempt (followed from the database, so
 * the Challenges page and the objective bar agree, across tabs and engine restarts), best scores,
 * and the actions, each through the contract with the long timeout a whole-world rebuild needs.
 */
import { kvGet, kvKeys } from '../../db/kv.ts';
import type { AppError, Result } from '../../engine/errors.ts';
import type { BestScores, ChallengeAttempt, ChallengeSummary } from '../../api/challenges.ts';
import type { AppState } from '../app-state.svelte.ts';
import { follow, rereadAll } from '../live.ts';

/** A rebuild of the whole simulation (save, empty, set up) may take a while on a big history. */
const SLOW_MS = 180_000;

export class ChallengeState {
  list = $state.raw<ChallengeSummary[]>([]);
  attempt = $state.raw<ChallengeAttempt | null>(null);
  best = $state.raw<BestScores>({});
  /** Whether the learner's own simulation is kept aside (shown even without an attempt: a start cut short). */
  saved = $state(false);
  /** What is being done now, for the buttons' labels; null when idle. */
  busy = $state<string | null>(null);
  error = $state<AppError | null>(null);
  /** The last "I think I fixed it" that was not: shown until the next action. */
  notFixed = $state(false);
  readonly summary = $derived(this.list.find((c) => c.id === this.attempt?.challenge) ?? null);
  private readonly stops: (() => void)[] = [];

  constructor(private readonly app: AppState) {}

  /** Starts following the attempt and the scores. */
  start(): void {
    void this.app.read(() => this.app.api.challenges.list()).then((r) => r.ok && (this.list = r.value));
    this.stops.push(
      follow(
        () => kvGet(this.app.db, kvKeys.challengeAttempt),
        () => void this.refresh(),
      ),
      follow(
        () => kvGet(this.app.db, kvKeys.challengeScores),
        (best) => (this.best = best ?? {}),
      ),
    );
  }

  stop(): void {
    this.stops.splice(0).forEach((s) => s());
  }

  /** Reads the attempt again (reading it also ends one whose time limit has passed). */
  async refresh(): Promise<void> {
    const r = await this.app.read(() => this.app.api.challenges.current());
    if (r.ok) this.attempt = r.value;
    const saved = await this.app.read(() => this.app.api.challenges.hasSavedState());
    if (saved.ok) this.saved = saved.value;
  }

  private get slow() {
    return this.app.client.withTimeout(SLOW_MS).challenges;
  }

  /** Runs one action: busy while it runs, its error kept, the attempt re-read after it. */
  private async act<T>(label: string, call: () => Promise<Result<T>>): Promise<Result<T>> {
    this.busy = label;
    this.error = null;
    this.notFixed = false;
    try {
      const r = await this.app.guard(call);
      if (!r.ok) this.error = r.error;
      await this.refresh();
      return r;
    } finally {
      this.busy = null;
    }
  }

  async begin(id: string): Promise<boolean> {
    const r = await this.act('Setting up…', () => this.slow.start(id));
    // The whole world changed under every page: read everything again. No walkthrough during a challenge.
    rereadAll();
    if (r.ok) this.app.toggleTutorial(false);
    return r.ok;
  }

  async check(): Promise<void> {
    const r = await this.act('Checking…', () => this.slow.check());
    if (r.ok && !r.value.fixed) this.notFixed = true;
  }

  hint = () => this.act('Hint…', () => this.app.api.challenges.hint());
  giveUp = () => this.act('Giving up…', () => this.app.api.challenges.giveUp());

  // Arrow functions: the bar passes them to buttons as they are.
  restore = async (): Promise<boolean> => {
    const r = await this.act('Restoring…', () => this.slow.restore());
    rereadAll();
    return r.ok;
  };

  dismiss = async (): Promise<void> => {
    await this.act('Closing…', async () => {
      await this.app.api.challenges.dismiss();
      return { ok: true as const, value: null };
    });
  };
}
