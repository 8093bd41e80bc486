import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { attempt, attemptRead, EngineClient, EngineRestartedError, type RestartReason } from '../../src/api/client.ts';
import { READY_MESSAGE } from '../../src/api/protocol.ts';

/** A stand-in for a Web Worker: a MessagePort pair with a service exposed on the far end. */
function fakeWorker(service: object, started: { count: number }) {
  started.count += 1;
  const { port1, port2 } = new MessageChannel();
  const listeners = new Map<string, Set<(e: unknown) => void>>();
  Comlink.expose(service, port2 as unknown as Comlink.Endpoint);
  port1.start();
  const worker = {
    postMessage: (m: unknown, t?: Transferable[]) => port1.postMessage(m, t ?? []),
    addEventListener: (type: string, fn: (e: unknown) => void) => {
      if (type === 'message') port1.addEventListener('message', fn as never);
      else (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(fn);
    },
    removeEventListener: (type: string, fn: (e: unknown) => void) => port1.removeEventListener('message', fn as never),
    terminate: () => {
      port1.close();
      port2.close();
    },
    crash: () => listeners.get('error')?.forEach((fn) => fn({ preventDefault() {} })),
  };
  setTimeout(() => port2.postMessage(READY_MESSAGE), 0);
  return worker;
}

const service = {
  echo: async (x: string) => `echo ${x}`,
  nested: { add: async (a: number, b: number) => a + b },
  hang: () => new Promise<never>(() => {}),
  fails: async (): Promise<string> => {
    throw new Error('bug inside');
  },
};
type Fake = typeof service;

let client: EngineClient<Fake> | undefined;
afterEach(() => client?.dispose());

describe('engine client', () => {
  it('when a nested method is called then the worker answers through the typed proxy', async () => {
    const started = { count: 0 };
    client = new EngineClient<Fake>(() => fakeWorker(service, started) as unknown as Worker, 1000);
    const api = client!.api;
    expect(await api.echo('hi')).toBe('echo hi');
    expect(await api.nested.add(2, 3)).toBe(5);
    expect(started.count).toBe(1);
  });

  it('when connected before any call then the worker starts once and the first call uses it', async () => {
    const started = { count: 0 };
    client = new EngineClient<Fake>(() => fakeWorker(service, started) as unknown as Worker, 1000);
    client!.connect();
    expect(started.count).toBe(1);
    expect(await client!.api.echo('hi')).toBe('echo hi');
    expect(started.count).toBe(1);
  });

  it('when a call hangs past the time limit then it fails, the worker restarts and later calls work', async () => {
    const started = { count: 0 };
    const reasons: RestartReason[] = [];
    client = new EngineClient<Fake>(() => fakeWorker(service, started) as unknown as Worker, 200);
    client!.onRestart((r) => reasons.push(r));
    const api = client!.api;
    await expect(api.hang()).rejects.toBeInstanceOf(EngineRestartedError);
    expect(reasons).toEqual(['timeout']);
    expect(await api.echo('again')).toBe('echo again');
    expect(started.count).toBe(2);
  });

  it('when the worker crashes then calls in flight fail with a clear message and it restarts', async () => {
    const started = { count: 0 };
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const reasons: RestartReason[] = [];
    client = new EngineClient<Fake>(() => {
      const w = fakeWorker(service, started);
      workers.push(w);
      return w as unknown as Worker;
    }, 5000);
    client!.onRestart((r) => reasons.push(r));
    const api = client!.api;
    await api.echo('warm up');
    const inFlight = api.hang();
    workers[0].crash();
    await expect(inFlight).rejects.toThrow(/restarted\. Your saved data is intact/);
    expect(reasons).toEqual(['crashed']);
    expect(await api.echo('back')).toBe('echo back');
  });

  it('when calls fail at the boundary then each failure has its own error kind', async () => {
    const started = { count: 0 };
    const workers: ReturnType<typeof fakeWorker>[] = [];
    client = new EngineClient<Fake>(() => {
      const w = fakeWorker(service, started);
      workers.push(w);
      return w as unknown as Worker;
    }, 200);
    const api = client!.api;
    const timedOut = await attemptRead(() => api.hang());
    expect(timedOut.ok ? null : timedOut.error.code).toBe('engine.timeout');
    const inFlight = attemptRead(() => api.hang());
    await api.echo('warm up');
    workers.at(-1)!.crash();
    const crashed = await inFlight;
    expect(crashed.ok ? null : crashed.error.code).toBe('engine.crashed');
    const thrown = await attemptRead(() => api.fails());
    expect(thrown.ok ? null : thrown.error.code).toBe('engine.failed');
    expect(thrown.ok ? null : thrown.error.message).toMatch(/bug inside/);
    expect(await attemptRead(() => api.echo('x'))).toEqual({ ok: true, value: 'echo x' });
    expect(await attempt(async () => ({ ok: false as const, error: { code: 'config.invalid' as const, message: 'm' } }))).toEqual({
      ok: false,
      error: { code: 'config.invalid', message: 'm' },
    });
  });

  it('when the worker cannot start then calls fail as engine.unavailable', async () => {
    client = new EngineClient<Fake>(() => {
      const { port1 } = new MessageChannel();
      const worker = {
        addEventListener: (type: string, fn: (e: unknown) => void) =>
          type === 'message' && setTimeout(() => fn({ data: { type: 'failed', message: 'storage blocked' } }), 0),
        removeEventListener: () => {},
        postMessage: () => {},
        terminate: () => port1.close(),
      };
      return worker as unknown as Worker;
    }, 1000);
    const r = await attemptRead(() => client!.api.echo('x'));
    expect(r.ok ? null : r.error.code).toBe('engine.unavailable');
    expect(r.ok ? null : r.error.message).toMatch(/storage blocked/);
  });
});
