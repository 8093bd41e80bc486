/**
 * The outgoing pipeline, in the appliance's order: receive (assign MID and ICID) → match the
 * outgoing mail policy per recipient, splintering the message per policy → the outgoing content
 * filters that policy enables (content-filters/) → DLP with the policies
 * enabled for that mail policy (committed configuration; DLP off globally means not evaluated) →
 * severity and message action → secondary and primary actions → encryption at delivery → delivery.
 * Pure given its ports: it returns what happened and stores nothing.
 */
import type { MatchedContent, PolicyVerdict } from '../dlp/types.ts';
import { contentFiltersFor } from './content-filters/evaluate.ts';
import { runContentFilters } from './content-filters/run.ts';
import type { FilterState } from './content-filters/actions.ts';
import { deliver } from './deliver.ts';
import { logLines } from './log-lines.ts';
import { applyMessageAction, scheduledExit } from './message-action.ts';
import { emptyOutcome, log, type PipelineOutcome, type StageTrace } from './outcome.ts';
import { dlpPoliciesFor, groupRecipients, type PolicyGroup } from './policy-match.ts';
import type { PipelineDeps } from './ports.ts';
import { messageSize } from './size.ts';
import type { OutgoingMessage, TrackedDlp, TrackingRecord } from './types.ts';

/** More distinct words than a subject within the limit can hold. */
const MAX_SUBJECT_WORDS = 400;

/**
 * Words of a subject (runs of two or more letters and digits), lower-cased and distinct, for the
 * tracking index. Every word: Subject contains a single word is answered by this index alone, so a
 * word left out would be a message not found. The cap only bounds a subject past the 998-character
 * limit (at most 333 such words fit in one).
 */
export const subjectWords = (subject: string): string[] =>
  [
    ...new Set(
      subject
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 1),
    ),
  ].slice(0, MAX_SUBJECT_WORDS);

const noDlp = (): TrackedDlp => ({ evaluated: false, verdicts: [], decisive: null, matchedContent: null, contentLogged: false });

function newRecord(
  message: OutgoingMessage,
  mid: number,
  icid: number,
  parentMid: number | null,
  group: PolicyGroup,
  deps: PipelineDeps,
): TrackingRecord {
  return {
    mid,
    icid,
    parentMid,
    host: deps.config.appliance.hostname,
    receivedAt: deps.now,
    lastAt: deps.now,
    envelopeFrom: message.envelopeFrom.toLowerCase(),
    recipients: group.recipients.map((r) => r.toLowerCase()),
    subject: message.subject,
    subjectWords: subjectWords(message.subject),
    messageIdHeader: message.messageId,
    attachments: message.attachments.map((a) => a.filename),
    size: messageSize(message),
    outgoingPolicy: group.policy,
    events: [],
    eventTypes: [],
    dlp: noDlp(),
    dlpPolicies: [],
    dlpSeverity: 'none',
  };
}

/** Processes one message through the pipeline. */
export async function processMessage(input: OutgoingMessage, deps: PipelineDeps): Promise<PipelineOutcome> {
  const { config, now: at, ids } = deps;
  const out = emptyOutcome();
  const icid = ids.icid();
  const firstMid = ids.mid();
  const message: OutgoingMessage = { ...input, messageId: input.messageId || `<${firstMid}.${at}@${config.appliance.hostname}>` };
  const groups = groupRecipients(config, message.envelopeFrom, message.recipients);
  let first: TrackingRecord | null = null;

  for (const group of groups) {
    const mid = first ? ids.mid() : firstMid;
    const record = newRecord(message, mid, icid, first ? first.mid : null, group, deps);
    const trace: StageTrace = { mid, policy: group.policy, recipients: group.recipients, steps: [] };
    out.records.push(record);
    out.traces.push(trace);
    if (!first) {
      first = record;
      log(record, at, logLines.start(mid, icid));
      log(record, at, logLines.from(mid, icid, message.envelopeFrom));
      message.recipients.forEach((r, rid) => log(record, at, logLines.to(mid, icid, rid, r)));
      log(record, at, logLines.messageId(mid, message.messageId));
      log(record, at, logLines.subject(mid, message.subject));
      log(record, at, logLines.ready(mid, record.size, message.envelopeFrom));
    } else {
      log(first, at, logLines.split(first.mid, mid, group.policy));
      log(record, at, logLines.split(first.mid, mid, group.policy));
    }
    trace.steps.push({ stage: 'receive', status: 'ok', detail: `MID ${mid}, ${record.size} bytes from ${message.envelopeFrom}` });
    log(record, at, logLines.matchedAll(mid, group.policy));
    trace.steps.push({ stage: 'policy', status: 'ok', detail: `Outgoing mail policy: ${group.policy}` });
    await processGroup(out, message, group, record, trace, deps);
  }
  return out;
}

