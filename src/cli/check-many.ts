/**
 * `dlp check PATH… --config EXPORTED.json` on many messages: .eml files, folders and mbox files
 * (message-files.ts), one JSON line per message in input order — the single-message verdict object
 * with "file" and, for an mbox, "index" — then one summary line {"messages", "violated",
 * "severities", "failed", "seconds"}. Messages run on this thread and, once a run has lasted a
 * second, on worker threads too (check-pool.ts; how many: worker-threads.ts), each taking a message
 * whenever it has room. Each thread loads the engine and warms its code up on its own (about 0.4 s
 * of CPU), so workers started at once, with this thread only handing messages out, made 1,000 small
 * messages slower on two cores than one thread alone (992 against 750 ms).
 * A message that cannot be read is one line on standard error; the others still run; exit code 1.
 */
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import { CliError } from './cli-error.ts';
import { CheckPool } from './check-pool.ts';
import { checkLine, type CheckedLine } from './check-report.ts';
import { messageFiles, sourceName, type MessageFile } from './message-files.ts';
import { stdout } from './stdout.ts';
import { poolSize, workersForced } from './worker-threads.ts';

/** A run of at most this many messages never starts worker threads (read ahead to know). */
const FEW = 4;
/** Worker threads start once a run has taken this long: a shorter one ends sooner without their warm-up. */
const WORKERS_AFTER_MS = 1000;
/** Progress shows once a run has taken this long (and only on a terminal). */
const PROGRESS_AFTER_MS = 1000;

/** The single-line progress display on a terminal's standard error: done/total, messages a second. */
function progress(started: number) {
  if (!process.stderr.isTTY) return { update: () => {}, clear: () => {} };
  let shown = false;
  return {
    update(done: number, total: number, reading: boolean) {
      const ms = performance.now() - started;
      if (ms < PROGRESS_AFTER_MS) return;
      shown = true;
      const rate = Math.round((done * 1000) / ms);
      process.stderr.write(`\r\x1b[Kdlp check: ${done}/${total}${reading ? '+' : ''} messages, ${rate} msg/s`);
    },
    clear() {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

/** Runs the check; returns 0, or 1 when some message could not be read. */
export async function runCheckMany(paths: readonly string[], config: ApplianceConfig): Promise<number> {
  const started = performance.now();
  const input = messageFiles(paths)[Symbol.asyncIterator]();
  // Read a few ahead: whether the run is a handful (this thread only) or many (workers may join).
  const ahead: MessageFile[] = [];
  let reading = true;
  while (reading && ahead.length <= FEW) {
    const next = await input.next();
    if (next.done) reading = false;
    else ahead.push(next.value);
  }
  // One path that gives nothing to check fails as a single message does: one line, exit code 2.
  const lone = ahead[0];
  if (paths.length === 1 && !reading && ahead.length === 1 && 'problem' in lone) throw new CliError(`${sourceName(lone)}: ${lone.problem}`);

  const size = poolSize(reading);
  // Forced (DLP_WORKERS): started at once, as tests want a pool whatever the run's length.
  let pool = size > 0 && workersForced() ? new CheckPool(size, config) : null;
  // Answers wait here until every earlier message's answer is written: output keeps input order.
  const answers = new Map<number, CheckedLine>();
  let written = 0;
  let total = 0;
  let messages = 0;
  let failed = 0;
  const severities: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  let violated = 0;
  const shown = progress(started);
  let wake: (() => void) | null = null;
  let drained = true;

  const flush = () => {
    for (let a = answers.get(written); a !== undefined; a = answers.get(written)) {
      answers.delete(written++);
      if ('error' in a) {
        failed++;
        shown.clear();
        process.stderr.write(`dlp: ${a.error}\n`);
        continue;
      }
      messages++;
      if (a.severity !== null) {
        violated++;
        severities[a.severity] = (severities[a.severity] ?? 0) + 1;
      }
      if (!stdout().write(`${a.line}\n`)) drained = false;
    }
  };
  const settle = (seq: number, answer: CheckedLine) => {
    answers.set(seq, answer);
    flush();
    wake?.();
  };
  const ticker = process.stderr.isTTY ? setInterval(() => shown.update(written, total, reading), 200) : null;
  // Messages read but not yet written; reading pauses beyond it, so memory stays bounded.
  const window = Math.max(16, size * 8);
  let bug: unknown = null;
  try {
    const check = (item: MessageFile, seq: number, here: boolean): Promise<CheckedLine> => {
      if ('problem' in item) return Promise.resolve({ error: `${sourceName(item)}: ${item.problem}` });
      if (!here) return pool!.run({ seq, raw: item.raw, file: item.file, index: item.index });
      return checkLine(config, item.raw, item.file, item.index, sourceName(item));
    };
    // Between two messages checked here, the workers' answers are taken (they come as events), so a
    // worker is handed its next message rather than waiting for this thread.
    const letWorkersIn = () => new Promise<void>((r) => setImmediate(r));
    const running: Promise<void>[] = [];
    const next = async (): Promise<MessageFile | null> => {
      if (ahead.length) return ahead.shift()!;
      if (!reading) return null;
      const n = await input.next();
      if (n.done) reading = false;
      return n.done ? null : n.value;
    };
    for (let item = await next(); item !== null; item = await next()) {
      const seq = total++;
      if (pool === null && size > 0 && performance.now() - started > WORKERS_AFTER_MS) pool = new CheckPool(size, config);
      const here = pool === null || !pool.hasRoom();
      const done = check(item, seq, here).then(
        (answer) => settle(seq, answer),
        (e: unknown) => {
          bug ??= e;
          settle(seq, { error: `${sourceName(item)}: not checked (the run stopped on an internal error)` });
        },
      );
      if (here) {
        await done;
        if (pool) await letWorkersIn();
      } else running.push(done);
      while (bug === null && (total - written >= window || !drained)) {
        if (!drained) {
          await new Promise((r) => stdout().once('drain', r));
          drained = true;
        } else await new Promise<void>((r) => (wake = r));
        wake = null;
      }
      if (bug !== null) break;
    }
    await Promise.all(running);
  } finally {
    if (ticker) clearInterval(ticker);
    shown.clear();
    await pool?.close();
  }
  if (bug !== null) throw bug;
  const seconds = Math.round(performance.now() - started) / 1000;
  stdout().write(`${JSON.stringify({ messages, violated, severities, failed, seconds })}\n`);
  return failed ? 1 : 0;
}
