/** `quarantineconfig`: the quarantines with retention, default action and the messages they hold. */
import { OUTBREAK_QUARANTINE } from '../../engine/config/defaults.ts';
import { columns, Out } from '../output.ts';
import type { Command } from '../types.ts';

const plural = (n: number, unit: string) => `${n} ${n === 1 ? unit.replace(/s$/, '') : unit}`;

export const quarantineconfig: Command = {
  name: 'quarantineconfig',
  summary: 'Configure system quarantines.',
  usage: 'quarantineconfig',
  details: [
    'Lists the policy, virus and outbreak quarantines of the committed configuration: type, messages held, retention period, default action and whether space overflow applies the default action early.',
  ],
  async run(ctx) {
    const out = new Out();
    const { committed } = await ctx.api.config.view(ctx.scope);
    const held = new Map<string, number>();
    for (const item of await ctx.api.quarantine.list()) held.set(item.quarantine, (held.get(item.quarantine) ?? 0) + 1);
    const sorted = [...committed.quarantines].sort((a, b) => a.name.localeCompare(b.name));
    out.line().line('Currently configured quarantines:');
    const rows = sorted.map((q, i) => [
      String(i + 1),
      q.name,
      q.system ? 'System' : 'Policy',
      String(held.get(q.name) ?? 0),
      q.system && q.name === OUTBREAK_QUARANTINE ? 'Per mail policy' : plural(q.retention.value, q.retention.unit),
      q.defaultAction === 'delete' ? 'Delete' : 'Release',
      q.freeUpSpace ? 'Yes' : 'No',
    ]);
    for (const l of columns([['#', 'Quarantine Name', 'Type', 'Messages', 'Retention', 'Default Action', 'Free Up Space'], ...rows]))
      out.line(l);
    out.note('Simulator: create and edit quarantines on Monitor > Policy, Virus and Outbreak Quarantines.');
    return out.done();
  },
};
