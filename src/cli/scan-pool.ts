/**
 * The worker threads of a long `dlp scan --jsonl`: batches of lines go to the first worker that is
 * ready and has fewer than two in hand; until one is ready (each loads the engine first), the
 * caller scans in its own thread, so starting the pool never stalls the run. Answers come back as
 * promises the caller writes in input order.
 */
import type { Worker } from 'node:worker_threads';
import type { ScanAnswers, ScanBatch } from './scan-line.ts';
import { startWorker } from './worker-threads.ts';

type Reply = { readonly ready: true } | ({ readonly seq: number } & (ScanAnswers | { readonly bug: string }));

/** Batches a worker holds at once: the one it scans and the next. */
const IN_HAND = 2;

export class ScanPool {
  private readonly workers: { readonly worker: Worker; ready: boolean; held: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (a: ScanAnswers) => void; reject: (e: Error) => void; worker: number }>();
  private seq = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker('scan-worker', {});
      const entry = { worker, ready: false, held: 0 };
      worker.on('message', (reply: Reply) => {
        if ('ready' in reply) entry.ready = true;
        else this.answer(i, reply);
      });
      worker.on('error', (e) => this.failAll(e));
      worker.on('exit', (code) => {
        if (this.waiting.size) this.failAll(new Error(`a worker thread stopped (exit code ${code}) with lines in hand`));
      });
      this.workers.push(entry);
    }
  }

  /** The batch's answers from a worker, or null when none can take it now (the caller scans it). */
  offer(batch: ScanBatch): Promise<ScanAnswers> | null {
    const i = this.workers.findIndex((w) => w.ready && w.held < IN_HAND);
    if (i < 0) return null;
    const seq = this.seq++;
    this.workers[i].held++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject, worker: i });
      this.workers[i].worker.postMessage({ seq, ...batch });
    });
  }

  /** Whether any worker is ready: a caller with batches in flight waits for them rather than scanning. */
  get anyReady(): boolean {
    return this.workers.some((w) => w.ready);
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.waiting.clear();
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private answer(worker: number, reply: { readonly seq: number } & (ScanAnswers | { readonly bug: string })): void {
    this.workers[worker].held--;
    const waiter = this.waiting.get(reply.seq);
    this.waiting.delete(reply.seq);
    if ('bug' in reply) waiter?.reject(new Error(`in a worker thread: ${reply.bug}`));
    else waiter?.resolve(reply);
  }

  private failAll(e: Error): void {
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }
}
