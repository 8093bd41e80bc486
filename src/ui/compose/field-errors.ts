/** The service's validation problems (`mail.invalid`), sorted by the composer field they belong to. */
import type { AppError } from '../../engine/errors.ts';

/** The fields the mail service locates problems in. */
export type ComposeField = 'envelopeFrom' | 'recipients' | 'subject' | 'size';
export type FieldErrors = Partial<Record<ComposeField, string[]>>;

const FIELDS: readonly ComposeField[] = ['envelopeFrom', 'recipients', 'subject', 'size'];

/** Problems by field, and the error itself when some problem has no field to sit next to. */
export function splitErrors(error: AppError | null): { fields: FieldErrors; general: AppError | null } {
  if (!error) return { fields: {}, general: null };
  if (error.code !== 'mail.invalid' || !error.issues?.length) return { fields: {}, general: error };
  const fields: FieldErrors = {};
  const rest = [];
  for (const issue of error.issues) {
    const field = FIELDS.find((f) => f === issue.path);
    if (field) (fields[field] ??= []).push(issue.message);
    else rest.push(issue);
  }
  return { fields, general: rest.length ? { ...error, issues: rest } : null };
}
