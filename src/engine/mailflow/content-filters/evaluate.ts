/**
 * Which outgoing content filters run for a mail policy, and whether a filter matches: the filters
 * the policy enables (its own, or the Default Policy's under "Use Default Settings"), active ones
 * only, in Outgoing Content Filters table order. A filter with no conditions always matches (as on
 * the appliance); otherwise all or any of its conditions must hold, per its Apply Rule.
 */
import type { ApplianceConfig, ContentFilter, OutgoingFilters } from '../../config/schema/index.ts';
import { DEFAULT_POLICY } from '../policy-match.ts';
import { conditionHolds, type FilterSubject } from './conditions.ts';

/** The Content Filters setting of a policy, with "Use Default Settings" resolved; absent means Disabled on the Default Policy. */
export function filtersSettingOf(config: ApplianceConfig, policy: string): Exclude<OutgoingFilters, { mode: 'default' }> {
  const o = config.outgoingPolicies;
  const fallback = o.defaultPolicy.contentFilters ?? { mode: 'disabled' };
  const own = policy === DEFAULT_POLICY ? fallback : (o.policies.find((p) => p.name === policy)?.contentFilters ?? { mode: 'default' });
  const setting = own.mode === 'default' ? fallback : own;
  // A corrupt Default Policy that "uses default" itself counts as Disabled.
  return setting.mode === 'enabled' ? setting : { mode: 'disabled' };
}

/** The filters that run for a policy, in table order; inactive filters are skipped. */
export function contentFiltersFor(config: ApplianceConfig, policy: string): ContentFilter[] {
  const setting = filtersSettingOf(config, policy);
  if (setting.mode !== 'enabled') return [];
  const chosen = new Set(setting.filters);
  return (config.outgoingPolicies.contentFilters ?? []).filter((f) => f.active && chosen.has(f.name));
}

/** Whether a filter's conditions hold for the message, per its Apply Rule. */
export async function filterMatches(filter: ContentFilter, subject: FilterSubject): Promise<boolean> {
  if (filter.conditions.length === 0) return true;
  for (const c of filter.conditions) {
    const holds = await conditionHolds(c, subject);
    if (filter.rule === 'any' && holds) return true;
    if (filter.rule === 'all' && !holds) return false;
  }
  return filter.rule === 'all';
}
