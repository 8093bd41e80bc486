/**
 * Applying a DLP message action, in the appliance's order: the secondary actions (modify subject,
 * disclaimer, copy to a policy quarantine, bcc, DLP notification, alternate host) first, then the
 * primary action (deliver, drop, quarantine), and encryption at delivery time.
 */
import type { ApplianceConfig, MessageAction } from '../config/schema/index.ts';
import { deliver } from './deliver.ts';
import { logLines } from './log-lines.ts';
import { log, type PipelineOutcome, type StageTrace } from './outcome.ts';
import type { PipelineDeps } from './ports.ts';
import { mailboxItems } from './deliver.ts';
import type { OutgoingMessage, QuarantineItem, TrackingRecord } from './types.ts';
import { substitute, variables } from './variables.ts';

const HOUR = 3_600_000;

/** The violation an action responds to. */
export interface Violation {
  readonly policy: string;
  readonly severity: string;
  readonly riskFactor: number;
}

/** When a quarantined message leaves by itself. */
export function scheduledExit(config: ApplianceConfig, quarantine: string, from: number): number {
  const q = config.quarantines.find((x) => x.name === quarantine);
  if (!q) return from + 30 * 24 * HOUR;
  return from + q.retention.value * (q.retention.unit === 'days' ? 24 : 1) * HOUR;
}

/** Adds the disclaimer text resource above or below the body (text and HTML). */
function withDisclaimer(message: OutgoingMessage, text: string, position: 'above' | 'below'): OutgoingMessage {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const htmlBlock = `<p class="disclaimer">${escape(text).replace(/\n/g, '<br>')}</p>`;
  return {
    ...message,
    text: position === 'above' ? `${text}\n\n${message.text}` : `${message.text}\n\n${text}`,
    html: message.html ? (position === 'above' ? `${htmlBlock}${message.html}` : `${message.html}${htmlBlock}`) : '',
  };
}

/** Applies `action` to one policy group's copy of the message. */
export async function applyMessageAction(
  out: PipelineOutcome,
  ctx: { message: OutgoingMessage; recipients: readonly string[]; mid: number; record: TrackingRecord; trace: StageTrace; policy: string },
  action: MessageAction,
  violation: Violation,
  deps: PipelineDeps,
): Promise<void> {
  const { config, now: at, ids } = deps;
  const { mid, record, trace } = ctx;
  let message = ctx.message;
  const values = () => variables({ message, mid, at, dlp: violation });
  log(record, at, logLines.action(mid, action.name));

  if (action.modifySubject && action.modifySubject.text) {
    const extra = substitute(action.modifySubject.text, values());
    message = {
      ...message,
      subject: action.modifySubject.position === 'prepend' ? `${extra}${message.subject}` : `${message.subject}${extra}`,
    };
    log(record, at, logLines.subjectChanged(mid, message.subject));
  }
  if (action.disclaimer) {
    const resource = config.textResources.find((r) => r.name === action.disclaimer!.resource);
    if (resource) {
      message = withDisclaimer(message, substitute(resource.text, values()), action.disclaimer.position);
      log(record, at, logLines.disclaimer(mid, resource.name));
    }
  }
  const resume = { encryption: action.encryption, outgoingPolicy: ctx.policy };
  if (action.copyToQuarantine && action.primary.kind === 'deliver') {
    out.quarantined.push(
      quarantineItem(
        config,
        action.copyToQuarantine,
        mid,
        at,
        true,
        `Copy by DLP message action '${action.name}'`,
        { ...message, recipients: ctx.recipients },
        resume,
      ),
    );
    log(record, at, logLines.copyQuarantined(mid, action.copyToQuarantine), 'quarantined');
  }
  if (action.bcc) {
    const bccMid = ids.mid();
    const subject = substitute(action.bcc.subject || '$Subject', values());
    for (const to of action.bcc.addresses) log(record, at, logLines.bcc(mid, bccMid, to));
    out.deliveries.push(...mailboxItems('bcc', { ...message, subject }, action.bcc.addresses, bccMid, at));
  }
  if (action.notification) {
    const n = action.notification;
    const template = config.textResources.find((r) => r.name === n.template && r.type === 'dlp-notification');
    const to = [...(n.toSender ? [message.envelopeFrom] : []), ...n.otherRecipients];
    if (template && to.length) {
      const noteMid = ids.mid();
      const notice: OutgoingMessage = {
        ...message,
        from: n.returnPath || `mailer-daemon@${config.appliance.hostname}`,
        to,
        cc: [],
        subject: substitute(n.subject || '[DLP VIOLATION] $Subject', values()),
        text: substitute(template.text, values()),
        html: '',
        attachments: n.attachOriginal ? message.attachments : [],
        headers: {},
        messageId: `<${noteMid}.${at}@${config.appliance.hostname}>`,
      };
      for (const r of to) log(record, at, logLines.notification(mid, noteMid, r));
      out.deliveries.push(...mailboxItems('dlp-notification', notice, to, noteMid, at));
    }
  }

  switch (action.primary.kind) {
    case 'drop':
      log(record, at, logLines.dropped(mid, action.name), 'dropped');
      log(record, at, logLines.finished(mid, 'aborted'));
      trace.steps.push({ stage: 'action', status: 'dropped', detail: `${action.name}: dropped` });
      return;
    case 'quarantine': {
      const q = action.primary.quarantine;
      out.quarantined.push(
        quarantineItem(
          config,
          q,
          mid,
          at,
          false,
          `DLP violation of '${violation.policy}' (${violation.severity})`,
          { ...message, recipients: ctx.recipients },
          resume,
        ),
      );
      log(record, at, logLines.quarantined(mid, q), 'quarantined');
      trace.steps.push({ stage: 'action', status: 'quarantined', detail: `${action.name}: held in quarantine “${q}”`, target: q });
      return;
    }
    case 'deliver':
      trace.steps.push({
        stage: 'action',
        status: 'ok',
        detail: `${action.name}: deliver${action.encryption ? ` and encrypt with ${action.encryption.profile}` : ''}`,
      });
      await deliver(
        out,
        {
          message,
          recipients: ctx.recipients,
          mid,
          record,
          trace,
          encryption: action.encryption,
          alternateHost: action.alternateHost,
          dlp: violation,
        },
        deps,
      );
  }
}

function quarantineItem(
  config: ApplianceConfig,
  quarantine: string,
  mid: number,
  at: number,
  copy: boolean,
  reason: string,
  message: OutgoingMessage,
  resume: QuarantineItem['resume'],
): QuarantineItem {
  return { quarantine, mid, at, scheduledExit: scheduledExit(config, quarantine, at), copy, reason, message, resume };
}
