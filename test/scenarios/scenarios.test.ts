/**
 * The one-click scenarios in public/scenarios/: the files are exactly what scripts/make-scenarios.ts
 * writes, each passes the import checks, the index resolves (files and sample ids), and loaded and
 * committed on a fresh appliance each behaves as its description says for its sample messages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scenarioFiles, SCENARIO_DIR } from '../../scripts/make-scenarios.ts';
import { PlaygroundDb } from '../../src/db/schema.ts';
import { parseConfigImport } from '../../src/engine/config/export-import.ts';
import { sampleById } from '../../src/engine/mailflow/samples.ts';
import { parseScenarioIndex } from '../../src/ui/scenarios/scenario-index.ts';
import { prepareEncryption } from '../../src/ui/scenarios/prepare-encryption.ts';
import { createService } from '../../src/worker/service.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';

const read = (name: string) => readFileSync(join(SCENARIO_DIR, name), 'utf8');
const index = parseScenarioIndex(JSON.parse(read('index.json')));
const withoutVersion = (text: string) => text.replace(/"appVersion": "[^"]*"/, '"appVersion": ""');

let n = 0;
const dbs: PlaygroundDb[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));
async function loaded(file: string): Promise<EngineApi> {
  const db = new PlaygroundDb(`scenario-${n++}`);
  dbs.push(db);
  const svc = await createService(db);
  const imported = await svc.config.importFile(read(file), file);
  expect(imported.ok, JSON.stringify(imported)).toBe(true);
  const view = await svc.config.view();
  if (view.pending.length) expect((await svc.config.commit(`Scenario ${file}`)).ok).toBe(true);
  return svc;
}

/** Sends a sample; answers what tracking recorded for its first MID and where it went. */
async function send(svc: EngineApi, id: string) {
  const sent = await svc.mail.send(sampleById(id)!.build());
  expect(sent.ok, JSON.stringify(sent)).toBe(true);
  const details = await svc.tracking.details(sent.ok ? sent.value.mids[0] : 0);
  return {
    severity: details!.record.dlpSeverity,
    events: details!.record.eventTypes,
    policies: details!.record.dlpPolicies,
    subject: details!.record.subject,
  };
}

describe('scenario files', () => {
  it('when the script runs then it produces exactly the files on disk', () => {
    const files = scenarioFiles();
    expect(readdirSync(SCENARIO_DIR).sort()).toEqual([...files.keys()].sort());
    for (const [name, text] of files)
      expect(withoutVersion(read(name)), `${name} is stale: run npx tsx scripts/make-scenarios.ts`).toBe(withoutVersion(text));
  });

  it('when the index is read then it lists at least the five required scenarios, each resolving to a file and samples', () => {
    expect(index.map((s) => s.id)).toEqual(
      expect.arrayContaining(['factory-default', 'walkthrough-completed', 'healthcare-hipaa', 'finance-severity', 'proof-of-value']),
    );
    for (const s of index) {
      expect(s.description.length).toBeGreaterThan(40);
      expect(() => read(s.file)).not.toThrow();
      expect(s.samples.length).toBeGreaterThan(0);
      for (const id of s.samples) expect(sampleById(id), `${s.id}: sample ${id}`).toBeDefined();
    }
  });

  it.each(index.map((s) => [s.file] as const))('when %s is imported then it passes every import check', (file) => {
    const r = parseConfigImport(read(file));
    expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
  });

  it('when a scenario encrypts then its description says provisioning is needed, and the index flags it', () => {
    for (const s of index) {
      const r = parseConfigImport(read(s.file));
      const encrypts = r.ok && r.value.config.dlp.messageActions.some((a) => a.encryption);
      expect(s.encrypts, s.id).toBe(encrypts);
    }
  });
});

describe('scenarios in action', () => {
  it('when factory default is loaded then a card number is delivered without DLP', async () => {
    const svc = await loaded('factory-default.json');
    expect(await send(svc, 'visa-with-expiry')).toMatchObject({ severity: 'none', events: ['delivered'] });
  });

  it('when the walkthrough scenario is loaded and encryption prepared then a card number leaves encrypted', async () => {
    const svc = await loaded('walkthrough-completed.json');
    const prepared = await prepareEncryption(svc);
    expect(prepared.ok && [...prepared.value.provisioned].sort(), JSON.stringify(prepared)).toEqual(['CRES_HIGH', 'CRES_LOW', 'CRES_MED']);
    expect((await send(svc, 'visa-with-expiry')).events).toEqual(expect.arrayContaining(['dlp-violation', 'encrypted']));
    expect((await send(svc, 'lunch-invitation')).events).toEqual(['delivered']);
    const again = await prepareEncryption(svc);
    expect(again.ok && again.value).toMatchObject({ provisioned: [], daysAdvanced: 0 });
  });

  it('when healthcare is loaded then a patient record is quarantined and the sender is notified', async () => {
    const svc = await loaded('healthcare-hipaa.json');
    const r = await send(svc, 'patient-record');
    expect(r.events).toEqual(expect.arrayContaining(['dlp-violation', 'quarantined']));
    const notices = await dbs[0].mailboxes.where('kind').equals('dlp-notification').toArray();
    expect(notices.map((m) => m.address).sort()).toEqual(['alice@example.com', 'privacy-officer@example.com']);
  });

  it('when finance is loaded then Critical is quarantined and High is encrypted', async () => {
    const svc = await loaded('finance-severity.json');
    expect((await prepareEncryption(svc)).ok).toBe(true);
    expect(await send(svc, 'visa-with-expiry')).toMatchObject({ severity: 'critical', events: expect.arrayContaining(['quarantined']) });
    expect(await send(svc, 'bank-transfer')).toMatchObject({ severity: 'high', events: expect.arrayContaining(['encrypted']) });
  });

  it('when proof of value is loaded then every sample is delivered and each violation is tracked', async () => {
    const svc = await loaded('proof-of-value.json');
    for (const id of index.find((s) => s.id === 'proof-of-value')!.samples) {
      const r = await send(svc, id);
      expect(r.events, id).toContain('delivered');
      expect(r.events.includes('dlp-violation'), id).toBe(sampleById(id)!.expect.severity !== null);
    }
  });
});
