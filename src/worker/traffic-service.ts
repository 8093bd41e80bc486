/**
 * The traffic generator as a service: a run of up to 100,000 generated messages through the same
 * pipeline as Send, in the worker, in batches. Each batch runs inside the mail queue (so a Send
 * from the composer lands between batches and MIDs stay in order), is processed message by
 * message with `processMessage` and stored in ONE transaction with bulk writes; then the worker
 * yields, so other calls (progress, searches, page loads) are answered while the run continues.
 * `start` answers at once — the run goes on in the background, well clear of the client's call
 * time limit — and the page polls `progress()`. The simulated clock is read once and never moved:
 * the messages are spread over the span that ends at the time the run started.
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
import { mailStore, serialQueue, type MailPorts } from './mail-service.ts';
import type { TrafficProgress } from '../api/traffic.ts';

/** Messages per batch: one transaction each; small enough that the worker answers other calls promptly. */
export const TRAFFIC_BATCH = 250;

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

/** The tracking table's indexes, as in src/db/schema.ts version 3, for the floor measurement's scratch database. */
const TRACKING_INDEXES =
  'mid, parentMid, receivedAt, envelopeFrom, *recipients, *eventTypes, *dlpPolicies, dlpSeverity, *attachments, *subjectWords, messageIdHeader, host';
const FLOOR_DB = 'dlp-playground-floor';

export function createTrafficService(ctx: ServiceContext, ports: MailPorts, queue = serialQueue()) {
  const store = mailStore(ctx);
  let progress: TrafficProgress = IDLE;
  let cancelled = false;
  let started = 0;

  const update = (changes: Partial<TrafficProgress>) => {
    const next = { ...progress, ...changes };
    const elapsedMs = performance.now() - started;
    const rate = elapsedMs > 0 ? (next.done * 1000) / elapsedMs : 0;
    progress = { ...next, elapsedMs, rate, etaMs: next.state === 'running' && rate > 0 ? ((next.total - next.done) * 1000) / rate : null };
  };

  /** Processes messages [from, to) and stores them in one transaction, with ids taken under the id lock. */
  async function batch(o: TrafficOptions, from: number, to: number, end: number, scope: string) {
    const config = await store.committed(scope);
    return store.allocate(async (ids) => {
      const items: { outcome: PipelineOutcome; original: { mid: number; at: number; message: OutgoingMessage } }[] = [];
      let sensitive = 0;
      let violations = 0;
      for (let i = from; i < to; i += 1) {
        const t = trafficMessage(o, i, end);
        const checked = validateMessage(t.message);
        // Generated messages are well-formed by construction; a failure here is a bug, not a learner's mistake.
        if (!checked.ok)
          throw new Error(`generated message ${i} is invalid: ${checked.error.issues?.[0]?.message ?? checked.error.message}`);
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
      await store.saveBatch(items, ids);
      return {
        sensitive,
        violations,
        firstMid: items[0]?.original.mid ?? null,
        lastMid: items.at(-1)?.outcome.records.at(-1)?.mid ?? null,
      };
    });
  }

  async function run(o: TrafficOptions, end: number, scope: string): Promise<void> {
    try {
      for (let i = 0; i < o.count; i += TRAFFIC_BATCH) {
        if (cancelled) {
          update({ state: 'cancelled' });
          return;
        }
        const r = await queue(() => batch(o, i, Math.min(o.count, i + TRAFFIC_BATCH), end, scope));
        update({
          done: Math.min(o.count, i + TRAFFIC_BATCH),
          sensitive: progress.sensitive + r.sensitive,
          violations: progress.violations + r.violations,
          firstMid: progress.firstMid ?? r.firstMid,
          lastMid: r.lastMid ?? progress.lastMid,
        });
        await yieldToEvents();
      }
      update({ state: cancelled ? 'cancelled' : 'done' });
    } catch (e) {
      update({ state: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  }

  return {
    /**
     * Starts a run and answers at once with its first progress; the run continues in the
     * background. Refused while another run is in progress.
     */
    async start(options: TrafficOptions, scope = DEFAULT_SCOPE): Promise<Result<TrafficProgress>> {
      const checked = checkTrafficOptions(options);
      if (!checked.ok) return checked;
      if (progress.state === 'running')
        return fail('mail.invalid', [
          { path: 'traffic', message: 'A traffic run is already in progress: wait for it to finish, or cancel it.' },
        ]);
      const o = checked.value;
      const end = await ctx.now();
      cancelled = false;
      started = performance.now();
      progress = { ...IDLE, state: 'running', total: o.count, from: end - o.spanMs, to: end, seed: o.seed };
      void run(o, end, scope);
      return ok(progress);
    },

    /** The current (or last) run's progress. */
    progress: async (): Promise<TrafficProgress> => progress,

    /** Stops the run after the batch being processed (which is stored whole). */
    async cancel(): Promise<TrafficProgress> {
      if (progress.state === 'running') cancelled = true;
      return progress;
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
