/**
 * Site operations, pure: start standalone, create a cluster from the standalone machine (its
 * settings move to Cluster level, as `clusterconfig` does), join a machine, groups, and the
 * centralized-quarantine setting. Each returns the new layout (and rows to store) or an error.
 */
import { defaultConfig } from '../config/defaults.ts';
import type { ApplianceConfig, PolicyQuarantine } from '../config/schema/index.ts';
import { fail, ok, type Result } from '../errors.ts';
import { machineScope } from '../scope.ts';
import { CLUSTER_SCOPE, centralScope, definingScope, groupScope, isLevel, levelSections, parseScope, usesCentral } from './levels.ts';
import { serialFor } from './serials.ts';
import type { SiteLayout } from './types.ts';

export const SMA_HOSTNAME = 'sma1.example.com';
const NAME = /^[A-Za-z0-9._-]{1,64}$/;
const FQDN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** The SMA's quarantines out of the box: the same ones an appliance ships with ("Policy" and the system quarantines). */
export const defaultSmaQuarantines = (): PolicyQuarantine[] => defaultConfig().quarantines.map((q) => ({ ...q }));

/** The layout of a fresh simulation: one standalone appliance and an SMA it does not use yet. */
export function standaloneSite(hostname: string, serial: string): SiteLayout {
  return {
    mode: 'standalone',
    clusterName: null,
    machines: [{ hostname, serial, group: null }],
    groups: [],
    defined: {},
    centralQuarantines: {},
    sma: { hostname: SMA_HOSTNAME, serial: serialFor(SMA_HOSTNAME), quarantines: defaultSmaQuarantines() },
  };
}

/** Create Cluster: the standalone machine's settings become the Cluster level's; the machine keeps only its identity. */
export function createCluster(layout: SiteLayout, name: string, firstGroup = 'Main_Group'): Result<SiteLayout> {
  if (layout.mode === 'cluster') return fail('site.already-clustered');
  if (!NAME.test(name) || !NAME.test(firstGroup)) return fail('site.bad-name');
  const [first] = layout.machines;
  const central = { ...layout.centralQuarantines };
  // The centralized-quarantine setting moves with the rest of the machine's settings.
  if (machineScope(first.hostname) in central) {
    central[CLUSTER_SCOPE] = central[machineScope(first.hostname)];
    delete central[machineScope(first.hostname)];
  }
  return ok({
    ...layout,
    mode: 'cluster',
    clusterName: name,
    groups: [firstGroup],
    machines: [{ ...first, group: firstGroup }],
    defined: { [CLUSTER_SCOPE]: [...levelSections] },
    centralQuarantines: central,
  });
}

/** Joins a new virtual appliance to the cluster: it inherits everything, its own serial number. */
export function joinMachine(
  layout: SiteLayout,
  hostname: string,
  group?: string,
): Result<{ layout: SiteLayout; appliance: ApplianceConfig['appliance'] }> {
  if (layout.mode !== 'cluster') return fail('site.not-clustered');
  const host = hostname.trim().toLowerCase();
  if (!FQDN.test(host)) return fail('site.bad-hostname');
  if (layout.machines.some((m) => m.hostname === host) || host === layout.sma.hostname)
    return fail('site.duplicate', undefined, `“${host}”`);
  const g = group ?? layout.groups[0] ?? null;
  if (g !== null && !layout.groups.includes(g)) return fail('site.unknown-level', undefined, `Group “${g}”`);
  const serial = serialFor(host);
  const appliance = { ...defaultConfig().appliance, hostname: host, serialNumber: serial };
  return ok({ layout: { ...layout, machines: [...layout.machines, { hostname: host, serial, group: g }] }, appliance });
}

/** Adds an empty group (it inherits everything from the cluster). */
export function addGroup(layout: SiteLayout, name: string): Result<SiteLayout> {
  if (layout.mode !== 'cluster') return fail('site.not-clustered');
  if (!NAME.test(name)) return fail('site.bad-name');
  if (layout.groups.includes(name)) return fail('site.duplicate', undefined, `“${name}”`);
  return ok({ ...layout, groups: [...layout.groups, name] });
}

