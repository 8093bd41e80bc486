/**
 * Every challenge, on the real engine: its broken start shows the symptom (the goal's own messages
 * fail it, and tracking already holds the evidence), its reference fix — applied through the same
 * contract the pages use — meets the goal, and each tempting wrong fix does not.
 */
import { describe, expect, it } from 'vitest';
import { challenges } from '../../src/challenges/list.ts';
import { sampleById } from '../../src/engine/mailflow/samples.ts';
import { fresh } from '../helpers/fresh.ts';

const started = async (id: string) => {
  const { svc } = await fresh();
  const r = await svc.challenges.start(id);
  expect(r.ok, JSON.stringify(r)).toBe(true);
  return svc;
};

describe('the challenges as data', () => {
  it('there are at least twelve, with distinct ids and titles, each with hints, a debrief and a wrong fix', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(12);
    expect(new Set(challenges.map((c) => c.id)).size).toBe(challenges.length);
    expect(new Set(challenges.map((c) => c.title)).size).toBe(challenges.length);
    for (const c of challenges) {
      expect(c.hints.length, c.id).toBeGreaterThanOrEqual(2);
      expect(c.debrief, c.id).toMatch(/\*\*Cause:\*\*/);
      expect(c.debrief, c.id).toMatch(/\*\*On the real appliance:\*\*/);
      expect(c.wrongFixes.length, c.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('an id (it shows in share links) names the symptom, never the cause in the file name', () => {
    const files = Object.keys(import.meta.glob('../../src/challenges/steps/*.ts')).map((f) => f.replace(/^.*\/\d+-|\.ts$/g, ''));
    expect(files).toHaveLength(challenges.length);
    for (const c of challenges) expect(files, c.id).not.toContain(c.id);
  });

  it('a symptom never names the fix its last hint gives away', () => {
    for (const c of challenges) expect(c.symptom, c.id).not.toContain(c.hints.at(-1)!.slice(0, 40));
  });
});

describe.each(challenges.map((c) => [c.id, c] as const))('challenge %s', (id, challenge) => {
  it('its broken start shows the symptom: the goal fails and tracking holds the evidence', async () => {
    const svc = await started(id);
    const tracked = await svc.tracking.search({});
    expect(tracked.total, 'messages sent by the set-up').toBeGreaterThan(0);
    const check = await svc.challenges.check();
    expect(check.ok && check.value.fixed).toBe(false);
    expect((await svc.config.view()).pending, 'the start has nothing pending').toEqual([]);
  }, 60_000);

  it(`its reference fix (${challenge.fix.name}) meets the goal`, async () => {
    const svc = await started(id);
    await challenge.fix.apply(svc);
    const check = await svc.challenges.check();
    expect(check.ok && check.value.fixed, JSON.stringify(check)).toBe(true);
  }, 60_000);

  it.each(challenge.wrongFixes.map((f) => [f.name, f] as const))(
    'a wrong fix (%s) does not',
    async (_name, wrong) => {
      const svc = await started(id);
      await wrong.apply(svc);
      const check = await svc.challenges.check();
      expect(check.ok && check.value.fixed).toBe(false);
    },
    60_000,
  );
});

describe('the key service knows a sender by address', () => {
  it('when the From header has a display name then the portal finds the message by the sender’s address', async () => {
    const { svc } = await fresh();
    expect((await svc.tutorial.jumpTo('final-check')).ok).toBe(true);
    const sample = sampleById('visa-with-expiry')!.build();
    expect(sample.from).toBe('Alice Martin <alice@example.com>');
    await svc.mail.send(sample);
    const found = await svc.res.messages({ sender: 'alice@example.com' });
    expect(found.map((m) => m.sender)).toEqual(['alice@example.com']);
  });
});

describe('tracking tells a policy that did not apply from a clean scan', () => {
  it('when a DLP policy’s sender filter leaves the sender out then its verdict says so', async () => {
    const svc = await started('only-sales-protected');
    const rows = (await svc.tracking.search({ sender: { op: 'begins', value: 'alice@' } })).rows;
    expect(rows.length).toBeGreaterThan(0);
    const verdicts = (await svc.tracking.details(rows[0].mid))!.record.dlp.verdicts;
    expect(verdicts[0]).toMatchObject({ riskFactor: 0, severity: 'ignore', skipped: expect.stringContaining('sender alice@example.com') });
  });
});
