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
// The worker boots in parallel with the rest. Evaluating this bundle, opening the database handle
// (Dexie's first run reads the schema: ~40-170 ms at 4× CPU) and mounting the first screen are three
// tasks rather than one long one.
client.connect();
void yieldToMain()
  .then(() => new PlaygroundDb())
  .then(async (db) => {
    await yieldToMain();
    mount(App, { target: document.getElementById('app')!, props: { client, db } });
    // Not before the engine answers (and never before the load event): Monaco's pieces would compete with the first screen.
    void client.api.ping().finally(() => prefetchMonacoWhenIdle());
  });
