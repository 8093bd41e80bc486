/**
 * The Web Worker entry: builds the service over IndexedDB and exposes it with Comlink. It posts
 * `ready` once the database is open and seeded, so no call can arrive before the service exists.
 */
import * as Comlink from 'comlink';
import { createService } from './service.ts';
import { READY_MESSAGE, type StartFailure } from '../api/protocol.ts';

createService().then(
  (service) => {
    Comlink.expose(service);
    self.postMessage(READY_MESSAGE);
  },
  (error: unknown) => {
    // Opening the database failed (e.g. storage blocked): report it instead of hanging.
    self.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies StartFailure);
  },
);
