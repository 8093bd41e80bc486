/**
 * The last stages: encryption on delivery (through the encryption service, honouring "only if TLS
 * fails" with the Destination Controls TLS setting) and delivery into the simulated mailboxes.
 * Also used when a quarantined message is released.
 */
import type { ApplianceConfig } from '../config/schema/index.ts';
import { logLines } from './log-lines.ts';
import { log, type PipelineOutcome, type StageTrace } from './outcome.ts';
import type { IdAllocator, PipelineDeps } from './ports.ts';
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

/** Whether TLS to a domain succeeds: the simulated remote hosts offer TLS when Destination Controls try it. */
export function tlsSucceeds(config: ApplianceConfig, domain: string): boolean {
  const rule =
    config.destinationControls.find((d) => d.destination.toLowerCase() === domain) ??
    config.destinationControls.find((d) => d.destination === 'default');
  return rule ? rule.tls !== 'none' : false;
}

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
        const ok = tlsSucceeds(config, domainOf(r));
        log(record, at, logLines.tls(mid, domainOf(r), ok));
        (ok ? [] : toEncrypt).push(r);
      }
      clear = input.recipients.filter((r) => !toEncrypt.includes(r));
      if (toEncrypt.length === 0) log(record, at, logLines.tlsSkipsEncryption(mid));
    } else {
      toEncrypt = [...input.recipients];
      clear = [];
    }
  }

  let bounced = false;
  if (toEncrypt.length) {
    const encryption = input.encryption!;
    log(record, at, logLines.encrypting(mid, encryption.profile));
    const subject = substitute(encryption.subject || '$Subject', variables({ message: input.message, mid, at, dlp: input.dlp }));
    const result = deps.encrypt
      ? await deps.encrypt({ message: input.message, recipients: toEncrypt, profile: encryption.profile, subject, mid, at })
      : { ok: false as const, reason: 'no encryption service is available in this simulator build' };
    if (result.ok) {
      const newMid = ids.mid();
      log(record, at, logLines.rewritten(mid, newMid, `encryption (profile '${encryption.profile}')`), 'encrypted');
      const n = result.notification;
      const notice: OutgoingMessage = {
        ...input.message,
        subject: n.subject,
        text: n.text,
        html: n.html,
        attachments: n.attachments,
        from: n.from,
      };
      trace.steps.push({
        stage: 'encrypt',
        status: 'encrypted',
        detail: `Encrypted with profile ${encryption.profile}`,
        target: encryption.profile,
      });
      const dcid = ids.dcid();
      const rids = toEncrypt.map((r) => Math.max(0, input.message.recipients.indexOf(r)));
      log(record, at, logLines.newDcid(dcid));
      log(record, at, logLines.deliveryStart(dcid, newMid, rids));
      log(record, at, logLines.messageDone(dcid, newMid, rids), 'delivered');
      out.deliveries.push(...mailboxItems('encrypted', notice, toEncrypt, newMid, at, { resMessageId: result.resMessageId }));
    } else {
      bounced = true;
      log(record, at, logLines.encryptionFailed(mid, result.reason));
      log(record, at, logLines.bounced(mid, 'encryption failed'), 'bounced');
      trace.steps.push({ stage: 'encrypt', status: 'failed', detail: result.reason, target: encryption.profile });
      const notice = failureNotice(config, input, result.reason, ids.mid(), at);
      // The encryption service words the notice from the profile's templates when it can.
      out.deliveries.push(result.notice ? { ...notice, ...result.notice } : notice);
    }
  } else if (input.encryption) {
    trace.steps.push({ stage: 'encrypt', status: 'skipped', detail: 'TLS succeeded, so encryption was not needed' });
  }

  deliverClear(out, input, clear, mid, at, ids);
  const delivered = clear.length > 0 || (toEncrypt.length > 0 && !bounced);
  trace.steps.push({
    stage: 'deliver',
    status: delivered ? 'ok' : 'failed',
    detail: delivered ? `Delivered to ${[...clear, ...(bounced ? [] : toEncrypt)].join(', ')}` : 'Not delivered',
  });
  log(record, at, logLines.finished(mid, delivered ? 'done' : 'aborted'));
  return !bounced;
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
