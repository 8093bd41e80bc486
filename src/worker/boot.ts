/**
 * How the engine worker starts, apart from the worker global so that a test can drive it over a
 * MessageChannel: it exposes the service and says `ready` at once, then opens (and on first use
 * seeds) the database, then builds the full service. `ping` is answered from the first moment;
 * every other call waits for the database and the service. Opening a fresh database (its schema
 * upgrade, the factory configuration written) was most of the time to `ready`, and ping never
 * needed it: the page reads what it shows from IndexedDB itself, and sees the seeded rows when
 * they are written.
 */
import * as Comlink from 'comlink';
import { READY_MESSAGE, type StartFailure } from '../api/protocol.ts';
import type { EngineApi } from '../api/engine-api.ts';
import type { ServiceContext } from './context.ts';

/** What `boot` needs: where to talk, how to open the shared context, how to build the service over it. */
export interface BootParts {
  readonly endpoint: Comlink.Endpoint;
  /** Opens and seeds the database (started at once, awaited by every call but `ping`). */
  readonly openContext: () => Promise<ServiceContext>;
  /** Builds the full service (a lazy chunk in the browser). */
  readonly buildService: (ctx: ServiceContext) => Promise<EngineApi>;
  /** Called once the full service could answer (bench:browser marks it). */
  readonly onServiceReady?: () => void;
}

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

/**
 * Exposes the service on `endpoint`, posts `ready`, then opens the database and builds the service
 * in the background. A database that cannot be opened (storage blocked) is posted as a start
 * failure, which the client turns into `engine.unavailable` for every call.
 */
export function boot(parts: BootParts): void {
  const context = parts.openContext();
  context.catch((error: unknown) => {
    parts.endpoint.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies StartFailure);
  });
  let service: Promise<EngineApi> | undefined;
  const load = () =>
    (service ??= context
      .then(async (ctx) => parts.buildService(ctx))
      .then((built) => {
        parts.onServiceReady?.();
        return built;
      })
      .catch((e: unknown) => {
        service = undefined; // the next call tries again (a chunk that failed to download, say)
        throw e;
      }));
  Comlink.expose(lazyService(load), parts.endpoint);
  parts.endpoint.postMessage(READY_MESSAGE);
  // Build the rest now, in the background: by the first click it is usually there.
  // A failure here reaches the first call that needs the service.
  load().catch(() => undefined);
}
