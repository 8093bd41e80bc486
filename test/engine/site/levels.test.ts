import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/engine/config/defaults.ts';
import type { ApplianceConfig } from '../../../src/engine/config/schema/index.ts';
import { isSerialNumber } from '../../../src/engine/model/serial.ts';
import {
  addGroup,
  checkCentral,
  createCluster,
  definingScope,
  joinMachine,
  manageSection,
  migrateQuarantines,
  newlyCentral,
  overrideSection,
  resolveLevel,
  serialFor,
  setCentral,
  setMachineGroup,
  standaloneSite,
  usesCentral,
  type SiteLayout,
} from '../../../src/engine/site/index.ts';

const SERIAL = '42127C7DDEE76852677B-F80CE8074CD3';
const must = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

/** A cluster of esa1 (Main_Group) and esa2, with rows as the service would store them. */
function cluster(): { layout: SiteLayout; configs: Record<string, ApplianceConfig> } {
  const esa1 = defaultConfig();
  const encrypted = { ...esa1, encryption: { ...esa1.encryption, enabled: true, licenseAccepted: true, adminEmail: 'admin@example.com' } };
  let layout = must(createCluster(standaloneSite('esa1.example.com', SERIAL), 'Cluster_1'));
  const joined = must(joinMachine(layout, 'esa2.example.com'));
  layout = joined.layout;
  return {
    layout,
    configs: {
      cluster: encrypted,
      'group:Main_Group': defaultConfig(),
      'machine:esa1.example.com': esa1,
      'machine:esa2.example.com': { ...defaultConfig(), appliance: joined.appliance },
    },
  };
}

describe('serial numbers', () => {
  it('when a machine joins then it has its own deterministic serial in the real format', () => {
    expect(serialFor('esa2.example.com')).toBe(serialFor('esa2.example.com'));
    expect(serialFor('esa2.example.com')).not.toBe(serialFor('esa3.example.com'));
    expect(isSerialNumber(serialFor('esa2.example.com'))).toBe(true);
  });
});

describe('level resolution', () => {
  it('when standalone then the effective configuration is the machine row itself', () => {
    const row = defaultConfig();
    expect(resolveLevel(standaloneSite('esa1.example.com', SERIAL), 'machine:esa1.example.com', { 'machine:esa1.example.com': row })).toBe(
      row,
    );
  });

  it('when the cluster is created then every section comes from Cluster level and the identity from the machine', () => {
    const { layout, configs } = cluster();
    const eff = resolveLevel(layout, 'machine:esa2.example.com', configs);
    expect(eff.encryption.enabled).toBe(true);
    expect(eff.appliance.hostname).toBe('esa2.example.com');
    expect(eff.appliance.serialNumber).toBe(serialFor('esa2.example.com'));
    expect(definingScope(layout, 'machine:esa2.example.com', 'dlp')).toBe('cluster');
  });

  it('when a machine overrides a section then the most specific level wins for that machine only', () => {
    const { layout, configs } = cluster();
    const change = must(overrideSection(layout, configs, 'machine:esa1.example.com', 'encryption', 'defaults'));
    const next = { ...configs, ...change.rows };
    expect(resolveLevel(change.layout, 'machine:esa1.example.com', next).encryption.enabled).toBe(false);
    expect(resolveLevel(change.layout, 'machine:esa2.example.com', next).encryption.enabled).toBe(true);
  });

  it('when a group overrides then its machines use the group level, others the cluster', () => {
    const { layout, configs } = cluster();
    const withGroup = must(setMachineGroup(must(addGroup(layout, 'Outbound')), 'esa2.example.com', 'Outbound'));
    const change = must(
      overrideSection(withGroup, { ...configs, 'group:Outbound': defaultConfig() }, 'group:Outbound', 'encryption', 'inherited'),
    );
    expect(definingScope(change.layout, 'machine:esa2.example.com', 'encryption')).toBe('group:Outbound');
    expect(definingScope(change.layout, 'machine:esa1.example.com', 'encryption')).toBe('cluster');
    // Starting from a copy of the inherited settings keeps them.
    expect(change.rows['group:Outbound'].encryption.enabled).toBe(true);
  });

  it('when a level already defines a section then Override is refused', () => {
    const { layout, configs } = cluster();
    expect(code(overrideSection(layout, configs, 'cluster', 'dlp', 'defaults'))).toBe('site.section-already-defined');
  });
});

