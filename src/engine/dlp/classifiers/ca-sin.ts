/** Canadian Social Insurance Number: nine digits (3-3-3), Luhn; never starts with 0 or 8. */
import type { ClassifierDef } from './types.ts';
import { BARE } from './common.ts';
import { describeNumber, forEachNumber, layout, SPACE, DASH } from '../scan/numbers.ts';
import { luhn } from '../scan/checksums.ts';
import { allSame, NUMBER_NEGATIVES } from './common.ts';

/** Built once: layouts are parsed at load, not per scan. */
const LAYOUTS = [layout('3-3-3', SPACE | DASH), layout('9')];

export const caSin: ClassifierDef = {
  id: 'ca-sin',
  name: 'Canadian Social Insurance Number',
  description:
    'Canadian SINs: nine digits grouped 3-3-3 with spaces or dashes (or none), passing the Luhn check; 0 and 8 are never the first digit.',
  context: [
    'sin',
    's.i.n',
    's-i-n',
    'social insurance',
    'social ins',
    'social insurance number',
    'nas',
    'assurance sociale',
    'sin number',
    'sin#',
  ],
  negative: [...NUMBER_NEGATIVES, 'phone', 'tel'],
  contextScore: 80,
  checksum: true,
  find(ix, _ctx, out) {
    forEachNumber(ix, LAYOUTS, (m) => {
      const { numbers, at, count } = m;
      const first = numbers.charCodeAt(at);
      if (first === 48 || first === 56 || allSame(numbers, at, at + count) || !luhn(numbers, at, at + count)) return false;
      // Written solid, one nine-digit number in ten passes: alone it is only a shape.
      out.add(m.start, m.end, m.layout.sizes.length === 1 ? BARE : 5, describeNumber(m), 'first digit assignable; Luhn check digit valid');
      return true;
    });
  },
};
