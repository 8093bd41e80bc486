/** The reused candidate list: text order, overlaps resolved to the longer, growth past its first size. */
import { describe, expect, it } from 'vitest';
import { CandidateList } from '../../../src/engine/dlp/scan/candidates.ts';

const spans = (l: CandidateList) => Array.from({ length: l.length }, (_, i) => [l.start[i], l.end[i], l.pattern[i]] as const);

describe('CandidateList', () => {
  it('when candidates come out of order, then dedupe puts them in text order, the longer first on one start', () => {
    const l = new CandidateList();
    l.add(50, 60, 5, 'c', 'v');
    l.add(10, 20, 5, 'a', 'v');
    l.add(30, 35, 5, 'b', 'v');
    l.dedupe();
    expect(spans(l)).toEqual([
      [10, 20, 'a'],
      [30, 35, 'b'],
      [50, 60, 'c'],
    ]);
  });

  it('when candidates overlap, then the longer one is kept', () => {
    const l = new CandidateList();
    l.add(10, 20, 5, 'short', 'v');
    l.add(12, 40, 5, 'long', 'v');
    l.add(45, 50, 5, 'apart', 'v');
    l.dedupe();
    expect(spans(l)).toEqual([
      [12, 40, 'long'],
      [45, 50, 'apart'],
    ]);
  });

  it('when two candidates have the same span, then the stronger comes first and is kept; equal ones keep their order', () => {
    const l = new CandidateList();
    l.add(10, 20, 3, 'weak', 'v');
    l.add(10, 20, 9, 'strong', 'v', true);
    l.dedupe();
    expect(spans(l)).toEqual([[10, 20, 'strong']]);
    expect(l.needsContext[0]).toBe(1);
    const same = new CandidateList();
    same.add(10, 20, 5, 'first', 'v');
    same.add(10, 20, 5, 'second', 'v');
    same.add(5, 8, 5, 'earlier', 'v');
    same.dedupe();
    expect(spans(same)).toEqual([
      [5, 8, 'earlier'],
      [10, 20, 'first'],
    ]);
  });

  it('when more candidates come than it first had room for, then it grows and keeps them all', () => {
    const l = new CandidateList();
    for (let i = 0; i < 3000; i++) l.add(i * 10, i * 10 + 5, i % 7, `p${i}`, 'v');
    l.dedupe();
    expect(l.length).toBe(3000);
    expect([l.start[2999], l.base[2999], l.pattern[2999]]).toEqual([29990, 2999 % 7, 'p2999']);
  });

  it('when cleared, then it is empty and takes new candidates', () => {
    const l = new CandidateList();
    l.add(1, 2, 3, 'x', 'y');
    l.clear();
    l.add(7, 9, 3, 'z', 'y');
    expect(spans(l)).toEqual([[7, 9, 'z']]);
  });
});
