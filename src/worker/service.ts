/**
 * The engine service: one object grouped by concern, the only thing the worker exposes. It runs
 * unchanged in Node (tests, command line) on fake-indexeddb. Anything a user can get wrong returns
 * a `Result`; exceptions mean bugs.
 */
import { PlaygroundDb } from '../db/schema.ts';
import { APP_VERSION } from '../engine/version.ts';
import { createClockService } from './clock-service.ts';
import { createConfigService } from './config-service.ts';
import { createContext } from './context.ts';
import { createEncryptionService } from './encryption-service.ts';
import { createResService } from './res-service.ts';

/** Builds the service over a database (opened by name if not given). */
export async function createService(db: PlaygroundDb = new PlaygroundDb()) {
  const ctx = await createContext(db);
  return {
    /** Answers at once; the client uses it to tell a live worker from a stuck one. */
    ping: (): 'pong' => 'pong',
    appVersion: (): string => APP_VERSION,
    config: createConfigService(ctx),
    clock: createClockService(ctx),
    res: createResService(ctx),
    encryption: createEncryptionService(ctx),
  };
}

/** The service's type, as the UI sees it through Comlink. */
export type Service = Awaited<ReturnType<typeof createService>>;
