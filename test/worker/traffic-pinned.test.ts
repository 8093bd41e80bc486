/**
 * What a traffic run writes, pinned: 600 messages (two whole batches and a part) through the
 * proof-of-value scenario, every stored row of every table a run touches, as a digest per table
 * kept in test/fixtures/traffic/pinned.json. A change to how the run is processed or stored (order
 * of writes, batching, caching) must leave this unchanged; a change meant to alter what is stored
 * rewrites it: `PIN_TRAFFIC=write npx vitest run test/worker/traffic-pinned.test.ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kvGet, kvKeys } from '../../src/db/kv.ts';
import type { PlaygroundDb } from '../../src/db/schema.ts';
import { DEFAULT_TRAFFIC } from '../../src/engine/mailflow/traffic.ts';
import { fresh } from '../helpers/fresh.ts';
import { allOriginals } from '../helpers/originals.ts';
import { allMailboxItems } from '../helpers/mailboxes.ts';

const FIXTURE = new URL('../fixtures/traffic/pinned.json', import.meta.url);
const writing = process.env.PIN_TRAFFIC === 'write';
const scenario = readFileSync(new URL('../../public/scenarios/proof-of-value.json', import.meta.url), 'utf8');

/** A digest of rows in a stable order (JSON with sorted keys, so property order does not count). */
function digest(rows: readonly unknown[]): string {
  const stable = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(stable)
      : v && typeof v === 'object' && !(v instanceof Uint8Array)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, stable((v as Record<string, unknown>)[k])]),
          )
        : v instanceof Uint8Array
          ? Array.from(v)
          : v;
  return createHash('sha256')
    .update(JSON.stringify(rows.map(stable)))
    .digest('hex');
}

async function written(db: PlaygroundDb): Promise<Record<string, { rows: number; sha256: string }>> {
  const tables = {
    tracking: await db.tracking.orderBy('mid').toArray(),
    messages: await allOriginals(db),
    mailboxes: await allMailboxItems(db),
    quarantine: await db.quarantine.toArray(),
    counters: [await kvGet(db, kvKeys.counters)],
    encryptionQueue: [(await kvGet(db, kvKeys.encryptionQueue)) ?? null],
    trafficRun: [(await kvGet(db, kvKeys.trafficRun)) ?? null],
  };
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, { rows: rows.length, sha256: digest(rows) }]));
}

describe('traffic run, pinned', () => {
  it('when 600 messages run through the proof-of-value scenario then every stored row is as pinned', async () => {
    const { svc, db } = await fresh();
    expect((await svc.config.importFile(scenario, 'proof-of-value.json')).ok).toBe(true);
    expect((await svc.config.commit('pin')).ok).toBe(true);
    await svc.traffic.start({ ...DEFAULT_TRAFFIC, count: 600, seed: 7, sensitiveShare: 0.5 });
    while ((await svc.traffic.progress()).state === 'running') await new Promise((r) => setTimeout(r, 5));
    expect((await svc.traffic.progress()).state).toBe('done');
    const got = await written(db);
    if (writing) writeFileSync(FIXTURE, `${JSON.stringify(got, null, 2)}\n`);
    expect(got).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  }, 60_000);
});
