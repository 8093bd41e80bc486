/**
 * The Web Worker entry: says `ready` at once (`boot.ts`), then opens and seeds the database and
 * builds the service. The entry chunk holds only that (Dexie, the schema, the factory
 * configuration, the clock): the service itself — the DLP engine, the mail flow, zod, re2js — is a
 * lazy chunk that loads once the database is open and that every call but `ping` waits for. The
 * header clock and configuration, read from IndexedDB by the page, appear without waiting for it.
 */
import { PlaygroundDb } from '../db/schema.ts';
import { createContext } from './context.ts';
import { boot } from './boot.ts';

const db = new PlaygroundDb();
boot({
  endpoint: self as unknown as Worker,
  openContext: () => createContext(db),
  buildService: async (ctx) => (await import('./service.ts')).createService(db, ctx),
  // For bench:browser (the worker's own timeline): when the full service could first answer.
  onServiceReady: () => performance.mark('engine-service-ready'),
});
// For bench:browser: when the worker posted ready (it answers ping from here on).
performance.mark('engine-ready');
