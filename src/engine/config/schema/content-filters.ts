/**
 * Mail Policies > Outgoing Content Filters: named filters, each a list of conditions (all or any
 * must match) and actions, applied in table order by the outgoing mail policies that enable them.
 * Text conditions either contain literal text or match a regular expression (run on re2js; the
 * reference check at Submit refuses a pattern that does not compile).
 */
import { z } from 'zod';
import { addressPattern, email, name, text } from './common.ts';

/** Where a text condition looks. */
export const TEXT_CONDITION_TYPES = ['subject', 'body', 'body-or-attachment', 'attachment-content', 'attachment-name'] as const;

/**
 * The filter schemas, built on first use: most configurations have no content filters, and building
 * these was a fifth of the schema work at every start of the command line. A z.lazy around each
 * parses, reports issues and gives the JSON Schema as the schema inside.
 */
function buildFilterSchemas() {
  const textMatch = {
    /** `contains`: the literal text, case sensitive as on the appliance; `regex`: a regular expression. */
    match: z.enum(['contains', 'regex']),
    value: z.string().min(1, 'Enter the text to look for.').max(1000),
    /** "Does Not Contain". */
    negate: z.boolean(),
  };

  const headerName = z.string().regex(/^[A-Za-z0-9-]{1,76}$/, 'A header name is letters, digits and hyphens (e.g. X-Secure).');

  const filterConditionSchema = z.discriminatedUnion('type', [
    z.object({ type: z.enum(TEXT_CONDITION_TYPES), ...textMatch }).strict(),
    z.object({ type: z.literal('header'), header: headerName, ...textMatch }).strict(),
    z.object({ type: z.literal('header-exists'), header: headerName, negate: z.boolean() }).strict(),
    z
      .object({
        type: z.enum(['envelope-sender', 'envelope-recipient']),
        addresses: z.array(addressPattern).min(1, 'List at least one address.'),
        negate: z.boolean(),
      })
      .strict(),
    z
      .object({
        type: z.literal('attachment-type'),
        extensions: z
          .array(z.string().regex(/^[A-Za-z0-9]{1,16}$/, 'An extension is 1–16 letters or digits, without the dot.'))
          .min(1, 'List at least one file extension.'),
        negate: z.boolean(),
      })
      .strict(),
    z
      .object({
        type: z.enum(['message-size', 'attachment-size']),
        comparison: z.enum(['at-least', 'less-than']),
        bytes: z.number().int().min(0),
      })
      .strict(),
  ]);

  const encryptFields = { rule: z.enum(['always', 'tls-failed']), profile: name, subject: text(998) };

  const filterActionSchema = z.discriminatedUnion('type', [
    /** Non-final: processing continues; the message is encrypted when it is delivered. */
    z.object({ type: z.literal('encrypt-on-delivery'), ...encryptFields }).strict(),
    /** Final: encrypted and delivered at once; later filters and DLP do not run. */
    z.object({ type: z.literal('encrypt-deliver-now'), ...encryptFields }).strict(),
    z.object({ type: z.literal('add-header'), header: headerName, value: text(998) }).strict(),
    z.object({ type: z.literal('quarantine'), quarantine: name }).strict(),
    z
      .object({
        type: z.literal('notify'),
        toSender: z.boolean(),
        addresses: z.array(email),
        subject: text(998),
        /** A Notification Template text resource, or null for the built-in wording. */
        template: name.nullable(),
      })
      .strict(),
    /** Final: the message is dropped. */
    z.object({ type: z.literal('drop') }).strict(),
    /** Final: later content filters do not run; the message goes on to DLP. */
    z.object({ type: z.literal('skip-remaining') }).strict(),
  ]);

  const contentFilterSchema = z
    .object({
      name: name.regex(
        /^[A-Za-z_][A-Za-z0-9_.-]*$/,
        'A filter name starts with a letter or _ and holds only letters, digits, _, - and . (no spaces).',
      ),
      description: text(),
      active: z.boolean(),
      /** Apply Rule: "Only if all conditions match" or "If one or more conditions match". */
      rule: z.enum(['all', 'any']),
      conditions: z.array(filterConditionSchema),
      actions: z.array(filterActionSchema).min(1, 'Add at least one action.'),
    })
    .strict();
  return { filterConditionSchema, filterActionSchema, contentFilterSchema };
}

let built: ReturnType<typeof buildFilterSchemas> | undefined;
const filterSchemas = () => (built ??= buildFilterSchemas());

export const filterConditionSchema = z.lazy(() => filterSchemas().filterConditionSchema);
export const filterActionSchema = z.lazy(() => filterSchemas().filterActionSchema);
export const contentFilterSchema = z.lazy(() => filterSchemas().contentFilterSchema);

/** An outgoing mail policy's Content Filters column. */
export const outgoingFiltersSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('default') }).strict(),
  z.object({ mode: z.literal('disabled') }).strict(),
  z.object({ mode: z.literal('enabled'), filters: z.array(name) }).strict(),
]);
