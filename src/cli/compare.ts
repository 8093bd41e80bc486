/**
 * `dlp check PATH… --config COMMITTED.json --compare PENDING.json`: every message replayed under
 * both configurations. One JSON line per message whose disposition changes, then one summary line
 * (messages, changed, failed, outcomes and severities before and after). A message that cannot be
 * read is one line on standard error and the run goes on; the exit code is then 1.
 */
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import { evaluatePolicies } from '../engine/dlp/policy/evaluate-policies.ts';
import { addToTotals, changed, emptyTotals, outcomeLabel, replayMessage, type Disposition } from '../engine/mailflow/impact.ts';
import { dryEncryptor } from '../engine/mailflow/dry-encryptor.ts';
import { parseEml } from '../engine/mailflow/mime.ts';
import type { OutgoingMessage } from '../engine/mailflow/types.ts';
import { messageFiles, sourceName, type MessageFile } from './message-files.ts';
import { describeError, readConfig } from './read-config.ts';
import { stdout } from './stdout.ts';

/**
 * The simulated time every replay runs at: 0 (1970-01-01T00:00:00Z). No disposition depends on the
 * clock (it only stamps tracking and fills $Date); a fixed value keeps two runs' output identical.
 */
const REPLAY_AT = 0;

/** A disposition as a line shows it: its label first, then the deciding finding. */
const shown = (d: Disposition) => ({ label: outcomeLabel(d), ...d });

/** The message of a file, or the one error line that names it. */
async function parseItem(item: MessageFile): Promise<{ message: OutgoingMessage } | { error: string }> {
  if ('problem' in item) return { error: `${sourceName(item)}: ${item.problem}` };
  const r = await parseEml(item.raw);
  return r.ok ? { message: r.value } : { error: describeError(sourceName(item), r.error) };
}

/** Writes one line, waiting when the reader is slower than the replay. */
async function writeLine(value: unknown): Promise<void> {
  if (!stdout().write(`${JSON.stringify(value)}\n`)) await new Promise((r) => stdout().once('drain', r));
}

/** Runs the comparison; returns 0, or 1 when some message could not be read. Bad configurations throw a CliError. */
export async function runCompare(paths: readonly string[], committedPath: string, pendingPath: string): Promise<number> {
  const before = readConfig(committedPath);
  const after = readConfig(pendingPath);
  // Encryption is judged against the configuration replayed (each side its own); an exported
  // configuration carries no provisioning, so every profile counts as provisioned.
  const ports = (config: ApplianceConfig) => ({
    evaluateDlp: evaluatePolicies,
    encrypt: dryEncryptor(
      async () => config,
      async () => true,
    ),
  });
  const totals = emptyTotals();
  let position = 0;
  let failed = 0;
  for await (const item of messageFiles(paths)) {
    const parsed = await parseItem(item);
    if ('error' in parsed) {
      failed++;
      process.stderr.write(`dlp: ${parsed.error}\n`);
      continue;
    }
    // The MID is the message's place among the messages read, so a rerun names the same MIDs.
    const row = await replayMessage({ mid: ++position, at: REPLAY_AT, message: parsed.message }, before, after, ports);
    addToTotals(totals, [row]);
    if (changed(row.before, row.after)) {
      await writeLine({
        file: item.file,
        index: item.index ?? undefined,
        subject: row.subject,
        before: shown(row.before),
        after: shown(row.after),
      });
    }
  }
  await writeLine({ messages: totals.messages, changed: totals.changed, failed, outcomes: totals.outcomes, severities: totals.severities });
  return failed ? 1 : 0;
}
