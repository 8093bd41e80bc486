/**
 * Expected failures of a command (a missing file, a file that is not a message, a bad
 * configuration): one line for the user saying what is wrong and with which file. main.ts prints
 * its message alone; anything else that reaches main.ts is a bug and is reported as one, with the
 * stack when --debug asks for it.
 */

/** A failure the user can fix; `exitCode` 2 for bad input or usage, 1 when some input lines were bad. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 2,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
