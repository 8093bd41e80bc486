/**
 * `commit` and `clear`: the CLI's side of Submit-then-Commit. They act on the same pending changes
 * the GUI's Commit Changes button counts, whichever side made them.
 */
import { cliTime } from '../time.ts';
import { Out, yesNo } from '../output.ts';
import type { Command } from '../types.ts';

export const commit: Command = {
  name: 'commit',
  summary: 'Commit changes.',
  usage: 'commit',
  details: [
    'Asks for a comment, then applies every pending change (made here or with Submit in the GUI).',
    'The comment is kept in the commit history (System Administration > Commit History).',
  ],
  async run(ctx) {
    const out = new Out();
    const { pending } = await ctx.api.config.view(ctx.scope);
    if (pending.length === 0) return out.line('There are no changes to commit.').done();
    out.line().line('Please enter some comments describing your changes:');
    return out.ask('[]> ', async (comment, next) => {
      const r = await ctx.api.config.commit(comment.trim(), ctx.scope);
      if (!r.ok) return next.error(r.error.message).done();
      next.line().line(`Changes committed: ${cliTime(r.value.at)}`);
      return next.done();
    });
  },
};

export const clear: Command = {
  name: 'clear',
  summary: 'Clear pending configuration changes since last commit.',
  usage: 'clear',
  details: [
    'Discards every pending change (like Abandon Changes in the GUI), after asking for confirmation.',
    'It does not clear the screen: use Ctrl+L for that.',
  ],
  async run(ctx) {
    const out = new Out();
    const { pending } = await ctx.api.config.view(ctx.scope);
    if (pending.length === 0) return out.line('There are no changes to clear.').done();
    return yesNo(out.line(), 'Are you sure you want to clear all changes since the last commit?', true, async (yes, next) => {
      if (!yes) return next.line('No changes were cleared.').done();
      const r = await ctx.api.config.abandon(ctx.scope);
      if (!r.ok) return next.error(r.error.message).done();
      return next.line(`Changes cleared: ${cliTime(await ctx.api.clock.now())}`).done();
    });
  },
};
