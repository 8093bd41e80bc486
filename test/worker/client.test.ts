import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { EngineClient, EngineRestartedError, type Remote, type RestartReason } from '../../src/worker/client.ts';
import { READY_MESSAGE } from '../../src/worker/protocol.ts';

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
  echo: (x: string) => `echo ${x}`,
  nested: { add: (a: number, b: number) => a + b },
  hang: () => new Promise<never>(() => {}),
};

let client: EngineClient | undefined;
afterEach(() => client?.dispose());

describe('engine client', () => {
  it('when a nested method is called then the worker answers through the typed proxy', async () => {
    const started = { count: 0 };
    client = new EngineClient(() => fakeWorker(service, started) as unknown as Worker, 1000);
    const api = client.api as unknown as Remote<typeof service>;
    expect(await api.echo('hi')).toBe('echo hi');
    expect(await api.nested.add(2, 3)).toBe(5);
    expect(started.count).toBe(1);
  });

  it('when a call hangs past the time limit then it fails, the worker restarts and later calls work', async () => {
    const started = { count: 0 };
    const reasons: RestartReason[] = [];
    client = new EngineClient(() => fakeWorker(service, started) as unknown as Worker, 200);
    client.onRestart((r) => reasons.push(r));
    const api = client.api as unknown as Remote<typeof service>;
    await expect(api.hang()).rejects.toBeInstanceOf(EngineRestartedError);
    expect(reasons).toEqual(['timeout']);
    expect(await api.echo('again')).toBe('echo again');
    expect(started.count).toBe(2);
  });

  it('when the worker crashes then calls in flight fail with a clear message and it restarts', async () => {
    const started = { count: 0 };
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const reasons: RestartReason[] = [];
    client = new EngineClient(() => {
      const w = fakeWorker(service, started);
      workers.push(w);
      return w as unknown as Worker;
    }, 5000);
    client.onRestart((r) => reasons.push(r));
    const api = client.api as unknown as Remote<typeof service>;
    await api.echo('warm up');
    const inFlight = api.hang();
    workers[0].crash();
    await expect(inFlight).rejects.toThrow(/restarted\. Your saved data is intact/);
    expect(reasons).toEqual(['crashed']);
    expect(await api.echo('back')).toBe('echo back');
  });
});
