/**
 * "Check a message against a configuration", as the appliance would decide it: match the outgoing
 * mail policy (first custom policy whose senders — or recipients — match, else the Default
 * Policy), take the DLP policies it enables ("use default" means the Default Policy's), evaluate
 * the enabled ones in DLP Policy Manager order, and let the first violated policy decide. Only
 * when DLP is enabled globally.
 */
import type { ApplianceConfig } from '../config/schema/index.ts';
import { dlpPoliciesFor, groupRecipients } from './policy-match.ts';
import type { PolicyVerdict, ScannableMessage, SeverityLevel } from '../dlp/types.ts';
import { evaluatePolicies } from '../dlp/policy/evaluate-policies.ts';

/** The outcome of checking one message. */
export interface MessageCheck {
  readonly dlpEnabled: boolean;
  readonly outgoingPolicy: string;
  /** DLP policies evaluated, in order. */
  readonly dlpPolicies: readonly string[];
  /** The deciding (first violated) policy, or null when none was violated. */
  readonly verdict: null | {
    readonly policy: string;
    readonly riskFactor: number;
    readonly severity: SeverityLevel;
    readonly action: string | null;
  };
  /** Every violated policy. */
  readonly violations: readonly {
    readonly policy: string;
    readonly riskFactor: number;
    readonly severity: SeverityLevel;
    readonly action: string | null;
  }[];
  readonly results: readonly PolicyVerdict[];
  readonly notes: readonly string[];
}

/** The DLP verdict for a message under a configuration. */
export async function checkMessage(config: ApplianceConfig, message: ScannableMessage): Promise<MessageCheck> {
  // The pipeline's own policy matching; a message splintered across policies is judged by its first group.
  const [outgoing] = groupRecipients(config, message.sender, message.recipients.length ? message.recipients : ['']);
  const base = { dlpEnabled: config.dlp.enabled, outgoingPolicy: outgoing.policy };
  if (!config.dlp.enabled)
    return { ...base, dlpPolicies: [], verdict: null, violations: [], results: [], notes: ['DLP is disabled globally.'] };
  if (outgoing.dlp.mode !== 'enabled')
    return {
      ...base,
      dlpPolicies: [],
      verdict: null,
      violations: [],
      results: [],
      notes: [`DLP is disabled in the ${outgoing.policy} outgoing mail policy.`],
    };
  const policies = dlpPoliciesFor(config, outgoing);
  const results = await evaluatePolicies(policies, message, {
    customClassifiers: config.dlp.customClassifiers,
    dictionaries: config.dlp.dictionaries,
  });
  const violations = results
    .filter((r) => r.violated)
    .map(({ policy, riskFactor, severity, action }) => ({ policy, riskFactor, severity, action }));
  const notes = [...new Set(results.flatMap((r) => r.notes))];
  return { ...base, dlpPolicies: policies.map((p) => p.name), verdict: violations[0] ?? null, violations, results, notes };
}
