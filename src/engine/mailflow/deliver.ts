/**
 * The last stages: encryption on delivery (through the encryption service, honouring "only if TLS
 * fails" with the Destination Controls TLS setting) and delivery into the simulated mailboxes.
 * Also used when a quarantined message is released.
 */
import type { ApplianceConfig } from '../config/schema/index.ts';
import { queueEncryption } from './encryption-queue.ts';
import { logLines } from './log-lines.ts';
import { log, type PipelineOutcome, type StageTrace } from './outcome.ts';
import type { EncryptOutcome, IdAllocator, PipelineDeps } from './ports.ts';
import { tlsDecision } from './tls.ts';
import type { MailboxItem, MailboxKind, OutgoingMessage, ResumeSpec, TrackingRecord } from './types.ts';
import { substitute, variables } from './variables.ts';

/** Where and how a message goes out. */
export interface DeliveryInput {
  readonly message: OutgoingMessage;
  readonly recipients: readonly string[];
  readonly mid: number;
  readonly record: TrackingRecord;
  readonly trace: StageTrace;
  readonly encryption: ResumeSpec['encryption'];
  /** Send to this host instead of the recipients' own (DLP "Send to Alternate Host"). */
  readonly alternateHost: string | null;
  readonly dlp?: { policy: string; severity: string; riskFactor: number };
}

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/** A mailbox item for each recipient. */
export function mailboxItems(
  kind: MailboxKind,
  message: OutgoingMessage,
  recipients: readonly string[],
  mid: number,
  at: number,
  extra: Partial<MailboxItem> = {},
): MailboxItem[] {
  return recipients.map((address) => ({
    address,
    at,
    kind,
    mid,
    from: message.from,
    to: message.to,
    cc: message.cc,
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments: message.attachments,
    headers: message.headers,
    messageId: message.messageId,
    ...extra,
  }));
}

function deliverClear(
  out: PipelineOutcome,
  input: DeliveryInput,
  recipients: readonly string[],
  mid: number,
  at: number,
  ids: IdAllocator,
): void {
  if (recipients.length === 0) return;
  const rids = recipients.map((r) => input.message.recipients.indexOf(r)).map((i) => (i < 0 ? 0 : i));
  const dcid = ids.dcid();
  log(input.record, at, logLines.newDcid(dcid));
  log(input.record, at, logLines.deliveryStart(dcid, mid, rids));
  log(input.record, at, logLines.messageDone(dcid, mid, rids), 'delivered');
  if (input.alternateHost) {
    log(input.record, at, logLines.alternateHost(mid, input.alternateHost));
    out.deliveries.push(...mailboxItems('alternate-host', input.message, [`host:${input.alternateHost}`], mid, at, { to: recipients }));
  } else {
    out.deliveries.push(...mailboxItems('message', input.message, recipients, mid, at));
  }
}

/** Delivers (and encrypts where the action says so); returns false if the message bounced. */
export async function deliver(out: PipelineOutcome, input: DeliveryInput, deps: PipelineDeps): Promise<boolean> {
  const { now: at, ids, config } = deps;
  const { record, trace, mid } = input;
  let clear = [...input.recipients];
  let toEncrypt: string[] = [];
  if (input.encryption) {
    if (input.encryption.rule === 'tls-failed') {
      for (const r of input.recipients) {
        const tls = tlsDecision(config, domainOf(r));
        log(record, at, logLines.tls(mid, domainOf(r), tls.ok, tls.why));
        (tls.ok ? [] : toEncrypt).push(r);
      }
      clear = input.recipients.filter((r) => !toEncrypt.includes(r));
      if (toEncrypt.length === 0) log(record, at, logLines.tlsSkipsEncryption(mid));
    } else {
      toEncrypt = [...input.recipients];
      clear = [];
    }
  }

  let bounced = false;
  let queued = false;
  if (toEncrypt.length) {
    const encryption = input.encryption!;
    log(record, at, logLines.encrypting(mid, encryption.profile));
    const result = await encryptFor(input, toEncrypt, deps);
    if (result.ok) deliverEncrypted(out, input, toEncrypt, result, deps);
    else if (result.retry) {
      queued = true;
      queueEncryption(out, input, toEncrypt, result.reason, at);
    } else {
      bounced = true;
      bounceEncryption(out, input, result, deps);
    }
  } else if (input.encryption) {
    trace.steps.push({ stage: 'encrypt', status: 'skipped', detail: 'TLS succeeded, so encryption was not needed' });
  }

  deliverClear(out, input, clear, mid, at, ids);
  const delivered = clear.length > 0 || (toEncrypt.length > 0 && !bounced && !queued);
  const sent = [...clear, ...(bounced || queued ? [] : toEncrypt)];
  trace.steps.push({
    stage: 'deliver',
    status: delivered ? 'ok' : queued ? 'queued' : 'failed',
    detail: delivered
      ? `Delivered to ${sent.join(', ')}${queued ? `; ${toEncrypt.join(', ')} waiting in the encryption queue` : ''}`
      : queued
        ? 'Waiting in the encryption queue'
        : 'Not delivered',
  });
  // A queued message is not finished: the retry that delivers or bounces it logs the end.
  if (!queued) log(record, at, logLines.finished(mid, delivered ? 'done' : 'aborted'));
  return !bounced;
}

