import { describe, expect, it } from 'vitest';
import type { CustomClassifier } from '../../src/engine/config/schema/index.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import { fresh } from '../helpers/fresh.ts';

const DAY = 86_400_000;

const projectCodes = (pattern = 'PRJ-\\d{4}'): CustomClassifier => ({
  name: 'Project codes',
  description: '',
  proximity: 60,
  minimumTotalScore: 15,
  match: 'all',
  rules: [
    { type: 'words', words: ['confidential'], weight: 5, maxScore: 5 },
    { type: 'regex', pattern, exclude: '', weight: 10, maxScore: 20 },
  ],
});

const setAutomatic = async (svc: EngineApi, on: boolean) => {
  const { candidate } = await svc.config.view();
  await svc.config.submit('dlp', { ...candidate.dlp, automaticUpdates: on }, 'DLP global settings');
  await svc.config.commit('automatic updates');
};

describe('catalogue and drafts', () => {
  it('when the templates are listed then they come grouped by category with classifier names and customisation', async () => {
    const { svc } = await fresh();
    const groups = await svc.dlp.templates();
    expect(groups.map((g) => g.name)).toEqual([
      'Regulatory Compliance',
      'Acceptable Use',
      'Privacy Protection',
      'Intellectual Property Protection',
      'Company Confidential',
      'Custom Policy',
    ]);
    const pci = groups[0].templates.find((t) => t.id === 'pci-dss')!;
    expect(pci.classifiers.map((c) => c.name)).toContain('Credit Card Number');
    const patient = groups.flatMap((g) => g.templates).find((t) => t.id === 'patient-id')!;
    expect(patient.customisation).toMatchObject({ kind: 'pattern-and-phrases', label: 'Patient ID pattern' });
    expect(groups.at(-1)!.templates[0].custom).toBe(true);
    expect(structuredClone(groups)).toEqual(groups);
  });

  it('when a policy is drafted then Critical gets the first message action and lower levels inherit', async () => {
    const { svc } = await fresh();
    const { candidate } = await svc.config.view();
    const action = {
      name: 'Encrypt',
      description: '',
      primary: { kind: 'deliver' as const },
      copyToQuarantine: null,
      encryption: null,
      modifySubject: null,
      disclaimer: null,
      alternateHost: null,
      bcc: null,
      notification: null,
    };
    await svc.config.submit('dlp', { ...candidate.dlp, messageActions: [action] }, 'action');
    const p = await svc.dlp.newPolicy('pci-dss', 'Cards');
    expect(p).toMatchObject({
      name: 'Cards',
      template: 'pci-dss',
      actions: { critical: 'Encrypt', high: null, medium: null, low: null },
      scale: { low: 10, medium: 40, high: 60, critical: 90 },
    });
    expect((await svc.dlp.newPolicy('sox', undefined, 'Other')).actions.critical).toBe('Other');
  });

  it('when the built-in classifiers are listed then each has an id, a name and a description', async () => {
    const { svc } = await fresh();
    const list = await svc.dlp.classifiers();
    expect(list.length).toBeGreaterThan(20);
    expect(list.find((c) => c.id === 'credit-card')).toMatchObject({ name: 'Credit Card Number' });
  });
});