/**
 * The content filter stage; answers the state DLP continues from, or null when a filter ended the
 * processing (dropped, quarantined, or encrypted and delivered now: DLP is then not evaluated).
 */
async function filterStage(
  out: PipelineOutcome,
  message: OutgoingMessage,
  group: PolicyGroup,
  record: TrackingRecord,
  trace: StageTrace,
  deps: PipelineDeps,
): Promise<FilterState | null> {
  const { config, now: at, ids } = deps;
  const mid = record.mid;
  const start: FilterState = { message, encryption: null, quarantine: null, final: null, matched: [] };
  const filters = contentFiltersFor(config, group.policy);
  if (!filters.length) return start;
  const ctx = { out, record, recipients: group.recipients, mid, at, ids, config, trace, policy: group.policy };
  const state = await runContentFilters(filters, start, ctx);
  if (state.matched.length) record.contentFilters = [...state.matched];
  const notEvaluated = (why: string) => {
    log(record, at, logLines.dlpNotEvaluated(mid, why));
    trace.steps.push({ stage: 'dlp', status: 'skipped', detail: `Not evaluated: ${why}` });
  };
  if (state.final?.kind === 'drop') {
    log(record, at, logLines.filterDropped(mid, state.final.filter), 'dropped');
    log(record, at, logLines.finished(mid, 'aborted'));
    return null;
  }
  if (state.final?.kind === 'encrypt-deliver-now') {
    notEvaluated(`content filter '${state.final.filter}' took the final action Encrypt and Deliver Now`);
    const input = { message: state.message, recipients: group.recipients, mid, record, trace, encryption: state.encryption };
    await deliver(out, { ...input, alternateHost: null }, deps);
    return null;
  }
  if (state.quarantine) {
    const { filter, quarantine } = state.quarantine;
    notEvaluated(`quarantined by content filter '${filter}' before DLP`);
    out.quarantined.push({
      quarantine,
      mid,
      at,
      scheduledExit: scheduledExit(config, quarantine, at),
      copy: false,
      reason: `Content filter '${filter}'`,
      message: { ...state.message, recipients: group.recipients },
      resume: { encryption: state.encryption, outgoingPolicy: group.policy },
    });
    log(record, at, logLines.filterQuarantined(mid, quarantine, filter), 'quarantined');
    trace.steps.push({
      stage: 'action',
      status: 'quarantined',
      detail: `Content filter ${filter}: held in quarantine “${quarantine}”`,
      target: quarantine,
    });
    return null;
  }
  return state;
}

