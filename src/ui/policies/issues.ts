/**
 * Places a submit's located issues next to the fields they concern. Issues come with JSON paths
 * (`$.dlp.messageActions[2].primary.quarantine`); a form names the part of the configuration it
 * edits (the prefix) and its fields (suffixes). Whatever matches no field stays for the IssueList.
 */
import type { AppError } from '../../engine/errors.ts';

/** Issues by field, and the error left over for the list at the top of the form. */
export interface PlacedIssues {
  /** The first message for a field (`primary.quarantine`, `bcc.addresses`), if any. */
  readonly at: (field: string) => string | undefined;
  /** The error with the issues no field took; null when there was no error. */
  readonly rest: AppError | null;
}

const under = (suffix: string, field: string) => suffix === field || suffix.startsWith(`${field}.`) || suffix.startsWith(`${field}[`);

/** Splits `error`'s issues between `fields` (suffixes after `prefix`) and the rest. */
export function placeIssues(error: AppError | null, prefix: string, fields: readonly string[]): PlacedIssues {
  if (!error) return { at: () => undefined, rest: null };
  const byField = new Map<string, string>();
  const rest = [];
  for (const issue of error.issues ?? []) {
    const suffix = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length).replace(/^\./, '') : null;
    // Longest field first, so `bcc.subject` wins over `bcc`.
    const field = suffix === null ? undefined : [...fields].sort((a, b) => b.length - a.length).find((f) => under(suffix, f));
    if (field === undefined) rest.push(issue);
    else if (!byField.has(field)) byField.set(field, issue.message);
  }
  return { at: (f) => byField.get(f), rest: { ...error, issues: rest } };
}
