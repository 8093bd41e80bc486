/** Counts as the pages print them: the same text as `toLocaleString('en-US')`, without Intl. */
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/ui/shared/format.ts';

describe('formatCount', () => {
  it.each([0, 7, 999, 1000, 12_345, 100_000, 1_234_567, -1, -1000, -987_654])(
    'when the count is %d then it reads as toLocaleString("en-US") writes it',
    (n) => {
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
    },
  );

  it('when the count is not whole then it is rounded, as the pages only show whole messages', () => {
    expect(formatCount(1234.6)).toBe('1,235');
  });
});
