/**
 * "What would this change have done?": a recorded message replayed through the pipeline twice,
 * under the committed and under the pending configuration, with ports that store nothing. Each
 * run is boiled down to a disposition (delivered, encrypted with which profile, quarantined in
 * which quarantine, dropped, bounced; changed or not; the finding that decided it), and a set of
 * replays to counts and severity distributions before and after. Pure: the worker and the
 * command line bring the messages and the ports.
 */
import type { ApplianceConfig } from '../config/schema/index.ts';
import type { PolicyVerdict, ScannableMessage } from '../dlp/types.ts';
import type { PipelineOutcome, StageTrace } from './outcome.ts';
import { processMessage } from './pipeline.ts';
import { counters, type DlpEvaluator, type Encryptor } from './ports.ts';
import type { OutgoingMessage } from './types.ts';

/** What happened to a message, most restrictive first (a splintered message counts by its most restrictive part). */
export const OUTCOMES = ['dropped', 'quarantined', 'bounced', 'encrypted', 'delivered'] as const;
export type OutcomeKind = (typeof OUTCOMES)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'none'] as const;
export type ImpactSeverity = (typeof SEVERITIES)[number];

/** One configuration's handling of one message. */
export interface Disposition {
  readonly outcome: OutcomeKind;
  /** The quarantine (quarantined) or encryption profile (encrypted, bounced); null otherwise. */
  readonly target: string | null;
  /** True when what was delivered in clear differs from what was sent (subject, headers, body: a disclaimer). */
  readonly modified: boolean;
  /** The deciding DLP violation's severity, or none ('ignore' counts as none: it never acts). */
  readonly severity: ImpactSeverity;
  /** The deciding DLP policy, its risk factor and message action; null without a violation. */
  readonly policy: string | null;
  readonly riskFactor: number | null;
  readonly action: string | null;
  /** The classifiers of the deciding policy that matched. */
  readonly classifiers: readonly string[];
  /** The matched values, only when that configuration logs matched content. */
  readonly matched: readonly string[] | null;
}

/** A recorded message replayed under both configurations. */
export interface ReplayRow {
  readonly mid: number;
  readonly at: number;
  readonly from: string;
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly before: Disposition;
  readonly after: Disposition;
}

/** The ports a replay may use: the DLP engine, and an encryptor that stores nothing. */
export interface ReplayPorts {
  readonly evaluateDlp: DlpEvaluator;
  readonly encrypt: Encryptor | null;
}

/** The same ports for both runs, or ports per configuration (an encryptor that checks profiles against the configuration replayed). */
export type ReplayPortsFor = ReplayPorts | ((config: ApplianceConfig) => ReplayPorts);

/** The outcome as one label: "Encrypted (CRES_HIGH)", "Quarantined (Policy)", "Delivered, modified". */
export function outcomeLabel(d: Pick<Disposition, 'outcome' | 'target' | 'modified'>): string {
  const base = { dropped: 'Dropped', quarantined: 'Quarantined', bounced: 'Bounced', encrypted: 'Encrypted', delivered: 'Delivered' }[
    d.outcome
  ];
  return `${base}${d.target ? ` (${d.target})` : ''}${d.modified ? ', modified' : ''}`;
}

/** Whether two dispositions differ in what the recipient or sender would notice (outcome, target, modification, severity). */
export const changed = (a: Disposition, b: Disposition): boolean =>
  a.outcome !== b.outcome || a.target !== b.target || a.modified !== b.modified || a.severity !== b.severity;

const sameText = (m: OutgoingMessage, d: { subject: string; text: string; html: string; headers: Readonly<Record<string, string>> }) =>
  d.subject === m.subject && d.text === m.text && d.html === m.html && JSON.stringify(d.headers) === JSON.stringify(m.headers);

/** One MID's outcome from its trace alone: the most restrictive step, and the quarantine or profile it used. */
export function traceOutcome(trace: StageTrace): { outcome: OutcomeKind; target: string | null } {
  const step = (status: string, stage?: string) => trace.steps.find((s) => s.status === status && (!stage || s.stage === stage));
  const quarantined = step('quarantined');
  const encrypted = step('encrypted', 'encrypt');
  const failed = step('failed', 'encrypt');
  const outcome: OutcomeKind = step('dropped')
    ? 'dropped'
    : quarantined
      ? 'quarantined'
      : failed
        ? 'bounced'
        : encrypted
          ? 'encrypted'
          : 'delivered';
  return { outcome, target: (quarantined ?? encrypted ?? failed)?.target ?? null };
}

/** One MID's outcome from its trace and what it delivered. */
function groupOutcome(trace: StageTrace, out: PipelineOutcome, original: OutgoingMessage) {
  const { outcome, target } = traceOutcome(trace);
  const clear = out.deliveries.filter((d) => d.mid === trace.mid && (d.kind === 'message' || d.kind === 'alternate-host'));
  return { outcome, target, modified: clear.some((d) => !sameText(original, d)) };
}

