/**
 * The shapes the interpreter works in: output lines, a step (what a command printed, and the
 * question it waits on, if any) and a command of the table. A multi-line exchange (commit's
 * comment, encryptionconfig's menus) is a chain of steps: each question's answer yields the next.
 */
import type { CliApi } from './api.ts';

/** How a line is shown: appliance output, an error, the simulator's own aside, or echoed input. */
export type LineKind = 'output' | 'error' | 'note' | 'input';

/** One line of the terminal. */
export interface CliLine {
  readonly kind: LineKind;
  readonly text: string;
}

/** A question on the prompt line (e.g. `[]> `); the answer is the raw text typed. */
export interface Question {
  readonly prompt: string;
  answer(text: string): Promise<Step>;
}

/** What a command (or an answer) produced: lines, and the next question unless it is finished. */
export interface Step {
  readonly lines: readonly CliLine[];
  readonly ask?: Question;
}

/** What every command can use. */
export interface CommandContext {
  readonly api: CliApi;
  /** The configuration scope of the appliance the session is logged in to. */
  readonly scope: string;
  /** The command table (for help). */
  readonly commands: readonly Command[];
}

/** One command of the table. */
export interface Command {
  readonly name: string;
  /** One line for `help`. */
  readonly summary: string;
  /** The syntax, for `help <command>` and the usage line on bad arguments. */
  readonly usage: string;
  /** Further lines for `help <command>`. */
  readonly details: readonly string[];
  /** Without it, any argument gets the usage line (the session checks, not each command). */
  readonly takesArguments?: boolean;
  /** Words Tab completes after the command name. */
  readonly subcommands?: readonly string[];
  run(ctx: CommandContext, args: readonly string[]): Promise<Step>;
}
