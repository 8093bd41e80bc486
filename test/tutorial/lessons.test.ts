import { describe, expect, it } from 'vitest';
import { lessonState } from '../../src/tutorial/checks.ts';
import { lessons } from '../../src/tutorial/lessons.ts';
import type { Lesson } from '../../src/tutorial/types.ts';
import type { TutorialSnapshot } from '../../src/api/tutorial.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import { fresh } from '../helpers/fresh.ts';

const states = (lesson: Lesson, s: TutorialSnapshot) => lesson.steps.map((step) => step.check(s));

describe('every lesson replays on a fresh engine', () => {
  it('when nothing was done then every sub-step of every lesson is not done', async () => {
    const { svc } = await fresh();
    const s = await svc.tutorial.snapshot();
    for (const lesson of lessons) expect(states(lesson, s), lesson.id).toEqual(lesson.steps.map(() => 'todo'));
  });

  it('when each solution is applied in order then its checks pass, and the next lesson is not yet done', async () => {
    const { svc } = await fresh();
    for (const [i, lesson] of lessons.entries()) {
      const before = await svc.tutorial.snapshot();
      expect(lessonState(states(lesson, before)), `${lesson.id} before its solution`).not.toBe('done');
      await lesson.solve(svc);
      const after = await svc.tutorial.snapshot();
      expect(states(lesson, after), `${lesson.id} after its solution`).toEqual(lesson.steps.map(() => 'done'));
      for (const earlier of lessons.slice(0, i)) expect(lessonState(states(earlier, after)), `${earlier.id} still done`).toBe('done');
    }
  }, 60_000);
});

describe('lesson 5: the DLP quarantine on the SMA (as the guide does) or on the appliance', () => {
  const quarantineStep = (s: TutorialSnapshot) => lessons.find((l) => l.id === 'message-actions')!.steps[0].check(s);

  it.each([
    ['the SMA', 'sma', 'done'],
    ['the appliance, submitted', 'esa', 'uncommitted'],
    ['nowhere (only the quarantines both ship with, "Policy" among them)', 'none', 'todo'],
  ])('when the learner adds a quarantine on %s then the step is %s', async (_, where, expected) => {
    const { svc } = await fresh();
    const { sma } = await svc.site.layout();
    const { candidate } = await svc.config.view();
    const dlp = { ...sma.quarantines[0], name: 'DLP_Medium' };
    if (where === 'sma') expect((await svc.site.smaSetQuarantines([...sma.quarantines, dlp])).ok).toBe(true);
    if (where === 'esa') expect((await svc.config.submit('quarantines', [...candidate.quarantines, dlp], 'q')).ok).toBe(true);
    expect(quarantineStep(await svc.tutorial.snapshot())).toBe(expected);
  });
});

describe('checks follow the real state', () => {
  it('when a step is submitted but not committed then it says so', async () => {
    const { svc } = await fresh();
    const { candidate } = await svc.config.view();
    await svc.config.submit(
      'encryption',
      { ...candidate.encryption, enabled: true, licenseAccepted: true, adminEmail: 'a@example.com' },
      'x',
    );
    const s = await svc.tutorial.snapshot();
    expect(states(lessons[0], s)).toEqual(['uncommitted', 'uncommitted']);
    expect(lessonState(states(lessons[0], s))).toBe('uncommitted');
  });

  it('when a learner undoes a step then it is no longer done', async () => {
    const { svc } = await fresh();
    await lessons[3].solve(svc);
    expect(lessonState(states(lessons[3], await svc.tutorial.snapshot()))).toBe('done');
    const { candidate } = await svc.config.view();
    await svc.config.submit('dlp', { ...candidate.dlp, matchedContentLogging: false }, 'x');
    await svc.config.commit('undo');
    expect(states(lessons[3], await svc.tutorial.snapshot())).toEqual(['done', 'todo', 'done']);
  });

  it('when the demo jumps to a lesson then every earlier lesson is done', async () => {
    const { svc } = await fresh();
    const r = await svc.tutorial.jumpTo('dlp-policy');
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const s = await svc.tutorial.snapshot();
    for (const lesson of lessons.slice(0, 5)) expect(lessonState(states(lesson, s)), lesson.id).toBe('done');
    expect(lessonState(states(lessons[5], s))).toBe('todo');
  });

  it('when starting over then the simulation is back to the factory state and progress can be saved', async () => {
    const { svc } = await fresh();
    await svc.tutorial.jumpTo('final-check');
    await svc.tutorial.saveProgress({ open: true, lesson: 'final-check' });
    await svc.tutorial.startOver();
    const s = await svc.tutorial.snapshot();
    for (const lesson of lessons) expect(lessonState(states(lesson, s)), lesson.id).toBe('todo');
    expect(await svc.tutorial.progress()).toEqual({ open: true, lesson: 'final-check' });
  });
});

