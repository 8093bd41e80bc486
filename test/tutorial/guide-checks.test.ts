/**
 * The tutorial checks follow the vendor guide (issue #18): lesson 5 accepts any name for the
 * encrypt actions and does not need the quarantine; lesson 6 stays done when lower severities
 * change. Tables of configurations that pass or fail, with committed and pending states.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig, defaultEncryptionProfile, newMessageAction } from '../../src/engine/config/defaults.ts';
import type { ApplianceConfig, MessageAction } from '../../src/engine/config/schema/index.ts';
import { createPolicyFromTemplate } from '../../src/engine/dlp/index.ts';
import type { TutorialSnapshot } from '../../src/api/tutorial.ts';
import { lessonState } from '../../src/tutorial/checks.ts';
import { messageActions } from '../../src/tutorial/steps/05-message-actions.ts';
import { dlpPolicy } from '../../src/tutorial/steps/06-dlp-policy.ts';
import type { CheckState, Lesson } from '../../src/tutorial/types.ts';
import { fresh } from '../helpers/fresh.ts';

const PROFILES = ['CRES_HIGH', 'CRES_MED', 'CRES_LOW'];

/** A configuration with the three profiles, the given actions and (optionally) a policy quarantine. */
function config(actions: MessageAction[], quarantine = false): ApplianceConfig {
  const c = defaultConfig();
  return {
    ...c,
    encryption: { ...c.encryption, enabled: true, licenseAccepted: true, profiles: PROFILES.map((p) => defaultEncryptionProfile(p)) },
    quarantines: quarantine
      ? [...c.quarantines, { ...c.quarantines.find((q) => q.system)!, name: 'DLP Quarantine', system: false }]
      : c.quarantines,
    dlp: { ...c.dlp, enabled: true, licenseAccepted: true, messageActions: actions },
  };
}

const encrypt = (name: string, profile: string, over: Partial<MessageAction> = {}) =>
  newMessageAction(name, { encryption: { rule: 'always', profile, subject: '$Subject' }, ...over });
const three = (names = ['Encrypt High and Deliver', 'Encrypt Medium and Deliver', 'Encrypt Low and Deliver']) =>
  PROFILES.map((p, i) => encrypt(names[i], p));

const snapshot = (committed: ApplianceConfig, candidate = committed) => ({ committed, candidate }) as unknown as TutorialSnapshot;
const states = (lesson: Lesson, s: TutorialSnapshot) => lesson.steps.map((step) => step.check(s));

describe('lesson 5: the quarantine is optional and the actions may have any name', () => {
  const cases: { name: string; actions: MessageAction[]; quarantine?: boolean; steps: CheckState[]; lesson: CheckState }[] = [
    { name: 'no action and no quarantine', actions: [], steps: ['todo', 'todo', 'todo', 'todo'], lesson: 'todo' },
    { name: 'the three suggested actions and no quarantine', actions: three(), steps: ['todo', 'done', 'done', 'done'], lesson: 'done' },
    {
      name: 'the three actions and a quarantine',
      actions: three(),
      quarantine: true,
      steps: ['done', 'done', 'done', 'done'],
      lesson: 'done',
    },
    {
      name: 'the actions named in lower case',
      actions: three(['encrypt high and deliver', 'encrypt medium and deliver', 'encrypt low and deliver']),
      steps: ['todo', 'done', 'done', 'done'],
      lesson: 'done',
    },
    {
      name: 'the actions under names of the learner’s own',
      actions: three(['PCI high', 'Secure medium', 'Envelope, no password']),
      steps: ['todo', 'done', 'done', 'done'],
      lesson: 'done',
    },
    {
      name: 'only the Medium action',
      actions: [encrypt('Encrypt Medium and Deliver', 'CRES_MED')],
      steps: ['todo', 'todo', 'done', 'todo'],
      lesson: 'todo',
    },
    {
      name: 'only a quarantine',
      actions: [],
      quarantine: true,
      steps: ['done', 'todo', 'todo', 'todo'],
      lesson: 'todo',
    },
    {
      name: 'the suggested names, but the Medium one drops instead of delivering',
      actions: [
        ...three().filter((a) => a.encryption?.profile !== 'CRES_MED'),
        encrypt('Encrypt Medium and Deliver', 'CRES_MED', { primary: { kind: 'drop' } }),
      ],
      steps: ['todo', 'done', 'todo', 'done'],
      lesson: 'todo',
    },
    {
      name: 'the suggested names, but the Medium one without encryption',
      actions: [...three().filter((a) => a.encryption?.profile !== 'CRES_MED'), newMessageAction('Encrypt Medium and Deliver')],
      steps: ['todo', 'done', 'todo', 'done'],
      lesson: 'todo',
    },
    {
      name: 'the suggested names with the profiles swapped between High and Low',
      actions: three(['Encrypt Low and Deliver', 'Encrypt Medium and Deliver', 'Encrypt High and Deliver']),
      steps: ['todo', 'done', 'done', 'done'],
      lesson: 'done',
    },
  ];
  it.each(cases)(
    'when committed with $name then the sub-steps are $steps and the lesson $lesson',
    ({ actions, quarantine, steps, lesson }) => {
      const s = snapshot(config(actions, quarantine));
      expect(states(messageActions, s)).toEqual(steps);
      expect(lessonState(states(messageActions, s), messageActions.steps)).toBe(lesson);
    },
  );

  it('when the three actions are only submitted then the lesson waits for a commit', () => {
    const s = snapshot(config([]), config(three()));
    expect(states(messageActions, s)).toEqual(['todo', 'uncommitted', 'uncommitted', 'uncommitted']);
    expect(lessonState(states(messageActions, s), messageActions.steps)).toBe('uncommitted');
  });

  it('when the sub-steps are listed then only the quarantine is optional', () => {
    expect(messageActions.steps.map((s) => [s.id, !!s.optional])).toEqual([
      ['quarantine', true],
      ['encrypt-high', false],
      ['encrypt-medium', false],
      ['encrypt-low', false],
    ]);
  });
});

