/**
 * `dlp check MESSAGE.eml --config EXPORTED.json`: the DLP verdict for one real message under an
 * exported configuration, as JSON (policies violated, risk factor, severity, action).
 */
import { readFile } from 'node:fs/promises';
import { parseConfigImport } from '../engine/config/export-import.ts';
import { checkMessage } from '../engine/mailflow/check-message.ts';
import { parseEml } from '../engine/mailflow/eml.ts';

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

/** Runs the command; returns the exit code (0 = checked, whatever the verdict). */
export async function runCheck(args: readonly string[]): Promise<number> {
  const at = args.indexOf('--config');
  const configPath = at >= 0 ? args[at + 1] : undefined;
  const emlPath = args.find((a, i) => !a.startsWith('--') && i !== at + 1);
  if (!emlPath || !configPath) return fail('Usage: dlp check MESSAGE.eml --config EXPORTED.json');
  let configText: string;
  let raw: Uint8Array;
  try {
    configText = await readFile(configPath, 'utf8');
    raw = new Uint8Array(await readFile(emlPath));
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
  const imported = parseConfigImport(configText);
  if (!imported.ok) {
    const issues = (imported.error.issues ?? []).map((i) => `  ${i.path}: ${i.message}`).join('\n');
    return fail(`${configPath}: ${imported.error.message}${issues ? `\n${issues}` : ''}`);
  }
  const message = await parseEml(raw);
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
