/**
 * Text resource variables, as the appliance substitutes them in DLP notification templates,
 * encrypted subjects, bcc subjects and modified subjects (`$Subject`, `$DLPPolicy`, `$MID`, …).
 */
import type { OutgoingMessage } from './types.ts';

/** What the variables are computed from. */
export interface VariableContext {
  readonly message: OutgoingMessage;
  readonly mid: number;
  readonly at: number;
  readonly dlp?: { readonly policy: string; readonly severity: string; readonly riskFactor: number };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value of every variable the reference lists, for this message. */
export function variables(ctx: VariableContext): Record<string, string> {
  const d = new Date(ctx.at);
  const m = ctx.message;
  const severity = ctx.dlp ? ctx.dlp.severity.charAt(0).toUpperCase() + ctx.dlp.severity.slice(1) : '';
  return {
    DLPPolicy: ctx.dlp?.policy ?? '',
    DLPSeverity: severity,
    DLPRiskFactor: ctx.dlp ? String(ctx.dlp.riskFactor) : '',
    To: m.to.join(', '),
    From: m.from,
    Subject: m.subject,
    Date: `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`,
    Time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    GMTimestamp: d.toUTCString().replace('GMT', '+0000'),
    MID: String(ctx.mid),
    Group: '>Unknown<',
    Reputation: 'None',
    filenames: m.attachments.map((a) => a.filename).join(', '),
    filetypes: m.attachments.map((a) => a.contentType).join(', '),
    filesizes: m.attachments.map((a) => String(a.content.byteLength)).join(', '),
    remotehost: 'composer.simulation.local',
    AllHeaders: [
      `From: ${m.from}`,
      `To: ${m.to.join(', ')}`,
      ...(m.cc.length ? [`Cc: ${m.cc.join(', ')}`] : []),
      `Subject: ${m.subject}`,
      `Message-ID: ${m.messageId}`,
    ].join('\n'),
    EnvelopeFrom: m.envelopeFrom,
  };
}

/** Replaces `$Name` variables (longest names first, so `$DLPPolicy` is not read as `$D…`). */
export function substitute(template: string, values: Record<string, string>): string {
  const names = Object.keys(values).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`\\$(${names.join('|')})`, 'g');
  return template.replace(pattern, (_, name: string) => values[name]);
}
