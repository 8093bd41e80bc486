/**
 * The worker's database opened and seeded: a lazy chunk of its own (Dexie, the schema, the factory
 * configuration), loaded after `ready` so that the worker's entry is only Comlink and boot.ts and
 * answers ping as soon as its thread runs.
 */
import { PlaygroundDb } from '../db/schema.ts';
import { createContext, type ServiceContext } from './context.ts';

/** Opens (on first use: creates and seeds) the simulator's database and builds the shared context. */
export function openDatabase(): Promise<ServiceContext> {
  return createContext(new PlaygroundDb());
}
