/**
 * The app's entry and composition root: starts the engine worker (the only place that names its
 * entry file; everything else sees the contract in src/api), opens the shared database (which the
 * UI reads through src/db/views) and mounts the shell.
 */
import { mount } from 'svelte';
import { EngineClient } from './api/client.ts';
import { PlaygroundDb } from './db/schema.ts';
import App from './ui/shell/App.svelte';
import { prefetchMonacoWhenIdle } from './ui/shared/monaco/prefetch.ts';
import { yieldToMain } from './ui/shared/yield.ts';
import './ui/styles/theme.css';
import './ui/styles/base.css';

/** The engine worker index.html already started (a build adds that script: scripts/early-worker.mjs), taken once; else a new one. */
function engineWorker(): Worker {
  const early = (globalThis as { __earlyEngineWorker?: () => Worker }).__earlyEngineWorker;
  return early ? early() : new Worker(new URL('./worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
}

const client = new EngineClient(engineWorker);
// The worker boots in parallel with the rest; mounting waits for the next task, so evaluating this
// bundle and rendering the first screen are two tasks rather than one long one.
client.connect();
void yieldToMain().then(() => {
  mount(App, { target: document.getElementById('app')!, props: { client, db: new PlaygroundDb() } });
  // Not before the engine answers: Monaco's pieces would compete with the first screen's data.
  void client.api.ping().finally(() => prefetchMonacoWhenIdle());
});
