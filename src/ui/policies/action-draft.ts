/**
 * The Message Action form's working copy. The form keeps every sub-field even while its checkbox
 * is off (so unticking and ticking again loses nothing); `toAction` builds the configuration value
 * the schema checks, with null for every option that is off.
 */
import type { MessageAction } from '../../engine/config/schema/index.ts';

export interface ActionDraft {
  name: string;
  description: string;
  primary: MessageAction['primary']['kind'];
  quarantine: string;
  copyOn: boolean;
  copyQuarantine: string;
  encOn: boolean;
  encRule: 'always' | 'tls-failed';
  encProfile: string;
  encSubject: string;
  subjectOn: boolean;
  subjectPosition: 'prepend' | 'append';
  subjectText: string;
  disclaimerOn: boolean;
  disclaimerResource: string;
  disclaimerPosition: 'above' | 'below';
  altHostOn: boolean;
  altHost: string;
  bccOn: boolean;
  bccAddresses: string[];
  bccSubject: string;
  bccReturnPath: string;
  notifyOn: boolean;
  notifyTemplate: string;
  notifySender: boolean;
  notifyOthers: string[];
  notifySubject: string;
  notifyReturnPath: string;
  notifyAttach: boolean;
}

/** Defaults for the sub-fields of a new action; `first` picks the first choice of a list. */
export function newDraft(first: { quarantine: string; profile: string; disclaimer: string; template: string }): ActionDraft {
  return {
    name: '',
    description: '',
    primary: 'deliver',
    quarantine: first.quarantine,
    copyOn: false,
    copyQuarantine: first.quarantine,
    encOn: false,
    encRule: 'always',
    encProfile: first.profile,
    encSubject: '$Subject',
    subjectOn: false,
    subjectPosition: 'prepend',
    subjectText: '',
    disclaimerOn: false,
    disclaimerResource: first.disclaimer,
    disclaimerPosition: 'below',
    altHostOn: false,
    altHost: '',
    bccOn: false,
    bccAddresses: [],
    bccSubject: '$Subject',
    bccReturnPath: '',
    notifyOn: false,
    notifyTemplate: first.template,
    notifySender: true,
    notifyOthers: [],
    notifySubject: '[DLP Violation] $Subject',
    notifyReturnPath: '',
    notifyAttach: false,
  };
}

/** The draft of an existing action (sub-fields of options that are off keep the defaults). */
export function draftFrom(a: MessageAction, defaults: ActionDraft): ActionDraft {
  const d = { ...defaults, name: a.name, description: a.description, primary: a.primary.kind };
  if (a.primary.kind === 'quarantine') d.quarantine = a.primary.quarantine;
  if (a.copyToQuarantine !== null) Object.assign(d, { copyOn: true, copyQuarantine: a.copyToQuarantine });
  if (a.encryption)
    Object.assign(d, { encOn: true, encRule: a.encryption.rule, encProfile: a.encryption.profile, encSubject: a.encryption.subject });
  if (a.modifySubject) Object.assign(d, { subjectOn: true, subjectPosition: a.modifySubject.position, subjectText: a.modifySubject.text });
  if (a.disclaimer)
    Object.assign(d, { disclaimerOn: true, disclaimerResource: a.disclaimer.resource, disclaimerPosition: a.disclaimer.position });
  if (a.alternateHost !== null) Object.assign(d, { altHostOn: true, altHost: a.alternateHost });
  if (a.bcc)
    Object.assign(d, { bccOn: true, bccAddresses: [...a.bcc.addresses], bccSubject: a.bcc.subject, bccReturnPath: a.bcc.returnPath });
  if (a.notification) {
    const n = a.notification;
    Object.assign(d, {
      notifyOn: true,
      notifyTemplate: n.template,
      notifySender: n.toSender,
      notifyOthers: [...n.otherRecipients],
      notifySubject: n.subject,
      notifyReturnPath: n.returnPath,
      notifyAttach: n.attachOriginal,
    });
  }
  return d;
}

/** The configuration value for the draft. The name is kept as typed (the form checks it); host and return path are trimmed. */
export function toAction(d: ActionDraft): MessageAction {
  const primary: MessageAction['primary'] =
    d.primary === 'quarantine' ? { kind: 'quarantine', quarantine: d.quarantine } : { kind: d.primary };
  return {
    name: d.name,
    description: d.description,
    primary,
    copyToQuarantine: d.primary === 'deliver' && d.copyOn ? d.copyQuarantine : null,
    encryption: d.encOn ? { rule: d.encRule, profile: d.encProfile, subject: d.encSubject } : null,
    modifySubject: d.subjectOn ? { position: d.subjectPosition, text: d.subjectText } : null,
    disclaimer: d.disclaimerOn ? { resource: d.disclaimerResource, position: d.disclaimerPosition } : null,
    alternateHost: d.altHostOn ? d.altHost.trim() : null,
    bcc: d.bccOn ? { addresses: [...d.bccAddresses], subject: d.bccSubject, returnPath: d.bccReturnPath.trim() } : null,
    notification: d.notifyOn
      ? {
          template: d.notifyTemplate,
          toSender: d.notifySender,
          otherRecipients: [...d.notifyOthers],
          subject: d.notifySubject,
          returnPath: d.notifyReturnPath.trim(),
          attachOriginal: d.notifyAttach,
        }
      : null,
  };
}

/** The field keys the form shows errors next to (suffixes of `$.dlp.messageActions[i]`). */
export const ACTION_FIELDS = [
  'name',
  'description',
  'primary',
  'primary.quarantine',
  'copyToQuarantine',
  'encryption',
  'encryption.profile',
  'encryption.subject',
  'modifySubject',
  'disclaimer',
  'disclaimer.resource',
  'alternateHost',
  'bcc',
  'bcc.addresses',
  'bcc.subject',
  'bcc.returnPath',
  'notification',
  'notification.template',
  'notification.otherRecipients',
  'notification.subject',
  'notification.returnPath',
] as const;
