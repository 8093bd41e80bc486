/**
 * The UI's handle on the engine worker, typed by the contract (`EngineApi`). Calls go through a
 * proxy with a time limit: a worker that does not answer in time (a runaway computation cannot be
 * interrupted) or that crashes is terminated and started again. All state lives in IndexedDB,
 * written in transactions, so a restart loses nothing that was saved; listeners are told so the
 * user can be informed.
 */
import * as Comlink from 'comlink';
import { errorMessages, type AppError, type Result } from '../engine/errors.ts';
import type { EngineApi } from './engine-api.ts';
import { isReady, isStartFailure } from './protocol.ts';

/** Why the engine was restarted. */
export type RestartReason = 'timeout' | 'crashed';

/** Raised to callers whose call was cut short by a restart. */
export class EngineRestartedError extends Error {
  constructor(readonly reason: RestartReason) {
    super(reason === 'timeout' ? errorMessages['engine.timeout'] : errorMessages['engine.crashed']);
  }
}

/** Raised to callers when the worker could not start at all. */
export class EngineUnavailableError extends Error {
  constructor(detail: string) {
    super(`${errorMessages['engine.unavailable']} ${detail}`);
  }
}

/**
 * What a failed call at the boundary means for the user: a time-out and a crash (the engine was
 * restarted), an engine that cannot start, or an exception thrown inside the engine (a bug).
 */
export function boundaryError(e: unknown): AppError {
  if (e instanceof EngineRestartedError) return { code: e.reason === 'timeout' ? 'engine.timeout' : 'engine.crashed', message: e.message };
  if (e instanceof EngineUnavailableError) return { code: 'engine.unavailable', message: e.message };
  const detail = e instanceof Error ? e.message : String(e);
  return { code: 'engine.failed', message: `${errorMessages['engine.failed']} (${detail})` };
}

/** A command (answers a `Result`) with boundary failures as error results, never exceptions. */
export async function attempt<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call();
  } catch (e) {
    return { ok: false, error: boundaryError(e) };
  }
}

/** A read (answers plain data) as a `Result`, boundary failures included. */
export async function attemptRead<T>(call: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (e) {
    return { ok: false, error: boundaryError(e) };
  }
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** Starts workers, wraps them, and restarts them when they hang or crash. */
export class EngineClient<Api extends object = EngineApi> {
  private worker: Worker | null = null;
  private remote: Promise<Comlink.Remote<unknown>> | null = null;
  private readonly listeners = new Set<(reason: RestartReason) => void>();
  private readonly inFlight = new Set<(e: Error) => void>();
  /** The service with the default time limit. */
  readonly api: Api;

  constructor(
    private readonly makeWorker: () => Worker,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {
    this.api = this.withTimeout(timeoutMs);
  }

  /** The service with another time limit, for long operations such as generating traffic. */
  withTimeout(ms: number): Api {
    // The proxy answers any path with a call across the boundary: it has the contract's shape.
    return this.proxy([], ms) as Api;
  }

  /** Calls `listener` after every restart. Returns an unsubscribe function. */
  onRestart(listener: (reason: RestartReason) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts the worker now rather than on the first call, so that it boots while the page is still busy mounting. */
  connect(): void {
    void this.start().catch(() => undefined); // a start failure reaches the first call
  }

  /** Ends the worker for good (page unload, tests). */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
  }

  private start(): Promise<Comlink.Remote<unknown>> {
    if (this.remote) return this.remote;
    const worker = this.makeWorker();
    this.worker = worker;
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (this.worker === worker) this.restart('crashed');
    });
    const remote = new Promise<Comlink.Remote<unknown>>((resolve, reject) => {
      // The worker says ready before it has opened the database, so a start failure can also come
      // after ready: from then on, every call (those in flight too) fails as engine.unavailable.
      const onMessage = (event: MessageEvent) => {
        if (isReady(event.data)) {
          resolve(Comlink.wrap(worker));
        } else if (isStartFailure(event.data)) {
          worker.removeEventListener('message', onMessage);
          const failure = new EngineUnavailableError(event.data.message);
          reject(failure);
          if (this.worker !== worker) return;
          this.remote = Promise.reject(failure);
          this.remote.catch(() => undefined);
          for (const abort of [...this.inFlight]) abort(failure);
          this.inFlight.clear();
        }
      };
      worker.addEventListener('message', onMessage);
    });
    this.remote = remote;
    return remote;
  }

  private restart(reason: RestartReason): void {
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
    for (const reject of [...this.inFlight]) reject(new EngineRestartedError(reason));
    this.inFlight.clear();
    for (const listener of this.listeners) listener(reason);
  }

  private async call(path: string[], args: unknown[], ms: number): Promise<unknown> {
    const started = this.start();
    return new Promise((resolve, reject) => {
      const abort = (e: Error) => {
        clearTimeout(timer);
        reject(e);
      };
      this.inFlight.add(abort);
      const timer = setTimeout(() => {
        this.inFlight.delete(abort);
        reject(new EngineRestartedError('timeout'));
        if (this.remote === started) this.restart('timeout');
      }, ms);
      started
        .then((remote) => {
          // Comlink's proxy builds the same path on the worker's side; only the last step calls.
          let target: unknown = remote;
          for (const key of path) target = Reflect.get(target as object, key);
          return (target as (...a: unknown[]) => unknown)(...args);
        })
        .then(
          (value) => {
            clearTimeout(timer);
            this.inFlight.delete(abort);
            resolve(value);
          },
          (error) => {
            clearTimeout(timer);
            this.inFlight.delete(abort);
            reject(error);
          },
        );
    });
  }

  private proxy(path: string[], ms: number): unknown {
    const callable = () => undefined;
    return new Proxy(callable, {
      get: (_t, key) => (typeof key === 'string' && key !== 'then' ? this.proxy([...path, key], ms) : undefined),
      apply: (_t, _this, args: unknown[]) => this.call(path, args, ms),
    });
  }
}
