/**
 * Monaco (~1 MB gzip) is never part of the initial load, but opening an editor should not wait for
 * its download and evaluation: once the page has loaded and the browser is idle, it is imported in
 * the background. Opening an editor then only creates the model and the editor.
 */

/** After the load event and a quiet moment, imports the Monaco module while the browser is idle. */
export function prefetchMonacoWhenIdle(delayMs = 3000): void {
  const idle = (run: () => void) =>
    'requestIdleCallback' in globalThis ? requestIdleCallback(run, { timeout: 10_000 }) : setTimeout(run, 0);
  // A failed prefetch costs nothing: the editor imports it again when opened.
  const start = () => setTimeout(() => idle(() => void import('./load.ts').catch(() => undefined)), delayMs);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

/** Lets the browser paint and handle input before the next piece of work (keeps each task short). */
export const yieldToMain = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
