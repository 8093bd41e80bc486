/**
 * The contract between the engine and its clients (the pages, the tutorial, the appliance's CLI
 * console, the Node command line). The worker's service implements it (`satisfies EngineApi`);
 * every client is typed from it. Every member is async, because every client may be remote.
 *
 * One result convention: an operation a user can get wrong (a command, or a look-up of something
 * that may not exist) answers a `Result`; a plain read answers its data. Exceptions are bugs, and
 * the client turns a worker that hangs or dies into an `engine.timeout` / `engine.crashed` error.
 */
import type { ConfigChange } from '../engine/config/diff.ts';
import type {
  ApplianceConfig,
  ConfigSection,
  CustomClassifier,
  DlpPolicy,
  EncryptionProfile,
  PolicyQuarantine,
} from '../engine/config/schema/index.ts';
import type { ClassifierInfo, FileType, PatternCheck } from '../engine/dlp/index.ts';
import type { EncryptOutcome } from '../engine/encryption/encrypt.ts';
import type { ExamplePreview } from '../engine/encryption/example.ts';
import type { ProvisioningRecord } from '../engine/encryption/provisioning.ts';
import type { Result } from '../engine/errors.ts';
import type { OutgoingMessage, QuarantineItem } from '../engine/mailflow/types.ts';
import type { TrafficOptions } from '../engine/mailflow/traffic.ts';
import type { DlpIncidentReport, DlpPolicyDetail } from '../engine/reports/dlp-incidents.ts';
import type { OpenedEnvelope, OpenRequest } from '../engine/res/open-envelope.ts';
import type { PortalAppliance, PortalMessage } from '../engine/res/portal.ts';
import type { RegistrationInput } from '../engine/res/recipients.ts';
import type { ProvisioningRequestInput } from '../engine/res/types.ts';
import type { ProvisioningRequest, ResAccount } from '../engine/encryption/key-service.ts';
import type { LevelSection, SiteLayout } from '../engine/site/types.ts';
import type { CommitRow, ConfigView } from './config.ts';
import type { BuiltinPlaygroundResult, CustomPlaygroundResult, EngineStatus, TemplateGroup, UpdateAnswer } from './dlp.ts';
import type { EncryptionQueueEntry, EncryptRequest, ProfileProvisioning, PxeUpdates } from './encryption.ts';
import type { DryRunReport, SendReceipt } from './mail.ts';
import type { ReportQuery } from './reports.ts';
import type { RecipientInfo, SecureForwardInput, SecureReplyInput, SecureResponse } from './res.ts';
import type { MemberInfo, SmaItem } from './site.ts';
import type { TrackingDetails, TrackingQuery, TrackingResult } from './tracking.ts';
import type { UserRole } from '../engine/model/users.ts';
import type { InterruptedRun, TrafficProgress } from './traffic.ts';
import type { ImpactBatch, ImpactPlan, ImpactQuery } from './impact.ts';
import type { TutorialProgress, TutorialSnapshot } from './tutorial.ts';
import type { BestScores, ChallengeAttempt, ChallengeSummary, CheckAnswer } from './challenges.ts';

/** A section's value, as Submit takes it: `SectionValue<'encryption'>` is the encryption settings. */
export type SectionValue<S extends ConfigSection> = ApplianceConfig[S];

/** A section and its value, paired: a list of these submits sections one by one with their types kept. */
export type SectionEntry = { [S in ConfigSection]: readonly [section: S, value: SectionValue<S>] }[ConfigSection];

/** A file the engine produced for download. */
export interface FileText {
  readonly fileName: string;
  readonly text: string;
}

