/**
 * Monaco (~1 MB gzip) is never part of the initial load, but opening an editor should not wait for
 * its download: once the page has loaded and the browser is idle, its chunk is fetched (a
 * `modulepreload` link: downloaded and compiled, not run — running it is a long task that would
 * block whatever the learner is doing then). Opening an editor then only evaluates it and creates
 * the model and the editor, each in its own task.
 */

// The chunk's file name, filled in at build time (vite.config.ts, monaco-chunk-name); in dev it stays as is.
const MONACO_CHUNK = '__MONACO_CHUNK__';

/** After the load event and a quiet moment, asks the browser to fetch Monaco's chunk while idle. */
export function prefetchMonacoWhenIdle(delayMs = 3000): void {
  if (!MONACO_CHUNK.endsWith('.js')) return;
  const idle = (run: () => void) =>
    'requestIdleCallback' in globalThis ? requestIdleCallback(run, { timeout: 10_000 }) : setTimeout(run, 0);
  const prefetch = () => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(MONACO_CHUNK, import.meta.url).href;
    document.head.append(link);
  };
  const start = () => setTimeout(() => idle(prefetch), delayMs);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

/** Lets the browser paint and handle input before the next piece of work (keeps each task short). */
export const yieldToMain = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
