/**
 * Centralized Management Options, pure: Override settings at a more specific level (start from
 * defaults or from a copy of the inherited settings) and Manage settings (copy, move or delete a
 * section between levels). Every operation keeps each machine covered and §1.3's rule intact.
 */
import { defaultConfig } from '../config/defaults.ts';
import type { ApplianceConfig } from '../config/schema/index.ts';
import { fail, ok, type Result } from '../errors.ts';
import { machineScope } from '../scope.ts';
import { CLUSTER_SCOPE, definesAt, definingScope, isLevel, levelSections, resolveLevel } from './levels.ts';
import { checkCentral, levelLabel } from './site.ts';
import type { LevelSection, SiteLayout } from './types.ts';

/** A layout change and the level rows it rewrote. */
export interface LevelChange {
  readonly layout: SiteLayout;
  readonly rows: Readonly<Record<string, ApplianceConfig>>;
}

type Configs = Readonly<Record<string, ApplianceConfig>>;

const withSection = (layout: SiteLayout, scope: string, section: LevelSection, on: boolean): SiteLayout => {
  const list = (layout.defined[scope] ?? []).filter((s) => s !== section);
  return { ...layout, defined: { ...layout.defined, [scope]: on ? [...list, section] : list } };
};

/** Every machine must still find each section at some level; then the centralized-quarantine rule. */
function checked(layout: SiteLayout, rows: Configs): Result<LevelChange> {
  for (const m of layout.machines) {
    const missing = levelSections.find((s) => definingScope(layout, machineScope(m.hostname), s) === null);
    if (missing) return fail('site.cluster-must-keep', undefined, `(${missing} on ${m.hostname})`);
  }
  const c = checkCentral(layout);
  return c.ok ? ok({ layout: c.value, rows }) : c;
}

function precheck(layout: SiteLayout, scopes: readonly string[]): Result<true> {
  if (layout.mode !== 'cluster') return fail('site.not-clustered');
  const unknown = scopes.find((s) => !isLevel(layout, s));
  return unknown ? fail('site.unknown-level', undefined, `“${unknown}”`) : ok(true);
}

/** Override settings: the level gets its own copy of a section, from defaults or from what it inherited. */
export function overrideSection(
  layout: SiteLayout,
  configs: Configs,
  scope: string,
  section: LevelSection,
  start: 'defaults' | 'inherited',
): Result<LevelChange> {
  const pre = precheck(layout, [scope]);
  if (!pre.ok) return pre;
  if (definesAt(layout, scope, section)) return fail('site.section-already-defined', undefined, `(${levelLabel(scope)})`);
  const own = configs[scope];
  const value = start === 'defaults' ? defaultConfig(own.appliance)[section] : resolveLevel(layout, scope, configs)[section];
  return checked(withSection(layout, scope, section, true), { [scope]: { ...own, [section]: structuredClone(value) } });
}

/** Manage settings: copy or move a section from one level to another, or delete it from a level. */
export function manageSection(
  layout: SiteLayout,
  configs: Configs,
  op: 'copy' | 'move' | 'delete',
  section: LevelSection,
  from: string,
  to?: string,
): Result<LevelChange> {
  const pre = precheck(layout, to ? [from, to] : [from]);
  if (!pre.ok) return pre;
  if (!definesAt(layout, from, section)) return fail('site.section-not-defined', undefined, `(${levelLabel(from)})`);
  if (op === 'delete') {
    if (from === CLUSTER_SCOPE) return fail('site.cluster-must-keep');
    return checked(withSection(layout, from, section, false), {});
  }
  if (!to) return fail('site.unknown-level');
  if (to === from) return fail('site.same-level');
  const rows = { [to]: { ...configs[to], [section]: structuredClone(configs[from][section]) } };
  let next = withSection(layout, to, section, true);
  if (op === 'move') next = withSection(next, from, section, false);
  return checked(next, rows);
}
