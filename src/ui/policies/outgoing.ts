/**
 * Outgoing Mail Policies: what the table's DLP column says (the Content Filters column is in content-filters.ts), and the list edits (insert before,
 * move, remove) as plain functions, so the page components only submit their results.
 */
import type { ApplianceConfig, OutgoingDlp, OutgoingPolicy } from '../../engine/config/schema/index.ts';

export { DEFAULT_POLICY } from '../../engine/mailflow/policy-match.ts';

type Outgoing = ApplianceConfig['outgoingPolicies'];

/** The DLP column: the enabled policy names in DLP Policy Manager order, "(use default)" or "Disabled". */
export function dlpColumn(config: ApplianceConfig, dlp: OutgoingDlp): string {
  if (dlp.mode === 'default') return '(use default)';
  if (dlp.mode === 'disabled') return 'Disabled';
  const chosen = new Set(dlp.policies);
  const ordered = [
    ...config.dlp.policies.map((p) => p.name).filter((n) => chosen.has(n)),
    ...dlp.policies.filter((n) => !config.dlp.policies.some((p) => p.name === n)),
  ];
  return ordered.length ? ordered.join(', ') : 'Enabled (no DLP policies selected)';
}

/** The appliance's columns this simulator does not model before the Content Filters column. */
export const FIXED_COLUMNS = ['Anti-Spam', 'Anti-Virus', 'Advanced Malware Protection', 'Graymail'] as const;

/** …and between the Content Filters and DLP columns. */
export const FIXED_AFTER_FILTERS = ['Outbreak Filters'] as const;

/** Members as one line: `Senders: @example.com · Recipients: bob@`. */
export function membersLine(p: OutgoingPolicy): string {
  const parts = [];
  if (p.senders.length) parts.push(`Senders: ${p.senders.join(', ')}`);
  if (p.recipients.length) parts.push(`Recipients: ${p.recipients.join(', ')}`);
  return parts.join(' · ');
}

/** The list with `policy` inserted before the policy named `before` (null: just above Default). */
export function insertBefore(o: Outgoing, policy: OutgoingPolicy, before: string | null): Outgoing {
  const at = before === null ? -1 : o.policies.findIndex((p) => p.name === before);
  const policies = [...o.policies];
  policies.splice(at < 0 ? policies.length : at, 0, policy);
  return { ...o, policies };
}

/** The list with the policy at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function move(o: Outgoing, index: number, by: -1 | 1): Outgoing {
  const to = index + by;
  if (to < 0 || to >= o.policies.length) return o;
  const policies = [...o.policies];
  [policies[index], policies[to]] = [policies[to], policies[index]];
  return { ...o, policies };
}

/** The list with the DLP setting of `name` (or the Default Policy) replaced. */
export function withDlp(o: Outgoing, name: string, dlp: OutgoingDlp, isDefault: boolean): Outgoing {
  // The form never offers "Use Default Settings" for the Default Policy itself.
  if (isDefault) return { ...o, defaultPolicy: { dlp: dlp.mode === 'default' ? { mode: 'disabled' } : dlp } };
  return { ...o, policies: o.policies.map((p) => (p.name === name ? { ...p, dlp } : p)) };
}
