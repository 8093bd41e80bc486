/**
 * One message's `dlp check` answer: the message read, its verdict under a configuration, and the
 * JSON object printed for it — the same object for a single message (pretty-printed) and for each
 * line of a many-message run (main thread or worker thread).
 */
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import type { ScannableMessage } from '../engine/dlp/types.ts';
import { checkMessage, type MessageCheck } from '../engine/mailflow/check-message.ts';
import { readScannable } from '../engine/mailflow/eml.ts';
import { describeError } from './read-config.ts';

/** The verdict object `dlp check` prints for a message read from `file`. */
export function checkReport(file: string, message: ScannableMessage, check: MessageCheck) {
  return {
    message: {
      file,
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
}

/** A message checked in a many-message run: its output line and the deciding severity, or why it could not be read. */
export type CheckedLine = { readonly line: string; readonly severity: string | null } | { readonly error: string };

/** Reads and checks one message of a many-message run; `name` is how an error line names it. */
export async function checkLine(
  config: ApplianceConfig,
  raw: Uint8Array,
  file: string,
  index: number | null,
  name: string,
): Promise<CheckedLine> {
  const parsed = await readScannable(raw);
  if (!parsed.ok) return { error: describeError(name, parsed.error) };
  const check = await checkMessage(config, parsed.value);
  const line = JSON.stringify({ file, index: index ?? undefined, ...checkReport(file, parsed.value, check) });
  return { line, severity: check.verdict?.severity ?? null };
}
