import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/engine/config/defaults.ts';
import type { PendingChange, PendingState } from '../../../src/engine/config/pending.ts';
import { changesLostAtLogout } from '../../../src/ui/shell/logout.ts';

const change = (id: string, at: number, description: string): PendingChange => ({
  id,
  at,
  section: 'destinationControls',
  description,
  changes: [],
});
const pending = (scope: string, changes: PendingChange[]): PendingState => ({ scope, candidate: defaultConfig(), changes });

describe('Log Out: the pending changes it would discard', () => {
  it('when nothing is pending then nothing is listed', () => {
    expect(changesLostAtLogout([], null)).toEqual([]);
  });

  it('when standalone then every change is listed without a level, oldest first', () => {
    const lost = changesLostAtLogout([pending('machine', [change('b', 20, 'Second'), change('a', 10, 'First')])], null);
    expect(lost.map((c) => [c.description, c.level])).toEqual([
      ['First', null],
      ['Second', null],
    ]);
  });

  it('when clustered then the changes of every level are listed, each with its level', () => {
    const lost = changesLostAtLogout(
      [pending('cluster', [change('a', 30, 'At cluster')]), pending('machine:esa2.example.com', [change('b', 5, 'On esa2')])],
      (scope) => `level ${scope}`,
    );
    expect(lost.map((c) => [c.description, c.level])).toEqual([
      ['On esa2', 'level machine:esa2.example.com'],
      ['At cluster', 'level cluster'],
    ]);
  });
});
