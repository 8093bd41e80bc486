/**
 * Type-level checks of the contract (as comlink's tests/type-checks.ts does for its API): the
 * worker's service, the UI's client and the narrow ports of the tutorial and the console are all
 * typed from EngineApi, with no cast. A mistake here fails the type check (`npm test` runs it);
 * the runtime assertions below make the same facts visible in the test report.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EngineClient } from '../../src/api/client.ts';
import type { EngineApi, SectionEntry, SectionValue } from '../../src/api/engine-api.ts';
import type { CliApi } from '../../src/console/api.ts';
import type { ApplianceConfig, EncryptionSettings } from '../../src/engine/config/schema/index.ts';
import type { TutorialPort } from '../../src/tutorial/types.ts';
import { createService } from '../../src/worker/service.ts';
import { fresh } from '../helpers/fresh.ts';

describe('the engine contract', () => {
  it('the worker’s service, the client and the ports are all typed from EngineApi', () => {
    expectTypeOf(createService).returns.resolves.toEqualTypeOf<EngineApi>();
    expectTypeOf<EngineClient['api']>().toEqualTypeOf<EngineApi>();
    expectTypeOf<EngineApi>().toExtend<TutorialPort>();
    expectTypeOf<EngineApi>().toExtend<CliApi>();
  });

  it('Submit pairs a section with its own value type', () => {
    expectTypeOf<SectionValue<'encryption'>>().toEqualTypeOf<EncryptionSettings>();
    // Never called: the compiler checks the calls.
    const typeOnly = (api: EngineApi) => {
      void api.config.submit('encryption', {} as EncryptionSettings, 'x');
      // @ts-expect-error — the DLP settings are not the encryption section's value.
      void api.config.submit('encryption', {} as ApplianceConfig['dlp'], 'x');
    };
    expect(typeof typeOnly).toBe('function');
    expectTypeOf<Extract<SectionEntry, readonly ['dlp', unknown]>[1]>().toEqualTypeOf<ApplianceConfig['dlp']>();
  });

  it('every member of the running service answers a promise (all async, so any client may be remote)', async () => {
    const { svc } = await fresh();
    const sync: string[] = [];
    for (const [group, members] of Object.entries(svc)) {
      if (typeof members === 'function') continue;
      for (const [name, fn] of Object.entries(members as Record<string, unknown>)) {
        if (typeof fn !== 'function') continue;
        // Reads with no arguments are safe to call; the others are checked by their declared type above.
        if (fn.length === 0 && !/^(startOver|updateNow|rollback|pxeUpdateNow|cancel|processExpired)$/.test(name)) {
          const answer = (fn as () => unknown)();
          if (!(answer instanceof Promise)) sync.push(`${group}.${name}`);
          else await answer.catch(() => undefined);
        }
      }
    }
    expect(sync).toEqual([]);
    expect(svc.ping()).toBeInstanceOf(Promise);
  });
});
