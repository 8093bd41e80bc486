/**
 * `dlp check MESSAGE.eml --config EXPORTED.json`: the DLP verdict for one real message under an
 * exported configuration, as JSON (policies violated, risk factor, severity, action).
 */
import { MAX_IMPORT_BYTES, parseConfigImport } from '../engine/config/export-import.ts';
import type { AppError } from '../engine/errors.ts';
import { checkMessage } from '../engine/mailflow/check-message.ts';
import { readScannable } from '../engine/mailflow/eml.ts';
import { MAX_MESSAGE_BYTES } from '../engine/mailflow/mime.ts';
import { decodeText } from '../engine/model/text-decoding.ts';
import { CliError } from './cli-error.ts';
import { readInputFile } from './read-file.ts';

const USAGE = 'Usage: dlp check MESSAGE.eml --config EXPORTED.json';
/** How many located problems the one error line lists before "and N more". */
const SHOWN_ISSUES = 3;

/** One line: the file, the error and its first located problems. */
function describe(file: string, error: AppError): string {
  const issues = error.issues ?? [];
  const listed = issues.slice(0, SHOWN_ISSUES).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > SHOWN_ISSUES ? ` (and ${issues.length - SHOWN_ISSUES} more)` : '';
  return `${file}: ${error.message}${listed.length ? ` ${listed.join('; ')}${more}` : ''}`;
}

/** The message file and the --config file named by the arguments; a CliError for anything else. */
function parseArgs(args: readonly string[]): { emlPath: string; configPath: string } {
  const files: string[] = [];
  let configPath: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--config') {
      configPath = args[++i];
      if (configPath === undefined || configPath.startsWith('--')) throw new CliError(`--config needs a file name. ${USAGE}`);
    } else if (a.startsWith('--')) throw new CliError(`Unknown option "${a}". ${USAGE}`);
    else files.push(a);
  }
  if (files.length !== 1 || !configPath)
    throw new CliError(files.length > 1 ? `Give one message file, not ${files.length}. ${USAGE}` : USAGE);
  return { emlPath: files[0]!, configPath };
}

/** Runs the command; returns the exit code (0 = checked, whatever the verdict). Bad input throws a CliError. */
export async function runCheck(args: readonly string[]): Promise<number> {
  const { emlPath, configPath } = parseArgs(args);
  // A UTF-16 file takes two bytes a character; the character limit is checked after decoding.
  const configText = decodeText(await readInputFile(configPath, 'configuration file', 2 * MAX_IMPORT_BYTES + 2));
  if (!configText.ok) throw new CliError(describe(configPath, configText.error));
  const imported = parseConfigImport(configText.value);
  if (!imported.ok) throw new CliError(describe(configPath, imported.error));
  const parsed = await readScannable(await readInputFile(emlPath, 'message', MAX_MESSAGE_BYTES));
  if (!parsed.ok) throw new CliError(describe(emlPath, parsed.error));
  const message = parsed.value;
  const check = await checkMessage(imported.value.config, message);
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
