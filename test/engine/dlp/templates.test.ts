/** The template catalogue, policies created from templates, the severity scale and action inheritance. */
import { describe, expect, it } from 'vitest';
import {
  builtinClassifiers,
  createPolicyFromTemplate,
  resolveAction,
  severityFor,
  templateCategories,
  templates,
  DEFAULT_SCALE,
} from '../../../src/engine/dlp/index.ts';
import { dlpPolicySchema } from '../../../src/engine/config/schema/dlp.ts';

describe('template catalogue', () => {
  it('when listed, then every category of the DLP Policy Manager has templates', () => {
    expect(templateCategories.map((c) => c.name)).toEqual([
      'Regulatory Compliance',
      'Acceptable Use',
      'Privacy Protection',
      'Intellectual Property Protection',
      'Company Confidential',
      'Custom Policy',
    ]);
    for (const c of templateCategories) expect(templates.some((t) => t.category === c.id)).toBe(true);
  });

  it('when PCI-DSS is shown, then its display name is exact', () => {
    expect(templates.find((t) => t.id === 'pci-dss')?.name).toBe('PCI-DSS (Payment Card Industry Data Security Standard)');
  });

  it.each(['pci-dss', 'hipaa-hitech', 'glba', 'sox', 'california-sb1386', 'ma-201-cmr-17', 'custom'])(
    'when the catalogue is read, then it holds %s',
    (id) => {
      expect(templates.some((t) => t.id === id)).toBe(true);
    },
  );

  it('when a template names classifiers, then they are all built-in', () => {
    const ids = new Set(builtinClassifiers.map((c) => c.id));
    for (const t of templates) {
      for (const c of t.classifiers) expect(ids.has(c), `${t.id} → ${c}`).toBe(true);
      for (const g of t.requireAll ?? []) for (const c of g) expect(t.classifiers).toContain(c);
    }
  });

  it('when templates are listed, then ids are unique and every one has a description', () => {
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    for (const t of templates) expect(t.description.length).toBeGreaterThan(10);
  });
});

describe('createPolicyFromTemplate', () => {
  it('when a policy is created, then it has the default scale and Critical action with the rest inheriting', () => {
    const p = createPolicyFromTemplate('pci-dss', undefined, 'Quarantine');
    expect(p.name).toBe('PCI-DSS (Payment Card Industry Data Security Standard)');
    expect(p.scale).toEqual({ low: 10, medium: 40, high: 60, critical: 90 });
    expect(p.actions).toEqual({ critical: 'Quarantine', high: null, medium: null, low: null });
    expect(p.classifiers.map((c) => c.classifier)).toEqual(['credit-card', 'track-data']);
    expect(dlpPolicySchema.safeParse(p).success).toBe(true);
  });

  it('when no action is given, then Critical is blank for the learner to choose', () => {
    expect(createPolicyFromTemplate('glba', 'My GLBA').actions.critical).toBe('');
  });

  it('when the template needs customisation, then the policy carries an empty pattern and default phrases', () => {
    const p = createPolicyFromTemplate('patient-id');
    expect(p.classifiers).toEqual([
      { classifier: 'patient-id', customPattern: '', customPhrases: ['Patient ID', 'Patient Number', 'MRN', 'Medical Record Number'] },
    ]);
  });

  it('when the template id is unknown, then it throws (a programming error)', () => {
    expect(() => createPolicyFromTemplate('nope')).toThrow(/Unknown/);
  });
});

describe('severity scale', () => {
  it.each([
    [0, 'ignore'],
    [9, 'ignore'],
    [10, 'low'],
    [39, 'low'],
    [40, 'medium'],
    [59, 'medium'],
    [60, 'high'],
    [89, 'high'],
    [90, 'critical'],
    [100, 'critical'],
  ] as const)('when the risk factor is %i, then the severity is %s', (risk, severity) => {
    expect(severityFor(DEFAULT_SCALE, risk)).toBe(severity);
  });

  it('when the scale is edited, then the boundaries move', () => {
    expect(severityFor({ low: 20, medium: 50, high: 70, critical: 95 }, 75)).toBe('high');
    expect(severityFor({ low: 20, medium: 50, high: 70, critical: 95 }, 15)).toBe('ignore');
  });
});

describe('resolveAction', () => {
  const actions = { critical: 'Drop', high: null, medium: 'Encrypt', low: null };
  it.each([
    ['critical', 'Drop'],
    ['high', 'Drop'],
    ['medium', 'Encrypt'],
    ['low', 'Encrypt'],
    ['ignore', null],
  ] as const)('when the severity is %s, then the action is %s', (severity, action) => {
    expect(resolveAction({ actions }, severity)).toBe(action);
  });

  it('when Critical is blank, then nothing is resolved', () => {
    expect(resolveAction({ actions: { critical: '', high: null, medium: null, low: null } }, 'low')).toBeNull();
  });
});