describe('lessonState with optional sub-steps', () => {
  const steps = [{ optional: true as const }, {}, {}];
  const cases: { states: CheckState[]; expected: CheckState }[] = [
    { states: ['todo', 'done', 'done'], expected: 'done' },
    { states: ['uncommitted', 'done', 'done'], expected: 'done' },
    { states: ['done', 'todo', 'done'], expected: 'todo' },
    { states: ['done', 'uncommitted', 'done'], expected: 'uncommitted' },
    { states: ['done', 'done', 'done'], expected: 'done' },
  ];
  it.each(cases)('when the sub-steps are $states (the first optional) then the lesson is $expected', ({ states: st, expected }) => {
    expect(lessonState(st, steps)).toBe(expected);
  });
  it('when no sub-step is marked optional then every one counts', () => {
    expect(lessonState(['todo', 'done', 'done'])).toBe('todo');
  });
});

describe('lesson 6: the Critical severity encrypts with CRES_MED; lower severities are the learner’s choice', () => {
  const pci = (actions: { critical: string; high: string | null; medium: string | null; low: string | null }, enabled = true) => ({
    ...createPolicyFromTemplate('pci-dss'),
    enabled,
    actions,
  });
  const withPolicy = (actions: MessageAction[], policy: ReturnType<typeof pci>) => {
    const c = config(actions);
    return { ...c, dlp: { ...c.dlp, policies: [policy] } };
  };
  const M = 'Encrypt Medium and Deliver';
  const cases: { name: string; actions?: MessageAction[]; policy: ReturnType<typeof pci>; steps: CheckState[] }[] = [
    {
      name: 'Critical encrypts Medium and the others inherit',
      policy: pci({ critical: M, high: null, medium: null, low: null }),
      steps: ['done', 'done'],
    },
    {
      name: 'High changed to the High action, as the guide invites',
      policy: pci({ critical: M, high: 'Encrypt High and Deliver', medium: null, low: null }),
      steps: ['done', 'done'],
    },
    {
      name: 'every lower severity changed',
      policy: pci({ critical: M, high: 'Encrypt High and Deliver', medium: M, low: 'Encrypt Low and Deliver' }),
      steps: ['done', 'done'],
    },
    {
      name: 'Critical on an action of another name that encrypts with CRES_MED',
      actions: three(['H', 'my medium action', 'L']),
      policy: pci({ critical: 'my medium action', high: null, medium: null, low: null }),
      steps: ['done', 'done'],
    },
    {
      name: 'Critical on an action that delivers without encrypting',
      actions: [...three(), newMessageAction('Deliver')],
      policy: pci({ critical: 'Deliver', high: M, medium: null, low: null }),
      steps: ['done', 'todo'],
    },
    {
      name: 'Critical on the High action',
      policy: pci({ critical: 'Encrypt High and Deliver', high: null, medium: null, low: null }),
      steps: ['done', 'todo'],
    },
    {
      name: 'the policy disabled',
      policy: pci({ critical: M, high: null, medium: null, low: null }, false),
      steps: ['todo', 'done'],
    },
  ];
  it.each(cases)('when committed with $name then the sub-steps are $steps', ({ actions, policy, steps }) => {
    expect(states(dlpPolicy, snapshot(withPolicy(actions ?? three(), policy)))).toEqual(steps);
  });
});

