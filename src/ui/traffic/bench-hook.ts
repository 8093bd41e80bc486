/**
 * Only in the benchmark build (`vite build --mode bench`, bench/browser/run.mjs): exposes the
 * engine client to the page so the benchmark times the same service calls the pages make. In every
 * other build the condition is the constant false and the code is removed.
 */
import type { AppState } from '../app-state.svelte.ts';

/** Puts the client on `globalThis.__dlpBench` in the benchmark build. */
export function exposeForBench(app: AppState): void {
  if (import.meta.env.MODE === 'bench') {
    (globalThis as unknown as { __dlpBench: unknown }).__dlpBench = { api: app.client.withTimeout(300_000) };
  }
}