/** Configuration: the Submit-then-Commit model, history, export and import. `scope` is the level edited (default: the standalone machine). */
export interface ConfigApi {
  /** A level's committed and candidate configuration, its pending changes and their net diff. */
  view(scope?: string): Promise<ConfigView>;
  /** Submit: one section's new value becomes a pending change (validated first). */
  submit<S extends ConfigSection>(
    section: S,
    value: SectionValue<S>,
    description: string,
    scope?: string,
  ): Promise<Result<{ pendingCount: number }>>;
  /** Submit of a whole configuration (the JSON editor). */
  submitAll(config: unknown, description?: string, scope?: string): Promise<Result<{ pendingCount: number }>>;
  /** Commit: the level's pending changes take effect. */
  commit(comment: string, scope?: string): Promise<Result<CommitRow>>;
  /** Commit of every level with pending changes at once (a cluster). */
  commitAll(comment: string, scopes?: readonly string[]): Promise<Result<CommitRow[]>>;
  /** Abandon: drops the level's pending changes. */
  abandon(scope?: string): Promise<Result<{ discarded: number }>>;
  /** Abandon at every level. */
  abandonAll(scopes?: readonly string[]): Promise<Result<{ discarded: number }>>;
  /** The commit history, newest first. */
  history(scope?: string): Promise<CommitRow[]>;
  /** The committed configuration as an export file; its `$schema` is `schemaUrl` (the site's schema address) or the schema's file name. */
  exportFile(scope?: string, schemaUrl?: string): Promise<FileText>;
  /** What an import would change, without changing anything. */
  previewImport(text: string, scope?: string): Promise<Result<{ fromVersion: number; diff: ConfigChange[] }>>;
  /** Import: the file's configuration becomes pending changes. */
  importFile(text: string, fileName: string, scope?: string): Promise<Result<{ pendingCount: number }>>;
  /** Reset to factory defaults (committed at once, as the appliance's resetconfig). */
  resetToFactoryDefaults(scope?: string): Promise<Result<CommitRow>>;
  /** The configuration's JSON Schema (for the editor's completion and validation). */
  jsonSchema(): Promise<object>;
}

/** The simulated clock. */
export interface ClockApi {
  /** The simulated time, ms since the epoch. */
  now(): Promise<number>;
  /** Moves the clock on; time-driven state (RES requests, quarantine retention) catches up. */
  advance(ms: number): Promise<Result<number>>;
}

/** The mocked Registered Envelope Service: the provisioning desk, the portal, the recipient's envelope. */
export interface ResApi {
  /** Gives a provisioning request to the desk directly (scenarios, challenges); people email stg-cres-provisioning@cisco.com. */
  requestProvisioning(input: ProvisioningRequestInput): Promise<Result<ProvisioningRequest>>;
  /** Opens a Cisco TAC case for a pending request: it is answered within the hour. */
  openCase(requestId: string): Promise<Result<ProvisioningRequest>>;
  /** Every provisioning request, with its state. */
  requests(): Promise<ProvisioningRequest[]>;
  /** The customer accounts. */
  accounts(): Promise<ResAccount[]>;
  /** Appliances registered to accounts (the portal's Appliances tab). */
  appliances(): Promise<PortalAppliance[]>;
  /** Domains registered to accounts. */
  domains(): Promise<{ domain: string; accountNumber: string }[]>;
  /** Account administrators. */
  administrators(): Promise<{ address: string; accountNumber: string }[]>;
  /** Encrypted messages the service holds keys for, optionally of one account or sender. */
  messages(filter?: { accountNumber?: string; sender?: string }): Promise<PortalMessage[]>;
  /** One encrypted message. */
  message(id: string): Promise<Result<PortalMessage>>;
  /** Locks a message so no recipient can open it. */
  lock(id: string, reason?: string): Promise<Result<PortalMessage>>;
  /** Unlocks a locked message. */
  unlock(id: string): Promise<Result<PortalMessage>>;
  /** Sets a message's expiry. */
  expire(id: string, at: number): Promise<Result<PortalMessage>>;
  /** A recipient registers with the service. */
  register(input: RegistrationInput): Promise<Result<{ address: string }>>;
  /** What the service knows of a recipient. */
  recipient(address: string): Promise<RecipientInfo>;
  /** A recipient opens an envelope (a read receipt is delivered when asked for). */
  openEnvelope(req: OpenRequest): Promise<Result<OpenedEnvelope>>;
  /** Secure reply from an opened envelope. */
  reply(input: SecureReplyInput): Promise<Result<SecureResponse>>;
  /** Secure forward from an opened envelope. */
  forward(input: SecureForwardInput): Promise<Result<SecureResponse>>;
  /** Whether the simulated key service answers the appliance (the portal's Service Reachability switch). */
  reachable(): Promise<boolean>;
  /** Makes the key service unreachable or reachable again; back on, the encryption queue is retried at once. */
  setReachable(reachable: boolean): Promise<{ reachable: boolean; delivered: number }>;
}

