/**
 * Two tabs, two workers, one database: two services over two PlaygroundDb connections with the same
 * name (what two browser tabs are) send and generate traffic at the same time. Every confirmed
 * message must keep its own MID and be in tracking; before ids were allocated under the shared lock
 * and checked inside the write transaction, each worker numbered from the counters it had read and
 * one tab's messages overwrote the other's.
 */
import { describe, expect, it } from 'vitest';
import { PlaygroundDb } from '../../src/db/schema.ts';
import { createContext } from '../../src/worker/context.ts';
import { noIdLock } from '../../src/worker/id-lock.ts';
import { mailStore, serialQueue } from '../../src/worker/mail-service.ts';
import { DEFAULT_TRAFFIC } from '../../src/engine/mailflow/traffic.ts';
import { sampleById } from '../../src/engine/mailflow/samples.ts';
import { emptyOutcome } from '../../src/engine/mailflow/outcome.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import { fresh } from '../helpers/fresh.ts';
import { countOriginals } from '../../src/worker/originals.ts';
import { createTrafficService } from '../../src/worker/traffic-service.ts';
import { mailPorts } from '../../src/worker/mail-ports.ts';
import { createEncryptionService } from '../../src/worker/encryption-service.ts';
import { allOriginals } from '../helpers/originals.ts';
import { kvGet, kvKeys, kvPut } from '../../src/db/kv.ts';

let n = 0;

async function finished(svc: EngineApi) {
  for (;;) {
    const p = await svc.traffic.progress();
    if (p.state !== 'running') return p;
    await new Promise((r) => setTimeout(r, 5));
  }
}

const message = (tab: string, i: number) => ({ ...sampleById('lunch-invitation')!.build(), subject: `tab ${tab} send ${i}` });

