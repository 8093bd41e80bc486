/**
 * The command line's comparison and the app's Preview impact agree: the same recorded messages
 * (exported as an mbox) under the same two configurations (the scenario files) give the same
 * changed messages and the same totals. Configurations without encryption, since the command line
 * has no key service and assumes provisioning.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { addToTotals, emptyTotals, outcomeLabel, type ReplayRow } from '../../src/engine/mailflow/impact.ts';
import { buildEml } from '../../src/engine/mailflow/mime.ts';
import { DEFAULT_TRAFFIC } from '../../src/engine/mailflow/traffic.ts';
import { MAX_BATCH } from '../../src/worker/impact-service.ts';
import { fresh } from '../helpers/fresh.ts';
import { originalsOf } from '../../src/worker/originals.ts';

const ROOT = join(import.meta.dirname, '../..');
const scenario = (name: string) => join(ROOT, 'public/scenarios', `${name}.json`);

it('when the same messages and configurations go through the CLI and Preview impact then both report the same changes', async () => {
  const { svc, db } = await fresh();
  expect((await svc.config.importFile(readFileSync(scenario('proof-of-value'), 'utf8'), 'pov.json')).ok).toBe(true);
  await svc.config.commit('committed');
  await svc.traffic.start({ ...DEFAULT_TRAFFIC, count: 150, seed: 11, sensitiveShare: 0.5 });
  while ((await svc.traffic.progress()).state === 'running') await new Promise((r) => setTimeout(r, 5));
  expect((await svc.config.importFile(readFileSync(scenario('healthcare-hipaa'), 'utf8'), 'hipaa.json')).ok).toBe(true);

  const plan = await svc.impact.plan({ last: 'all', from: null, to: null });
  if (!plan.ok) throw new Error(plan.error.message);
  const rows: ReplayRow[] = [];
  for (let i = 0; i < plan.value.mids.length; i += MAX_BATCH) {
    const r = await svc.impact.replay(plan.value.mids.slice(i, i + MAX_BATCH));
    if (!r.ok) throw new Error(r.error.message);
    rows.push(...r.value.rows);
  }
  const app = addToTotals(emptyTotals(), rows);

  // The same originals as one mbox, in MID order.
  const originals = await originalsOf(db, plan.value.mids);
  const mbox = originals
    .map(
      (o) =>
        `From ${o!.message.envelopeFrom} Thu Jan  1 00:00:00 1970\n${buildEml(o!.message, o!.at)
          .replace(/\r\n/g, '\n')
          .replace(/^(>*From )/gm, '>$1')}\n`,
    )
    .join('');
  const dir = mkdtempSync(join(tmpdir(), 'dlp-parity-'));
  writeFileSync(join(dir, 'traffic.mbox'), mbox);
  const cli = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'check',
      join(dir, 'traffic.mbox'),
      '--config',
      scenario('proof-of-value'),
      '--compare',
      scenario('healthcare-hipaa'),
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(cli.stderr).toBe('');
  expect(cli.status).toBe(0);
  const lines = cli.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const summary = lines.pop() as {
    messages: number;
    changed: number;
    outcomes: Record<string, unknown>;
    severities: Record<string, unknown>;
  };
  expect(summary.messages).toBe(rows.length);
  expect(summary.outcomes).toEqual(app.outcomes);
  expect(summary.severities).toEqual(app.severities);
  expect(summary.changed).toBe(app.changed);
  // The changed messages, by their place in the mbox, and what they become.
  const changedApp = rows.flatMap((r, i) =>
    outcomeLabel(r.before) !== outcomeLabel(r.after) || r.before.severity !== r.after.severity ? [[i + 1, outcomeLabel(r.after)]] : [],
  );
  const changedCli = lines.map((l) => [l.index, (l.after as { label: string }).label]);
  expect(changedCli).toEqual(changedApp);
});