describe('Manage settings', () => {
  it('when a section is copied to a machine then that machine defines it, with the same value', () => {
    const { layout, configs } = cluster();
    const change = must(manageSection(layout, configs, 'copy', 'encryption', 'cluster', 'machine:esa2.example.com'));
    expect(definingScope(change.layout, 'machine:esa2.example.com', 'encryption')).toBe('machine:esa2.example.com');
    expect(change.rows['machine:esa2.example.com'].encryption).toEqual(configs.cluster.encryption);
  });

  it('when a section is moved off the cluster then machines that would lose it refuse the move', () => {
    const { layout, configs } = cluster();
    expect(code(manageSection(layout, configs, 'move', 'encryption', 'cluster', 'machine:esa1.example.com'))).toBe(
      'site.cluster-must-keep',
    );
  });

  it('when a machine level is deleted then the machine inherits again; the cluster level cannot be deleted', () => {
    const { layout, configs } = cluster();
    const copied = must(manageSection(layout, configs, 'copy', 'dlp', 'cluster', 'machine:esa1.example.com'));
    const deleted = must(manageSection(copied.layout, configs, 'delete', 'dlp', 'machine:esa1.example.com'));
    expect(definingScope(deleted.layout, 'machine:esa1.example.com', 'dlp')).toBe('cluster');
    expect(code(manageSection(layout, configs, 'delete', 'dlp', 'cluster'))).toBe('site.cluster-must-keep');
  });

  it('when copying between the same level or from a level that lacks the section then it is refused', () => {
    const { layout, configs } = cluster();
    expect(code(manageSection(layout, configs, 'copy', 'dlp', 'cluster', 'cluster'))).toBe('site.same-level');
    expect(code(manageSection(layout, configs, 'copy', 'dlp', 'machine:esa1.example.com', 'cluster'))).toBe('site.section-not-defined');
  });
});

describe('centralized quarantines (reference §1.3 and §10)', () => {
  it('when on at Cluster level with DLP at Cluster level then members use the SMA quarantines', () => {
    const { layout, configs } = cluster();
    const on = must(setCentral(layout, 'cluster', true));
    expect(usesCentral(on, 'machine:esa2.example.com')).toBe(true);
    const sma = {
      ...on,
      sma: { ...on.sma, quarantines: [...on.sma.quarantines, { ...on.sma.quarantines[0], name: 'DLP Central', system: false }] },
    };
    expect(resolveLevel(sma, 'machine:esa2.example.com', configs).quarantines.map((q) => q.name)).toContain('DLP Central');
  });

  it('when DLP is overridden below the centralized-quarantine level then it is refused', () => {
    const { layout, configs } = cluster();
    const on = must(setCentral(layout, 'cluster', true));
    expect(code(overrideSection(on, configs, 'machine:esa1.example.com', 'dlp', 'inherited'))).toBe('site.central-level');
  });

  it('when the setting is at machine level but DLP at cluster level then it is refused', () => {
    const { layout } = cluster();
    expect(code(setCentral(layout, 'machine:esa2.example.com', true))).toBe('site.central-level');
  });

  it('when both are at the same machine level then it is allowed', () => {
    const { layout, configs } = cluster();
    const dlp = must(manageSection(layout, configs, 'copy', 'dlp', 'cluster', 'machine:esa2.example.com'));
    expect(code(setCentral(dlp.layout, 'machine:esa2.example.com', true))).toBe('ok');
    expect(code(checkCentral(dlp.layout))).toBe('ok');
  });

  it('when standalone then the setting applies to the one appliance without any level rule', () => {
    const site = must(setCentral(standaloneSite('esa1.example.com', SERIAL), 'machine:esa1.example.com', true));
    expect(usesCentral(site, 'machine:esa1.example.com')).toBe(true);
  });
});

describe('quarantine migration to the SMA', () => {
  const base = defaultConfig().quarantines;
  const policy = (name: string, days = 10) => ({ ...base[1], name, system: false, retention: { value: days, unit: 'days' as const } });

  it.each([
    ['a policy quarantine the SMA lacks', [policy('DLP_Medium', 3)], ['DLP_Medium']],
    ['one the SMA has under another case', [policy('POLICY')], []],
    ['only system quarantines', base.filter((q) => q.system), []],
    ['two new ones', [policy('A'), policy('B')], ['A', 'B']],
  ])('when the appliance has %s then exactly the missing policy quarantines are migrated', (_, local, migrated) => {
    const sma = standaloneSite('esa1.example.com', SERIAL).sma.quarantines;
    const r = migrateQuarantines(sma, local);
    expect(r.migrated).toEqual(migrated);
    expect(r.quarantines.map((q) => q.name)).toEqual([...sma.map((q) => q.name), ...migrated]);
  });

  it('when a quarantine is migrated then it keeps its settings and is a copy, not the same object', () => {
    const local = policy('DLP_Medium', 3);
    const [moved] = migrateQuarantines([], [local]).quarantines;
    expect(moved).toEqual(local);
    expect(moved).not.toBe(local);
  });

  it('when the setting turns on at Cluster level then both members are newly central, and none when it was on already', () => {
    const { layout } = cluster();
    const on = must(setCentral(layout, 'cluster', true));
    expect(newlyCentral(layout, on)).toEqual(['machine:esa1.example.com', 'machine:esa2.example.com']);
    expect(newlyCentral(on, on)).toEqual([]);
  });
});
