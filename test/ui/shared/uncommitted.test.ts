import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/engine/config/defaults.ts';
import type { ApplianceConfig } from '../../../src/engine/config/schema/index.ts';
import { committedAsIs, uncommitted } from '../../../src/ui/shared/uncommitted.ts';

const live = (committed: ApplianceConfig | null, candidate?: ApplianceConfig) => ({
  committed,
  pending: candidate ? { scope: 'machine', candidate, changes: [] } : null,
});

describe('uncommitted', () => {
  it('when nothing is pending then nothing is uncommitted', () => {
    expect(uncommitted(live(defaultConfig()), (c) => c.quarantines)).toBe(false);
  });
  it('when the pending candidate differs in the part picked then it is uncommitted', () => {
    const candidate = defaultConfig();
    candidate.dlp.enabled = !candidate.dlp.enabled;
    expect(uncommitted(live(defaultConfig(), candidate), (c) => c.dlp.enabled)).toBe(true);
  });
  it('when the pending candidate differs elsewhere only then the part picked is not uncommitted', () => {
    const candidate = defaultConfig();
    candidate.dlp.enabled = !candidate.dlp.enabled;
    expect(uncommitted(live(defaultConfig(), candidate), (c) => c.quarantines)).toBe(false);
  });
  it('when nothing is committed yet then nothing is uncommitted', () => {
    expect(uncommitted(live(null, defaultConfig()), (c) => c)).toBe(false);
  });
});

describe('committedAsIs', () => {
  const committed = [{ name: 'A', v: 1 }];
  it('when the item is committed unchanged then it is as committed', () => {
    expect(committedAsIs(committed, { name: 'A', v: 1 })).toBe(true);
  });
  it('when the item was changed since then it is not', () => {
    expect(committedAsIs(committed, { name: 'A', v: 2 })).toBe(false);
  });
  it('when the item is new, or nothing is committed, then it is not', () => {
    expect(committedAsIs(committed, { name: 'B', v: 1 })).toBe(false);
    expect(committedAsIs(undefined, { name: 'A', v: 1 })).toBe(false);
  });
});
