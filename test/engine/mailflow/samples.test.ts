/**
 * Every sample message, sent through a fresh service with DLP policies from the samples'
 * templates, gets the DLP outcome its description promises (violations with the deciding
 * severity, or clean delivery for the near-misses).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SectionEntry } from '../../../src/api/engine-api.ts';
import { submitEntry } from '../../helpers/submit.ts';
import { unzipSync } from 'fflate';
import { PlaygroundDb } from '../../../src/db/schema.ts';
import { createPolicyFromTemplate } from '../../../src/engine/dlp/index.ts';
import { templates } from '../../../src/engine/dlp/index.ts';
import { DEFAULT_SAMPLE_RECIPIENT, SAMPLE_TEMPLATES, sampleById, sampleMessages } from '../../../src/engine/mailflow/samples.ts';
import { createService } from '../../../src/worker/service.ts';
import type { EngineApi } from '../../../src/api/engine-api.ts';

let n = 0;
const dbs: PlaygroundDb[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

const nameOf = (id: string) => templates.find((t) => t.id === id)!.name;

/** A fresh appliance with DLP on and one policy per sample template on the Default Policy, committed. */
async function configured(): Promise<EngineApi> {
  const db = new PlaygroundDb(`samples-${n++}`);
  dbs.push(db);
  const svc = await createService(db);
  const { candidate } = await svc.config.view();
  // Every severity delivers, so each sample's message also reaches the recipient.
  const deliver = {
    name: 'Deliver',
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
  const policies = SAMPLE_TEMPLATES.map((id) => createPolicyFromTemplate(id, undefined, deliver.name));
  for (const entry of [
    ['dlp', { ...candidate.dlp, enabled: true, licenseAccepted: true, matchedContentLogging: true, messageActions: [deliver], policies }],
    ['outgoingPolicies', { policies: [], defaultPolicy: { dlp: { mode: 'enabled', policies: policies.map((p) => p.name) } } }],
  ] satisfies SectionEntry[]) {
    const r = await submitEntry(svc, entry);
    expect(r.ok, JSON.stringify(r)).toBe(true);
  }
  expect((await svc.config.commit('samples')).ok).toBe(true);
  return svc;
}

describe('sample messages', () => {
  it('when the library is listed then every sample has a unique id, a title, a description and an outcome', () => {
    expect(new Set(sampleMessages.map((m) => m.id)).size).toBe(sampleMessages.length);
    for (const m of sampleMessages) expect([m.title, m.description, m.outcome].every((s) => s.length > 5)).toBe(true);
  });

  it.each(sampleMessages.map((m) => [m.id, m] as const))('when %s is sent then DLP finds what it promises', async (_id, sample) => {
    const svc = await configured();
    const sent = await svc.mail.send(sample.build());
    expect(sent.ok, JSON.stringify(sent)).toBe(true);
    const mid = sent.ok ? sent.value.mids[0] : 0;
    const record = (await svc.tracking.details(mid))!.record;
    expect(record.dlp.evaluated).toBe(true);
    expect([...record.dlpPolicies].sort()).toEqual(sample.expect.violated.map(nameOf).sort());
    expect(record.dlp.decisive?.severity ?? null).toBe(sample.expect.severity);
    const [item] = await dbs[0].mailboxes.where('address').equals(DEFAULT_SAMPLE_RECIPIENT).toArray();
    expect(item.subject).toBe(sample.build().subject);
  });

  it('when a sample is built for another sender and recipient then the envelope and headers use them', () => {
    const m = sampleById('lunch-invitation')!.build('carol@example.com', 'dave@partner.example');
    expect(m).toMatchObject({ envelopeFrom: 'carol@example.com', recipients: ['dave@partner.example'], to: ['dave@partner.example'] });
    expect(m.from).toContain('carol@example.com');
  });

  it('when the DOCX sample is built then it is a zip with content types and the document part, identical each time', () => {
    const docx = sampleById('docx-ssn')!.build().attachments[0].content;
    expect(Object.keys(unzipSync(docx)).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(sampleById('docx-ssn')!.build().attachments[0].content).toEqual(docx);
  });

  it('when a built DOCX is changed then the next build still has the original bytes (each build owns its copy)', () => {
    const first = sampleById('docx-ssn')!.build().attachments[0].content;
    const original = first.slice();
    first.fill(0);
    const second = sampleById('docx-ssn')!.build().attachments[0].content;
    expect(second).not.toBe(first);
    expect(second).toEqual(original);
  });
});
