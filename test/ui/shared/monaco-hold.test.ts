/** The prefetch hold: the gate waits while anything holds it and opens when the last hold is released. */
import { describe, expect, it } from 'vitest';
import { holdPrefetch, prefetchGate } from '../../../src/ui/shared/monaco/hold.ts';

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
};

describe('prefetch hold', () => {
  it('when nothing holds it, then the gate is open', async () => {
    expect(await settled(prefetchGate())).toBe(true);
  });

  it('when two holds are taken, then the gate opens only after both are released, a second release of one changing nothing', async () => {
    const a = holdPrefetch();
    const b = holdPrefetch();
    const gate = prefetchGate();
    a();
    a();
    expect(await settled(gate)).toBe(false);
    b();
    expect(await settled(gate)).toBe(true);
    expect(await settled(prefetchGate())).toBe(true);
  });
});