describe('reset lesson', () => {
  it('when a lesson is reset then earlier lessons are done and it and later ones are not', async () => {
    const { svc } = await fresh();
    await svc.tutorial.jumpTo('final-check');
    const r = await svc.tutorial.resetLesson('enable-dlp');
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const s = await svc.tutorial.snapshot();
    expect(lessons.map((l) => lessonState(states(l, s)))).toEqual([
      'done',
      'done',
      'done',
      'todo',
      'todo',
      'todo',
      'todo',
      'todo',
      'todo',
      'todo',
    ]);
  });
});

describe('in a cluster of two machines', () => {
  const ESA2 = 'machine:esa2.example.com';
  async function cluster(): Promise<EngineApi> {
    const { svc } = await fresh();
    expect((await svc.site.createCluster('Cluster_1')).ok).toBe(true);
    expect((await svc.site.join('esa2.example.com')).ok).toBe(true);
    return svc;
  }

  it('when each solution is applied in order then its checks pass with every member registered and provisioned', async () => {
    const svc = await cluster();
    for (const lesson of lessons) {
      await lesson.solve(svc);
      const after = await svc.tutorial.snapshot();
      expect(states(lesson, after), `${lesson.id} after its solution`).toEqual(lesson.steps.map(() => 'done'));
    }
    const s = await svc.tutorial.snapshot('cluster');
    expect(s.members?.map((m) => [m.host, m.provisioned.length])).toEqual([
      ['esa1.example.com', 3],
      ['esa2.example.com', 3],
    ]);
    for (const lesson of lessons) expect(lessonState(states(lesson, s)), `${lesson.id} at Cluster level`).toBe('done');
  }, 60_000);

  it("when only esa1's serial is on the account and only esa1 provisioned then lessons 2 and 3 are not done", async () => {
    const svc = await cluster();
    await lessons[0].solve(svc);
    const [register, profiles] = [lessons[1], lessons[2]];
    const serial1 = (await svc.site.layout()).machines[0].serial;
    expect(
      (
        await svc.res.requestProvisioning({
          accountName: 'Example Corp',
          administrators: ['res-admin@example.com'],
          serials: [serial1],
          domains: ['example.com'],
        })
      ).ok,
    ).toBe(true);
    await svc.clock.advance(4 * 86_400_000);
    let s = await svc.tutorial.snapshot();
    expect(states(register, s)).toEqual(['todo', 'todo']);

    // The profiles at Cluster level, provisioned on esa1 only: esa2 is missing.
    const { candidate } = await svc.config.view('cluster');
    const names = ['CRES_HIGH', 'CRES_MED', 'CRES_LOW'];
    const security = { CRES_HIGH: 'high', CRES_MED: 'medium', CRES_LOW: 'none' } as const;
    const { defaultEncryptionProfile } = await import('../../src/engine/config/defaults.ts');
    const profilesValue = names.map((n) => ({
      ...defaultEncryptionProfile(n),
      security: security[n as keyof typeof security],
      keyService: 'res' as const,
    }));
    expect((await svc.config.submit('encryption', { ...candidate.encryption, profiles: profilesValue }, 'profiles', 'cluster')).ok).toBe(
      true,
    );
    expect((await svc.config.commit('profiles', 'cluster')).ok).toBe(true);
    for (const n of names) expect((await svc.encryption.provision(n, 'machine:esa1.example.com')).ok).toBe(true);
    s = await svc.tutorial.snapshot();
    expect(profiles.steps.map((step) => step.check(s))).toEqual(['done', 'done', 'done', 'todo']);

    // The solutions add esa2's serial to the account and provision each profile on esa2.
    await register.solve(svc);
    expect(states(register, await svc.tutorial.snapshot())).toEqual(['done', 'done']);
    expect(profiles.steps.at(-1)!.check(await svc.tutorial.snapshot())).toBe('todo');
    await profiles.solve(svc);
    s = await svc.tutorial.snapshot(ESA2);
    expect(states(profiles, s)).toEqual(['done', 'done', 'done', 'done']);
    expect((await svc.res.accounts()).map((a) => a.serials.length)).toEqual([2]);
  }, 30_000);
});

describe('start over in a cluster', () => {
  it('when starting over from a cluster then the appliance is standalone again with factory settings', async () => {
    const { svc, db } = await fresh();
    expect((await svc.site.createCluster('Main')).ok).toBe(true);
    expect((await svc.site.join('esa2.example.com')).ok).toBe(true);
    await svc.tutorial.startOver();
    expect((await svc.site.layout())?.mode ?? 'standalone').toBe('standalone');
    expect(await db.kv.get('site')).toBeUndefined();
    const s = await svc.tutorial.snapshot();
    for (const lesson of lessons) expect(lessonState(states(lesson, s)), lesson.id).toBe('todo');
  });
});
