/** `help` (or `?`): every command with one line, or one command's syntax and details. */
import { columns, Out } from '../output.ts';
import type { Command } from '../types.ts';

export const help: Command = {
  name: 'help',
  summary: 'Help.',
  takesArguments: true,
  usage: 'help [command]',
  details: ['Without an argument, lists the commands. With a command name, shows its syntax and what it does.'],
  async run(ctx, args) {
    const out = new Out();
    if (args.length > 1) return out.error(`Usage: ${this.usage}`).done();
    if (args.length === 1) {
      const cmd = ctx.commands.find((c) => c.name === args[0].toLowerCase());
      if (!cmd) return out.error(`No help is available for "${args[0]}": unknown command.`).done();
      out.line().line(`${cmd.name}: ${cmd.summary}`).line().line(`Usage: ${cmd.usage}`);
      if (cmd.details.length) out.line();
      for (const l of cmd.details) out.line(l);
      return out.done();
    }
    out.line().line('Type "help <command>" for more information about a command.').line();
    for (const l of columns(ctx.commands.map((c) => [c.name, c.summary]))) out.line(l);
    out
      .line()
      .note(
        'Simulator: this appliance CLI offers the commands of the DLP and encryption workflow. Keys: ↑/↓ history, Tab completes, Ctrl+L clears the screen, Ctrl+C cancels a question.',
      );
    return out.done();
  },
};
