/**
 * The site as a service: the layout (standalone or cluster, groups, the SMA), Create Cluster,
 * joining machines, the Centralized Management Options (Override / Manage settings), each
 * machine's effective configuration, and the SMA's centralized quarantines. A fresh simulation
 * stores no layout at all, so a standalone appliance runs exactly the code paths it always did.
 */
import type { ApplianceConfig, ConfigSection, PolicyQuarantine } from '../engine/config/schema/index.ts';
import { validateConfig } from '../engine/config/validate.ts';
import { fail, ok, type Result } from '../engine/errors.ts';
import { DEFAULT_SCOPE, machineScope } from '../engine/scope.ts';
import {
  addGroup,
  CLUSTER_SCOPE,
  createCluster,
  definesAt,
  definingScope,
  groupScope,
  isLevel,
  joinMachine,
  levelLabel,
  levelScopes,
  levelSections,
  manageSection,
  migrateQuarantines,
  newlyCentral,
  overrideSection,
  parseScope,
  removeGroup,
  resolveLevel,
  setCentral,
  setMachineGroup,
  standaloneSite,
  usesCentral,
  type LevelChange,
  type LevelSection,
  type SiteLayout,
} from '../engine/site/index.ts';
import type { PlaygroundDb } from '../db/schema.ts';
import { kvKeys, kvPut } from '../db/kv.ts';
import { configRows, effectiveCommitted, readLayout } from '../db/views/levels.ts';
import type { ServiceContext } from './context.ts';
import type { MemberInfo, SmaItem } from '../api/site.ts';

/** Refuses a Submit of a section the level does not define (greyed out on the appliance). */
export async function submitGuard(db: PlaygroundDb, scope: string, section: ConfigSection): Promise<Result<true>> {
  const layout = await readLayout(db);
  if (!layout || layout.mode !== 'cluster') return ok(true);
  if (section === 'appliance') return parseScope(scope)?.level === 'machine' ? ok(true) : fail('site.section-not-defined');
  if (definesAt(layout, scope, section)) return ok(true);
  return fail(
    'site.section-not-defined',
    undefined,
    `These settings are defined at ${levelLabel(definingScope(layout, scope, section))} level.`,
  );
}

