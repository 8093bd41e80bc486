/**
 * The terminal's state around one CLI session: the scrollback, the prompt, the line being typed,
 * the command history and a busy flag while the engine answers. The component only maps keys to
 * these methods, so the behaviour reads in one place.
 */
import { CliSession, CommandHistory, type CliApi, type CliLine, type CliReply, type PromptMode } from '../../console/index.ts';

/** A scrollback line with a key for the list. */
export interface TermLine extends CliLine {
  readonly id: number;
}

/** Enough for a long session; the oldest lines go first. */
const MAX_LINES = 5000;

export class Terminal {
  lines = $state.raw<TermLine[]>([]);
  prompt = $state('');
  input = $state('');
  busy = $state(false);
  private nextId = 0;
  private readonly session: CliSession;
  private readonly history = new CommandHistory();

  constructor(api: CliApi, scope: string, mode?: PromptMode) {
    this.session = new CliSession(api, { scope, mode });
  }

  /** Logs in: the banner and the first prompt. */
  async start(): Promise<void> {
    await this.run(() => this.session.start());
  }

  /** Enter: runs the line (or answers the question on the prompt). */
  async submit(): Promise<void> {
    if (this.busy) return;
    const line = this.input;
    if (this.session.atCommandPrompt) this.history.add(line);
    this.input = '';
    await this.run(() => this.session.submit(line));
  }

  /** Ctrl+C: cancels the question or the line being typed. */
  interrupt(): void {
    if (this.busy) return;
    this.show(this.session.interrupt(this.input));
    this.input = '';
  }

  /** Tab: completes; returns false when there was nothing to complete (so focus may move on). */
  complete(): boolean {
    if (this.busy || this.input.trim() === '' || !this.session.atCommandPrompt) return false;
    const c = this.session.complete(this.input);
    this.input = c.input;
    this.append(c.lines);
    return true;
  }

  /** ↑ */
  older(): void {
    if (!this.session.atCommandPrompt) return;
    const entry = this.history.previous(this.input);
    if (entry !== null) this.input = entry;
  }

  /** ↓ */
  newer(): void {
    if (!this.session.atCommandPrompt) return;
    const entry = this.history.next();
    if (entry !== null) this.input = entry;
  }

  /** Ctrl+L: clears the screen, not the session. */
  clearScreen(): void {
    this.lines = [];
  }

  get connected(): boolean {
    return this.session.isConnected;
  }

  private async run(call: () => Promise<CliReply>): Promise<void> {
    this.busy = true;
    try {
      this.show(await call());
    } catch (e) {
      // The session reports command failures itself; this is the login failing (engine restarted).
      this.append([{ kind: 'error', text: `Error: ${e instanceof Error ? e.message : String(e)}` }]);
    } finally {
      this.busy = false;
    }
  }

  private show(reply: CliReply): void {
    this.append(reply.lines);
    this.prompt = reply.prompt;
  }

  private append(lines: readonly CliLine[]): void {
    if (!lines.length) return;
    const added = lines.map((l) => ({ ...l, id: this.nextId++ }));
    this.lines = [...this.lines, ...added].slice(-MAX_LINES);
  }
}
