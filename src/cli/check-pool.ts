/**
 * The worker threads of a many-message `dlp check`: `size` workers (check-worker.ts), each given
 * the configuration once, each with at most two messages in hand so none waits for the next.
 * Answers come back in any order; check-many.ts puts them back in input order.
 */
import type { Worker } from 'node:worker_threads';
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import type { CheckedLine } from './check-report.ts';
import { startWorker } from './worker-threads.ts';

/** A message sent to a worker, numbered in input order. */
export interface WorkerJob {
  readonly seq: number;
  readonly raw: Uint8Array;
  readonly file: string;
  readonly index: number | null;
}

/** A worker's answer: the message checked, or the stack of a bug. */
export type WorkerReply = { readonly seq: number; readonly result: CheckedLine } | { readonly seq: number; readonly bug: string };

/** Messages a worker holds at once: the one it checks and the next. */
const IN_HAND = 2;

/** A fixed set of worker threads checking messages under one configuration. */
export class CheckPool {
  private readonly workers: { readonly worker: Worker; held: number }[] = [];
  private readonly queue: WorkerJob[] = [];
  private readonly waiting = new Map<number, { resolve: (r: CheckedLine) => void; reject: (e: Error) => void; worker: number }>();

  constructor(size: number, config: ApplianceConfig) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker('check-worker', { config });
      worker.on('message', (reply: WorkerReply) => this.answer(i, reply));
      worker.on('error', (e) => this.failAll(e));
      worker.on('exit', (code) => {
        if (this.waiting.size) this.failAll(new Error(`a worker thread stopped (exit code ${code}) with messages in hand`));
      });
      this.workers.push({ worker, held: 0 });
    }
  }

  /** Checks one message on the first worker free. */
  run(job: WorkerJob): Promise<CheckedLine> {
    return new Promise((resolve, reject) => {
      this.waiting.set(job.seq, { resolve, reject, worker: -1 });
      this.queue.push(job);
      this.pump();
    });
  }

  /** Whether a worker would take a message now (none is waiting and one has room in hand). */
  hasRoom(): boolean {
    return this.queue.length === 0 && this.workers.some((w) => w.held < IN_HAND);
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.waiting.clear();
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private pump(): void {
    for (let i = 0; i < this.workers.length && this.queue.length; i++) {
      const w = this.workers[i];
      while (w.held < IN_HAND && this.queue.length) {
        const job = this.queue.shift()!;
        w.held++;
        this.waiting.get(job.seq)!.worker = i;
        // A message that owns its whole buffer moves to the worker instead of being copied.
        const own = job.raw.byteOffset === 0 && job.raw.byteLength === job.raw.buffer.byteLength;
        w.worker.postMessage(job, own ? [job.raw.buffer as ArrayBuffer] : []);
      }
    }
  }

  private answer(worker: number, reply: WorkerReply): void {
    this.workers[worker].held--;
    const waiter = this.waiting.get(reply.seq);
    this.waiting.delete(reply.seq);
    if ('bug' in reply) waiter?.reject(new Error(`in a worker thread: ${reply.bug}`));
    else waiter?.resolve(reply.result);
    this.pump();
  }

  private failAll(e: Error): void {
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }
}