async function processGroup(
  out: PipelineOutcome,
  input: OutgoingMessage,
  group: PolicyGroup,
  record: TrackingRecord,
  trace: StageTrace,
  deps: PipelineDeps,
): Promise<void> {
  const { config, now: at } = deps;
  const mid = record.mid;
  const filtered = await filterStage(out, input, group, record, trace, deps);
  if (!filtered) return;
  // The content filters may have added headers; an Encrypt on Delivery flag applies unless a DLP action sets its own.
  const message = filtered.message;
  const flagged = filtered.encryption;
  const skip = (why: string) => {
    log(record, at, logLines.dlpNotEvaluated(mid, why));
    trace.steps.push({ stage: 'dlp', status: 'skipped', detail: `Not evaluated: ${why}` });
  };
  const policies = dlpPoliciesFor(config, group);
  let verdicts: PolicyVerdict[] = [];
  if (!config.dlp.enabled) skip('Data Loss Prevention is disabled');
  else if (group.dlp.mode !== 'enabled') skip(`DLP is disabled for the outgoing mail policy ${group.policy}`);
  else if (policies.length === 0) skip(`no enabled DLP policies for the outgoing mail policy ${group.policy}`);
  else {
    const scannable = {
      subject: message.subject,
      text: message.text,
      html: message.html,
      attachments: message.attachments.map((a) => ({ ...a })),
      sender: message.envelopeFrom,
      recipients: [...group.recipients],
    };
    verdicts = await deps.evaluateDlp(policies, scannable, {
      customClassifiers: config.dlp.customClassifiers,
      dictionaries: config.dlp.dictionaries,
    });
  }

  // What the scan could not read is said in the log, so a clean verdict is not mistaken for a full scan.
  for (const note of new Set(verdicts.flatMap((v) => v.notes).filter((n) => n.startsWith('Unscannable'))))
    log(record, at, logLines.dlpUnscannable(mid, note));
  const violated = verdicts.filter((v) => v.applicable && v.violated);
  for (const v of violated) log(record, at, logLines.dlpViolation(mid, v.severity, v.riskFactor, v.policy), 'dlp-violation');
  if (verdicts.length && !violated.length) {
    log(record, at, logLines.dlpNoViolation(mid));
    trace.steps.push({
      stage: 'dlp',
      status: 'ok',
      detail: `No violation (${verdicts.length} polic${verdicts.length === 1 ? 'y' : 'ies'} evaluated)`,
    });
  }
  const decisive = violated[0] ?? null;
  const logged = config.dlp.matchedContentLogging;
  const matched: MatchedContent[] = violated.flatMap((v) => v.classifiers.flatMap((c) => c.matches));
  const summary = (v: PolicyVerdict) => ({ policy: v.policy, severity: v.severity, riskFactor: v.riskFactor, action: v.action });
  // A policy that did not apply says why, so a risk factor of 0 is never mistaken for a clean scan.
  const verdictRow = (v: PolicyVerdict) => (v.skippedBecause ? { ...summary(v), skipped: v.skippedBecause } : summary(v));
  Object.assign(record, {
    dlp: {
      evaluated: verdicts.length > 0,
      verdicts: verdicts.map(verdictRow),
      decisive: decisive && summary(decisive),
      matchedContent: logged && decisive ? matched : null,
      contentLogged: logged && !!decisive,
    } satisfies TrackedDlp,
    dlpPolicies: violated.map((v) => v.policy),
    dlpSeverity: decisive?.severity ?? 'none',
  });

  if (!decisive) {
    await deliver(out, { message, recipients: group.recipients, mid, record, trace, encryption: flagged, alternateHost: null }, deps);
    return;
  }
  trace.steps.push({
    stage: 'dlp',
    status: 'violation',
    detail: `${decisive.policy}: ${decisive.severity.toUpperCase()} (risk factor ${decisive.riskFactor})`,
  });
  const action = config.dlp.messageActions.find((a) => a.name === decisive.action);
  if (!action) {
    log(record, at, logLines.missingAction(mid, decisive.action ?? '(none)'));
    await deliver(out, { message, recipients: group.recipients, mid, record, trace, encryption: flagged, alternateHost: null }, deps);
    return;
  }
  await applyMessageAction(
    out,
    { message, recipients: group.recipients, mid, record, trace, policy: group.policy },
    action.encryption || !flagged ? action : { ...action, encryption: flagged },
    decisive,
    deps,
  );
}