/** Email encryption on the appliance: provisioning, encrypting, PXE updates, previews. */
export interface EncryptionApi {
  /** Provisions a profile with the key service (per appliance). */
  provision(profileName: string, scope?: string): Promise<Result<ProvisioningRecord>>;
  /** The profile table's provisioning column. */
  provisioningStatus(scope?: string): Promise<ProfileProvisioning[]>;
  /** Encrypts a message with a profile, as the mail flow does. */
  encryptMessage(req: EncryptRequest): Promise<EncryptOutcome>;
  /** PXE Engine Updates: versions and the last check. */
  pxeUpdates(scope?: string): Promise<PxeUpdates>;
  /** PXE Update Now. */
  pxeUpdateNow(scope?: string): Promise<PxeUpdates>;
  /** A profile's Example Message preview (envelope and notification). */
  examplePreview(profile: EncryptionProfile, scope?: string): Promise<ExamplePreview>;
  /** The messages waiting in the encryption queue because the key service did not answer. */
  queue(): Promise<EncryptionQueueEntry[]>;
}

/** Sending mail through the pipeline, the dry run, and .eml files. */
export interface MailApi {
  /** Sends a message through the committed configuration and records everything it produced. */
  send(message: OutgoingMessage, scope?: string): Promise<Result<SendReceipt>>;
  /** The same pipeline with nothing stored: what would happen. */
  dryRun(message: OutgoingMessage, scope?: string): Promise<Result<DryRunReport>>;
  /** Parses an .eml file into a message for the composer. */
  importEml(raw: Uint8Array | string): Promise<Result<OutgoingMessage>>;
  /** Builds an .eml file from a composed message. */
  buildEml(message: OutgoingMessage): Promise<Result<FileText>>;
  /** A tracked message or a mailbox item as an .eml file. */
  exportEml(ref: { mid: number } | { mailboxId: number }): Promise<Result<FileText>>;
}

/** Message Tracking. */
export interface TrackingApi {
  /** One page of messages matching the search form. */
  search(q: TrackingQuery): Promise<TrackingResult>;
  /** A message's record as a user of `role` may see it (Administrator by default) and the MIDs it splintered into (null when unknown). */
  details(mid: number, role?: UserRole): Promise<TrackingDetails | null>;
  /** Classifier ids to display names, for the matched-content view. */
  classifierNames(): Promise<Record<string, string>>;
}

/** The traffic generator. */
export interface TrafficApi {
  /** Generates and sends traffic (runs until done or cancelled). */
  start(options: TrafficOptions, scope?: string): Promise<Result<TrafficProgress>>;
  /** The run's progress so far. */
  progress(): Promise<TrafficProgress>;
  /** Stops the run after the message in hand. */
  cancel(): Promise<TrafficProgress>;
  /** The run a reload or restart cut short, if any (none while a run is going on in this engine). */
  interrupted(): Promise<InterruptedRun | null>;
  /** Continue: sends the rest of the interrupted run, the same seeded messages it would have sent. */
  resume(): Promise<Result<TrafficProgress>>;
  /** Dismiss: forgets the interrupted run. */
  dismiss(): Promise<Result<{ dismissed: boolean }>>;
  /** Benchmark floor: bare bulkPut of n tracking-sized records. */
  floorBulkPut(n: number): Promise<{ records: number; ms: number; rate: number }>;
}

/** Preview impact: pending changes replayed over recorded messages before Commit; nothing is stored. */
export interface ImpactApi {
  /** Which recorded messages a preview replays (first MIDs, oldest first), and how many it cannot (originals no longer kept). */
  plan(query: ImpactQuery, scope?: string): Promise<Result<ImpactPlan>>;
  /** Replays up to 500 of a plan's messages under the committed and the pending configuration. */
  replay(mids: readonly number[], scope?: string): Promise<Result<ImpactBatch>>;
  /** How many received messages are kept for replay. */
  retention(): Promise<number>;
  /** Sets how many are kept (100–100,000) and deletes the older originals. */
  setRetention(n: number): Promise<Result<{ retention: number; pruned: number }>>;
}

