/**
 * The Web Worker entry: says `ready` at once (`boot.ts`), then opens and seeds the database and
 * builds the service. The entry chunk holds only Comlink and boot.ts; the database (Dexie, the
 * schema, the factory configuration, the clock) is a lazy chunk loaded right after `ready`, and the
 * service itself — the DLP engine, the mail flow, zod, re2js — one loaded once the database is open.
 * Every call but `ping` waits for both. The header clock and configuration, read from IndexedDB by
 * the page, appear without waiting for the service.
 */
import { boot } from './boot.ts';

boot({
  endpoint: self as unknown as Worker,
  openContext: async () => (await import('./open-database.ts')).openDatabase(),
  buildService: async (ctx) => (await import('./service.ts')).createService(ctx.db, ctx),
  // For bench:browser (the worker's own timeline): when the full service could first answer.
  onServiceReady: () => performance.mark('engine-service-ready'),
});
// For bench:browser: when the worker posted ready (it answers ping from here on).
performance.mark('engine-ready');
