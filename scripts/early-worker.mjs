// The engine worker started by index.html itself (an inline script the build adds to <head>), before the
// app's bundle is even fetched: the worker's thread can only start once the page's main thread handles
// its start message, and from the bundle it was created just before the first screen's mount, which kept
// the main thread busy for the next few hundred milliseconds (at 4× CPU). The page's entry (src/main.ts)
// takes this worker instead of creating one; messages and errors it sent before then are kept and
// delivered again once the engine client listens. Without the build (vite dev) there is no early worker.

/** The global through which src/main.ts takes the early worker (once). */
export const EARLY_WORKER_GLOBAL = '__earlyEngineWorker';

/**
 * Runs in the page (serialised into index.html): starts the worker at `url` and keeps what it sends
 * until `globalThis[name]()` is called, which hands the worker over and, a microtask later (after the
 * caller has added its listeners), dispatches the kept events to it again in order.
 */
export function startEarlyWorker(url, name) {
  try {
    const worker = new Worker(url, { type: 'module', name: 'engine' });
    const kept = [];
    const keep = (event) => {
      kept.push(event);
      // An early error is delivered again later: the client's handler decides then (it restarts the worker).
      if (event.type === 'error') event.preventDefault();
    };
    worker.addEventListener('message', keep);
    worker.addEventListener('error', keep);
    globalThis[name] = () => {
      delete globalThis[name];
      worker.removeEventListener('message', keep);
      worker.removeEventListener('error', keep);
      queueMicrotask(() => {
        for (const event of kept)
          worker.dispatchEvent(
            event.type === 'message' ? new MessageEvent('message', { data: event.data }) : new Event('error', { cancelable: true }),
          );
      });
      return worker;
    };
  } catch {
    // No module workers here: the app's entry creates the worker itself, and reports what fails then.
  }
}

/** The inline script's text for a worker file at `url` (relative to the page). */
export function earlyWorkerScript(url) {
  return `(${startEarlyWorker.toString()})(${JSON.stringify(url)}, ${JSON.stringify(EARLY_WORKER_GLOBAL)});`;
}
