/**
 * The app's entry and composition root: starts the engine worker (the only place that names its
 * entry file; everything else sees the contract in src/api), opens the shared database (which the
 * UI reads through src/db/views) and mounts the shell.
 */
import { EngineClient } from './api/client.ts';
import { yieldToMain } from './ui/shared/yield.ts';
import './ui/styles/theme.css';
import './ui/styles/base.css';

/** The engine worker index.html already started (a build adds that script: scripts/early-worker.mjs), taken once; else a new one. */
function engineWorker(): Worker {
  const early = (globalThis as { __earlyEngineWorker?: () => Worker }).__earlyEngineWorker;
  return early ? early() : new Worker(new URL('./worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
}

const client = new EngineClient(engineWorker);
client.connect();
void start();

/**
 * The rest of the first load, one piece per task: this entry holds only the engine client, and
 * Dexie, the database handle, Svelte's runtime, the shell's modules, the shared state and the mount
 * each come in a task of their own (evaluating them with the entry was one ~220 ms task at 4× CPU). A dynamic
 * import is evaluated in the task its fetch ends in, and the yield after it keeps what follows out
 * of that task.
 */
async function start(): Promise<void> {
  const { PlaygroundDb } = await import('./db/schema.ts');
  await yieldToMain();
  // Dexie's first run reads the schema: ~15-60 ms at 4× CPU.
  const db = new PlaygroundDb();
  await yieldToMain();
  const { mount } = await import('svelte');
  await yieldToMain();
  const [{ default: App }, { AppState }] = await Promise.all([import('./ui/shell/App.svelte'), import('./ui/app-state.svelte.ts')]);
  await yieldToMain();
  // The shared state (its live queries, the signed-in user from session storage) in a task of its
  // own, before the frame renders: together they were one ~150-230 ms task at 4× CPU.
  const app = new AppState(client, db);
  await yieldToMain();
  mount(App, { target: document.getElementById('app')!, props: { app } });
  // Not before the engine answers (and never before the load event): Monaco's pieces would compete with the first screen.
  await client.api.ping().catch(() => undefined);
  const { prefetchMonacoWhenIdle } = await import('./ui/shared/monaco/prefetch.ts');
  prefetchMonacoWhenIdle();
}
