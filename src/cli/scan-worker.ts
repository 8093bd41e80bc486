/**
 * A worker thread of a long `dlp scan --jsonl` (scan-pool.ts): says it is ready once the engine is
 * loaded, then answers each {seq, first, lines} with {seq, out, bad} (scan-line.ts), or {seq, bug}.
 */
import { parentPort } from 'node:worker_threads';
import { scanBatch, type ScanBatch } from './scan-line.ts';

const port = parentPort!;

port.on('message', (job: ScanBatch & { seq: number }) => {
  try {
    port.postMessage({ seq: job.seq, ...scanBatch(job) });
  } catch (e) {
    port.postMessage({ seq: job.seq, bug: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
port.postMessage({ ready: true });
