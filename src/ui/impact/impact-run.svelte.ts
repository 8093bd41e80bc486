/**
 * One Preview impact run, driven from the page: ask the worker for the plan, then replay it in
 * batches, adding each batch's rows to the totals as they come (progress), and stop between
 * batches on Cancel. All replay work is in the worker; the page only adds up small batches, so it
 * stays responsive. A cancelled run is dropped whole: nothing was ever stored.
 */
import type { ImpactPlan, ImpactQuery, ImpactTotals, ReplayRow } from '../../api/impact.ts';
import { addToTotals, changed, emptyTotals } from '../../engine/mailflow/impact.ts';
import type { AppError } from '../../engine/errors.ts';
import type { AppState } from '../app-state.svelte.ts';

/** Messages per worker call: small enough for frequent progress, large enough that calls cost little. */
const BATCH = 250;

export class ImpactRun {
  state = $state<'idle' | 'running' | 'done' | 'cancelled' | 'failed'>('idle');
  plan = $state.raw<ImpactPlan | null>(null);
  done = $state(0);
  totals = $state.raw<ImpactTotals>(emptyTotals());
  /** The messages whose disposition changes, in MID order. */
  changedRows = $state.raw<ReplayRow[]>([]);
  error = $state.raw<AppError | null>(null);
  /** Originals pruned between the plan and their batch. */
  missing = $state(0);
  elapsedMs = $state(0);
  private stopped = false;

  constructor(private readonly app: AppState) {}

  get total(): number {
    return this.plan?.mids.length ?? 0;
  }

  async start(query: ImpactQuery): Promise<void> {
    this.stopped = false;
    Object.assign(this, {
      state: 'running',
      plan: null,
      done: 0,
      totals: emptyTotals(),
      changedRows: [],
      error: null,
      missing: 0,
      elapsedMs: 0,
    });
    const started = performance.now();
    const plan = await this.app.guard(() => this.app.api.impact.plan(query, this.app.scope));
    if (!plan.ok) return this.fail(plan.error);
    this.plan = plan.value;
    const mids = this.plan.mids;
    let totals = emptyTotals();
    const found: ReplayRow[] = [];
    for (let i = 0; i < mids.length; i += BATCH) {
      if (this.stopped) break;
      const r = await this.app.guard(() => this.app.api.impact.replay(mids.slice(i, i + BATCH), this.app.scope));
      if (!r.ok) return this.fail(r.error);
      if (this.stopped) break;
      const { rows, missing } = r.value;
      totals = addToTotals(totals, rows);
      found.push(...rows.filter((row) => changed(row.before, row.after)));
      // New objects each batch: the page's raw state sees the change.
      this.totals = { ...totals, outcomes: { ...totals.outcomes }, severities: { ...totals.severities } };
      this.changedRows = [...found];
      this.missing += missing.length;
      this.done = Math.min(mids.length, i + BATCH);
      this.elapsedMs = performance.now() - started;
    }
    this.elapsedMs = performance.now() - started;
    this.state = this.stopped ? 'cancelled' : 'done';
  }

  /** Stops after the batch in hand; what was replayed so far is discarded by the page. */
  cancel(): void {
    this.stopped = true;
  }

  private fail(error: AppError): void {
    this.error = error;
    this.state = 'failed';
  }
}
