/**
 * The traffic generator as a service: a run of up to 100,000 generated messages through the same
 * pipeline as Send, in the worker, in batches. A stretch of a few batches runs inside the mail
 * queue (so a Send from the composer lands between stretches and MIDs stay in order); each batch
 * is processed message by message with `processMessage` and stored in ONE transaction with bulk
 * writes while the next one is processed; after each stretch the worker yields, so other calls
 * (progress, searches, page loads) are answered while the run continues.
 * `start` answers at once — the run goes on in the background, well clear of the client's call
 * time limit — and the page polls `progress()`. The simulated clock is read once and never moved:
 * the messages are spread over the span that ends at the time the run started. The run's intent
 * (options, start time, how many are stored) is kept in the database with every batch, so a run
 * cut short by a reload can be continued and ends exactly as an uninterrupted one.
 */
import { Dexie } from 'dexie';
import { fail, ok, type Result } from '../engine/errors.ts';
import { processMessage } from '../engine/mailflow/pipeline.ts';
import { checkTrafficOptions, trafficMessage, type TrafficOptions } from '../engine/mailflow/traffic.ts';
import type { OutgoingMessage, TrackingRecord } from '../engine/mailflow/types.ts';
import type { PipelineOutcome } from '../engine/mailflow/outcome.ts';
import { validateMessage } from '../engine/mailflow/validate-message.ts';
import { DEFAULT_SCOPE } from '../engine/scope.ts';
import type { ServiceContext } from './context.ts';
import type { IdLock } from './id-lock.ts';
import { continued, mailStore, serialQueue, type Allocation, type MailPorts } from './mail-service.ts';
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import type { InterruptedRun, TrafficProgress, TrafficRun } from '../api/traffic.ts';
import { kvDelete, kvGet, kvKeys, kvPut } from '../db/kv.ts';
import { originalsKeeper } from './originals.ts';
import { TRACKING_INDEXES } from '../db/schema.ts';

/** Messages per batch: one transaction each; small enough that the worker answers other calls promptly. */
export const TRAFFIC_BATCH = 250;
/** Batches per hold of the id lock: a Send from the composer waits at most this many (about half a second). */
export const TRAFFIC_STRETCH = 4;

const IDLE: TrafficProgress = {
  state: 'idle',
  total: 0,
  done: 0,
  sensitive: 0,
  violations: 0,
  elapsedMs: 0,
  rate: 0,
  etaMs: null,
  firstMid: null,
  lastMid: null,
  from: null,
  to: null,
  seed: null,
  error: null,
};

/** Lets queued messages (other service calls) run before the next batch. */
const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const FLOOR_DB = 'dlp-playground-floor';

