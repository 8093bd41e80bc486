/** Coalesced refreshes: one at a time, at most one per interval, and always one after the last ask. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce } from '../../../src/ui/shared/coalesce.ts';

describe('coalesce', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('when asked once then it runs at once', async () => {
    const run = vi.fn(async () => {});
    coalesce(run, 500)();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('when asked many times within the interval then it runs once now and once after the interval', async () => {
    const run = vi.fn(async () => {});
    const ask = coalesce(run, 500);
    for (let i = 0; i < 10; i += 1) {
      ask();
      await vi.advanceTimersByTimeAsync(40);
    }
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('when asked while a run is in progress then it runs again after it, never two at once', async () => {
    let active = 0;
    let most = 0;
    const run = vi.fn(async () => {
      active += 1;
      most = Math.max(most, active);
      await new Promise((r) => setTimeout(r, 2000));
      active -= 1;
    });
    const ask = coalesce(run, 500);
    ask();
    await vi.advanceTimersByTimeAsync(1000);
    ask();
    ask();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });
});
