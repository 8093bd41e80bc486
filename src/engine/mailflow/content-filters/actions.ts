/**
 * Content filter actions. Non-final actions change the message or set a flag and let processing go
 * on (Add Header, Notify, Quarantine, Encrypt on Delivery); a final action ends the content filter
 * stage: Drop ends processing, Encrypt and Deliver Now delivers at once (DLP does not run), Skip
 * Remaining Content Filters lets the message go on to DLP. The last encryption flag set wins.
 */
import type { ApplianceConfig, FilterAction } from '../../config/schema/index.ts';
import { mailboxItems } from '../deliver.ts';
import { ACTION_LABELS } from './labels.ts';
import { logLines } from '../log-lines.ts';
import { log, type PipelineOutcome } from '../outcome.ts';
import type { IdAllocator } from '../ports.ts';
import type { OutgoingMessage, ResumeSpec, TrackingRecord } from '../types.ts';
import { substitute, variables } from '../variables.ts';

/** What the content filters decided so far for one policy group's copy of the message. */
export interface FilterState {
  message: OutgoingMessage;
  /** Set by Encrypt on Delivery (or Encrypt and Deliver Now): applied when the message is delivered. */
  encryption: ResumeSpec['encryption'];
  /** Set by Quarantine: the message is held when the content filters finish. */
  quarantine: { filter: string; quarantine: string } | null;
  /** Set by a final action: the filter that ended the stage and how. */
  final: { filter: string; kind: 'drop' | 'encrypt-deliver-now' | 'skip-remaining' } | null;
  /** The filters that matched, in order. */
  readonly matched: string[];
}

/** Where actions write: the outcome, the tracking record, the ids and the clock. */
export interface ActionContext {
  readonly out: PipelineOutcome;
  readonly record: TrackingRecord;
  readonly recipients: readonly string[];
  readonly mid: number;
  readonly at: number;
  readonly ids: IdAllocator;
  readonly config: ApplianceConfig;
}

const DEFAULT_NOTICE = 'A message from $EnvelopeFrom with the subject "$Subject" matched the content filter rules of $remotehost.';

/** Applies one action of `filter`; returns true when it was a final action (the filter's later actions do not run). */
export function applyAction(state: FilterState, filter: string, action: FilterAction, ctx: ActionContext): boolean {
  const { record, at, mid } = ctx;
  const values = () => variables({ message: state.message, mid, at });
  switch (action.type) {
    case 'add-header':
      state.message = { ...state.message, headers: { ...state.message.headers, [action.header]: substitute(action.value, values()) } };
      log(record, at, logLines.filterHeader(mid, filter, action.header));
      return false;
    case 'encrypt-on-delivery':
    case 'encrypt-deliver-now':
      state.encryption = { rule: action.rule, profile: action.profile, subject: action.subject };
      log(record, at, logLines.filterEncrypt(mid, filter, ACTION_LABELS[action.type], action.profile));
      if (action.type === 'encrypt-on-delivery') return false;
      state.final = { filter, kind: action.type };
      return true;
    case 'quarantine':
      state.quarantine = { filter, quarantine: action.quarantine };
      return false;
    case 'notify': {
      const to = [...(action.toSender ? [state.message.envelopeFrom] : []), ...action.addresses];
      if (!to.length) return false;
      const template = ctx.config.textResources.find((r) => r.name === action.template && r.type === 'notification');
      const noteMid = ctx.ids.mid();
      const notice: OutgoingMessage = {
        ...state.message,
        from: `mailer-daemon@${ctx.config.appliance.hostname}`,
        to,
        cc: [],
        subject: substitute(action.subject || '[Content Filter Notification] $Subject', values()),
        text: substitute(template?.text ?? DEFAULT_NOTICE, values()),
        html: '',
        attachments: [],
        headers: {},
        messageId: `<${noteMid}.${at}@${ctx.config.appliance.hostname}>`,
      };
      for (const r of to) log(record, at, logLines.filterNotify(mid, filter, noteMid, r));
      ctx.out.deliveries.push(...mailboxItems('filter-notification', notice, to, noteMid, at));
      return false;
    }
    case 'drop':
    case 'skip-remaining':
      state.final = { filter, kind: action.type };
      return true;
  }
}
