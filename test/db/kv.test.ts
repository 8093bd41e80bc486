import { describe, expect, it } from 'vitest';
import { kvClearSimulation, kvGet, kvKeys, kvPut } from '../../src/db/kv.ts';
import { fresh } from '../helpers/fresh.ts';

describe('the typed key-value store', () => {
  it('when a value is written then it reads back under the same named key, and an unknown key reads undefined', async () => {
    const { db } = await fresh();
    await kvPut(db, kvKeys.pxeLastCheck('machine:esa1.example.com'), 42);
    expect(await kvGet(db, kvKeys.pxeLastCheck('machine:esa1.example.com'))).toBe(42);
    expect(await kvGet(db, kvKeys.pxeLastCheck('machine:esa2.example.com'))).toBeUndefined();
    expect(kvKeys.dlpUpdates('cluster')).toBe('dlp-updates:cluster');
  });

  it('when the simulation is cleared then the site, counters, the last preview and every scope’s update state go, and the clock and tutorial stay', async () => {
    const { db } = await fresh();
    await kvPut(db, kvKeys.counters, { mid: 5, icid: 5, dcid: 5 });
    await kvPut(db, kvKeys.impactPreviewed, 1);
    await kvPut(db, kvKeys.tutorial, { open: false, lesson: 'dlp' });
    await kvPut(db, kvKeys.pxeLastCheck('machine:a'), 1);
    await kvPut(db, kvKeys.pxeLastCheck('machine:b'), 2);
    const clock = await kvGet(db, kvKeys.clock);
    await db.transaction('rw', db.kv, () => kvClearSimulation(db));
    const keys = (await db.kv.toCollection().primaryKeys()).sort();
    expect(keys).toEqual(['clock', 'tutorial']);
    expect(await kvGet(db, kvKeys.clock)).toBe(clock);
  });
});

describe('Start over', () => {
  it('when the learner starts over then no per-appliance update state is left behind', async () => {
    const { db, svc } = await fresh();
    await svc.encryption.pxeUpdateNow();
    await svc.dlp.updateNow();
    const before = await db.kv.toCollection().primaryKeys();
    expect(before.some((k) => String(k).startsWith('pxe-last-check:'))).toBe(true);
    expect(before.some((k) => String(k).startsWith('dlp-updates:'))).toBe(true);
    await svc.tutorial.startOver();
    const after = (await db.kv.toCollection().primaryKeys()).map(String);
    expect(after.filter((k) => k.startsWith('pxe-last-check:') || k.startsWith('dlp-updates:'))).toEqual([]);
    expect((await svc.encryption.pxeUpdates()).lastCheckAt).toBeNull();
  });
});
