/**
 * What the command line's worker threads share: how many to start (DLP_WORKERS, else one per
 * core) and where one starts. From source (tsx) a worker runs its .ts file; built
 * (dist-cli/*.cjs) it starts on the code-cache loader (bin/load-cached.cjs), which runs the named
 * bundle, so a worker pays the engine's start-up as little as the main thread does.
 */
import { createRequire } from 'node:module';
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { CliError } from './cli-error.ts';

/** How many worker threads: DLP_WORKERS when set (0 = none; tests force a pool with it), else one per core when `many`. */
export function poolSize(many: boolean): number {
  const forced = process.env.DLP_WORKERS;
  // node:os loaded here, not at every start (a few milliseconds of a one-message command).
  if (forced === undefined || forced === '') return many ? process.getBuiltinModule('node:os').availableParallelism() : 0;
  if (!/^\d+$/.test(forced)) throw new CliError(`DLP_WORKERS must be a whole number of worker threads (0 for none), not "${forced}".`);
  return Number(forced);
}

/** Starts the worker `name` (check-worker, scan-worker) with `data` as its workerData. */
export function startWorker(name: string, data: Record<string, unknown>): Worker {
  // Variables, so the bundler leaves the URLs as they are rather than copying assets.
  const fromSource = import.meta.url.endsWith('.ts');
  const file = fromSource ? `./${name}.ts` : '../bin/load-cached.cjs';
  const options: WorkerOptions = { workerData: fromSource ? data : { ...data, entry: `${name}.cjs` } };
  // Loaded with the first worker, not at every start: a few milliseconds of a one-message command.
  const threads = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  return new threads.Worker(new URL(file, import.meta.url), options);
}
