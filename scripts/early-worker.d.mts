/** The global through which src/main.ts takes the early worker (once). */
export declare const EARLY_WORKER_GLOBAL: string;
/** Runs in the page: starts the worker at `url` and keeps what it sends until `globalThis[name]()` hands it over. */
export declare function startEarlyWorker(url: string, name: string): void;
/** The inline script's text for a worker file at `url` (relative to the page). */
export declare function earlyWorkerScript(url: string): string;
