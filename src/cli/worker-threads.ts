/**
 * What the command line's worker threads share: how many to start (DLP_WORKERS, else by the
 * number of cores) and where one starts. From source (tsx) a worker runs its .ts file; built
 * (dist-cli/*.cjs) it starts on the code-cache loader (bin/load-cached.cjs), which runs the named
 * bundle, so a worker pays the engine's start-up as little as the main thread does.
 */
import { createRequire } from 'node:module';
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { CliError } from './cli-error.ts';

/**
 * How many worker threads: DLP_WORKERS when set (0 = none; tests force a pool with it), else, when
 * `many`, enough that with the main thread (which checks messages too, check-many.ts) there is one
 * thread per core and a half: a thread checking messages keeps about half another core busy with
 * its optimising compiler and garbage collector (1,000 messages on one thread: 0.98 s of CPU in
 * 0.66 s). On two cores that is no worker: one measured 0.76× one thread's speed.
 */
export function poolSize(many: boolean): number {
  const forced = process.env.DLP_WORKERS;
  if (forced === undefined || forced === '') {
    if (!many) return 0;
    // node:os loaded here, not at every start (a few milliseconds of a one-message command).
    const cores = process.getBuiltinModule('node:os').availableParallelism();
    return Math.max(0, Math.floor(cores / 1.5) - 1);
  }
  if (!/^\d+$/.test(forced)) throw new CliError(`DLP_WORKERS must be a whole number of worker threads (0 for none), not "${forced}".`);
  return Number(forced);
}

/** Whether DLP_WORKERS sets the number of worker threads (then a run starts them at once). */
export const workersForced = (): boolean => (process.env.DLP_WORKERS ?? '') !== '';

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