export function createSiteService(ctx: ServiceContext) {
  const { db } = ctx;

  /** The layout, or the standalone one a fresh simulation implies (not stored until something changes). */
  async function layout(): Promise<SiteLayout> {
    const stored = await readLayout(db);
    if (stored) return stored;
    const first = (await db.config.get(DEFAULT_SCOPE))!.config.appliance;
    return standaloneSite(first.hostname, first.serialNumber);
  }
  const save = (l: SiteLayout) => kvPut(db, kvKeys.site, l);

  /** The effective configuration of every member must stay valid after a change of levels. */
  async function validateAll(l: SiteLayout, extra: Record<string, ApplianceConfig>): Promise<Result<true>> {
    const configs = { ...(await configRows(db, levelScopes(l))), ...extra };
    for (const m of l.machines) {
      const checked = validateConfig(resolveLevel(l, machineScope(m.hostname), configs));
      if (!checked.ok) return fail('config.invalid', checked.error.issues, `(${m.hostname})`);
    }
    return ok(true);
  }

  /** Stores a level change (layout and rewritten rows) in one transaction, after validation. */
  async function applyChange(change: Result<LevelChange>): Promise<Result<SiteLayout>> {
    if (!change.ok) return change;
    const valid = await validateAll(change.value.layout, { ...change.value.rows });
    if (!valid.ok) return valid;
    await db.transaction('rw', db.config, db.kv, async () => {
      for (const [scope, config] of Object.entries(change.value.rows)) {
        const row = await db.config.get(scope);
        await db.config.put({ scope, config, revision: (row?.revision ?? 0) + 1 });
      }
      await save(change.value.layout);
    });
    return ok(change.value.layout);
  }

  const noPending = async (): Promise<boolean> => (await db.pending.count()) === 0;

  return {
    layout,

    /** The members with their serials, group and whether they use the SMA's quarantines. */
    async members(): Promise<MemberInfo[]> {
      const l = await layout();
      return l.machines.map((m) => ({
        ...m,
        scope: machineScope(m.hostname),
        centralQuarantines: usesCentral(l, machineScope(m.hostname)),
      }));
    },

    /** Create Cluster (clusterconfig): the standalone machine's settings move to Cluster level. */
    async createCluster(name: string, firstGroup = 'Main_Group'): Promise<Result<SiteLayout>> {
      if (!(await noPending())) return fail('site.pending-changes');
      const l = await layout();
      const created = createCluster(l, name.trim(), firstGroup.trim());
      if (!created.ok) return created;
      const first = (await db.config.get(machineScope(l.machines[0].hostname)))!;
      await db.transaction('rw', db.config, db.kv, async () => {
        await db.config.put({ scope: CLUSTER_SCOPE, config: structuredClone(first.config), revision: 1 });
        await db.config.put({ scope: groupScope(created.value.groups[0]), config: structuredClone(first.config), revision: 1 });
        await save(created.value);
      });
      return created;
    },

    /** Joins a new machine (a fresh virtual appliance with its own serial) to the cluster. */
    async join(hostname: string, group?: string): Promise<Result<SiteLayout>> {
      if (!(await noPending())) return fail('site.pending-changes');
      const joined = joinMachine(await layout(), hostname, group);
      if (!joined.ok) return joined;
      const cluster = (await db.config.get(CLUSTER_SCOPE))!.config;
      await db.transaction('rw', db.config, db.kv, async () => {
        await db.config.put({
          scope: machineScope(joined.value.appliance.hostname),
          config: { ...structuredClone(cluster), appliance: joined.value.appliance },
          revision: 0,
        });
        await save(joined.value.layout);
      });
      return ok(joined.value.layout);
    },

    /** Adds a group; its row starts as a copy of the cluster's (it defines nothing until overridden). */
    async addGroup(name: string): Promise<Result<SiteLayout>> {
      const added = addGroup(await layout(), name.trim());
      if (!added.ok) return added;
      const cluster = (await db.config.get(CLUSTER_SCOPE))!.config;
      await db.transaction('rw', db.config, db.kv, async () => {
        await db.config.put({ scope: groupScope(name.trim()), config: structuredClone(cluster), revision: 0 });
        await save(added.value);
      });
      return added;
    },

    async removeGroup(name: string): Promise<Result<SiteLayout>> {
      const removed = removeGroup(await layout(), name);
      if (!removed.ok) return removed;
      await save(removed.value);
      return removed;
    },

    async moveMachine(hostname: string, group: string | null): Promise<Result<SiteLayout>> {
      return applyChange(wrap(setMachineGroup(await layout(), hostname, group)));
    },

    /** Override settings at a level: from defaults, or from a copy of the inherited settings. */
    async override(scope: string, section: LevelSection, start: 'defaults' | 'inherited'): Promise<Result<SiteLayout>> {
      const l = await layout();
      return applyChange(overrideSection(l, await configRows(db, levelScopes(l)), scope, section, start));
    },

    /** Manage settings: copy, move or delete a section between levels. */
    async manage(op: 'copy' | 'move' | 'delete', section: LevelSection, from: string, to?: string): Promise<Result<SiteLayout>> {
      const l = await layout();
      return applyChange(manageSection(l, await configRows(db, levelScopes(l)), op, section, from, to));
    },

    /** For each section, the level that defines it for a scope (what the level banner shows). */
    async definitions(scope: string): Promise<Record<LevelSection, string | null>> {
      const l = await layout();
      return Object.fromEntries(levelSections.map((s) => [s, l.mode === 'cluster' ? definingScope(l, scope, s) : scope])) as Record<
        LevelSection,
        string | null
      >;
    },

    /** A machine's effective configuration (what its mail flow uses). */
    effective: (hostname: string): Promise<ApplianceConfig> => effectiveCommitted(db, machineScope(hostname)),

    /**
     * "Use centralized quarantines" at a level: true, false, or null to inherit. With `migrate`, the
     * policy quarantines of each machine that starts using the SMA are created there first (automatic
     * migration); without it, a message action naming a quarantine the SMA lacks makes the change invalid.
     */
    async setCentralQuarantines(scope: string, value: boolean | null, migrate = false): Promise<Result<SiteLayout>> {
      const l = await layout();
      if (!isLevel(l, scope)) return fail('site.unknown-level', undefined, `“${scope}”`);
      const next = setCentral(l, scope, value);
      if (!next.ok || !migrate) return applyChange(wrap(next));
      const configs = await configRows(db, levelScopes(l));
      let sma = next.value.sma.quarantines;
      for (const machine of newlyCentral(l, next.value))
        sma = migrateQuarantines(sma, resolveLevel(l, machine, configs).quarantines).quarantines;
      return applyChange(wrap(ok({ ...next.value, sma: { ...next.value.sma, quarantines: sma } })));
    },

    /** The SMA's Policy, Virus and Outbreak Quarantines (same fields as on an appliance). */
    async smaSetQuarantines(quarantines: PolicyQuarantine[]): Promise<Result<SiteLayout>> {
      const l = await layout();
      return applyChange(ok({ layout: { ...l, sma: { ...l.sma, quarantines } }, rows: {} }));
    },

    /** Messages held on the SMA: quarantined by members that use centralized quarantines. */
    async smaMessages(quarantine?: string): Promise<SmaItem[]> {
      const l = await layout();
      const central = new Set(l.machines.filter((m) => usesCentral(l, machineScope(m.hostname))).map((m) => m.hostname));
      if (!central.size) return [];
      const items = quarantine ? await db.quarantine.where('quarantine').equals(quarantine).toArray() : await db.quarantine.toArray();
      const hosts = await db.tracking.bulkGet(items.map((i) => i.mid));
      return items
        .flatMap((item, i) => {
          const host = hosts[i]?.host;
          return host && central.has(host) ? [{ ...item, host }] : [];
        })
        .sort((a, b) => a.at - b.at);
    },

    /** The member scope a held SMA message belongs to (release/delete run as that member). */
    async smaScopeOf(id: number): Promise<Result<string>> {
      const item = await db.quarantine.get(id);
      if (!item) return fail('mail.not-found');
      const host = (await db.tracking.get(item.mid))?.host;
      const l = await layout();
      if (!host || !usesCentral(l, machineScope(host))) return fail('site.central-off');
      return ok(machineScope(host));
    },

    /** The CLI prompt mode of a scope in a cluster (none when standalone). */
    async promptMode(scope: string): Promise<{ level: 'cluster' | 'group' | 'machine'; name: string } | null> {
      const l = await layout();
      if (l.mode !== 'cluster') return null;
      const p = parseScope(scope);
      if (!p) return null;
      return { level: p.level, name: p.level === 'cluster' ? (l.clusterName ?? '') : p.name };
    },
  };
}

/** A layout-only change as a level change (no rows rewritten). */
const wrap = (r: Result<SiteLayout>): Result<LevelChange> => (r.ok ? ok({ layout: r.value, rows: {} }) : r);
