/**
 * Monaco (~1 MB gzip) is never part of the initial load, but opening an editor should not wait for
 * it: once the page has loaded and the browser is idle, it is downloaded and evaluated a chunk per
 * task (staged.ts), then warmed up (load.ts, warmUp) — none of it one long task that would block
 * whatever the learner is doing then. Opening an editor then only creates the model and the editor.
 */
import { prefetchGate } from './hold.ts';
import { importMonaco } from './staged.ts';

/** After the load event and a quiet moment, loads and warms Monaco up while the browser is idle. */
export function prefetchMonacoWhenIdle(delayMs = 1000): void {
  const idle = (run: () => void) =>
    'requestIdleCallback' in globalThis ? requestIdleCallback(run, { timeout: 10_000 }) : setTimeout(run, 0);
  // A failure here is met again, and reported, by the first page that opens an editor.
  // Held while the page runs something heavier (hold.ts): each step waits for the hold to end.
  const prefetch = () =>
    void prefetchGate()
      .then(() => importMonaco(prefetchGate))
      .then(
        (m) => m.warmUp(prefetchGate).catch(() => undefined),
        () => undefined,
      );
  const start = () => setTimeout(() => idle(prefetch), delayMs);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
