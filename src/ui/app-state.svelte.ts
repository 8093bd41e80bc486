/**
 * The state every page shares: the engine client, the live committed and pending configuration
 * (read from IndexedDB with liveQuery, so the worker's writes appear by themselves), the simulated
 * clock, and the notices shown to the user. Passed to pages through context.
 */
import { createContext } from 'svelte';
import { kvGet, kvKeys } from '../db/kv.ts';
import type { PlaygroundDb } from '../db/schema.ts';
import { levelView, readLayout, totalPending } from '../db/views/levels.ts';
import { follow, rereadAll } from './live.ts';
import type { ApplianceConfig, ConfigSection } from '../engine/config/schema/index.ts';
import { diffConfigs } from '../engine/config/diff.ts';
import type { PendingState } from '../engine/config/pending.ts';
import type { AppError, Result } from '../engine/errors.ts';
import { DEFAULT_SCOPE } from '../engine/scope.ts';
import { definingScope, levelLabel, levelScopes, type LevelSection, type SiteLayout } from '../engine/site/index.ts';
import { DEFAULT_USER, userNamed } from '../engine/model/users.ts';
import { attempt, attemptRead, type EngineClient } from '../api/client.ts';
import type { SectionValue } from '../api/engine-api.ts';

/** A message in the notice area. */
export interface Notice {
  readonly id: number;
  readonly kind: 'success' | 'error' | 'info';
  readonly text: string;
}

let noticeIds = 0;

