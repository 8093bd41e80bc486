/**
 * The state every page shares: the engine client, the live committed and pending configuration
 * (read from IndexedDB with liveQuery, so the worker's writes appear by themselves), the simulated
 * clock, and the notices shown to the user. Passed to pages through context.
 */
import { createContext } from 'svelte';
import { liveQuery } from 'dexie';
import type { PlaygroundDb } from '../db/schema.ts';
import type { ApplianceConfig, ConfigSection } from '../engine/config/schema/index.ts';
import type { PendingState } from '../engine/config/pending.ts';
import type { AppError, Result } from '../engine/errors.ts';
import { DEFAULT_SCOPE } from '../engine/scope.ts';
import type { EngineClient } from '../worker/client.ts';

/** A message in the notice area. */
export interface Notice {
  readonly id: number;
  readonly kind: 'success' | 'error' | 'info';
  readonly text: string;
}

let noticeIds = 0;

export class AppState {
  /** The committed configuration of the current scope (null until the worker has seeded it). */
  committed = $state.raw<ApplianceConfig | null>(null);
  /** The pending state, if anything was submitted and not committed. */
  pending = $state.raw<PendingState | null>(null);
  /** The simulated time, ms since the epoch. */
  now = $state<number | null>(null);
  notices = $state<Notice[]>([]);
  /** Whether the tutorial panel is open (kept with the learner's progress). */
  tutorialOpen = $state(false);
  /** What pages show and edit: the pending candidate, else the committed configuration. */
  readonly candidate = $derived(this.pending?.candidate ?? this.committed);
  readonly pendingCount = $derived(this.pending?.changes.length ?? 0);

  constructor(
    readonly client: EngineClient,
    readonly db: PlaygroundDb,
    readonly scope: string = DEFAULT_SCOPE,
  ) {
    liveQuery(() => db.config.get(scope)).subscribe((row) => (this.committed = row?.config ?? null));
    liveQuery(() => db.pending.get(scope)).subscribe((row) => (this.pending = row ?? null));
    liveQuery(() => db.kv.get('clock')).subscribe((row) => (this.now = (row?.value as number | undefined) ?? null));
    // Start the worker now: it seeds a fresh database, which the live queries above then see.
    void this.guard(async () => ({ ok: true, value: await client.api.ping() }));
    void this.guard(async () => ({ ok: true, value: (this.tutorialOpen = (await client.api.tutorial.progress()).open) }));
    client.onRestart((reason) =>
      this.notify('error', reason === 'timeout'
        ? 'The engine stopped responding and was restarted. Your saved data is intact.'
        : 'The engine stopped unexpectedly and was restarted. Your saved data is intact.'),
    );
  }

  /** The service (typed through Comlink). */
  get api() {
    return this.client.api;
  }

  /** Opens or closes the tutorial panel and remembers the choice. */
  toggleTutorial(open = !this.tutorialOpen): void {
    this.tutorialOpen = open;
    void this.guard(async () => ({ ok: true, value: await this.api.tutorial.saveProgress({ open }) }));
  }

  /** Shows a notice for a while (errors stay until dismissed). */
  notify(kind: Notice['kind'], text: string): void {
    const id = ++noticeIds;
    this.notices = [...this.notices, { id, kind, text }];
    if (kind !== 'error') setTimeout(() => this.dismiss(id), 5000);
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  /** Submit on a page: one section, as plain data. Returns the error for the form to show. */
  async submit(section: ConfigSection, value: unknown, description: string): Promise<AppError | null> {
    const result = await this.guard(() => this.api.config.submit(section, $state.snapshot(value) as never, description, this.scope));
    if (result.ok) this.notify('success', 'Changes submitted. Commit them to make them take effect.');
    return result.ok ? null : result.error;
  }

  /** Runs a service call, turning a worker restart into an error result the page can show. */
  async guard<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await call();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return { ok: false, error: { code: 'engine.crashed', message } };
    }
  }
}

export const [getApp, setApp] = createContext<AppState>();
