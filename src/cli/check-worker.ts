/**
 * A worker thread of a many-message `dlp check` (check-pool.ts): takes the configuration once
 * (workerData), then answers each {seq, raw, file, index} with {seq, result} (check-report.ts).
 * A bug is {seq, bug} and the main thread reports it as one.
 */
import './jitless.ts';
import { parentPort, workerData } from 'node:worker_threads';
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import { checkLine } from './check-report.ts';
import type { WorkerJob, WorkerReply } from './check-pool.ts';
import { sourceName } from './message-files.ts';

const config = (workerData as { config: ApplianceConfig }).config;
const port = parentPort!;

port.on('message', (job: WorkerJob) => {
  checkLine(config, job.raw, job.file, job.index, sourceName(job)).then(
    (result) => port.postMessage({ seq: job.seq, result } satisfies WorkerReply),
    (e: unknown) => port.postMessage({ seq: job.seq, bug: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies WorkerReply),
  );
});
