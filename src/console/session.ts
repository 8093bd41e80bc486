/**
 * One CLI session on an appliance: the login banner, then commands read line by line. A command
 * either finishes or leaves a question open (commit's comment, a menu, Y/N); the next line
 * answers it. This is the whole state machine: a pending question or none, connected or not.
 */
import { DEFAULT_SCOPE } from '../engine/scope.ts';
import type { CliApi } from './api.ts';
import { aliases, commands } from './commands/index.ts';
import { bannerLines } from './commands/version.ts';
import { complete } from './complete.ts';
import { Out } from './output.ts';
import { promptFor, type PromptMode } from './prompt.ts';
import { tokenize } from './tokenize.ts';
import type { CliLine, CommandContext, Question, Step } from './types.ts';

/** What the terminal shows after an action: new lines, and the prompt to show next. */
export interface CliReply {
  readonly lines: readonly CliLine[];
  readonly prompt: string;
}

export interface CliSessionOptions {
  /** The configuration scope of the appliance (the standalone machine by default). */
  readonly scope?: string;
  /** A cluster mode for the prompt; none for a standalone appliance. */
  readonly mode?: PromptMode;
}

export class CliSession {
  private question: Question | null = null;
  private hostname = '';
  private connected = false;
  private readonly ctx: CommandContext;

  constructor(
    api: CliApi,
    private readonly options: CliSessionOptions = {},
  ) {
    this.ctx = { api, scope: options.scope ?? DEFAULT_SCOPE, commands };
  }

  /** The prompt now: a question's, the command prompt, or nothing when disconnected. */
  get prompt(): string {
    if (!this.connected) return '';
    return this.question?.prompt ?? promptFor(this.hostname, this.options.mode);
  }

  /** True when the next line is a command (not an answer): only commands go into the history. */
  get atCommandPrompt(): boolean {
    return this.connected && this.question === null;
  }

  get isConnected(): boolean {
    return this.connected;
  }

  /** Logs in: the banner and the first prompt. */
  async start(): Promise<CliReply> {
    const { committed } = await this.ctx.api.config.view(this.ctx.scope);
    this.hostname = committed.appliance.hostname;
    this.question = null;
    this.connected = true;
    return { lines: bannerLines(committed.appliance).lines, prompt: this.prompt };
  }

  /** A line typed and Enter pressed. When disconnected, Enter logs in again. */
  async submit(input: string): Promise<CliReply> {
    if (!this.connected) return this.start();
    const echo: CliLine = { kind: 'input', text: this.prompt + input };
    const question = this.question;
    this.question = null;
    let step: Step;
    try {
      step = question ? await question.answer(input) : await this.execute(input);
    } catch (e) {
      // A bug or a restarted engine: report it and return to the command prompt.
      step = new Out().error(`Error: ${e instanceof Error ? e.message : String(e)}`).done();
    }
    this.question = step.ask ?? null;
    return { lines: [echo, ...step.lines], prompt: this.prompt };
  }

  /** Ctrl+C: abandons a question (or the line being typed) and returns to the command prompt. */
  interrupt(input = ''): CliReply {
    const echo: CliLine = { kind: 'input', text: `${this.prompt}${input}^C` };
    this.question = null;
    return { lines: this.connected ? [echo] : [], prompt: this.prompt };
  }

  /** Tab: completes the command line; ambiguous completions list the candidates. */
  complete(input: string): { input: string; lines: readonly CliLine[] } {
    if (!this.atCommandPrompt) return { input, lines: [] };
    const c = complete(input, commands);
    if (c.candidates.length === 0 || c.input !== input) return { input: c.input, lines: [] };
    return {
      input,
      lines: [
        { kind: 'input', text: this.prompt + input },
        { kind: 'output', text: c.candidates.join('  ') },
      ],
    };
  }

  private async execute(input: string): Promise<Step> {
    const out = new Out();
    const tokens = tokenize(input);
    if (!tokens.ok) return out.error(tokens.message).done();
    if (tokens.words.length === 0) return out.done();
    const [word, ...args] = tokens.words;
    const name = aliases[word.toLowerCase()] ?? word.toLowerCase();
    const command = commands.find((c) => c.name === name);
    if (!command) return out.error(`Unknown command or missing feature key: ${word}`).done();
    if (command.name === 'quit') {
      this.connected = false;
      return out.line().line(`Connection to ${this.hostname} closed.`).note('Simulator: press Enter to log in again.').done();
    }
    if (args.length && !command.takesArguments) return out.error(`Usage: ${command.usage}`).done();
    return command.run(this.ctx, args);
  }
}