describe('the pattern playground', () => {
  it('when a custom classifier matches then every match has offsets, a running score and an explanation', async () => {
    const { svc } = await fresh();
    const text = 'Confidential: PRJ-1234 and PRJ-5678 are late.';
    const r = await svc.dlp.testCustomClassifier(projectCodes(), text);
    expect(r.matched).toBe(true);
    expect(r.patternErrors).toEqual([]);
    expect(r.matches.map((m) => text.slice(m.start, m.end))).toEqual(['Confidential', 'PRJ-1234', 'PRJ-5678']);
    expect(r.matches.map((m) => m.runningScore)).toEqual([5, 15, 25]);
    expect(r.matches[1].explanation).toMatch(/Rule 2 \(regex\)/);
    expect(r.totalScore).toBe(25);
  });

  it('when the pattern is invalid then the error is located and nothing matches', async () => {
    const { svc } = await fresh();
    const r = await svc.dlp.testCustomClassifier(projectCodes('PRJ-(\\d{4}'), 'confidential PRJ-1234');
    expect(r.patternErrors).toEqual([{ rule: 1, field: 'pattern', message: expect.stringMatching(/missing closing \)/), position: 4 }]);
    expect(r.matched).toBe(false);
  });

  it('when a catastrophic pattern meets a long text then it answers quickly (linear-time engine)', async () => {
    const { svc } = await fresh();
    const started = performance.now();
    const r = await svc.dlp.testCustomClassifier(projectCodes('(a+)+$'), `${'a'.repeat(50_000)}!`);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(r.matched).toBe(false);
  });

  it('when a built-in classifier is tested then findings carry running scores against the minimum', async () => {
    const { svc } = await fresh();
    const lone = await svc.dlp.testBuiltin('credit-card', '4999-9999-9999-9996');
    expect(lone.findings).toHaveLength(1);
    expect(lone.severity).toBe('ignore');
    expect(lone.riskFactor).toBeLessThan(lone.minimum);
    const supported = await svc.dlp.testBuiltin('credit-card', 'Visa 4999-9999-9999-9996 exp 01/29');
    expect(supported.riskFactor).toBeGreaterThanOrEqual(supported.minimum);
    expect(supported.findings.at(-1)!.runningScore).toBe(supported.riskFactor);
    expect(supported.explanation).toMatch(/Risk factor/);
  });

  it('when a pattern is checked then an error carries its position', async () => {
    const { svc } = await fresh();
    expect(await svc.dlp.validatePattern('\\d{8}')).toEqual({ ok: true });
    expect(await svc.dlp.validatePattern('ab[c')).toMatchObject({ ok: false, position: 2 });
  });
});

describe('DLP engine updates', () => {
  it('when nothing was done then the factory version is installed and a newer one is on offer', async () => {
    const { svc } = await fresh();
    const s = await svc.dlp.engineStatus();
    expect(s).toMatchObject({
      installed: { engine: '3.0.2.31' },
      previous: null,
      lastUpdateAt: null,
      lastAttemptAt: null,
      automaticUpdates: false,
    });
    expect(s.available.map((r) => r.engine)).toEqual(['3.0.2.33']);
  });

  it('when Update Now and then Rollback are used then versions change and the notes say what changed', async () => {
    const { svc } = await fresh();
    const start = await svc.clock.now();
    const up = await svc.dlp.updateNow();
    expect(up.changed).toBe(true);
    expect(up.status).toMatchObject({
      installed: { engine: '3.0.2.33' },
      previous: { engine: '3.0.2.31' },
      lastUpdateAt: start,
      lastAttemptAt: start,
      lastChange: { kind: 'manual' },
    });
    expect(up.status.lastChange!.notes.join(' ')).toMatch(/Mastercard/);
    const again = await svc.dlp.updateNow();
    expect(again).toMatchObject({ changed: false, message: expect.stringMatching(/up to date/) });
    const back = await svc.dlp.rollback();
    expect(back.status).toMatchObject({
      installed: { engine: '3.0.2.31' },
      previous: null,
      lastChange: { kind: 'rollback', from: '3.0.2.33' },
    });
    expect((await svc.dlp.rollback()).changed).toBe(false);
    expect((await svc.dlp.engineStatus()).installed.engine).toBe('3.0.2.31');
  });

  it('when automatic updates are committed then releases install as the clock passes them', async () => {
    const { svc } = await fresh();
    await setAutomatic(svc, true);
    const s = await svc.dlp.engineStatus();
    expect(s).toMatchObject({ automaticUpdates: true, installed: { engine: '3.0.2.33' }, lastChange: { kind: 'automatic' } });
    await svc.clock.advance(8 * DAY);
    expect((await svc.dlp.engineStatus()).installed.engine).toBe('3.0.2.35');
  });

  it('when automatic updates are only submitted (not committed) then nothing installs by itself', async () => {
    const { svc } = await fresh();
    const { candidate } = await svc.config.view();
    await svc.config.submit('dlp', { ...candidate.dlp, automaticUpdates: true }, 'pending');
    expect((await svc.dlp.engineStatus()).installed.engine).toBe('3.0.2.31');
  });

  it('when the appliance scopes differ then their engines update independently', async () => {
    const { svc } = await fresh();
    await svc.dlp.updateNow();
    expect((await svc.dlp.engineStatus('cluster:other')).installed.engine).toBe('3.0.2.31');
  });
});