describe('solutions keep what the learner did', () => {
  it('when the learner named the Medium action in lower case then lesson 5 adds only High and Low, and lesson 6 uses the learner’s action', async () => {
    const { svc } = await fresh();
    await svc.tutorial.jumpTo('message-actions');
    const { candidate } = await svc.config.view();
    const own = encrypt('encrypt medium and deliver', 'CRES_MED');
    expect((await svc.config.submit('dlp', { ...candidate.dlp, messageActions: [own] }, 'own')).ok).toBe(true);
    expect((await svc.config.commit('own')).ok).toBe(true);

    await messageActions.solve(svc);
    let s = await svc.tutorial.snapshot();
    expect(s.committed.dlp.messageActions.map((a) => a.name)).toEqual([
      'encrypt medium and deliver',
      'Encrypt High and Deliver',
      'Encrypt Low and Deliver',
    ]);
    expect(states(messageActions, s).slice(1)).toEqual(['done', 'done', 'done']);

    await dlpPolicy.solve(svc);
    s = await svc.tutorial.snapshot();
    expect(s.committed.dlp.policies.find((p) => p.template === 'pci-dss')?.actions.critical).toBe('encrypt medium and deliver');
    expect(states(dlpPolicy, s)).toEqual(['done', 'done']);
  });

  it('when an action of the suggested name does something else then lesson 5 replaces it under the same spelling', async () => {
    const { svc } = await fresh();
    await svc.tutorial.jumpTo('message-actions');
    const { candidate } = await svc.config.view();
    const dropping = newMessageAction('ENCRYPT MEDIUM AND DELIVER', { primary: { kind: 'drop' } });
    expect((await svc.config.submit('dlp', { ...candidate.dlp, messageActions: [dropping] }, 'drop')).ok).toBe(true);
    expect((await svc.config.commit('drop')).ok).toBe(true);

    await messageActions.solve(svc);
    const s = await svc.tutorial.snapshot();
    const replaced = s.committed.dlp.messageActions.find((a) => a.name === 'ENCRYPT MEDIUM AND DELIVER');
    expect(replaced?.primary.kind).toBe('deliver');
    expect(replaced?.encryption?.profile).toBe('CRES_MED');
    expect(s.committed.dlp.messageActions).toHaveLength(3);
  });

  it('when the learner changed a lower severity then lesson 6’s solution keeps it', async () => {
    const { svc } = await fresh();
    await svc.tutorial.jumpTo('outgoing-policy');
    const { candidate } = await svc.config.view();
    const policies = candidate.dlp.policies.map((p) =>
      p.template === 'pci-dss'
        ? { ...p, actions: { ...p.actions, critical: 'Encrypt Low and Deliver', high: 'Encrypt High and Deliver' } }
        : p,
    );
    const r = await svc.config.submit('dlp', { ...candidate.dlp, policies }, 'high');
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect((await svc.config.commit('high')).ok).toBe(true);
    expect(states(dlpPolicy, await svc.tutorial.snapshot())).toEqual(['done', 'todo']);

    await dlpPolicy.solve(svc);
    const s = await svc.tutorial.snapshot();
    expect(s.committed.dlp.policies.find((p) => p.template === 'pci-dss')?.actions).toEqual({
      critical: 'Encrypt Medium and Deliver',
      high: 'Encrypt High and Deliver',
      medium: null,
      low: null,
    });
    expect(states(dlpPolicy, s)).toEqual(['done', 'done']);
  });
});