/** Monitor > Reports. */
export interface ReportsApi {
  /** The DLP Incidents report over a time range. */
  dlpIncidents(q: ReportQuery): Promise<DlpIncidentReport>;
  /** One DLP policy's incidents. */
  dlpPolicyDetail(q: ReportQuery & { readonly policy: string }): Promise<DlpPolicyDetail>;
}

/** DLP: the template catalogue, classifiers, the pattern playground, engine updates. */
export interface DlpApi {
  /** Add DLP Policy's template catalogue, by category. */
  templates(): Promise<TemplateGroup[]>;
  /** The built-in classifiers. */
  classifiers(): Promise<ClassifierInfo[]>;
  /** Attachment file types a policy can filter on. */
  fileTypes(): Promise<FileType[]>;
  /** A new policy's draft from a template. */
  newPolicy(templateId: string, name?: string, criticalAction?: string, scope?: string): Promise<DlpPolicy>;
  /** A custom classifier on pasted text (the playground). */
  testCustomClassifier(classifier: CustomClassifier, text: string, scope?: string): Promise<CustomPlaygroundResult>;
  /** A built-in classifier on pasted text, with running scores and the severity it would reach. */
  testBuiltin(classifierId: string, text: string): Promise<BuiltinPlaygroundResult>;
  /** Checks a regular expression (supported syntax, linear time) with an error position. */
  validatePattern(pattern: string): Promise<PatternCheck>;
  /** DLP Engine Updates: what is installed and on offer. */
  engineStatus(scope?: string): Promise<EngineStatus>;
  /** DLP Update Now. */
  updateNow(scope?: string): Promise<UpdateAnswer>;
  /** DLP Rollback to the previous version. */
  rollback(scope?: string): Promise<UpdateAnswer>;
}

/** Policy quarantines. */
export interface QuarantineApi {
  /** Held messages, of one quarantine or all. */
  list(quarantine?: string): Promise<QuarantineItem[]>;
  /** Releases a held message to its recipients. */
  release(id: number, scope?: string): Promise<Result<{ released: number }>>;
  /** Deletes a held message. */
  delete(id: number, scope?: string): Promise<Result<{ deleted: number }>>;
  /** Delays a held message's scheduled exit. */
  delay(id: number, ms: number): Promise<Result<{ scheduledExit: number }>>;
  /** Applies the default action to messages whose retention ended. */
  processExpired(scope?: string): Promise<{ released: number; deleted: number }>;
}

/** The site: Centralized Management (cluster, groups, machines) and the SMA. */
export interface SiteApi {
  /** The layout (a standalone appliance when nothing was clustered). */
  layout(): Promise<SiteLayout>;
  /** Cluster members with their groups. */
  members(): Promise<MemberInfo[]>;
  /** Creates a cluster from the standalone appliance. */
  createCluster(name: string, firstGroup?: string): Promise<Result<SiteLayout>>;
  /** Joins a new machine to the cluster. */
  join(hostname: string, group?: string): Promise<Result<SiteLayout>>;
  /** Adds a group. */
  addGroup(name: string): Promise<Result<SiteLayout>>;
  /** Removes an empty group. */
  removeGroup(name: string): Promise<Result<SiteLayout>>;
  /** Moves a machine to a group (or out of groups). */
  moveMachine(hostname: string, group: string | null): Promise<Result<SiteLayout>>;
  /** Override: a level starts defining a section itself. */
  override(scope: string, section: LevelSection, start: 'defaults' | 'inherited'): Promise<Result<SiteLayout>>;
  /** Manage settings: copy, move or delete a section's settings between levels. */
  manage(op: 'copy' | 'move' | 'delete', section: LevelSection, from: string, to?: string): Promise<Result<SiteLayout>>;
  /** Where each section a level uses is defined. */
  definitions(scope: string): Promise<Record<LevelSection, string | null>>;
  /** A member's effective committed configuration. */
  effective(hostname: string): Promise<ApplianceConfig>;
  /** Centralized policy quarantines on or off for a level (null: inherit); `migrate` first copies the level's policy quarantines to the SMA. */
  setCentralQuarantines(scope: string, value: boolean | null, migrate?: boolean): Promise<Result<SiteLayout>>;
  /** The SMA's centralized quarantines. */
  smaSetQuarantines(quarantines: PolicyQuarantine[]): Promise<Result<SiteLayout>>;
  /** Messages held on the SMA. */
  smaMessages(quarantine?: string): Promise<SmaItem[]>;
  /** The member a held message came from. */
  smaScopeOf(id: number): Promise<Result<string>>;
  /** The CLI prompt's mode for a level (null for a standalone appliance). */
  promptMode(scope: string): Promise<{ level: 'cluster' | 'group' | 'machine'; name: string } | null>;
}

