/**
 * The worker's start-up (src/worker/boot.ts) over a MessageChannel: `ready` and `ping` come before
 * the database is open; every other call waits for it; a database that cannot open still reaches
 * the client as engine.unavailable; and a database with saved work keeps it (the seeding that now
 * runs after `ready` never overwrites it).
 */
import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { attemptRead, EngineClient } from '../../src/api/client.ts';
import { isReady } from '../../src/api/protocol.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import { PlaygroundDb } from '../../src/db/schema.ts';
import { kvKeys, kvPut } from '../../src/db/kv.ts';
import { defaultConfig } from '../../src/engine/config/defaults.ts';
import { DEFAULT_SCOPE } from '../../src/engine/scope.ts';
import { boot } from '../../src/worker/boot.ts';
import { createContext, type ServiceContext } from '../../src/worker/context.ts';
import { createService } from '../../src/worker/service.ts';

/** A promise with its settle functions outside. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

/** A booted worker's two ends: the port the page holds, and what it received outside Comlink. */
function booted(openContext: () => Promise<ServiceContext>, buildService: (ctx: ServiceContext) => Promise<EngineApi>) {
  const { port1, port2 } = new MessageChannel();
  const received: unknown[] = [];
  port1.addEventListener('message', (e) => received.push(e.data));
  port1.start();
  boot({ endpoint: port2 as unknown as Comlink.Endpoint, openContext, buildService });
  cleanups.push(() => (port1.close(), port2.close()));
  return { port: port1, received };
}

/** The page's client over a booted worker (a MessagePort standing in for the Worker). */
function clientOver(openContext: () => Promise<ServiceContext>, buildService: (ctx: ServiceContext) => Promise<EngineApi>) {
  const client = new EngineClient(() => {
    const { port } = booted(openContext, buildService);
    return Object.assign(port, { terminate: () => port.close() }) as unknown as Worker;
  }, 5000);
  cleanups.push(() => client.dispose());
  return client;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('engine worker start-up', () => {
  it('when the database is not open yet then ready is posted and ping answers', async () => {
    const opened = deferred<ServiceContext>();
    const { port, received } = booted(
      () => opened.promise,
      () => new Promise(() => {}),
    );
    await until(() => received.some(isReady));
    const remote = Comlink.wrap<EngineApi>(port as unknown as Comlink.Endpoint);
    expect(await remote.ping()).toBe('pong');
  });

  it('when a call comes before the database is open then it waits for it and then answers', async () => {
    const opened = deferred<ServiceContext>();
    let built = 0;
    const client = clientOver(
      () => opened.promise,
      async () => {
        built += 1;
        return { clock: { now: async () => 42 } } as unknown as EngineApi;
      },
    );
    let answered: number | null = null;
    const call = client.api.clock.now().then((v) => (answered = v));
    expect(await client.api.ping()).toBe('pong');
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBeNull();
    expect(built).toBe(0);
    opened.resolve({} as ServiceContext);
    await call;
    expect(answered).toBe(42);
    expect(built).toBe(1);
  });

  it('when the database cannot be opened after ready then calls in flight and later fail as engine.unavailable', async () => {
    const opened = deferred<ServiceContext>();
    const client = clientOver(
      () => opened.promise,
      async () => ({}) as EngineApi,
    );
    expect(await client.api.ping()).toBe('pong');
    const inFlight = attemptRead(() => client.api.clock.now());
    opened.reject(new Error('storage blocked'));
    const r = await inFlight;
    expect(r.ok ? null : r.error.code).toBe('engine.unavailable');
    expect(r.ok ? null : r.error.message).toMatch(/storage blocked/);
    const later = await attemptRead(() => client.api.clock.now());
    expect(later.ok ? null : later.error.code).toBe('engine.unavailable');
  });

  it('when the database holds saved work then starting keeps it: the saved configuration and clock are what the service answers', async () => {
    const name = `boot-saved-${Date.now()}`;
    const before = new PlaygroundDb(name);
    const saved = defaultConfig();
    const config = { ...saved, appliance: { ...saved.appliance, hostname: 'saved.example.com' } };
    await before.config.put({ scope: DEFAULT_SCOPE, config, revision: 7 });
    await kvPut(before, kvKeys.clock, 1_800_000_000_000);
    before.close();
    const db = new PlaygroundDb(name);
    cleanups.push(() => db.close());
    const client = clientOver(
      () => createContext(db),
      (ctx) => createService(db, ctx),
    );
    expect(await client.api.ping()).toBe('pong');
    expect(await client.api.clock.now()).toBe(1_800_000_000_000);
    expect((await client.api.config.view()).committed.appliance.hostname).toBe('saved.example.com');
    expect((await db.config.get(DEFAULT_SCOPE))?.revision).toBe(7);
  });
});
