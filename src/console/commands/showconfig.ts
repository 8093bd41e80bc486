/** `showconfig`: the committed configuration as readable text, passwords masked. */
import { configText } from '../config-text.ts';
import { Out } from '../output.ts';
import type { Command } from '../types.ts';

export const showconfig: Command = {
  name: 'showconfig',
  summary: 'Display all configuration values.',
  usage: 'showconfig',
  details: [
    'Prints the committed configuration, section by section. Pending (uncommitted) changes are not included.',
    'Passwords are always masked.',
  ],
  async run(ctx) {
    const { committed, pending } = await ctx.api.config.view(ctx.scope);
    const out = new Out().line().line('Note: Passwords are masked in this output; they are never displayed.').line();
    if (pending.length)
      out
        .note(`Simulator: ${pending.length} pending change${pending.length === 1 ? ' is' : 's are'} not shown here until committed.`)
        .line();
    for (const l of configText(committed)) out.line(l);
    return out.done();
  },
};