/** The deciding verdict's finding, as the disposition shows it. */
function finding(verdict: PolicyVerdict | undefined, logged: boolean) {
  if (!verdict || verdict.severity === 'ignore')
    return { severity: 'none' as const, policy: null, riskFactor: null, action: null, classifiers: [], matched: null };
  const hits = verdict.classifiers.filter((c) => c.matches.length > 0);
  return {
    severity: verdict.severity,
    policy: verdict.policy,
    riskFactor: verdict.riskFactor,
    action: verdict.action,
    classifiers: hits.map((c) => c.classifier),
    matched: logged ? [...new Set(hits.flatMap((c) => c.matches.map((m) => m.text)))] : null,
  };
}

/** One configuration's disposition of a message: its pipeline run with ports that store nothing. */
export async function dispositionUnder(
  config: ApplianceConfig,
  message: OutgoingMessage,
  at: number,
  ports: ReplayPorts,
): Promise<Disposition> {
  // The verdicts of each policy group, to name the deciding classifiers (tracking keeps only a summary).
  const verdicts: { recipients: readonly string[]; verdicts: PolicyVerdict[] }[] = [];
  const evaluateDlp: DlpEvaluator = async (policies, scannable: ScannableMessage, ctx) => {
    const v = await ports.evaluateDlp(policies, scannable, ctx);
    verdicts.push({ recipients: scannable.recipients, verdicts: v });
    return v;
  };
  const out = await processMessage(message, {
    config,
    now: at,
    ids: counters({ mid: 0, icid: 0, dcid: 0 }),
    evaluateDlp,
    encrypt: ports.encrypt,
  });
  const groups = out.traces.map((trace) => {
    const decided = verdicts
      .find((v) => v.recipients.join('\n') === trace.recipients.join('\n'))
      ?.verdicts.find((v) => v.applicable && v.violated);
    return { ...groupOutcome(trace, out, message), ...finding(decided, config.dlp.matchedContentLogging) };
  });
  const rank = (d: { outcome: OutcomeKind }) => OUTCOMES.indexOf(d.outcome);
  const bySeverity = (d: { severity: ImpactSeverity }) => SEVERITIES.indexOf(d.severity);
  // The most restrictive part decides the outcome; the most severe finding is shown with it.
  const worst = [...groups].sort((a, b) => rank(a) - rank(b))[0]!;
  const severest = [...groups].sort((a, b) => bySeverity(a) - bySeverity(b))[0]!;
  return {
    outcome: worst.outcome,
    target: worst.target,
    modified: groups.some((g) => g.modified),
    severity: severest.severity,
    policy: severest.policy,
    riskFactor: severest.riskFactor,
    action: severest.action,
    classifiers: severest.classifiers,
    matched: severest.matched,
  };
}

/** A recorded message replayed under the committed (`before`) and pending (`after`) configuration. */
export async function replayMessage(
  recorded: { mid: number; at: number; message: OutgoingMessage },
  before: ApplianceConfig,
  after: ApplianceConfig,
  ports: ReplayPortsFor,
): Promise<ReplayRow> {
  const { mid, at, message } = recorded;
  const portsOf = (config: ApplianceConfig) => (typeof ports === 'function' ? ports(config) : ports);
  return {
    mid,
    at,
    from: message.envelopeFrom,
    recipients: message.recipients,
    subject: message.subject,
    before: await dispositionUnder(before, message, at, portsOf(before)),
    after: await dispositionUnder(after, message, at, portsOf(after)),
  };
}

/** Counts of a set of replays: by outcome label and by severity, before and after, and how many changed. */
export interface ImpactTotals {
  readonly messages: number;
  /** Messages handled or reported differently (outcome, target, modification or severity). */
  readonly changed: number;
  /** Of those, messages whose outcome itself changes (delivered → quarantined, another profile…). */
  readonly outcomeChanged: number;
  readonly outcomes: Record<string, { before: number; after: number }>;
  readonly severities: Record<ImpactSeverity, { before: number; after: number }>;
}

export function emptyTotals(): ImpactTotals {
  const severities = Object.fromEntries(SEVERITIES.map((s) => [s, { before: 0, after: 0 }])) as ImpactTotals['severities'];
  return { messages: 0, changed: 0, outcomeChanged: 0, outcomes: {}, severities };
}

/** Adds replays to totals (kept mutable so a long replay adds batch by batch). */
export function addToTotals(totals: ImpactTotals, rows: readonly ReplayRow[]): ImpactTotals {
  const t = totals as {
    messages: number;
    changed: number;
    outcomeChanged: number;
    outcomes: ImpactTotals['outcomes'];
    severities: ImpactTotals['severities'];
  };
  for (const row of rows) {
    t.messages += 1;
    if (changed(row.before, row.after)) t.changed += 1;
    if (outcomeLabel(row.before) !== outcomeLabel(row.after)) t.outcomeChanged += 1;
    for (const side of ['before', 'after'] as const) {
      const label = outcomeLabel(row[side]);
      (t.outcomes[label] ??= { before: 0, after: 0 })[side] += 1;
      t.severities[row[side].severity][side] += 1;
    }
  }
  return t;
}
