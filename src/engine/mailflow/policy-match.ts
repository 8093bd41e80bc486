/**
 * Outgoing mail policy matching, per recipient: custom policies top-down, first match wins, the
 * Default Policy last. A policy matches when the envelope sender matches one of its sender patterns
 * or the recipient matches one of its recipient patterns. Recipients that fall into different
 * policies split the message into one copy per policy (splintering).
 */
import { addressMatches } from '../model/address.ts';
import type { ApplianceConfig, DlpPolicy, OutgoingDlp } from '../config/schema/index.ts';

export const DEFAULT_POLICY = 'Default Policy';

/** Recipients that share an outgoing mail policy. */
export interface PolicyGroup {
  readonly policy: string;
  readonly recipients: string[];
  /** The DLP setting that applies, after resolving "Use Default Settings". */
  readonly dlp: Exclude<OutgoingDlp, { mode: 'default' }>;
}

/** The outgoing mail policy for one recipient of a message from `sender`. */
export function policyFor(config: ApplianceConfig, sender: string, recipient: string): string {
  const hit = config.outgoingPolicies.policies.find(
    (p) => p.senders.some((pat) => addressMatches(pat, sender)) || p.recipients.some((pat) => addressMatches(pat, recipient)),
  );
  return hit?.name ?? DEFAULT_POLICY;
}

/** The DLP setting of a policy, with "Use Default Settings" resolved to the Default Policy's. */
export function dlpSettingOf(config: ApplianceConfig, policy: string): PolicyGroup['dlp'] {
  const own =
    policy === DEFAULT_POLICY
      ? config.outgoingPolicies.defaultPolicy.dlp
      : config.outgoingPolicies.policies.find((p) => p.name === policy)?.dlp;
  const setting: OutgoingDlp = !own || own.mode === 'default' ? config.outgoingPolicies.defaultPolicy.dlp : own;
  // The Default Policy cannot itself "use default"; treat a corrupt one as disabled.
  return setting.mode === 'default' ? { mode: 'disabled' } : setting;
}

/** Groups the recipients by policy, in the order the policies first appear among the recipients. */
export function groupRecipients(config: ApplianceConfig, sender: string, recipients: readonly string[]): PolicyGroup[] {
  const groups = new Map<string, PolicyGroup>();
  for (const r of recipients) {
    const policy = policyFor(config, sender, r);
    const group = groups.get(policy) ?? { policy, recipients: [], dlp: dlpSettingOf(config, policy) };
    group.recipients.push(r);
    groups.set(policy, group);
  }
  return [...groups.values()];
}

/** The DLP policies to evaluate for a group, in DLP Policy Manager order; enabled ones only. */
export function dlpPoliciesFor(config: ApplianceConfig, group: PolicyGroup): DlpPolicy[] {
  if (group.dlp.mode !== 'enabled') return [];
  const chosen = new Set(group.dlp.policies);
  return config.dlp.policies.filter((p) => p.enabled && chosen.has(p.name));
}
