/** Mail Policies > Outgoing Mail Policies, Text Resources and Monitor > Policy Quarantines. */
import { z } from 'zod';
import { addressPattern, hostname, name, text } from './common.ts';
import { contentFilterSchema, outgoingFiltersSchema } from './content-filters.ts';

export const outgoingDlpSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('default') }).strict(),
  z.object({ mode: z.literal('disabled') }).strict(),
  z.object({ mode: z.literal('enabled'), policies: z.array(name) }).strict(),
]);

export const outgoingPolicySchema = z
  .object({
    name,
    senders: z.array(addressPattern),
    recipients: z.array(addressPattern),
    dlp: outgoingDlpSchema,
    /** The Content Filters column; absent means "Use Default Settings" (exports made before filters existed). */
    contentFilters: outgoingFiltersSchema.optional(),
  })
  .strict()
  .refine((p) => p.senders.length + p.recipients.length > 0, {
    message: 'A policy needs at least one sender or recipient.',
    path: ['senders'],
  });

export const outgoingPoliciesSchema = z
  .object({
    /** Custom policies, evaluated top-down; the first match wins. */
    policies: z.array(outgoingPolicySchema),
    /** The Default Policy: always last, cannot be deleted; it cannot “use default”. */
    defaultPolicy: z
      .object({
        dlp: outgoingDlpSchema.refine((d) => d.mode !== 'default', 'The Default Policy cannot use default settings.'),
        /** Absent means Disabled. */
        contentFilters: outgoingFiltersSchema
          .refine((d) => d.mode !== 'default', 'The Default Policy cannot use default settings.')
          .optional(),
      })
      .strict(),
    /** Mail Policies > Outgoing Content Filters, in the order they run; absent means none. */
    contentFilters: z.array(contentFilterSchema).optional(),
  })
  .strict();

export const textResourceSchema = z
  .object({
    name,
    type: z.enum(['disclaimer', 'dlp-notification', 'notification', 'encryption-html', 'encryption-text', 'encryption-failure']),
    text: text(20000),
  })
  .strict();

export const quarantineSchema = z
  .object({
    name,
    /** Virus, Outbreak, File Analysis and Unclassified ship with the appliance and cannot be deleted. */
    system: z.boolean(),
    retention: z.object({ value: z.number().int().min(1), unit: z.enum(['hours', 'days']) }).strict(),
    defaultAction: z.enum(['delete', 'release']),
    freeUpSpace: z.boolean(),
    releaseExtras: z
      .object({
        modifySubject: z.union([z.null(), z.object({ position: z.enum(['prepend', 'append']), text: text(256) }).strict()]),
        addXHeader: z.union([
          z.null(),
          z.object({ name: z.string().regex(/^X-[A-Za-z0-9-]+$/, 'Header names start with X-.'), value: text(998) }).strict(),
        ]),
        stripAttachments: z.boolean(),
      })
      .strict(),
    users: z.object({ localUsers: z.array(name), externalGroups: z.array(name), customRoles: z.array(name) }).strict(),
  })
  .strict();

/** Destination Controls: the TLS setting per domain, read by “encrypt only if TLS fails”. */
export const destinationControlSchema = z
  .object({ destination: z.union([z.literal('default'), hostname]), tls: z.enum(['none', 'preferred', 'required']) })
  .strict();
