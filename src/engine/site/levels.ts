/**
 * Centralized Management levels, pure: which level (machine → group → cluster) defines each
 * section for a machine, the effective configuration that results, and what a level's pages show
 * (its own sections, the rest inherited read-only). A standalone appliance has one level: itself.
 */
import type { ApplianceConfig } from '../config/schema/index.ts';
import { SECTION_NAMES as configSections } from '../config/sections.ts';
import { machineScope } from '../scope.ts';
import type { LevelSection, SiteLayout } from './types.ts';

/** Every section that can live at a level; the appliance identity is always the machine's own. */
export const levelSections = configSections.filter((s): s is LevelSection => s !== 'appliance');

export const CLUSTER_SCOPE = 'cluster';
export const groupScope = (name: string): string => `group:${name}`;

/** What kind of level a scope names. */
export type LevelKind = 'cluster' | 'group' | 'machine';

/** Splits a scope into its level and name (`cluster`, `group:Main`, `machine:esa1.example.com`). */
export function parseScope(scope: string): { level: LevelKind; name: string } | null {
  if (scope === CLUSTER_SCOPE) return { level: 'cluster', name: '' };
  const m = /^(group|machine):(.+)$/.exec(scope);
  return m ? { level: m[1] as LevelKind, name: m[2] } : null;
}

/** Every level scope of the site, most general first. */
export function levelScopes(layout: SiteLayout): string[] {
  const machines = layout.machines.map((m) => machineScope(m.hostname));
  return layout.mode === 'cluster' ? [CLUSTER_SCOPE, ...layout.groups.map(groupScope), ...machines] : machines;
}

/** True if the scope is a level of this site. */
export const isLevel = (layout: SiteLayout, scope: string): boolean => levelScopes(layout).includes(scope);

/** The levels a scope inherits from, itself first: machine → its group → cluster. */
export function chainOf(layout: SiteLayout, scope: string): string[] {
  if (layout.mode !== 'cluster') return [scope];
  const parsed = parseScope(scope);
  if (!parsed || parsed.level === 'cluster') return [CLUSTER_SCOPE];
  if (parsed.level === 'group') return [scope, CLUSTER_SCOPE];
  const group = layout.machines.find((m) => m.hostname === parsed.name)?.group;
  return group ? [scope, groupScope(group), CLUSTER_SCOPE] : [scope, CLUSTER_SCOPE];
}

/** True if the level itself defines the section (a standalone machine defines everything). */
export function definesAt(layout: SiteLayout, scope: string, section: LevelSection): boolean {
  if (layout.mode !== 'cluster') return true;
  return (layout.defined[scope] ?? []).includes(section);
}

/** The level whose settings a scope uses for a section (itself or the nearest above), or null. */
export function definingScope(layout: SiteLayout, scope: string, section: LevelSection): string | null {
  return chainOf(layout, scope).find((s) => definesAt(layout, s, section)) ?? null;
}

/** The level whose "use centralized quarantines" setting applies to a scope, or null if never set. */
export function centralScope(layout: SiteLayout, scope: string): string | null {
  return chainOf(layout, scope).find((s) => s in layout.centralQuarantines) ?? null;
}

/** True if the scope's machines use the SMA's quarantines. */
export function usesCentral(layout: SiteLayout, scope: string): boolean {
  const at = centralScope(layout, scope);
  return at !== null && layout.centralQuarantines[at] === true;
}

/**
 * What a level uses: each section from the level that defines it for this scope; the appliance
 * identity from the scope's own row; the SMA's quarantines when centralized quarantines are on.
 * For a machine scope this is the machine's effective configuration.
 */
export function resolveLevel(layout: SiteLayout, scope: string, configs: Readonly<Record<string, ApplianceConfig>>): ApplianceConfig {
  const own = configs[scope];
  if (!own) throw new Error(`no configuration for scope ${scope}`);
  if (layout.mode !== 'cluster' && !usesCentral(layout, scope)) return own;
  const result: Record<string, unknown> = { ...own };
  for (const section of levelSections) {
    const from = definingScope(layout, scope, section);
    // A section no level defines falls back to the scope's own row (its settings before clustering).
    result[section] = (from && configs[from] ? configs[from] : own)[section];
  }
  if (usesCentral(layout, scope)) result.quarantines = layout.sma.quarantines;
  return result as ApplianceConfig;
}