/** Asks the encryption service to encrypt the message for `recipients`, with the action's subject. */
export async function encryptFor(input: DeliveryInput, recipients: readonly string[], deps: PipelineDeps): Promise<EncryptOutcome> {
  const at = deps.now;
  const encryption = input.encryption!;
  const subject = substitute(encryption.subject || '$Subject', variables({ message: input.message, mid: input.mid, at, dlp: input.dlp }));
  return deps.encrypt
    ? await deps.encrypt({ message: input.message, recipients, profile: encryption.profile, subject, mid: input.mid, at })
    : { ok: false as const, reason: 'no encryption service is available in this simulator build' };
}

/** Delivers the encrypted notification (a new MID, as the appliance rewrites the message) to `recipients`. */
export function deliverEncrypted(
  out: PipelineOutcome,
  input: DeliveryInput,
  recipients: readonly string[],
  result: Extract<EncryptOutcome, { ok: true }>,
  deps: PipelineDeps,
): void {
  const { now: at, ids } = deps;
  const { record, trace, mid } = input;
  const profile = input.encryption!.profile;
  const newMid = ids.mid();
  log(record, at, logLines.rewritten(mid, newMid, `encryption (profile '${profile}')`), 'encrypted');
  const n = result.notification;
  const notice: OutgoingMessage = {
    ...input.message,
    subject: n.subject,
    text: n.text,
    html: n.html,
    attachments: n.attachments,
    from: n.from,
  };
  trace.steps.push({ stage: 'encrypt', status: 'encrypted', detail: `Encrypted with profile ${profile}`, target: profile });
  const dcid = ids.dcid();
  const rids = recipients.map((r) => Math.max(0, input.message.recipients.indexOf(r)));
  log(record, at, logLines.newDcid(dcid));
  log(record, at, logLines.deliveryStart(dcid, newMid, rids));
  log(record, at, logLines.messageDone(dcid, newMid, rids), 'delivered');
  out.deliveries.push(...mailboxItems('encrypted', notice, recipients, newMid, at, { resMessageId: result.resMessageId }));
}

/** Bounces a message encryption failed for, and sends the sender the profile's encryption failure notification. */
export function bounceEncryption(
  out: PipelineOutcome,
  input: DeliveryInput,
  result: Extract<EncryptOutcome, { ok: false }>,
  deps: PipelineDeps,
): void {
  const { now: at, ids, config } = deps;
  const { record, trace, mid } = input;
  log(record, at, logLines.encryptionFailed(mid, result.reason));
  log(record, at, logLines.bounced(mid, 'encryption failed'), 'bounced');
  trace.steps.push({ stage: 'encrypt', status: 'failed', detail: result.reason, target: input.encryption!.profile });
  const notice = failureNotice(config, input, result.reason, ids.mid(), at);
  // The encryption service words the notice from the profile's templates when it can.
  out.deliveries.push(result.notice ? { ...notice, ...result.notice } : notice);
}

/** The encryption failure notification the sender receives. */
function failureNotice(config: ApplianceConfig, input: DeliveryInput, reason: string, mid: number, at: number): MailboxItem {
  const profile = config.encryption.profiles.find((p) => p.name === input.encryption?.profile);
  const template =
    config.textResources.find((r) => r.name === profile?.notifications.failureTemplate)?.text ??
    'Your message "$Subject" could not be encrypted and was not delivered.';
  const values = variables({ message: input.message, mid, at });
  return {
    address: input.message.envelopeFrom,
    at,
    kind: 'failure-notice',
    mid,
    from: `mailer-daemon@${config.appliance.hostname}`,
    to: [input.message.envelopeFrom],
    cc: [],
    subject: substitute(profile?.notifications.failureSubject || '[ENCRYPTION FAILURE] $Subject', values),
    text: `${substitute(template, values)}\n\nReason: ${reason}`,
    html: '',
    attachments: [],
    headers: {},
    messageId: `<${mid}.${at}@${config.appliance.hostname}>`,
  };
}