describe('two tabs over one database', () => {
  for (let round = 1; round <= 3; round += 1) {
    it(`when one tab runs traffic while both send 200 messages then every confirmed MID is distinct and tracked (round ${round})`, async () => {
      const name = `two-tabs-${n++}`;
      const a = await fresh(name);
      const b = await fresh(name);
      const TRAFFIC = 600;
      const started = await a.svc.traffic.start({ ...DEFAULT_TRAFFIC, count: TRAFFIC });
      expect(started.ok).toBe(true);
      // 100 sends from each tab, issued alternately without waiting: the two workers race for ids.
      const sends = await Promise.all(
        Array.from({ length: 200 }, (_, i) => (i % 2 ? b.svc.mail.send(message('B', i)) : a.svc.mail.send(message('A', i)))),
      );
      const traffic = await finished(a.svc);
      expect(traffic).toMatchObject({ state: 'done', done: TRAFFIC });

      const sentMids = sends.map((s) => (s.ok ? s.value.mids[0] : -1));
      expect(sentMids.filter((m) => m > 0)).toHaveLength(200);
      const firsts = await a.db.tracking.filter((r) => r.parentMid === null).toArray();
      // Exactly the confirmed messages: 600 generated + 200 sent, no more, no fewer.
      expect(firsts).toHaveLength(TRAFFIC + 200);
      expect(await countOriginals(a.db)).toBe(TRAFFIC + 200);
      const mids = firsts.map((r) => r.mid);
      expect(new Set(mids).size).toBe(mids.length);
      expect(new Set(sentMids).size).toBe(200);
      // Each send's MID holds that send's own message.
      const bySubject = await a.db.tracking.bulkGet(sentMids);
      expect(bySubject.map((r) => r?.subject)).toEqual(sends.map((_, i) => `tab ${i % 2 ? 'B' : 'A'} send ${i}`));
      // Within one tab, sends' MIDs rise in the order they were sent.
      for (const tab of [0, 1]) {
        const own = sentMids.filter((_, i) => i % 2 === tab);
        expect(own).toEqual([...own].sort((x, y) => x - y));
      }
      const counters = await a.db.kv.get('counters');
      expect((counters?.value as { mid: number }).mid).toBe(Math.max(...(await a.db.tracking.toCollection().primaryKeys())));
    });
  }

  it('when two workers allocate at once without any lock then the counters check in the write refuses the stale one, which runs again', async () => {
    const name = `two-tabs-cas-${n++}`;
    const dbs = [new PlaygroundDb(name), new PlaygroundDb(name)];
    try {
      const stores = await Promise.all(dbs.map(async (db) => mailStore(await createContext(db), noIdLock)));
      let attempts = 0;
      const allocateOne = (store: (typeof stores)[number], tab: number) =>
        store.allocate(async (ids) => {
          attempts += 1;
          const mid = ids.mid();
          // A pause between reading the counters and writing: the other worker gets in between.
          await new Promise((r) => setTimeout(r, 1));
          await store.save(emptyOutcome(), ids, { mid, at: tab, message: message(String(tab), mid) });
          return mid;
        });
      const runs = stores.map((store, tab) => {
        const queue = serialQueue();
        return Promise.all(Array.from({ length: 30 }, () => queue(() => allocateOne(store, tab))));
      });
      const [one, two] = await Promise.all(runs);
      const all = [...one, ...two].sort((x, y) => x - y);
      expect(all).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      expect(await dbs[0].messages.count()).toBe(60);
      const rows = await dbs[0].messages.toArray();
      expect([rows.filter((r) => r.at === 0).length, rows.filter((r) => r.at === 1).length]).toEqual([30, 30]);
      // The race really happened: some allocations were refused and ran again.
      expect(attempts).toBeGreaterThan(60);
    } finally {
      dbs.forEach((db) => db.close());
    }
  });

  it('when another worker stores messages in the middle of a traffic stretch without any lock then the stale batch is refused and run again, and every message is stored once', async () => {
    const name = `two-tabs-stretch-${n++}`;
    const dbs = [new PlaygroundDb(name), new PlaygroundDb(name)];
    try {
      const ctx = await createContext(dbs[0]);
      const traffic = createTrafficService(ctx, mailPorts(ctx, createEncryptionService(ctx)), serialQueue(), noIdLock);
      const TRAFFIC = 1000; // four batches: one hold of the lock, each batch processed while the one before is stored
      expect((await traffic.start({ ...DEFAULT_TRAFFIC, count: TRAFFIC })).ok).toBe(true);
      // Each time a batch of the stretch is stored, the other worker stores three messages (reading
      // and moving the counters in its own transaction) while the next batch is processed with
      // ids that continue from before them.
      const sent: number[] = [];
      for (const after of [250, 500, 750]) {
        while ((await traffic.progress()).done < after) await new Promise((r) => setImmediate(r));
        const other = dbs[1];
        await other.transaction('rw', other.kv, other.messages, async () => {
          const counters = (await kvGet(other, kvKeys.counters))!;
          const mids = [1, 2, 3].map((k) => counters.mid + k);
          await kvPut(other, kvKeys.counters, { ...counters, mid: counters.mid + 3 });
          await other.messages.bulkPut(mids.map((mid) => ({ mid, at: -1, message: message('B', mid) })));
          sent.push(...mids);
        });
      }
      for (;;) {
        const p = await traffic.progress();
        if (p.state !== 'running') {
          expect(p).toMatchObject({ state: 'done', done: TRAFFIC });
          break;
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      const originals = await allOriginals(dbs[0]);
      const mids = originals.map((m) => m.mid);
      expect(new Set(mids).size).toBe(mids.length);
      const generated = originals
        .filter((m) => m.at !== -1)
        .map((m) => /message=(\d+)/.exec(m.message.headers['X-Traffic-Generator'] ?? '')?.[1]);
      // Each generated message stored exactly once, whatever batch had to run again.
      expect(generated.map(Number).sort((x, y) => x - y)).toEqual(Array.from({ length: TRAFFIC }, (_, i) => i + 1));
      expect(originals.filter((m) => m.at === -1).map((m) => m.mid)).toEqual(sent);
      // The race really happened: the other worker's messages took MIDs in the middle of the run.
      const trafficMids = originals.filter((m) => m.at !== -1).map((m) => m.mid);
      expect(sent.filter((mid) => mid > Math.min(...trafficMids) && mid < Math.max(...trafficMids)).length).toBeGreaterThan(0);
      const tracked = await dbs[0].tracking.filter((r) => r.parentMid === null).count();
      expect(tracked).toBe(TRAFFIC);
    } finally {
      dbs.forEach((db) => db.close());
    }
  });
});
