/** The simulated clock as a service: read it, move it forward. */
import { fail, ok, type Result } from '../engine/errors.ts';
import { kvKeys, kvPut } from '../db/kv.ts';
import type { ServiceContext } from './context.ts';

/** The longest single advance: a year, so a typo cannot fling the simulation decades ahead. */
const MAX_ADVANCE_MS = 366 * 24 * 3600 * 1000;

export function createClockService(ctx: ServiceContext) {
  return {
    /** The simulated time now (ms since the epoch). */
    now: (): Promise<number> => ctx.now(),
    /** Moves the simulated clock forward by `ms`; returns the new time. */
    async advance(ms: number): Promise<Result<number>> {
      if (!Number.isInteger(ms) || ms <= 0 || ms > MAX_ADVANCE_MS || ms % 60_000 !== 0) return fail('clock.invalid-advance');
      const next = await ctx.db.transaction('rw', ctx.db.kv, async () => {
        const current = await ctx.now();
        await kvPut(ctx.db, kvKeys.clock, current + ms);
        return current + ms;
      });
      return ok(next);
    },
  };
}
