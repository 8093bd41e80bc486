/**
 * The optional lesson "Before you commit, preview the impact": ticked only by a preview made with
 * changes pending once the learner's DLP policy exists; skipping it holds nothing back (progress,
 * the final check, a jump); its solution previews lesson 7's change and leaves the Commit to it.
 */
import { describe, expect, it } from 'vitest';
import { lessonState } from '../../src/tutorial/checks.ts';
import { lessonLabel, lessons, requiredLessons } from '../../src/tutorial/lessons.ts';
import type { Lesson } from '../../src/tutorial/types.ts';
import type { TutorialSnapshot } from '../../src/api/tutorial.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import { sampleMessages } from '../../src/engine/mailflow/samples.ts';
import { fresh } from '../helpers/fresh.ts';

const states = (lesson: Lesson, s: TutorialSnapshot) => lesson.steps.map((step) => step.check(s));
const byId = (id: string) => lessons.find((l) => l.id === id)!;
const preview = byId('preview-impact');
const recent = { last: 100, from: null, to: null } as const;

async function send(svc: EngineApi, id: string): Promise<void> {
  expect((await svc.mail.send(sampleMessages.find((m) => m.id === id)!.build())).ok).toBe(true);
}

describe('the lessons list', () => {
  it('when listed then the optional lessons follow lessons 6 and 7, are named 6a and 7a, and the count is still eight', () => {
    expect(lessons.map(lessonLabel)).toEqual(['1', '2', '3', '4', '5', '6', '6a', '7', '7a', '8']);
    expect(requiredLessons).toHaveLength(8);
    expect(requiredLessons.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(preview.optional).toBe(true);
  });
});

describe('its check follows the real state', () => {
  it('when the appliance is fresh then it is not done, and after its solution both steps are', async () => {
    const { svc } = await fresh();
    expect(states(preview, await svc.tutorial.snapshot())).toEqual(['todo', 'todo']);
    expect((await svc.tutorial.jumpTo('preview-impact')).ok).toBe(true);
    // Lesson 2's provisioning email went through the appliance: there is recent mail already.
    expect(states(preview, await svc.tutorial.snapshot())).toEqual(['done', 'todo']);
    const r = await svc.tutorial.solve('preview-impact');
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const s = await svc.tutorial.snapshot();
    expect(states(preview, s)).toEqual(['done', 'done']);
    // The change it previewed waits for lesson 7's Commit.
    expect(lessonState(states(byId('outgoing-policy'), s))).toBe('uncommitted');
  }, 30_000);

  it('when a preview is made with nothing pending then it is not done', async () => {
    const { svc } = await fresh();
    await svc.tutorial.jumpTo('preview-impact');
    await send(svc, 'visa-with-expiry');
    expect((await svc.impact.plan(recent)).ok).toBe(true);
    expect(states(preview, await svc.tutorial.snapshot())).toEqual(['done', 'todo']);
  }, 30_000);

  it('when a preview is made with changes pending before lesson 6 then it is not done until the DLP policy exists', async () => {
    const { svc } = await fresh();
    await send(svc, 'lunch-invitation');
    const { candidate } = await svc.config.view();
    expect((await svc.config.submit('dlp', { ...candidate.dlp, matchedContentLogging: true }, 'x')).ok).toBe(true);
    expect((await svc.impact.plan(recent)).ok).toBe(true);
    expect(states(preview, await svc.tutorial.snapshot())).toEqual(['done', 'todo']);
  });

  it('when the learner previews their own DLP policy before committing it then it is done, and lesson 6 waits for the Commit', async () => {
    const { svc } = await fresh();
    await svc.tutorial.jumpTo('dlp-policy');
    await send(svc, 'visa-with-expiry');
    const { createPolicyFromTemplate } = await import('../../src/engine/dlp/index.ts');
    const { candidate } = await svc.config.view();
    const pci = createPolicyFromTemplate('pci-dss');
    const policies = [...candidate.dlp.policies, { ...pci, actions: { ...pci.actions, critical: 'Encrypt Medium and Deliver' } }];
    expect((await svc.config.submit('dlp', { ...candidate.dlp, policies }, 'PCI-DSS')).ok).toBe(true);
    const plan = await svc.impact.plan(recent);
    expect(plan.ok && plan.value.pendingChanges).toBeGreaterThan(0);
    const s = await svc.tutorial.snapshot();
    expect(states(preview, s)).toEqual(['done', 'done']);
    expect(lessonState(states(byId('dlp-policy'), s))).toBe('uncommitted');
  }, 30_000);

  it('when starting over then it is not done again', async () => {
    const { svc } = await fresh();
    await svc.tutorial.jumpTo('preview-impact');
    await svc.tutorial.solve('preview-impact');
    await svc.tutorial.startOver();
    expect(states(preview, await svc.tutorial.snapshot())).toEqual(['todo', 'todo']);
  }, 30_000);
});

describe('skipping it holds nothing back', () => {
  it('when every required lesson is solved and the optional one skipped then all eight are done, the final check included', async () => {
    const { svc } = await fresh();
    for (const lesson of requiredLessons) {
      const r = await svc.tutorial.solve(lesson.id);
      expect(r.ok, JSON.stringify(r)).toBe(true);
    }
    const s = await svc.tutorial.snapshot();
    for (const lesson of requiredLessons) expect(states(lesson, s), lesson.id).toEqual(lesson.steps.map(() => 'done'));
    expect(lessonState(states(preview, s))).toBe('todo');
  }, 60_000);

  it('when the demo jumps past it then it is not applied', async () => {
    const { svc } = await fresh();
    const r = await svc.tutorial.jumpTo('final-check');
    expect(r.ok && r.value.applied).toEqual(requiredLessons.slice(0, 7).map((l) => l.id));
    expect(lessonState(states(preview, await svc.tutorial.snapshot()))).toBe('todo');
  }, 30_000);

  it('when nothing is left to preview (lesson 7 already committed) then “Do it for me” says what to do', async () => {
    const { svc } = await fresh();
    await svc.tutorial.jumpTo('final-check');
    const r = await svc.tutorial.solve('preview-impact');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('Lesson 6a (Before you commit, preview the impact): Nothing is waiting for a Commit');
  }, 30_000);
});
