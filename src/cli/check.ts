/**
 * `dlp check MESSAGE.eml --config EXPORTED.json`: the DLP verdict for one real message under an
 * exported configuration, as JSON (policies violated, risk factor, severity, action). With
 * `--compare PENDING.json` it hands its paths to compare.ts instead.
 */
import { checkMessage } from '../engine/mailflow/check-message.ts';
import { readScannable } from '../engine/mailflow/eml.ts';
import { MAX_MESSAGE_BYTES } from '../engine/mailflow/mime.ts';
import { CliError } from './cli-error.ts';
import { runCompare } from './compare.ts';
import { describeError, readConfig } from './read-config.ts';
import { readInputFile } from './read-file.ts';

const USAGE = 'Usage: dlp check MESSAGE.eml --config EXPORTED.json, or dlp check PATH… --config COMMITTED.json --compare PENDING.json';
const HELP = `Usage:
  dlp check MESSAGE.eml --config EXPORTED.json
      The DLP verdict for one message under an exported configuration, as JSON.

  dlp check PATH… --config COMMITTED.json --compare PENDING.json
      What a configuration change would do: every message replayed under both configurations.
      PATH is an .eml file, a folder (every .eml inside, recursively, sorted by path) or an mbox
      file (.mbox, or any file whose first line is a "From " separator).
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
  if (comparePath === null && files.length > 1)
    throw new CliError(`Give one message file, not ${files.length} (several are compared with --compare PENDING.json). ${USAGE}`);
  return { files, configPath, comparePath };
}

/** Runs the command; returns the exit code (0 = checked, whatever the verdict; 1 = a compared message was unreadable). Bad input throws a CliError. */
export async function runCheck(args: readonly string[]): Promise<number> {
  const parsedArgs = parseArgs(args);
  if (parsedArgs === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const { files, configPath, comparePath } = parsedArgs;
  if (comparePath !== null) return runCompare(files, configPath, comparePath);
  const emlPath = files[0]!;
  const config = await readConfig(configPath);
  const parsed = await readScannable(await readInputFile(emlPath, 'message', MAX_MESSAGE_BYTES));
  if (!parsed.ok) throw new CliError(describeError(emlPath, parsed.error));
  const message = parsed.value;
  const check = await checkMessage(config, message);
  const report = {
    message: {
      file: emlPath,
      subject: message.subject,
      sender: message.sender,
      recipients: message.recipients,
      attachments: message.attachments.map((a) => a.filename),
    },
    dlpEnabled: check.dlpEnabled,
    outgoingPolicy: check.outgoingPolicy,
    dlpPolicies: check.dlpPolicies,
    violated: check.verdict !== null,
    verdict: check.verdict,
    violations: check.violations,
    policies: check.results.map((r) => ({
      policy: r.policy,
      applicable: r.applicable,
      skippedBecause: r.skippedBecause,
      riskFactor: r.riskFactor,
      severity: r.severity,
      action: r.action,
      classifiers: r.classifiers.map((c) => ({
        classifier: c.classifier,
        riskFactor: c.riskFactor,
        summary: c.summary,
        matches: c.matches.length,
      })),
    })),
    notes: check.notes,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}
