/**
 * The mail flow under hostile custom classifiers: a sample of the random classifiers Submit accepts
 * (see test/helpers/hostile-classifiers.ts) is submitted, committed and used by a DLP policy, and a
 * random message is sent through the real service on fake-indexeddb. Whatever the classifier, the
 * message must be sent and tracked, never thrown away.
 */
import { describe, expect, it } from 'vitest';
import { createPolicyFromTemplate } from '../../src/engine/dlp/index.ts';
import type { CustomClassifier, MessageAction } from '../../src/engine/config/schema/index.ts';
import type { OutgoingMessage } from '../../src/engine/mailflow/types.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import { fresh } from '../helpers/fresh.ts';
import { submitEntry } from '../helpers/submit.ts';
import { acceptedClassifiers, oddDictionaries, randomMessage, Rng } from '../helpers/hostile-classifiers.ts';

const SAMPLE = 150;

const deliver: MessageAction = {
  name: 'Deliver',
  description: '',
  primary: { kind: 'deliver' },
  copyToQuarantine: null,
  encryption: null,
  modifySubject: { position: 'prepend', text: '[DLP] ' },
  disclaimer: null,
  alternateHost: null,
  bcc: null,
  notification: null,
};

const message = (text: string, subject: string): OutgoingMessage => ({
  envelopeFrom: 'alice@example.com',
  recipients: ['bob@partner.example'],
  from: 'alice@example.com',
  to: ['bob@partner.example'],
  cc: [],
  subject,
  text,
  html: '',
  attachments: [],
  headers: {},
  messageId: '',
});

/** Submits and commits DLP with `c` as the only classifier of a policy on the default outgoing mail policy. */
async function use(svc: EngineApi, c: CustomClassifier): Promise<void> {
  const { candidate } = await svc.config.view();
  const policy = createPolicyFromTemplate('custom', 'Hostile policy', deliver.name);
  policy.classifiers = [{ classifier: `custom:${c.name}`, customPattern: '', customPhrases: [] }];
  policy.minimumTotalScore = 0;
  const dlp = {
    ...candidate.dlp,
    enabled: true,
    licenseAccepted: true,
    matchedContentLogging: true,
    messageActions: [deliver],
    policies: [policy],
    customClassifiers: [c],
    dictionaries: oddDictionaries,
  };
  const submitted = await submitEntry(svc, ['dlp', dlp]);
  expect(submitted.ok, JSON.stringify(submitted)).toBe(true);
  const outgoing = await submitEntry(svc, [
    'outgoingPolicies',
    { policies: [], defaultPolicy: { dlp: { mode: 'enabled', policies: [policy.name] } } },
  ]);
  expect(outgoing.ok, JSON.stringify(outgoing)).toBe(true);
  // Each classifier has its own name, so there is always a change to commit.
  const committed = await svc.config.commit(`use ${c.name}`);
  expect(committed.ok, JSON.stringify(committed)).toBe(true);
}

/** Sends and returns the tracked records of the message (one per MID). */
async function sendAndTrack(svc: EngineApi, text: string, subject = 'Hostile test') {
  const sent = await svc.mail.send(message(text, subject));
  expect(sent.ok, JSON.stringify(sent).slice(0, 500)).toBe(true);
  if (!sent.ok) return [];
  return Promise.all(sent.value.mids.map(async (mid) => (await svc.tracking.details(mid))!.record));
}

describe('the mail flow with hostile custom classifiers', () => {
  it('when [0-9]{12,} with proximity 100 meets 120 digits, then the message is delivered, flagged and tracked', async () => {
    const { svc } = await fresh();
    await use(svc, {
      name: 'Long numbers',
      description: '',
      proximity: 100,
      minimumTotalScore: 10,
      match: 'any',
      rules: [{ type: 'regex', pattern: '[0-9]{12,}', exclude: '', weight: 50, maxScore: 0 }],
    });
    const [record] = await sendAndTrack(svc, `Account dump: ${'7'.repeat(120)}`);
    expect(record.eventTypes).toEqual(expect.arrayContaining(['dlp-violation', 'delivered']));
    expect(record.dlp.decisive?.riskFactor).toBe(50);
    expect(record.dlp.matchedContent?.[0].text).toBe('7'.repeat(120));
  });

  it(`when ${SAMPLE} random classifiers accepted by Submit each drive a policy, then every random message is delivered and tracked`, async () => {
    const { svc, db } = await fresh();
    const { accepted } = acceptedClassifiers(424242, SAMPLE);
    const r = new Rng(99);
    let flagged = 0;
    for (const c of accepted) {
      await use(svc, c);
      const before = await db.tracking.count();
      const text = r.chance(0.25) ? `${'1'.repeat(120)} ${randomMessage(r)}` : randomMessage(r);
      const records = await sendAndTrack(
        svc,
        text,
        randomMessage(r)
          .slice(0, 200)
          .replace(/[\r\n]/g, ' ') || 'Empty',
      );
      expect(records.length).toBeGreaterThan(0);
      expect(await db.tracking.count()).toBe(before + records.length);
      for (const record of records) {
        expect(record.dlp.evaluated).toBe(true);
        expect(record.eventTypes, `${JSON.stringify(c)}`).toContain('delivered');
        if (record.eventTypes.includes('dlp-violation')) flagged++;
      }
    }
    // Both outcomes occur, or the sample proves little.
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(SAMPLE);
  }, 240_000);
});
