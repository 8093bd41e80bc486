/**
 * DLP engine updates (Security Services > Data Loss Prevention > DLP Engine Updates; CLI
 * `dlpstatus`, `dlpupdate`, `dlprollback`). A small catalogue of simulated releases of the engine and
 * the predefined classifiers becomes available at fixed simulated dates. Update Now installs the
 * newest available release; Rollback returns to the one installed before; automatic updates install
 * a release once the clock passes its availability. Pure functions over a plain state the service
 * persists. The versions are simulated: detection in this simulator is the same in every release,
 * and the release notes say so rather than claim changes the engine does not make.
 */
import { SIMULATION_EPOCH } from '../clock.ts';

/** One release of the DLP engine with its predefined classifier set. */
export interface DlpRelease {
  readonly engine: string;
  readonly classifiers: string;
  /** When the update server offers it (simulated time). */
  readonly availableAt: number;
  /** What changed, in our own words. */
  readonly notes: readonly string[];
}

const DAY = 86_400_000;

/** The releases, oldest first. The first is what a fresh appliance has installed. */
export const dlpReleases: readonly DlpRelease[] = [
  {
    engine: '3.0.2.31',
    classifiers: '2025.11.1',
    availableAt: SIMULATION_EPOCH - 60 * DAY,
    notes: [
      'The release this appliance shipped with.',
      'Predefined classifiers for card numbers, national identifiers, bank details, health information and corporate documents.',
    ],
  },
  {
    engine: '3.0.2.33',
    classifiers: '2026.01.1',
    availableAt: SIMULATION_EPOCH - 2 * DAY,
    notes: [
      'Credit Card Number: the 2-series Mastercard range (2221–2720) is listed with the issuer prefixes.',
      'US Social Security Number: more ways of writing a date of birth count as supporting information.',
      'Engine: faster extraction of text from large spreadsheet attachments.',
    ],
  },
  {
    engine: '3.0.2.35',
    classifiers: '2026.02.1',
    availableAt: SIMULATION_EPOCH + 7 * DAY,
    notes: [
      'IBAN: country lengths checked against the current registry.',
      'Health information: additional medical terms as context words.',
      'Engine: a scan of a message with many attachments stops at the attachment limit instead of timing out.',
    ],
  },
];

/** What the appliance remembers about DLP updates (persisted by the service). */
export interface DlpUpdateState {
  /** Engine version installed. */
  readonly installed: string;
  /** The version Rollback returns to, if any. */
  readonly previous: string | null;
  /** When the installed version was installed (null: factory installation). */
  readonly lastUpdateAt: number | null;
  /** The last manual or automatic attempt to update, successful or not. */
  readonly lastAttemptAt: number | null;
  /** How the installed version got there. */
  readonly lastChange: {
    readonly kind: 'manual' | 'automatic' | 'rollback';
    readonly from: string;
    readonly to: string;
    readonly at: number;
  } | null;
  /** After a rollback, automatic updates leave this version (and older ones) alone; Update Now does not. */
  readonly heldBack: string | null;
}

/** A fresh appliance: the first release, nothing to roll back to. */
export const initialUpdateState = (): DlpUpdateState => ({
  installed: dlpReleases[0].engine,
  previous: null,
  lastUpdateAt: null,
  lastAttemptAt: null,
  lastChange: null,
  heldBack: null,
});

const indexOf = (engine: string): number => dlpReleases.findIndex((r) => r.engine === engine);

/** The release with this engine version (the first release for an unknown one: repair on read). */
export const releaseOf = (engine: string): DlpRelease => dlpReleases[Math.max(0, indexOf(engine))];

/** The newest release the update server offers at `now`. */
export function newestAvailable(now: number): DlpRelease {
  let best = dlpReleases[0];
  for (const r of dlpReleases) if (r.availableAt <= now) best = r;
  return best;
}

/** The releases newer than the installed one that are available at `now`, oldest first. */
export const pendingReleases = (state: DlpUpdateState, now: number): DlpRelease[] =>
  dlpReleases.filter((r, i) => i > indexOf(state.installed) && r.availableAt <= now);

/** The outcome of Update Now. */
export type UpdateOutcome = { readonly state: DlpUpdateState; readonly installed: DlpRelease | null; readonly message: string };

/** Update Now: installs the newest available release, or says the engine is up to date. */
export function updateNow(state: DlpUpdateState, now: number): UpdateOutcome {
  const newest = newestAvailable(now);
  if (indexOf(newest.engine) <= indexOf(state.installed)) {
    return {
      state: { ...state, lastAttemptAt: now },
      installed: null,
      message: `The DLP engine is up to date (${state.installed}, classifiers ${releaseOf(state.installed).classifiers}).`,
    };
  }
  const next: DlpUpdateState = {
    installed: newest.engine,
    previous: state.installed,
    lastUpdateAt: now,
    lastAttemptAt: now,
    lastChange: { kind: 'manual', from: state.installed, to: newest.engine, at: now },
    heldBack: null,
  };
  return {
    state: next,
    installed: newest,
    message: `Updated the DLP engine from ${state.installed} to ${newest.engine} (classifiers ${newest.classifiers}).`,
  };
}

/**
 * Automatic updates, applied lazily when the state is read: the newest release available at `now`
 * is installed as of the moment it became available (not before the last recorded event, so the
 * history never runs backwards). A version held back after a rollback is skipped.
 */
export function applyAutomatic(state: DlpUpdateState, now: number): DlpUpdateState {
  const held = state.heldBack ? indexOf(state.heldBack) : -1;
  const candidates = pendingReleases(state, now).filter((r) => indexOf(r.engine) > held);
  const newest = candidates.at(-1);
  if (!newest) return state;
  const at = Math.max(newest.availableAt, state.lastAttemptAt ?? 0, state.lastUpdateAt ?? 0);
  return {
    installed: newest.engine,
    previous: state.installed,
    lastUpdateAt: at,
    lastAttemptAt: at,
    lastChange: { kind: 'automatic', from: state.installed, to: newest.engine, at },
    heldBack: null,
  };
}

/** Rollback: returns to the previous version; there is then nothing further to roll back to. */
export function rollback(state: DlpUpdateState, now: number): { state: DlpUpdateState; message: string } | null {
  if (!state.previous) return null;
  const next: DlpUpdateState = {
    installed: state.previous,
    previous: null,
    lastUpdateAt: now,
    lastAttemptAt: state.lastAttemptAt,
    lastChange: { kind: 'rollback', from: state.installed, to: state.previous, at: now },
    heldBack: state.installed,
  };
  return { state: next, message: `Rolled the DLP engine back from ${state.installed} to ${state.previous}.` };
}
