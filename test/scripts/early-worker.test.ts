/**
 * The engine worker index.html starts before the app's bundle (scripts/early-worker.mjs): what it
 * sends before the page's entry takes it (the `ready` message, an error) reaches the engine client
 * once, in order, after the client has added its listeners; what it sends later arrives as usual.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_WORKER_GLOBAL, earlyWorkerScript, startEarlyWorker } from '../../scripts/early-worker.mjs';

/** A stand-in for Worker: an EventTarget that remembers how it was created. */
class FakeWorker extends EventTarget {
  static created: FakeWorker[] = [];
  constructor(
    readonly url: string,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeWorker.created.push(this);
  }
  /** The worker posting `data` to the page. */
  send(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

const take = () => (globalThis as unknown as Record<string, () => FakeWorker>)[EARLY_WORKER_GLOBAL]!();

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.created = [];
  delete (globalThis as Record<string, unknown>)[EARLY_WORKER_GLOBAL];
});

describe('early engine worker', () => {
  it('when the worker said ready before the page took it then the client, listening after taking it, hears ready once, then later messages', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    startEarlyWorker('./assets/engine.worker-x.js', EARLY_WORKER_GLOBAL);
    const [worker] = FakeWorker.created;
    expect(worker!.url).toBe('./assets/engine.worker-x.js');
    expect(worker!.options).toEqual({ type: 'module', name: 'engine' });
    worker!.send({ type: 'ready' });
    const taken = take();
    expect(taken).toBe(worker);
    const heard: unknown[] = [];
    taken.addEventListener('message', (e) => heard.push((e as MessageEvent).data));
    await Promise.resolve();
    taken.send({ type: 'later' });
    expect(heard).toEqual([{ type: 'ready' }, { type: 'later' }]);
    expect(EARLY_WORKER_GLOBAL in globalThis).toBe(false);
  });

  it('when the worker failed before the page took it then the error reaches the client (which restarts it)', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    startEarlyWorker('./w.js', EARLY_WORKER_GLOBAL);
    FakeWorker.created[0]!.dispatchEvent(new Event('error', { cancelable: true }));
    const taken = take();
    let errors = 0;
    taken.addEventListener('error', () => (errors += 1));
    await Promise.resolve();
    expect(errors).toBe(1);
  });

  it('when module workers cannot be created then nothing is left for the page to take (it creates its own)', () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new TypeError('no module workers');
        }
      },
    );
    startEarlyWorker('./w.js', EARLY_WORKER_GLOBAL);
    expect(EARLY_WORKER_GLOBAL in globalThis).toBe(false);
  });

  it('when built into index.html then the script starts the worker file it names', () => {
    vi.stubGlobal('Worker', FakeWorker);
    new Function(earlyWorkerScript('./assets/engine.worker-abc.js'))();
    expect(FakeWorker.created.map((w) => w.url)).toEqual(['./assets/engine.worker-abc.js']);
    expect(take()).toBe(FakeWorker.created[0]);
  });

  it("when the app's entry looks for the early worker then it looks under the global the script sets", () => {
    // src/ may not import scripts/ (the layer table), so the entry spells the name out: this keeps the two the same.
    const entry = readFileSync(join(import.meta.dirname, '../../src/main.ts'), 'utf8');
    expect(entry).toContain(`.${EARLY_WORKER_GLOBAL};`);
  });
});
