import { describe, expect, it } from 'vitest';
import { SIMULATION_EPOCH } from '../../../src/engine/clock.ts';
import {
  applyAutomatic,
  dlpReleases,
  initialUpdateState,
  newestAvailable,
  pendingReleases,
  rollback,
  updateNow,
} from '../../../src/engine/dlp/updates.ts';

const DAY = 86_400_000;

describe('the release catalogue', () => {
  it('when listed then versions rise, availability rises and every release has notes', () => {
    for (let i = 1; i < dlpReleases.length; i++) {
      expect(dlpReleases[i].availableAt).toBeGreaterThan(dlpReleases[i - 1].availableAt);
      expect(dlpReleases[i].engine > dlpReleases[i - 1].engine).toBe(true);
    }
    expect(dlpReleases.every((r) => r.notes.length > 0)).toBe(true);
    expect(dlpReleases[0].engine).toBe('3.0.2.31');
    expect(dlpReleases.at(-1)!.engine).toBe('3.0.2.35');
  });

  it('when the simulation starts then one newer release is available and the next comes a week later', () => {
    expect(newestAvailable(SIMULATION_EPOCH).engine).toBe('3.0.2.33');
    expect(newestAvailable(SIMULATION_EPOCH + 7 * DAY).engine).toBe('3.0.2.35');
    expect(pendingReleases(initialUpdateState(), SIMULATION_EPOCH).map((r) => r.engine)).toEqual(['3.0.2.33']);
  });
});

describe('Update Now', () => {
  it('when a newer release is available then it is installed and the old one kept for rollback', () => {
    const r = updateNow(initialUpdateState(), SIMULATION_EPOCH);
    expect(r.installed?.engine).toBe('3.0.2.33');
    expect(r.state).toMatchObject({
      installed: '3.0.2.33',
      previous: '3.0.2.31',
      lastUpdateAt: SIMULATION_EPOCH,
      lastAttemptAt: SIMULATION_EPOCH,
      lastChange: { kind: 'manual', from: '3.0.2.31', to: '3.0.2.33' },
    });
  });

  it('when already on the newest available then it only records the attempt and says up to date', () => {
    const first = updateNow(initialUpdateState(), SIMULATION_EPOCH).state;
    const r = updateNow(first, SIMULATION_EPOCH + DAY);
    expect(r.installed).toBeNull();
    expect(r.message).toMatch(/up to date/);
    expect(r.state).toEqual({ ...first, lastAttemptAt: SIMULATION_EPOCH + DAY });
  });

  it('when two releases are available then the newest is installed directly', () => {
    const r = updateNow(initialUpdateState(), SIMULATION_EPOCH + 8 * DAY);
    expect(r.state.installed).toBe('3.0.2.35');
    expect(r.state.previous).toBe('3.0.2.31');
  });
});

describe('Rollback', () => {
  it('when there is a previous version then it is reinstalled and cannot be rolled back twice', () => {
    const updated = updateNow(initialUpdateState(), SIMULATION_EPOCH).state;
    const r = rollback(updated, SIMULATION_EPOCH + 1000)!;
    expect(r.state).toMatchObject({
      installed: '3.0.2.31',
      previous: null,
      heldBack: '3.0.2.33',
      lastChange: { kind: 'rollback', from: '3.0.2.33', to: '3.0.2.31' },
    });
    expect(rollback(r.state, SIMULATION_EPOCH + 2000)).toBeNull();
  });

  it('when nothing was ever updated then there is nothing to roll back to', () => {
    expect(rollback(initialUpdateState(), SIMULATION_EPOCH)).toBeNull();
  });
});

describe('automatic updates', () => {
  it('when the clock passes a release then it is installed as of its availability', () => {
    const s = applyAutomatic(initialUpdateState(), SIMULATION_EPOCH + 10 * DAY);
    expect(s).toMatchObject({
      installed: '3.0.2.35',
      previous: '3.0.2.31',
      lastUpdateAt: dlpReleases[2].availableAt,
      lastChange: { kind: 'automatic' },
    });
  });

  it('when nothing new is available then the state is returned unchanged', () => {
    const s = updateNow(initialUpdateState(), SIMULATION_EPOCH).state;
    expect(applyAutomatic(s, SIMULATION_EPOCH + DAY)).toBe(s);
  });

  it('when a version was rolled back then automatic updates skip it but install a newer one', () => {
    const rolled = rollback(updateNow(initialUpdateState(), SIMULATION_EPOCH).state, SIMULATION_EPOCH)!.state;
    expect(applyAutomatic(rolled, SIMULATION_EPOCH + DAY)).toBe(rolled);
    expect(applyAutomatic(rolled, SIMULATION_EPOCH + 8 * DAY).installed).toBe('3.0.2.35');
  });

  it('when installed late then the recorded time never runs before the last attempt', () => {
    const attempted = { ...initialUpdateState(), lastAttemptAt: SIMULATION_EPOCH + 9 * DAY };
    expect(applyAutomatic(attempted, SIMULATION_EPOCH + 10 * DAY).lastUpdateAt).toBe(SIMULATION_EPOCH + 9 * DAY);
  });
});