const USER_KEY = 'dlp-playground.signed-in-user';
/** The account signed in on this browser tab (session storage, like an appliance login session). */
function storedUser(): string {
  try {
    return userNamed(sessionStorage.getItem(USER_KEY) ?? DEFAULT_USER).name;
  } catch {
    return DEFAULT_USER;
  }
}

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
  /** Whether a troubleshooting challenge is in play or just ended: the objective bar shows. */
  challengeShown = $state(false);
  /** Whether one is in play: the tutorial's shortcuts (Do it for me, Jump) are off meanwhile. */
  challengePlaying = $state(false);
  /** What pages show and edit: the pending candidate, else the committed configuration. */
  readonly candidate = $derived(this.pending?.candidate ?? this.committed);
  readonly pendingCount = $derived(this.pending?.changes.length ?? 0);
  /** Every level's pending state (a cluster commits them all at once). */
  allPending = $state.raw<PendingState[]>([]);
  /** The Centralized Management mode pages edit: `cluster`, `group:<name>` or `machine:<host>`. */
  scope = $state(DEFAULT_SCOPE);
  /** The site layout (null until anything cluster-related was done: a standalone appliance). */
  site = $state.raw<SiteLayout | null>(null);
  readonly clustered = $derived(this.site?.mode === 'cluster');
  /** What the header counts: in a cluster every level's pending changes, else the machine's. */
  readonly totalPending = $derived(totalPending(this.site, this.scope, this.allPending));
  /** The machine a machine-only page (monitoring, CLI, provisioning) works on in the current mode. */
  readonly machineScope = $derived(
    this.scope.startsWith('machine:') ? this.scope : this.site ? `machine:${this.site.machines[0].hostname}` : DEFAULT_SCOPE,
  );
  /** Who is signed in to the web interface (System Administration > Users lets the learner switch accounts). */
  user = $state(storedUser());
  /** The signed-in account's role: Message Tracking shows matched content by it (DLP Tracking Privileges). */
  readonly role = $derived(userNamed(this.user).role);
  private unsubscribe: (() => void) | null = null;

  constructor(
    readonly client: EngineClient,
    readonly db: PlaygroundDb,
    scope: string = DEFAULT_SCOPE,
  ) {
    follow(
      () => readLayout(db),
      (layout) => {
        this.site = layout;
        // A mode that no longer exists (the cluster was reset) falls back to the first machine.
        if (this.site && !levelScopes(this.site).includes(this.scope)) this.setScope(`machine:${this.site.machines[0].hostname}`);
        // Back to a standalone appliance (Start over): its own machine scope again.
        if (!this.site && this.scope !== DEFAULT_SCOPE) this.setScope(DEFAULT_SCOPE);
      },
    );
    this.setScope(scope);
    follow(
      () => db.pending.toArray(),
      (rows) => (this.allPending = rows),
    );
    follow(
      () => kvGet(db, kvKeys.clock),
      (now) => (this.now = now ?? null),
    );
    follow(
      () => kvGet(db, kvKeys.challengeAttempt),
      (attempt) => {
        this.challengeShown = attempt !== undefined;
        this.challengePlaying = attempt?.state === 'playing';
      },
    );
    // Start the worker now: it seeds a fresh database, which the live queries above then see.
    void this.read(() => client.api.ping());
    void this.read(() => client.api.tutorial.progress()).then((r) => r.ok && (this.tutorialOpen = r.value.open));
    client.onRestart((reason) => {
      // What the stopped worker last wrote may never have been announced: read it all again, now and once the new one answers.
      rereadAll();
      void this.read(() => client.api.ping()).then(rereadAll);
      this.notify(
        'error',
        reason === 'timeout'
          ? 'The engine stopped responding and was restarted. Your saved data is intact.'
          : 'The engine stopped unexpectedly and was restarted. Your saved data is intact.',
      );
    });
  }

  /** Switches the Centralized Management mode; the configuration shown follows it. */
  setScope(scope: string): void {
    this.unsubscribe?.();
    this.scope = scope;
    // One live view per mode: the level's configuration with what it inherits (the same view the worker reads).
    this.unsubscribe = follow(
      () => levelView(this.db, scope),
      ({ committed, pending }) => {
        this.committed = committed;
        this.pending = pending;
      },
    );
  }

  /** The level whose settings a section uses in the current mode (the current one when standalone). */
  definedAt(section: LevelSection): string {
    return this.site?.mode === 'cluster' ? (definingScope(this.site, this.scope, section) ?? this.scope) : this.scope;
  }

  /** True when a section's settings live at another level than the current mode: shown read-only. */
  readOnly(section: LevelSection): boolean {
    return this.clustered && this.definedAt(section) !== this.scope;
  }

  /** "Cluster", "Group Main_Group", "Machine esa1.example.com". */
  levelName = (scope: string): string => levelLabel(scope);

  /** The service (typed through Comlink). */
  get api() {
    return this.client.api;
  }

  /** Signs in as another of the appliance's accounts (for this tab). */
  signIn(name: string): void {
    this.user = userNamed(name).name;
    try {
      sessionStorage.setItem(USER_KEY, this.user);
    } catch {
      // Storage refused (private mode): the choice lasts until reload.
    }
  }

  /** Opens or closes the tutorial panel and remembers the choice. */
  toggleTutorial(open = !this.tutorialOpen): void {
    this.tutorialOpen = open;
    void this.read(() => this.api.tutorial.saveProgress({ open }));
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
  async submit<S extends ConfigSection>(section: S, value: SectionValue<S>, description: string): Promise<AppError | null> {
    // A snapshot: plain data for the worker, never a Svelte proxy.
    const plain = $state.snapshot(value) as SectionValue<S>;
    const result = await this.guard(() => this.api.config.submit(section, plain, description, this.scope));
    if (result.ok || (await this.savedBeforeRestart(result.error, section, plain))) {
      this.notify('success', 'Changes submitted. Commit them to make them take effect.');
      return null;
    }
    return result.error;
  }

  /**
   * A Submit cut short by a restart may still have been saved: the old worker can finish its
   * transaction just before it is ended. Telling the user it failed would leave a pending change
   * they believe they never made, so the stored candidate decides what is reported.
   */
  private async savedBeforeRestart<S extends ConfigSection>(error: AppError, section: S, value: SectionValue<S>): Promise<boolean> {
    if (error.code !== 'engine.crashed' && error.code !== 'engine.timeout') return false;
    const view = await this.read(() => this.api.config.view(this.scope));
    if (!view.ok || view.value.pending.length === 0) return false;
    const candidate = view.value.candidate;
    return diffConfigs(candidate, { ...candidate, [section]: value } as ApplianceConfig).length === 0;
  }

  /** Runs a command (it answers a `Result`); a time-out, crash or engine failure becomes an error result the page can show. */
  guard<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
    return attempt(call);
  }

  /** Runs a read (it answers plain data) as a `Result`, boundary failures included. */
  read<T>(call: () => Promise<T>): Promise<Result<T>> {
    return attemptRead(call);
  }
}

export const [getApp, setApp] = createContext<AppState>();
