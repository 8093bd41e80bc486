import { afterEach, describe, expect, it } from 'vitest';
import { PlaygroundDb } from '../../src/db/schema.ts';
import { lessonState } from '../../src/tutorial/checks.ts';
import { lessons } from '../../src/tutorial/lessons.ts';
import type { Lesson, TutorialApi, TutorialSnapshot } from '../../src/tutorial/types.ts';
import { createService, type Service } from '../../src/worker/service.ts';

let n = 0;
const dbs: PlaygroundDb[] = [];
async function fresh(): Promise<Service> {
  const db = new PlaygroundDb(`tutorial-${n++}`);
  dbs.push(db);
  return createService(db);
}
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

const states = (lesson: Lesson, s: TutorialSnapshot) => lesson.steps.map((step) => step.check(s));

describe('every lesson replays on a fresh engine', () => {
  it('when nothing was done then every sub-step of every lesson is not done', async () => {
    const svc = await fresh();
    const s = await svc.tutorial.snapshot();
    for (const lesson of lessons) expect(states(lesson, s), lesson.id).toEqual(lesson.steps.map(() => 'todo'));
  });

  it('when each solution is applied in order then its checks pass, and the next lesson is not yet done', async () => {
    const svc = await fresh();
    for (const [i, lesson] of lessons.entries()) {
      const before = await svc.tutorial.snapshot();
      expect(lessonState(states(lesson, before)), `${lesson.id} before its solution`).not.toBe('done');
      await lesson.solve(svc as unknown as TutorialApi);
      const after = await svc.tutorial.snapshot();
      expect(states(lesson, after), `${lesson.id} after its solution`).toEqual(lesson.steps.map(() => 'done'));
      for (const earlier of lessons.slice(0, i)) expect(lessonState(states(earlier, after)), `${earlier.id} still done`).toBe('done');
    }
  }, 60_000);
});

describe('checks follow the real state', () => {
  it('when a step is submitted but not committed then it says so', async () => {
    const svc = await fresh();
    const { candidate } = await svc.config.view();
    await svc.config.submit('encryption', { ...candidate.encryption, enabled: true, licenseAccepted: true, adminEmail: 'a@example.com' }, 'x');
    const s = await svc.tutorial.snapshot();
    expect(states(lessons[0], s)).toEqual(['uncommitted', 'uncommitted']);
    expect(lessonState(states(lessons[0], s))).toBe('uncommitted');
  });

  it('when a learner undoes a step then it is no longer done', async () => {
    const svc = await fresh();
    await lessons[3].solve(svc as unknown as TutorialApi);
    expect(lessonState(states(lessons[3], await svc.tutorial.snapshot()))).toBe('done');
    const { candidate } = await svc.config.view();
    await svc.config.submit('dlp', { ...candidate.dlp, matchedContentLogging: false }, 'x');
    await svc.config.commit('undo');
    expect(states(lessons[3], await svc.tutorial.snapshot())).toEqual(['done', 'todo', 'done']);
  });

  it('when the demo jumps to a lesson then every earlier lesson is done', async () => {
    const svc = await fresh();
    const r = await svc.tutorial.jumpTo('dlp-policy');
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const s = await svc.tutorial.snapshot();
    for (const lesson of lessons.slice(0, 5)) expect(lessonState(states(lesson, s)), lesson.id).toBe('done');
    expect(lessonState(states(lessons[5], s))).toBe('todo');
  });

  it('when starting over then the simulation is back to the factory state and progress can be saved', async () => {
    const svc = await fresh();
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
    const svc = await fresh();
    await svc.tutorial.jumpTo('final-check');
    const r = await svc.tutorial.resetLesson('enable-dlp');
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const s = await svc.tutorial.snapshot();
    expect(lessons.map((l) => lessonState(states(l, s)))).toEqual(['done', 'done', 'done', 'todo', 'todo', 'todo', 'todo', 'todo']);
  });
});