/** Moves a machine to another group; checked like any change of level (see `checkCentral`). */
export function setMachineGroup(layout: SiteLayout, hostname: string, group: string | null): Result<SiteLayout> {
  if (layout.mode !== 'cluster') return fail('site.not-clustered');
  if (!layout.machines.some((m) => m.hostname === hostname)) return fail('site.unknown-machine', undefined, `“${hostname}”`);
  if (group !== null && !layout.groups.includes(group)) return fail('site.unknown-level', undefined, `Group “${group}”`);
  const next = { ...layout, machines: layout.machines.map((m) => (m.hostname === hostname ? { ...m, group } : m)) };
  return checkCentral(next);
}

/** Deletes an empty group and whatever settings it defined. */
export function removeGroup(layout: SiteLayout, name: string): Result<SiteLayout> {
  if (!layout.groups.includes(name)) return fail('site.unknown-level', undefined, `Group “${name}”`);
  if (layout.machines.some((m) => m.group === name)) return fail('site.group-not-empty');
  const defined = { ...layout.defined };
  delete defined[groupScope(name)];
  const central = { ...layout.centralQuarantines };
  delete central[groupScope(name)];
  return ok({ ...layout, groups: layout.groups.filter((g) => g !== name), defined, centralQuarantines: central });
}

/** "Use centralized quarantines" at a level (on, off, or null to inherit); checked against §1.3's rule. */
export function setCentral(layout: SiteLayout, scope: string, value: boolean | null): Result<SiteLayout> {
  if (!isLevel(layout, scope)) return fail('site.unknown-level', undefined, `“${scope}”`);
  const central = { ...layout.centralQuarantines };
  if (value === null) delete central[scope];
  else central[scope] = value;
  return checkCentral({ ...layout, centralQuarantines: central });
}

/**
 * Quarantine migration when an appliance starts using the SMA: each of its own policy quarantines
 * that the SMA lacks (names compared case-insensitively) is created there with the same settings,
 * so the DLP message actions that name it keep working. System quarantines exist on both already.
 */
export function migrateQuarantines(
  sma: readonly PolicyQuarantine[],
  local: readonly PolicyQuarantine[],
): { quarantines: PolicyQuarantine[]; migrated: string[] } {
  const have = new Set(sma.map((q) => q.name.toLowerCase()));
  const added = local.filter((q) => !q.system && !have.has(q.name.toLowerCase()));
  return { quarantines: [...sma, ...added.map((q) => structuredClone(q))], migrated: added.map((q) => q.name) };
}

/** The machines that start using the SMA's quarantines when the layout changes from `before` to `after`. */
export function newlyCentral(before: SiteLayout, after: SiteLayout): string[] {
  return after.machines.map((m) => machineScope(m.hostname)).filter((scope) => usesCentral(after, scope) && !usesCentral(before, scope));
}

/**
 * The reference's rule for centralized quarantines in a cluster: DLP message actions must be
 * configured at the same level as the centralized-quarantine setting and not overridden below it.
 */
export function checkCentral(layout: SiteLayout): Result<SiteLayout> {
  if (layout.mode !== 'cluster') return ok(layout);
  for (const m of layout.machines) {
    const scope = machineScope(m.hostname);
    if (!usesCentral(layout, scope)) continue;
    const settingAt = centralScope(layout, scope);
    const dlpAt = definingScope(layout, scope, 'dlp');
    if (dlpAt !== settingAt) {
      return fail(
        'site.central-level',
        undefined,
        `On ${m.hostname} the centralized quarantine setting is at ${levelLabel(settingAt)} level but DLP message actions are at ${levelLabel(dlpAt)} level.`,
      );
    }
  }
  return ok(layout);
}

/** "Cluster", "Group Main_Group", "Machine esa1.example.com": how the mode selector names a level. */
export function levelLabel(scope: string | null): string {
  const p = scope ? parseScope(scope) : null;
  if (!p) return 'no';
  return p.level === 'cluster' ? 'Cluster' : p.level === 'group' ? `Group ${p.name}` : `Machine ${p.name}`;
}
