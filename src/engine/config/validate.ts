/** Validation of a whole configuration against the schema, as located, plain-language issues. */
import type { z } from 'zod';
import { fail, ok, type Issue, type Result } from '../errors.ts';
import { applianceConfigSchema, type ApplianceConfig } from './schema/index.ts';
import { jsonPath } from './paths.ts';

/** Turns zod issues into our `Issue` list, with messages a learner can act on. */
export function toIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): Issue[] {
  return error.issues.map((i) => ({ path: jsonPath([...prefix, ...i.path]), message: explain(i) }));
}

function explain(i: z.core.$ZodIssue): string {
  switch (i.code) {
    case 'unrecognized_keys':
      return `Unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `“${k}”`).join(', ')}: not part of the configuration.`;
    case 'invalid_type':
      return i.input === undefined
        ? `Missing required field (expected ${i.expected}).`
        : `Expected ${i.expected}, got ${describeType(i.input)}.`;
    case 'invalid_value':
      return `Must be one of ${i.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'invalid_union':
      return 'This value does not match any of the allowed forms.';
    default:
      return i.message;
  }
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)?.slice(0, 40)}`;
}

/** Validates a candidate configuration completely (schema, unique names, references). */
export function validateConfig(candidate: unknown): Result<ApplianceConfig> {
  const parsed = applianceConfigSchema.safeParse(candidate, { reportInput: true });
  return parsed.success ? ok(parsed.data) : fail('config.invalid', toIssues(parsed.error));
}