/** The tutorial: the snapshot its checks read, the learner's place, and applying solutions. */
export interface TutorialApi {
  /** The simulation's state as the lessons' checks read it. */
  snapshot(scope?: string): Promise<TutorialSnapshot>;
  /** The newest Registered Envelope page delivered to an address. */
  latestEnvelope(address: string): Promise<string | null>;
  /** The learner's progress (panel open, current lesson). */
  progress(): Promise<TutorialProgress>;
  /** Saves part of the learner's progress. */
  saveProgress(p: Partial<TutorialProgress>): Promise<void>;
  /** Do it for me: applies one lesson's solution. */
  solve(lessonId: string): Promise<Result<{ applied: string[] }>>;
  /** Demo mode: every lesson before `lessonId` applied, in order. */
  jumpTo(lessonId: string): Promise<Result<{ applied: string[] }>>;
  /** Reset lesson: a clean simulation with every earlier lesson applied. */
  resetLesson(lessonId: string, scope?: string): Promise<Result<{ applied: string[] }>>;
  /** Start over: factory defaults and an empty simulated world; the clock keeps going. */
  startOver(scope?: string): Promise<void>;
}

/** Troubleshooting challenges: a broken appliance to diagnose and fix, scored from recorded state. */
export interface ChallengesApi {
  /** Every challenge, by its symptom (never its cause). */
  list(): Promise<ChallengeSummary[]>;
  /** The attempt in play or just ended; null when none. */
  current(): Promise<ChallengeAttempt | null>;
  /** Keeps the current simulation aside and replaces it with the challenge's broken start. */
  start(id: string): Promise<Result<ChallengeAttempt>>;
  /** "I think I fixed it": checks the goal from committed state and messages sent now; answers only whether it is fixed. */
  check(): Promise<Result<CheckAnswer>>;
  /** Buys the next hint (it costs points). */
  hint(): Promise<Result<ChallengeAttempt>>;
  /** Gives up: no score, and the debrief. */
  giveUp(): Promise<Result<ChallengeAttempt>>;
  /** Puts back the simulation kept aside when the first challenge started. */
  restore(): Promise<Result<{ restored: true }>>;
  /** Leaves the challenge, keeping the current state (the kept one is forgotten). */
  dismiss(): Promise<void>;
  /** Whether the simulation from before a challenge is kept (also after an interrupted start). */
  hasSavedState(): Promise<boolean>;
  /** The best score of each challenge solved here. */
  bestScores(): Promise<BestScores>;
}

/** The whole engine, grouped by concern. */
export interface EngineApi {
  /** Answers at once: tells a live worker from a stuck one. */
  ping(): Promise<'pong'>;
  /** The simulator's version. */
  appVersion(): Promise<string>;
  readonly config: ConfigApi;
  readonly clock: ClockApi;
  readonly res: ResApi;
  readonly encryption: EncryptionApi;
  readonly mail: MailApi;
  readonly tracking: TrackingApi;
  readonly traffic: TrafficApi;
  readonly impact: ImpactApi;
  readonly reports: ReportsApi;
  readonly dlp: DlpApi;
  readonly quarantine: QuarantineApi;
  readonly site: SiteApi;
  readonly tutorial: TutorialApi;
  readonly challenges: ChallengesApi;
}
