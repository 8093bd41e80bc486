/**
 * The Web Worker entry: opens and seeds the database, exposes the service with Comlink, then posts
 * `ready`. The entry chunk holds only that (Dexie, the schema, the factory configuration, the
 * clock): the service itself — the DLP engine, the mail flow, zod, re2js — is a lazy chunk that
 * starts loading right after `ready` and that every call but `ping` waits for. The header clock and
 * configuration, read from IndexedDB by the page, appear without waiting for it.
 */
import * as Comlink from 'comlink';
import { PlaygroundDb } from '../db/schema.ts';
import { createContext, type ServiceContext } from './context.ts';
import { READY_MESSAGE, type StartFailure } from '../api/protocol.ts';
import type { EngineApi } from '../api/engine-api.ts';

/** The exposed object: any path is a call on the full service once it is loaded. */
function lazyService(load: () => Promise<EngineApi>): EngineApi {
  const at = (path: readonly string[]): unknown =>
    // A function target, so Comlink can both walk into a group and apply a method.
    new Proxy(() => undefined, {
      // Comlink calls `method.apply(group, args)`: the Function methods stay (no service method has their names).
      get: (_, prop) =>
        prop === 'apply' || prop === 'call' || prop === 'bind'
          ? Function.prototype[prop]
          : typeof prop === 'string'
            ? at([...path, prop])
            : undefined,
      apply: async (_, __, args: unknown[]) => {
        const service = await load();
        const parent = path.slice(0, -1).reduce<Record<string, unknown>>((o, p) => o[p] as Record<string, unknown>, service as never);
        return (parent[path.at(-1)!] as (...a: unknown[]) => unknown).apply(parent, args);
      },
    });
  return new Proxy({} as EngineApi, {
    get: (_, prop) => (prop === 'ping' ? async () => 'pong' : typeof prop === 'string' ? at([prop]) : undefined),
  });
}

async function start(): Promise<void> {
  const db = new PlaygroundDb();
  const ctx: ServiceContext = await createContext(db);
  let service: Promise<EngineApi> | undefined;
  const load = () =>
    (service ??= import('./service.ts')
      .then((m) => m.createService(db, ctx))
      .then((built) => {
        // For bench:browser (the worker's own timeline): when the full service could first answer.
        performance.mark('engine-service-ready');
        return built;
      })
      .catch((e: unknown) => {
        service = undefined; // the next call tries again (a chunk that failed to download, say)
        throw e;
      }));
  Comlink.expose(lazyService(load));
  self.postMessage(READY_MESSAGE);
  performance.mark('engine-ready');
  // Fetch and build the rest now, in the background: by the first click it is usually there.
  // A failure here reaches the first call that needs the service.
  load().catch(() => undefined);
}

start().catch((error: unknown) => {
  // Opening the database failed (e.g. storage blocked): report it instead of hanging.
  self.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies StartFailure);
});
