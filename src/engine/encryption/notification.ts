/**
 * The notification texts around an envelope: the encrypted subject (`$Subject` substitution), the
 * HTML and text notification bodies from the profile's text resources, and the encryption failure
 * notification sent back to the sender.
 */
import type { ApplianceConfig, EncryptionProfile } from '../config/schema/index.ts';
import { escapeHtml, formatDate } from './html.ts';

/** Values the templates may use. */
export interface TemplateVars {
  readonly subject: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly date: number;
}

/** The three notification templates a profile names, resolved to their text. */
export interface NotificationTemplates {
  readonly html: string;
  readonly text: string;
  readonly failureSubject: string;
  readonly failure: string;
}

/** Used when a template the profile names is missing (and by the key service for secure replies). */
export const FALLBACK_TEMPLATES: NotificationTemplates = {
  html: '<p>You have received a secure message from $From.</p><p>Open the attachment securedoc.html to read it.</p>',
  text: 'You have received a secure message from $From.\nOpen the attachment securedoc.html to read it.',
  failureSubject: '[ENCRYPTION FAILURE] $Subject',
  failure: 'Your message "$Subject" could not be encrypted and was not delivered.',
};

/** Replaces `$Subject`, `$From`, `$To` and `$Date` (case-insensitive, as the appliance's variables). */
export function substitute(template: string, vars: TemplateVars, escape: (s: string) => string = (s) => s): string {
  const values: Record<string, string> = {
    subject: vars.subject,
    from: vars.from,
    to: vars.to.join(', '),
    date: formatDate(vars.date),
  };
  return template.replace(/\$(subject|from|to|date)\b/gi, (_, name: string) => escape(values[name.toLowerCase()]));
}

/** The encrypted message's subject: the action's subject (default `$Subject`) with the variables filled in. */
export const encryptedSubject = (template: string | undefined, vars: TemplateVars): string => substitute(template ?? '$Subject', vars);

/** Text bodies for the notification, HTML-escaping values in the HTML one. */
export function notificationBodies(t: NotificationTemplates, vars: TemplateVars): { text: string; html: string } {
  return { text: substitute(t.text, vars), html: substitute(t.html, vars, escapeHtml) };
}

/** The profile's templates from the configuration's text resources (falling back if one is missing). */
export function resolveTemplates(config: ApplianceConfig, profile: EncryptionProfile): NotificationTemplates {
  const find = (name: string, fallback: string) => config.textResources.find((r) => r.name === name)?.text ?? fallback;
  const n = profile.notifications;
  return {
    html: find(n.htmlTemplate, FALLBACK_TEMPLATES.html),
    text: find(n.textTemplate, FALLBACK_TEMPLATES.text),
    failureSubject: n.failureSubject || FALLBACK_TEMPLATES.failureSubject,
    failure: find(n.failureTemplate, FALLBACK_TEMPLATES.failure),
  };
}

/** The address notifications from the appliance itself come from. */
export const applianceSender = (hostname: string): string => `mailer-daemon@${hostname}`;
