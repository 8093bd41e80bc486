/**
 * Every string of the Big List of Naughty Strings through every named configuration field, on the
 * real service: each is either stored exactly (the candidate, the export and a re-import hold what
 * was typed) or refused with a config.invalid issue located at that field, changing nothing; and
 * an exported configuration whose names are naughty strings imports back exactly, or is refused at them.
 */
import { describe, expect, it } from 'vitest';
import type { EngineApi, SectionEntry } from '../../src/api/engine-api.ts';
import { defaultEncryptionProfile } from '../../src/engine/config/defaults.ts';
import type { ApplianceConfig, CustomClassifier } from '../../src/engine/config/schema/index.ts';
import { name as nameSchema } from '../../src/engine/config/schema/common.ts';
import { createPolicyFromTemplate } from '../../src/engine/dlp/index.ts';
import { fresh } from '../helpers/fresh.ts';
import { naughtyStrings } from '../helpers/naughty.ts';
import { submitEntry } from '../helpers/submit.ts';
import { messageAction } from '../helpers/message-action.ts';

// Each test walks the whole list (about 500 round trips); on a loaded machine that takes longer than the default 20 s.
const LIST_TIMEOUT = 180_000;

const action = (name: string) => messageAction(name);

const classifier = (name: string, pattern: string): CustomClassifier => ({
  name,
  description: '',
  proximity: 50,
  minimumTotalScore: 1,
  match: 'any',
  rules: [{ type: 'regex', pattern, exclude: '', weight: 1, maxScore: 10 }],
});

/** One field under test: how a value is put into a section, where the schema reports it, and how to read it back. */
interface Field {
  readonly label: string;
  readonly path: string;
  readonly entry: (c: ApplianceConfig, s: string) => SectionEntry;
  readonly read: (c: ApplianceConfig) => string | undefined;
}

const fields: Field[] = [
  {
    label: 'DLP policy name',
    path: '$.dlp.policies[0].name',
    entry: (c, s) => [
      'dlp',
      { ...c.dlp, messageActions: [action('Deliver')], policies: [createPolicyFromTemplate('pci-dss', s, 'Deliver')] },
    ],
    read: (c) => c.dlp.policies[0]?.name,
  },
  {
    label: 'message action name',
    path: '$.dlp.messageActions[0].name',
    entry: (c, s) => ['dlp', { ...c.dlp, messageActions: [action(s)] }],
    read: (c) => c.dlp.messageActions[0]?.name,
  },
  {
    label: 'custom classifier name',
    path: '$.dlp.customClassifiers[0].name',
    entry: (c, s) => ['dlp', { ...c.dlp, customClassifiers: [classifier(s, 'ACME-\\d{6}')] }],
    read: (c) => c.dlp.customClassifiers[0]?.name,
  },
  {
    label: 'custom classifier pattern',
    path: '$.dlp.customClassifiers[0].rules[0].pattern',
    entry: (c, s) => ['dlp', { ...c.dlp, customClassifiers: [classifier('Naughty', s)] }],
    read: (c) => {
      const rule = c.dlp.customClassifiers[0]?.rules[0];
      return rule?.type === 'regex' ? rule.pattern : undefined;
    },
  },
  {
    label: 'encryption profile name',
    path: '$.encryption.profiles[0].name',
    entry: (c, s) => ['encryption', { ...c.encryption, profiles: [defaultEncryptionProfile(s)] }],
    read: (c) => c.encryption.profiles[0]?.name,
  },
  {
    label: 'text resource name',
    path: '$.textResources[0].name',
    entry: (c, s) => ['textResources', [{ name: s, type: 'disclaimer', text: 'Confidential.' }]],
    read: (c) => c.textResources[0]?.name,
  },
  {
    label: 'text resource text',
    path: '$.textResources[0].text',
    entry: (_, s) => ['textResources', [{ name: 'Naughty', type: 'disclaimer', text: s }]],
    read: (c) => c.textResources[0]?.text,
  },
  {
    label: 'quarantine name',
    // The five factory quarantines ("Policy" and the four system ones) come first.
    path: '$.quarantines[5].name',
    entry: (c, s) => ['quarantines', [...c.quarantines, { ...c.quarantines[0]!, name: s, system: false }]],
    read: (c) => c.quarantines.at(-1)?.name,
  },
];

/** What happened to each string: stored exactly, refused at the field, or something else (a failure). */
async function tryAll(svc: EngineApi, field: Field) {
  const { candidate } = await svc.config.view();
  const stored: string[] = [];
  const refused: string[] = [];
  const broken: string[] = [];
  for (const s of naughtyStrings) {
    const r = await submitEntry(svc, field.entry(candidate, s));
    const view = await svc.config.view();
    if (r.ok) {
      if (field.read(view.candidate) === s) stored.push(s);
      else broken.push(`${JSON.stringify(s)} stored as ${JSON.stringify(field.read(view.candidate))}`);
      await svc.config.abandon();
    } else {
      const located =
        r.error.code === 'config.invalid' && r.error.issues?.length && r.error.issues.every((i) => i.path.startsWith(field.path));
      const clear = r.error.issues?.every((i) => i.message.trim().length > 10);
      if (located && clear && view.pending.length === 0) refused.push(s);
      else broken.push(`${JSON.stringify(s)} refused unclearly: ${JSON.stringify(r.error)}`);
    }
  }
  return { stored, refused, broken };
}

