/**
 * The error catalogue: every mistake a learner or an import can make has a code and a plain,
 * learner-facing sentence. Learner mistakes travel as values (`Result`), never as exceptions,
 * because exceptions lose their class and fields when they cross the worker boundary.
 */

/** One problem found in user input, located by a JSON path such as `$.dlp.policies[0].name`. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** Error codes, grouped by concern. */
export const errorMessages = {
  'import.empty': 'The file is empty.',
  'import.too-large': 'The file is too large to be a configuration file.',
  'import.not-json': 'The file is not valid JSON.',
  'import.not-object': 'A configuration file must contain a JSON object.',
  'import.not-export': 'This JSON is not a configuration exported from this simulator.',
  'import.unknown-version': 'The configuration uses a schema version this simulator does not know.',
  'import.future-version': 'The configuration was exported by a newer version of the simulator.',
  'import.forbidden-key': 'The file contains a key that is not allowed in a configuration.',
  'config.invalid': 'The configuration is not valid.',
  'config.nothing-pending': 'There are no pending changes.',
  'config.unknown-section': 'That configuration section does not exist.',
  'clock.invalid-advance': 'The clock can only move forward, by a whole number of minutes.',
  'engine.timeout': 'The engine did not answer in time and was restarted. Your saved data is intact.',
  'engine.crashed': 'The engine stopped unexpectedly and was restarted. Your saved data is intact.',
} as const;

/** A known error code. */
export type ErrorCode = keyof typeof errorMessages;

/** An error as the UI shows it: a code, its sentence and, for input, the list of problems. */
export interface AppError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly issues?: readonly Issue[];
}

/** The outcome of anything a user can get wrong. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

/** A successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A failed result with the catalogue sentence, an optional detail and the located problems. */
export function fail<T = never>(code: ErrorCode, issues?: readonly Issue[], detail?: string): Result<T> {
  const message = detail ? `${errorMessages[code]} ${detail}` : errorMessages[code];
  return { ok: false, error: issues?.length ? { code, message, issues } : { code, message } };
}
