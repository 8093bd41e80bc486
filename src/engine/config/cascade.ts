/**
 * Follow-on effects of a change, as the appliance applies them: a DLP policy that was renamed or
 * deleted is detached from every outgoing mail policy that had it enabled (it must be enabled
 * again under its new name), rather than the change being refused.
 */
import type { ApplianceConfig, OutgoingDlp } from './schema/index.ts';

/** The configuration with dangling DLP policy names removed from outgoing mail policies, and what was detached. */
export function detachMissingDlpPolicies(config: ApplianceConfig): { config: ApplianceConfig; detached: string[] } {
  const existing = new Set(config.dlp.policies.map((p) => p.name));
  const detached = new Set<string>();
  const prune = <T extends OutgoingDlp>(dlp: T): T => {
    if (dlp.mode !== 'enabled') return dlp;
    const kept = dlp.policies.filter((name) => existing.has(name) || !detached.add(name));
    return kept.length === dlp.policies.length ? dlp : { ...dlp, policies: kept };
  };
  const outgoingPolicies = {
    policies: config.outgoingPolicies.policies.map((p) => ({ ...p, dlp: prune(p.dlp) })),
    defaultPolicy: { dlp: prune(config.outgoingPolicies.defaultPolicy.dlp) },
  };
  return detached.size ? { config: { ...config, outgoingPolicies }, detached: [...detached] } : { config, detached: [] };
}
