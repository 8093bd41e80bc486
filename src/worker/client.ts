/**
 * The UI's handle on the engine worker. Calls go through a typed proxy with a time limit: a worker
 * that does not answer in time (a runaway computation cannot be interrupted) or that crashes is
 * terminated and started again. All state lives in IndexedDB, written in transactions, so a restart
 * loses nothing that was saved; listeners are told so the user can be informed.
 */
import * as Comlink from 'comlink';
import { errorMessages } from '../engine/errors.ts';
import { isReady, isStartFailure, type Service } from './protocol.ts';

/** An object of methods as seen across the worker boundary: every method returns a promise. */
export type Remote<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : T[K] extends object ? Remote<T[K]> : never;
};

/** The service as the UI calls it. */
export type EngineApi = Remote<Service>;

/** Why the engine was restarted. */
export type RestartReason = 'timeout' | 'crashed';

/** Raised to callers whose call was cut short by a restart. */
export class EngineRestartedError extends Error {
  constructor(readonly reason: RestartReason) {
    super(reason === 'timeout' ? errorMessages['engine.timeout'] : errorMessages['engine.crashed']);
  }
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** Starts workers, wraps them, and restarts them when they hang or crash. */
export class EngineClient {
  private worker: Worker | null = null;
  private remote: Promise<EngineApi> | null = null;
  private readonly listeners = new Set<(reason: RestartReason) => void>();
  private readonly inFlight = new Set<(e: Error) => void>();
  /** The service with the default time limit. */
  readonly api: EngineApi;

  constructor(
    private readonly makeWorker: () => Worker,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {
    this.api = this.withTimeout(timeoutMs);
  }

  /** The service with another time limit, for long operations such as generating traffic. */
  withTimeout(ms: number): EngineApi {
    return this.proxy([], ms) as EngineApi;
  }

  /** Calls `listener` after every restart. Returns an unsubscribe function. */
  onRestart(listener: (reason: RestartReason) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Ends the worker for good (page unload, tests). */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
  }

  private start(): Promise<EngineApi> {
    if (this.remote) return this.remote;
    const worker = this.makeWorker();
    this.worker = worker;
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (this.worker === worker) this.restart('crashed');
    });
    this.remote = new Promise<EngineApi>((resolve, reject) => {
      const onMessage = (event: MessageEvent) => {
        if (isReady(event.data)) {
          worker.removeEventListener('message', onMessage);
          resolve(Comlink.wrap<Service>(worker) as unknown as EngineApi);
        } else if (isStartFailure(event.data)) {
          worker.removeEventListener('message', onMessage);
          reject(new Error(`The engine could not start: ${event.data.message}`));
        }
      };
      worker.addEventListener('message', onMessage);
    });
    return this.remote;
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
          let target: any = remote;
          for (const key of path) target = target[key];
          return target(...args);
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

/** The client for the app's own engine worker. */
export function createEngineClient(): EngineClient {
  return new EngineClient(() => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' }));
}
