import { describe, expect, it } from 'vitest';
import { removeByName, upsertByName } from '../../../src/ui/shared/by-name.ts';

const a = { name: 'A', v: 1 };
const b = { name: 'B', v: 2 };

describe('upsertByName', () => {
  it('when editing an entry then it is replaced in place', () => {
    expect(upsertByName([a, b], { name: 'A', v: 9 }, 'A')).toEqual([{ name: 'A', v: 9 }, b]);
  });
  it('when renaming then the entry under the original name is replaced, keeping its place', () => {
    expect(upsertByName([a, b], { name: 'C', v: 3 }, 'A')).toEqual([{ name: 'C', v: 3 }, b]);
  });
  it('when adding then the item is appended, even under a name already taken (the engine reports the clash)', () => {
    expect(upsertByName([a, b], { name: 'A', v: 3 }, null)).toEqual([a, b, { name: 'A', v: 3 }]);
  });
  it('when the original is gone then the item is appended', () => {
    expect(upsertByName([b], a, 'A')).toEqual([b, a]);
  });
  it('when called then the given list is left as it was', () => {
    const list = [a, b];
    upsertByName(list, { name: 'A', v: 9 }, 'A');
    expect(list).toEqual([a, b]);
  });
});

describe('removeByName', () => {
  it('when the name is there then only that entry goes', () => {
    expect(removeByName([a, b], 'A')).toEqual([b]);
  });
  it('when the name is not there then the list is unchanged', () => {
    expect(removeByName([a, b], 'Z')).toEqual([a, b]);
  });
});
