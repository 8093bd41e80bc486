/**
 * The tutorial's live state in the UI: the snapshot (re-read whenever the tables the checks depend
 * on change), each lesson's and sub-step's state derived from it, and the learner's place.
 */
import type { AppState } from '../app-state.svelte.ts';
import { onChange } from '../live.ts';
import { coalesce } from '../shared/coalesce.ts';
import { tutorialInputs } from '../../db/views/changes.ts';
import { lessonState } from '../../tutorial/checks.ts';
import { lessons, requiredLessons } from '../../tutorial/lessons.ts';
import type { CheckState, Lesson } from '../../tutorial/types.ts';
import type { TutorialSnapshot } from '../../api/tutorial.ts';

/** At most one snapshot per this many milliseconds while the simulation is being written to. */
const REFRESH_INTERVAL_MS = 500;

export class TutorialProgress {
  snapshot = $state.raw<TutorialSnapshot | null>(null);
  current = $state(lessons[0].id);
  busy = $state<string | null>(null);
  error = $state<string | null>(null);

  readonly lesson = $derived(lessons.find((l) => l.id === this.current) ?? lessons[0]);
  readonly stepStates = $derived(
    new Map(
      lessons.map((l) => [l.id, this.snapshot ? l.steps.map((s) => s.check(this.snapshot!)) : l.steps.map((): CheckState => 'todo')]),
    ),
  );
  readonly lessonStates = $derived(new Map(lessons.map((l) => [l.id, lessonState(this.stepStates.get(l.id) ?? [], l.steps)])));
  /** Required lessons done: an optional lesson neither adds to progress nor holds it back. */
  readonly doneCount = $derived(requiredLessons.filter((l) => this.lessonStates.get(l.id) === 'done').length);

  private unsubscribe: (() => void) | null = null;

  constructor(private readonly app: AppState) {}

  /** Starts following the simulation and restores the learner's place. */
  async start(): Promise<void> {
    // A worker restarting just now answers with an error: start at the first lesson rather than fail unheard.
    const saved = await this.app.read(() => this.app.api.tutorial.progress());
    const lesson = saved.ok ? saved.value.lesson : lessons[0].id;
    this.current = lessons.some((l) => l.id === lesson) ? lesson : lessons[0].id;
    const db = this.app.db;
    // Any write to what the checks read refreshes the snapshot (computed in the worker); a traffic
    // run writes a batch every few hundred milliseconds, so refreshes are coalesced, and the reads
    // that watch for writes run at most once per interval too (not once per batch).
    const refresh = coalesce(() => this.refresh(), REFRESH_INTERVAL_MS);
    this.unsubscribe = onChange(() => tutorialInputs(db), refresh, REFRESH_INTERVAL_MS);
  }

  stop(): void {
    this.unsubscribe?.();
  }

  async refresh(): Promise<void> {
    try {
      this.snapshot = await this.app.api.tutorial.snapshot(this.app.scope);
    } catch {
      // A restarting worker: the next change refreshes again.
    }
  }

  stateOf(lesson: Lesson): CheckState {
    return this.lessonStates.get(lesson.id) ?? 'todo';
  }

  go(id: string): void {
    this.current = id;
    void this.save();
  }

  private async save(): Promise<void> {
    await this.app.read(() => this.app.api.tutorial.saveProgress({ lesson: this.current }));
  }

  /** Runs a slow tutorial operation (solutions can take seconds) and reports failures. */
  async perform(label: string, op: () => Promise<{ ok: boolean; error?: { message: string } } | void>): Promise<void> {
    this.busy = label;
    this.error = null;
    try {
      const r = await op();
      if (r && !r.ok) this.error = r.error?.message ?? 'Failed.';
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.busy = null;
      await this.refresh();
    }
  }
}