describe('naughty strings in configuration fields', () => {
  for (const field of fields) {
    it(
      `when each naughty string is submitted as the ${field.label} then it is stored exactly or refused at that field`,
      async () => {
        const { svc } = await fresh();
        const { stored, refused, broken } = await tryAll(svc, field);
        expect(broken).toEqual([]);
        expect(stored.length + refused.length).toBe(naughtyStrings.length);
        console.info(
          `${field.label}: ${naughtyStrings.length} tried, ${stored.length} stored exactly, ${refused.length} refused at the field`,
        );
      },
      LIST_TIMEOUT,
    );
  }
});

/** The names the schema takes, one per case-insensitive spelling (names are unique regardless of case). */
function acceptedNames(): string[] {
  const seen = new Set<string>();
  return naughtyStrings.filter((s) => nameSchema.safeParse(s).success && !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()));
}

/** A configuration with every accepted naughty string as the name of a policy, action, classifier, profile, resource and quarantine. */
function naughtyConfig(c: ApplianceConfig, names: readonly string[]): SectionEntry[] {
  return [
    ['encryption', { ...c.encryption, profiles: names.map((n) => defaultEncryptionProfile(n)) }],
    ['textResources', [...c.textResources, ...names.map((n) => ({ name: n, type: 'disclaimer' as const, text: n }))]],
    ['quarantines', [...c.quarantines, ...names.map((n) => ({ ...c.quarantines[0]!, name: n, system: false }))]],
    [
      'dlp',
      {
        ...c.dlp,
        messageActions: names.map(action),
        policies: names.map((n) => createPolicyFromTemplate('pci-dss', n, n)),
        customClassifiers: names.map((n) => classifier(n, 'ACME-\\d{6}')),
      },
    ],
  ];
}

const namesOf = (c: ApplianceConfig) => ({
  profiles: c.encryption.profiles.map((p) => p.name),
  resources: c.textResources.map((r) => [r.name, r.text]),
  quarantines: c.quarantines.map((q) => q.name),
  actions: c.dlp.messageActions.map((a) => a.name),
  policies: c.dlp.policies.map((p) => [p.name, p.actions.critical]),
  classifiers: c.dlp.customClassifiers.map((k) => k.name),
});

describe('naughty strings through configuration export and import', () => {
  it(
    'when a configuration named with naughty strings is exported and imported then every name comes back exactly',
    async () => {
      const names = acceptedNames();
      const { svc } = await fresh();
      const { candidate } = await svc.config.view();
      for (const entry of naughtyConfig(candidate, names)) {
        const r = await submitEntry(svc, entry);
        expect(r.ok, JSON.stringify(r)).toBe(true);
      }
      expect((await svc.config.commit('naughty names')).ok).toBe(true);
      const committed = (await svc.config.view()).committed;
      const file = await svc.config.exportFile();
      expect(namesOf((JSON.parse(file.text) as { config: ApplianceConfig }).config)).toEqual(namesOf(committed));
      expect(committed.dlp.policies.map((p) => p.name)).toEqual(names);

      const other = (await fresh()).svc;
      const imported = await other.config.importFile(file.text, 'naughty.json');
      expect(imported.ok, JSON.stringify(imported)).toBe(true);
      expect(namesOf((await other.config.view()).candidate)).toEqual(namesOf(committed));
      console.info(`export → import: ${names.length} distinct accepted names × 6 kinds of name, all back exactly`);
    },
    LIST_TIMEOUT,
  );

  it(
    'when an export has a name the schema refuses then the import is refused at that name and nothing is pending',
    async () => {
      const { svc } = await fresh();
      const { candidate } = await svc.config.view();
      for (const entry of naughtyConfig(candidate, ['Valid name'])) expect((await submitEntry(svc, entry)).ok).toBe(true);
      await svc.config.commit('one of each');
      const doc = JSON.parse((await svc.config.exportFile()).text) as { config: ApplianceConfig };
      const refused = naughtyStrings.filter((s) => !nameSchema.safeParse(s).success);
      const broken: string[] = [];
      for (const s of refused) {
        const policy = { ...doc.config.dlp.policies[0]!, name: s };
        const text = JSON.stringify({ ...doc, config: { ...doc.config, dlp: { ...doc.config.dlp, policies: [policy] } } });
        const r = await svc.config.importFile(text, 'naughty.json');
        const located = !r.ok && r.error.issues?.length && r.error.issues.every((i) => i.path === '$.config.dlp.policies[0].name');
        if (!located || (await svc.config.view()).pending.length) broken.push(`${JSON.stringify(s)}: ${JSON.stringify(r)}`);
      }
      expect(broken).toEqual([]);
      console.info(
        `import with a refused policy name: ${refused.length} tried, ${refused.length} refused at $.config.dlp.policies[0].name`,
      );
    },
    LIST_TIMEOUT,
  );
});
