/** The tutorial's completion record: every required lesson with the state its own checks give, the final check, and when. */
import { describe, expect, it } from 'vitest';
import { lessons, requiredLessons } from '../../src/tutorial/lessons.ts';
import { progressRecord } from '../../src/tutorial/progress-record.ts';
import { fresh } from '../helpers/fresh.ts';

const REAL = Date.UTC(2026, 4, 2, 14, 30);

describe('progress record', () => {
  it('when nothing was done then every required lesson, step and the final check are not done', async () => {
    const { svc } = await fresh();
    const snapshot = await svc.tutorial.snapshot();
    const r = progressRecord(snapshot, REAL, '0.1.0');
    expect(r).toMatchObject({
      format: 'dlp-playground-tutorial-progress',
      version: 1,
      appVersion: '0.1.0',
      exportedAt: '2026-05-02T14:30:00.000Z',
      simulatedAt: new Date(snapshot.now).toISOString(),
      done: 0,
      of: requiredLessons.length,
      finalCheck: 'todo',
    });
    expect(r.lessons.map((l) => l.id)).toEqual(requiredLessons.map((l) => l.id));
    expect(r.lessons.flatMap((l) => l.steps.map((s) => s.state))).not.toContain('done');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('when the first lessons are solved and the next is only submitted then the record says done, waiting for a commit, not done', async () => {
    const { svc } = await fresh();
    for (const l of lessons.slice(0, 3)) await l.solve(svc);
    const { candidate } = await svc.config.view();
    await svc.config.submit('dlp', { ...candidate.dlp, enabled: true, licenseAccepted: true }, 'DLP on, not committed');
    const r = progressRecord(await svc.tutorial.snapshot(), REAL, '0.1.0');
    expect(r.lessons.map((l) => [l.lesson, l.state])).toEqual([
      ['1', 'done'],
      ['2', 'done'],
      ['3', 'done'],
      ['4', 'uncommitted'],
      ['5', 'todo'],
      ['6', 'todo'],
      ['7', 'todo'],
      ['8', 'todo'],
    ]);
    expect(r.done).toBe(3);
  }, 30_000);

  it('when every lesson is solved then the final check is done', async () => {
    const { svc } = await fresh();
    for (const l of requiredLessons) await l.solve(svc);
    const r = progressRecord(await svc.tutorial.snapshot(), REAL, '0.1.0');
    expect(r).toMatchObject({ done: 8, of: 8, finalCheck: 'done' });
  }, 60_000);
});
