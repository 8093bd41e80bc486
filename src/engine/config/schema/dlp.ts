/** Security Services > Data Loss Prevention and Mail Policies > DLP Policy Manager / Customizations. */
import { z } from 'zod';
import { addressPattern, email, name, text } from './common.ts';
import { GRANTABLE_ROLES } from '../../model/users.ts';

/** Lower bounds of each level on the 0–100 risk factor scale; Ignore starts at 0. */
export const severityScaleSchema = z
  .object({ low: z.number().int(), medium: z.number().int(), high: z.number().int(), critical: z.number().int() })
  .strict()
  .refine((s) => 0 < s.low && s.low < s.medium && s.medium < s.high && s.high < s.critical && s.critical <= 100, {
    message: 'Severity boundaries must rise strictly: 0 < Low < Medium < High < Critical ≤ 100.',
  });

/** A classifier used by a policy: a built-in id or `custom:<name>`, with template customisation. */
export const policyClassifierSchema = z
  .object({
    classifier: z.string().min(1),
    /** For templates that need the organisation's own identifier pattern. */
    customPattern: z.string().max(1000),
    /** For templates that need the organisation's own words or phrases. */
    customPhrases: z.array(z.string().min(1).max(200)),
  })
  .strict();

const addressFilter = z
  .object({ mode: z.enum(['apply', 'exempt']), addresses: z.array(addressPattern).min(1, 'List at least one address.') })
  .strict();

export const dlpPolicySchema = z
  .object({
    name,
    description: text(),
    enabled: z.boolean(),
    /** The template it was created from (`custom` for the Custom Policy template). */
    template: z.string().min(1),
    classifiers: z.array(policyClassifierSchema),
    minimumTotalScore: z.number().int().min(0).max(100),
    senders: z.union([z.null(), addressFilter]),
    recipients: z.union([z.null(), addressFilter]),
    attachments: z.union([
      z.null(),
      z
        .object({
          fileTypes: z.array(z.string().min(1)),
          customExtensions: z.array(z.string().regex(/^[A-Za-z0-9]{1,16}$/, 'An extension is 1–16 letters or digits, without the dot.')),
          minimumSizeBytes: z.number().int().min(0),
        })
        .strict(),
    ]),
    scale: severityScaleSchema,
    /** Message action per severity; null below Critical means “inherit from the level above”. */
    actions: z
      .object({ critical: z.string().min(1), high: z.string().nullable(), medium: z.string().nullable(), low: z.string().nullable() })
      .strict(),
  })
  .strict();

const primaryAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('deliver') }).strict(),
  z.object({ kind: z.literal('drop') }).strict(),
  z.object({ kind: z.literal('quarantine'), quarantine: name }).strict(),
]);

export const messageActionSchema = z
  .object({
    name,
    description: text(),
    primary: primaryAction,
    /** Deliver only: a clone with the same Message ID goes to this policy quarantine. */
    copyToQuarantine: z.string().nullable(),
    encryption: z.union([z.null(), z.object({ rule: z.enum(['always', 'tls-failed']), profile: name, subject: text(998) }).strict()]),
    modifySubject: z.union([z.null(), z.object({ position: z.enum(['prepend', 'append']), text: text(998) }).strict()]),
    disclaimer: z.union([z.null(), z.object({ resource: name, position: z.enum(['above', 'below']) }).strict()]),
    alternateHost: z.string().nullable(),
    bcc: z.union([
      z.null(),
      z
        .object({ addresses: z.array(email).min(1, 'List at least one bcc recipient.'), subject: text(998), returnPath: z.string() })
        .strict(),
    ]),
    notification: z.union([
      z.null(),
      z
        .object({
          template: name,
          toSender: z.boolean(),
          otherRecipients: z.array(email),
          subject: text(998),
          returnPath: z.string(),
          attachOriginal: z.boolean(),
        })
        .strict(),
    ]),
  })
  .strict()
  .refine((a) => a.copyToQuarantine === null || a.primary.kind === 'deliver', {
    message: 'A copy can be sent to a quarantine only when the primary action is Deliver.',
    path: ['copyToQuarantine'],
  });

const customRule = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('words'), words: z.array(z.string().min(1)).min(1), weight: z.number().min(0), maxScore: z.number().min(0) })
    .strict(),
  z
    .object({
      type: z.literal('regex'),
      pattern: z.string().min(1),
      exclude: z.string(),
      weight: z.number().min(0),
      maxScore: z.number().min(0),
    })
    .strict(),
  z.object({ type: z.literal('dictionary'), dictionary: name, weight: z.number().min(0), maxScore: z.number().min(0) }).strict(),
  z.object({ type: z.literal('entity'), entity: z.string().min(1), weight: z.number().min(0), maxScore: z.number().min(0) }).strict(),
]);

export const customClassifierSchema = z
  .object({
    name,
    description: text(),
    /** Characters within which rule matches count together. */
    proximity: z.number().int().min(1).max(100000),
    minimumTotalScore: z.number().min(0),
    match: z.enum(['all', 'any']),
    rules: z.array(customRule).min(1, 'A classifier needs at least one rule.'),
  })
  .strict();

export const dictionarySchema = z
  .object({ name, terms: z.array(z.string().min(1).max(200)), caseSensitive: z.boolean(), wholeWords: z.boolean() })
  .strict();

export const dlpSchema = z
  .object({
    enabled: z.boolean(),
    licenseAccepted: z.boolean(),
    matchedContentLogging: z.boolean(),
    automaticUpdates: z.boolean(),
    policies: z.array(dlpPolicySchema),
    messageActions: z.array(messageActionSchema),
    customClassifiers: z.array(customClassifierSchema),
    dictionaries: z.array(dictionarySchema),
    /**
     * System Administration > Users > DLP Tracking Privileges: the roles besides Administrator that may see matched
     * content in Message Tracking (none when absent). Kept with DLP so it follows DLP's level in a cluster.
     */
    trackingPrivileges: z.array(z.enum(GRANTABLE_ROLES)).optional(),
  })
  .strict()
  .refine((d) => !d.enabled || d.licenseAccepted, {
    message: 'DLP can only be enabled after the licence agreement is accepted.',
    path: ['licenseAccepted'],
  });
