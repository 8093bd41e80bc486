/**
 * The typed key-value store over the `kv` table: every key the simulator keeps there is named here
 * with the type of its value, so no reader casts and no key is spelled twice. Keys per appliance
 * scope are made by the functions of `kvKeys`; `SIMULATION_KEYS` says what Start over forgets.
 */
import type { TutorialProgress } from '../api/tutorial.ts';
import type { DlpUpdateState } from '../engine/dlp/updates.ts';
import type { Counters } from '../engine/mailflow/ports.ts';
import type { QueuedEncryption } from '../engine/mailflow/types.ts';
import type { SiteLayout } from '../engine/site/index.ts';
import type { TrafficRun } from '../api/traffic.ts';
import type { AttemptRecord, BestScores } from '../api/challenges.ts';
import type { PlaygroundDb } from './schema.ts';

/** Keys with one value for the whole simulation. */
interface FixedValues {
  /** The simulated clock, ms since the epoch. */
  clock: number;
  /** The site layout (absent for an untouched standalone appliance). */
  site: SiteLayout;
  /** The next MID, ICID and DCID. */
  counters: Counters;
  /** The learner's place in the tutorial. */
  tutorial: TutorialProgress;
  /** The traffic run in progress (or cut short): written with each stored batch, removed when it ends. */
  'traffic-run': TrafficRun;
  /** How many received messages are kept for Preview impact to replay. */
  'replay-retention': number;
  /** When a Preview impact was last made with changes pending (simulated time): the tutorial's optional lesson checks it. */
  'impact-previewed': number;
  /** The troubleshooting challenge in play or just ended, with what the score is made of. */
  'challenge-attempt': AttemptRecord;
  /** The best score of each challenge solved here: kept across Start over and Restore. */
  'challenge-scores': BestScores;
  /** The simulated key service (RES) does not answer: the RES Portal's switch. */
  'res-unreachable': boolean;
  /** Messages the appliance holds in its encryption queue because the key service did not answer. */
  'encryption-queue': QueuedEncryption[];
  /** In the copy of the simulation saved before a challenge: when it was completely written. */
  'saved-at': number;
}

/** Keys kept per appliance scope, by prefix (`dlp-updates:machine:esa1.example.com`). */
interface ScopedValues {
  /** DLP Engine Updates' state. */
  'dlp-updates': DlpUpdateState;
  /** PXE Engine Updates' last Update Now. */
  'pxe-last-check': number;
}

type ScopedKey = { [P in keyof ScopedValues]: `${P}:${string}` }[keyof ScopedValues];

/** Every key the store holds. */
export type KvKey = keyof FixedValues | ScopedKey;

/** The type of a key's value. */
export type KvValue<K extends KvKey> = K extends keyof FixedValues
  ? FixedValues[K]
  : K extends `${infer P extends keyof ScopedValues}:${string}`
    ? ScopedValues[P]
    : never;

/** The keys, named once. */
export const kvKeys = {
  clock: 'clock',
  site: 'site',
  counters: 'counters',
  tutorial: 'tutorial',
  trafficRun: 'traffic-run',
  replayRetention: 'replay-retention',
  impactPreviewed: 'impact-previewed',
  challengeAttempt: 'challenge-attempt',
  challengeScores: 'challenge-scores',
  savedAt: 'saved-at',
  resUnreachable: 'res-unreachable',
  encryptionQueue: 'encryption-queue',
  dlpUpdates: (scope: string) => `dlp-updates:${scope}`,
  pxeLastCheck: (scope: string) => `pxe-last-check:${scope}`,
} as const satisfies Record<string, KvKey | ((scope: string) => KvKey)>;

/** The scoped keys' prefixes, for clearing every scope at once. */
export const SCOPED_PREFIXES = ['dlp-updates:', 'pxe-last-check:'] as const satisfies readonly `${keyof ScopedValues}:`[];

/** What Start over forgets: everything of the simulated world but the clock and the learner's place. */
export const SIMULATION_KEYS = [
  'site',
  'counters',
  'traffic-run',
  'impact-previewed',
  'res-unreachable',
  'encryption-queue',
] as const satisfies readonly (keyof FixedValues)[];

/** Reads a key's value (undefined when never written). */
export async function kvGet<K extends KvKey>(db: PlaygroundDb, key: K): Promise<KvValue<K> | undefined> {
  // The one place the untyped column meets its type: every writer goes through kvPut with the same key.
  return (await db.kv.get(key))?.value as KvValue<K> | undefined;
}

/** Writes a key's value. */
export async function kvPut<K extends KvKey>(db: PlaygroundDb, key: K, value: KvValue<K>): Promise<void> {
  await db.kv.put({ key, value });
}

/** Removes a key; answers whether it was there. */
export async function kvDelete(db: PlaygroundDb, key: KvKey): Promise<boolean> {
  const had = (await db.kv.get(key)) !== undefined;
  await db.kv.delete(key);
  return had;
}

/** Forgets the simulated world's keys, every scope's included (inside the caller's transaction). */
export async function kvClearSimulation(db: PlaygroundDb): Promise<void> {
  await db.kv.bulkDelete([...SIMULATION_KEYS]);
  for (const prefix of SCOPED_PREFIXES) await db.kv.where('key').startsWith(prefix).delete();
}