/** `lock` is the id lock (by default the one every worker of this database shares; tests race without one). */
export function createTrafficService(ctx: ServiceContext, ports: MailPorts, queue = serialQueue(), lock?: IdLock) {
  const store = mailStore(ctx, lock);
  let keepOriginals = originalsKeeper(ctx.db);
  let progress: TrafficProgress = IDLE;
  let cancelled = false;
  let started = 0;
  // Messages already stored when this engine took the run up (a continued run's rate counts only its own).
  let baseline = 0;

  const update = (changes: Partial<TrafficProgress>) => {
    const next = { ...progress, ...changes };
    const elapsedMs = performance.now() - started;
    const rate = elapsedMs > 0 ? ((next.done - baseline) * 1000) / elapsedMs : 0;
    progress = { ...next, elapsedMs, rate, etaMs: next.state === 'running' && rate > 0 ? ((next.total - next.done) * 1000) / rate : null };
  };

  /** Processes the run's messages from `run.done` up to `to` with ids from `ids`: the outcomes, and the run's intent once they are stored. */
  async function compute(run: TrafficRun, to: number, config: ApplianceConfig, ids: Allocation) {
    const items: { outcome: PipelineOutcome; original: { mid: number; at: number; message: OutgoingMessage } }[] = [];
    let sensitive = 0;
    let violations = 0;
    for (let i = run.done; i < to; i += 1) {
      const t = trafficMessage(run.options, i, run.end);
      const checked = validateMessage(t.message);
      // Generated messages are well-formed by construction; a failure here is a bug, not a learner's mistake.
      if (!checked.ok) throw new Error(`generated message ${i} is invalid: ${checked.error.issues?.[0]?.message ?? checked.error.message}`);
      const outcome = await processMessage(checked.value, {
        config,
        now: t.at,
        ids,
        evaluateDlp: ports.evaluateDlp,
        encrypt: ports.encrypt,
      });
      const first = outcome.records[0];
      items.push({ outcome, original: { mid: first.mid, at: t.at, message: { ...checked.value, messageId: first.messageIdHeader } } });
      if (t.sensitive) sensitive += 1;
      if (outcome.records.some((r) => r.dlpPolicies.length > 0)) violations += 1;
    }
    const next: TrafficRun = {
      ...run,
      done: to,
      sensitive: run.sensitive + sensitive,
      violations: run.violations + violations,
      firstMid: run.firstMid ?? items[0]?.original.mid ?? null,
      lastMid: items.at(-1)?.outcome.records.at(-1)?.mid ?? run.lastMid,
    };
    return { items, next };
  }

  /**
   * Runs up to TRAFFIC_STRETCH batches from `run.done` under one hold of the id lock, each stored in one
   * transaction with the run's new intent (how many are done). A batch is processed while the one
   * before it is being stored: the database works in the browser's process, so the two overlap on
   * two cores. Each batch's ids continue the previous one's, and its store checks the counters are
   * the ones that batch left; if another worker moved them (possible only without Web Locks), the
   * allocation runs again from the last batch stored. `stored` hears of each batch once it is stored.
   * Returns the run as stored.
   */
  async function stretch(run: TrafficRun, stored: (run: TrafficRun) => void): Promise<TrafficRun> {
    const config = await store.committed(run.scope);
    let done = run;
    await store.allocate(async (first) => {
      let ids = first;
      let current = done;
      let saving: Promise<void> = Promise.resolve();
      const end = Math.min(current.options.count, current.done + TRAFFIC_STRETCH * TRAFFIC_BATCH);
      try {
        while (current.done < end && !cancelled) {
          const { items, next } = await compute(current, Math.min(end, current.done + TRAFFIC_BATCH), config, ids);
          await saving;
          saving = store
            .saveBatch(items, ids, () => kvPut(ctx.db, kvKeys.trafficRun, next))
            .then(() => {
              done = next;
              stored(next);
            });
          // Awaited before the next store or on the way out; this only keeps a failure from being
          // reported as unhandled while the next batch is processed.
          saving.catch(() => undefined);
          current = next;
          ids = continued(ids);
        }
      } catch (e) {
        await saving.catch(() => undefined);
        throw e;
      }
      await saving;
    });
    // The originals are kept within the retention once a stretch, not after every batch.
    await keepOriginals(done.done - run.done);
    return done;
  }

  /** Sends the run's messages from `run.done` on; the intent is forgotten when the run ends or is cancelled, kept if it fails. */
  async function run(from: TrafficRun): Promise<void> {
    let saved = from;
    const count = from.options.count;
    const stored = (r: TrafficRun) =>
      update({ done: r.done, sensitive: r.sensitive, violations: r.violations, firstMid: r.firstMid, lastMid: r.lastMid });
    try {
      while (saved.done < count && !cancelled) {
        const at = saved;
        saved = await queue(() => stretch(at, stored));
        await yieldToEvents();
      }
      await kvDelete(ctx.db, kvKeys.trafficRun);
      update({ state: cancelled ? 'cancelled' : 'done' });
    } catch (e) {
      update({ state: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  }

  /** Takes a run up (new, or continued from what is stored) in the background. */
  function begin(r: TrafficRun): TrafficProgress {
    cancelled = false;
    keepOriginals = originalsKeeper(ctx.db);
    started = performance.now();
    baseline = r.done;
    progress = {
      ...IDLE,
      state: 'running',
      total: r.options.count,
      done: r.done,
      sensitive: r.sensitive,
      violations: r.violations,
      firstMid: r.firstMid,
      lastMid: r.lastMid,
      from: r.end - r.options.spanMs,
      to: r.end,
      seed: r.options.seed,
    };
    void run(r);
    return progress;
  }

  const busy = <T = TrafficProgress>() =>
    fail<T>('mail.invalid', [{ path: 'traffic', message: 'A traffic run is already in progress: wait for it to finish, or cancel it.' }]);

  /** The stored intent of a run that has not ended, if it is not the one this engine is running. */
  async function unfinished(): Promise<TrafficRun | null> {
    if (progress.state === 'running') return null;
    const r = await kvGet(ctx.db, kvKeys.trafficRun);
    return r && r.done < r.options.count ? r : null;
  }

  return {
    /**
     * Starts a run and answers at once with its first progress; the run continues in the
     * background. Refused while another run is in progress. The run's intent is stored first, so
     * a reload before its first batch still finds it.
     */
    async start(options: TrafficOptions, scope = DEFAULT_SCOPE): Promise<Result<TrafficProgress>> {
      const checked = checkTrafficOptions(options);
      if (!checked.ok) return checked;
      if (progress.state === 'running') return busy();
      const intent: TrafficRun = {
        options: checked.value,
        end: await ctx.now(),
        scope,
        done: 0,
        sensitive: 0,
        violations: 0,
        firstMid: null,
        lastMid: null,
      };
      await kvPut(ctx.db, kvKeys.trafficRun, intent);
      return ok(begin(intent));
    },

    /** The current (or last) run's progress. */
    progress: async (): Promise<TrafficProgress> => progress,

    /** Stops the run after the batch being processed (which is stored whole). */
    async cancel(): Promise<TrafficProgress> {
      if (progress.state === 'running') cancelled = true;
      return progress;
    },

    /** The run a reload or restart cut short: how far it got. */
    async interrupted(): Promise<InterruptedRun | null> {
      const r = await unfinished();
      return r && { done: r.done, total: r.options.count, seed: r.options.seed };
    },

    /** Continue: the rest of the interrupted run, message `done` onwards of the same seeded sequence and time span. */
    async resume(): Promise<Result<TrafficProgress>> {
      if (progress.state === 'running') return busy();
      const r = await unfinished();
      if (!r) return fail('mail.invalid', [{ path: 'traffic', message: 'There is no interrupted traffic run to continue.' }]);
      // Stored data is checked again before use: the options must still be valid options.
      const checked = checkTrafficOptions(r.options);
      if (!checked.ok) return checked;
      return ok(begin({ ...r, options: checked.value }));
    },

    /** Dismiss: forgets the interrupted run (never the one running here). */
    async dismiss(): Promise<Result<{ dismissed: boolean }>> {
      if (progress.state === 'running') return busy<{ dismissed: boolean }>();
      return ok({ dismissed: await kvDelete(ctx.db, kvKeys.trafficRun) });
    },

    /**
     * The benchmark's floor: writes `n` tracking records — the newest stored ones, padded with
     * copies if there are fewer — with bare bulkPut into a scratch database with the same
     * indexes, in transactions of the same batch size, and reports the time of the writes only.
     * The scratch database is deleted afterwards; the simulation's data is not touched.
     */
    async floorBulkPut(n: number): Promise<{ records: number; ms: number; rate: number }> {
      const count = Math.max(0, Math.min(200_000, Math.floor(n)));
      const source: TrackingRecord[] = await ctx.db.tracking.orderBy('mid').reverse().limit(count).toArray();
      if (source.length === 0) throw new Error('floorBulkPut needs at least one tracked message to copy');
      const rows = Array.from({ length: count }, (_, i) => ({ ...source[i % source.length], mid: i + 1 }));
      const scratch = new Dexie(FLOOR_DB);
      scratch.version(1).stores({ tracking: TRACKING_INDEXES });
      await scratch.open();
      const table = scratch.table('tracking');
      await table.clear();
      const t0 = performance.now();
      for (let i = 0; i < count; i += TRAFFIC_BATCH) {
        await scratch.transaction('rw', table, () => table.bulkPut(rows.slice(i, i + TRAFFIC_BATCH)));
      }
      const ms = performance.now() - t0;
      scratch.close();
      await Dexie.delete(FLOOR_DB);
      return { records: count, ms, rate: ms > 0 ? (count * 1000) / ms : 0 };
    },
  };
}
