/**
 * `dlp check MESSAGE.eml --config EXPORTED.json`: the DLP verdict for one real message under an
 * exported configuration, as JSON (policies violated, risk factor, severity, action). Several
 * paths, a folder or an mbox go to check-many.ts (one line per message); with
 * `--compare PENDING.json` the paths go to compare.ts instead.
 */
import { statSync } from 'node:fs';
import { checkMessage } from '../engine/mailflow/check-message.ts';
import { readScannable } from '../engine/mailflow/eml.ts';
import { MAX_MESSAGE_BYTES } from '../engine/mailflow/mime.ts';
import { CliError } from './cli-error.ts';
import { runCheckMany } from './check-many.ts';
import { checkReport } from './check-report.ts';
import { runCompare } from './compare.ts';
import { describeError, readConfig } from './read-config.ts';
import { readInputFile } from './read-file.ts';
import { writeOut } from './stdout.ts';

const USAGE =
  'Usage: dlp check MESSAGE.eml --config EXPORTED.json, dlp check PATH… --config EXPORTED.json, or dlp check PATH… --config COMMITTED.json --compare PENDING.json';
const HELP = `Usage:
  dlp check MESSAGE.eml --config EXPORTED.json
      The DLP verdict for one message under an exported configuration, as indented JSON:
        {"message", "dlpEnabled", "outgoingPolicy", "dlpPolicies", "violated", "verdict", "violations", "policies", "notes"}

  dlp check PATH… --config EXPORTED.json
      The verdict for many messages. PATH is an .eml file, a folder (every .eml inside,
      recursively, sorted by path) or an mbox file (.mbox, or any file whose first line is a
      "From " separator, when several paths are given: a lone file is one message unless its
      name ends in .mbox).
      Output: one JSON line per message, in input order: the verdict object above with "file"
      and, for a message of an mbox, "index" (its place, from 1) first; then one summary line
        {"messages", "violated", "severities": {"critical", "high", "medium", "low"}, "failed", "seconds"}
      (messages checked, those violating a policy, by the deciding policy's severity, messages that
      could not be read, wall time). A run lasting over a second goes on on worker threads too, on
      machines with three cores or more (DLP_WORKERS=N starts N at once; 0 runs every message in
      this thread). On a terminal, standard error shows progress once a run takes over a second.
      A message that cannot be read is one line on standard error; the others still run, exit code 1.

  dlp check PATH… --config COMMITTED.json --compare PENDING.json
      What a configuration change would do: every message replayed under both configurations.
      PATH as above.
      Output: one JSON line per message whose outcome or severity changes
        {"file", "index" (mbox only), "subject", "before": {"label", "severity", "policy", …}, "after": {…}}
      then one summary line {"messages", "changed", "failed", "outcomes", "severities"}.
      Replays run at simulated time 0 with a stand-in encryption service (no keys are made).
      A message that cannot be read is one line on standard error; the others still run, exit code 1.`;

interface CheckArgs {
  readonly files: readonly string[];
  readonly configPath: string;
  /** The pending configuration to compare with; null for a plain check. */
  readonly comparePath: string | null;
}

/** The message paths and configuration files named by the arguments; 'help', or a CliError for anything else. */
function parseArgs(args: readonly string[]): CheckArgs | 'help' {
  const files: string[] = [];
  const options: Record<'--config' | '--compare', string | undefined> = { '--config': undefined, '--compare': undefined };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') return 'help';
    if (a === '--config' || a === '--compare') {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new CliError(`${a} needs a file name. ${USAGE}`);
      options[a] = value;
    } else if (a.startsWith('--')) throw new CliError(`Unknown option "${a}". ${USAGE}`);
    else files.push(a);
  }
  const configPath = options['--config'];
  const comparePath = options['--compare'] ?? null;
  if (!configPath || files.length === 0) throw new CliError(USAGE);
  return { files, configPath, comparePath };
}

/** Whether one path names a folder (a many-message run); anything else is read as a message file. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Runs the command; returns the exit code (0 = checked, whatever the verdict; 1 = a message of many was unreadable). Bad input throws a CliError. */
export async function runCheck(args: readonly string[]): Promise<number> {
  const parsedArgs = parseArgs(args);
  if (parsedArgs === 'help') {
    writeOut(`${HELP}\n`);
    return 0;
  }
  const { files, configPath, comparePath } = parsedArgs;
  if (comparePath !== null) return runCompare(files, configPath, comparePath);
  const config = readConfig(configPath);
  const emlPath = files[0]!;
  if (files.length > 1 || /\.mbox$/i.test(emlPath) || isFolder(emlPath)) return runCheckMany(files, config);
  // A lone file is one message even when its first line is a "From " line (as some saved .eml files start).
  const parsed = await readScannable(readInputFile(emlPath, 'message', MAX_MESSAGE_BYTES));
  if (!parsed.ok) throw new CliError(describeError(emlPath, parsed.error));
  const message = parsed.value;
  const report = checkReport(emlPath, message, await checkMessage(config, message));
  writeOut(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}
