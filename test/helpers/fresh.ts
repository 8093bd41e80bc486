/** A new simulated appliance per call, on its own fake-indexeddb database, for the service-level unit tests. */
import { afterEach } from 'vitest';
import { PlaygroundDb } from '../../src/db/schema.ts';
import { createService } from '../../src/worker/service.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';

let n = 0;
const opened: PlaygroundDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

/** A service on a new database called `name` (by default `fresh-<n>`, unused in this test file); the database is closed after the test. */
export async function fresh(name = `fresh-${n++}`): Promise<{ db: PlaygroundDb; svc: EngineApi }> {
  const db = new PlaygroundDb(name);
  opened.push(db);
  return { db, svc: await createService(db) };
}
