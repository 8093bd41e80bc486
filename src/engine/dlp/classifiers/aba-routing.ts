/** ABA Routing Number: nine digits, Federal Reserve prefix ranges, 3-7-1 checksum; needs banking context. */
import type { ClassifierDef } from './types.ts';
import { describeNumber, forEachNumber, layout, DASH } from '../scan/numbers.ts';
import { abaChecksum } from '../scan/checksums.ts';
import { allSame, NUMBER_NEGATIVES } from './common.ts';

// Nine digits, the hyphenated 4-4-1, or three groups of three (as read out or copied from a form).
const LAYOUTS = [layout('4-4-1', DASH), layout('3-3-3'), layout('9')];

/** True when the first two digits are a Federal Reserve routing symbol (00–12, 21–32, 61–72, 80). */
export function abaPrefixValid(d: string, at = 0): boolean {
  const p = (d.charCodeAt(at) - 48) * 10 + d.charCodeAt(at + 1) - 48;
  return p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80;
}

export const abaRouting: ClassifierDef = {
  id: 'aba-routing',
  name: 'ABA Routing Number',
  description:
    'US bank routing transit numbers: nine digits with a valid Federal Reserve prefix and the 3-7-1 weighted checksum. A lone number needs banking context ("routing number", "ABA", "wire").',
  context: [
    'routing',
    'routing number',
    'aba',
    'rtn',
    'rtg',
    'transit',
    'bank',
    'wire',
    'ach',
    'checking',
    'direct deposit',
    'ruta',
    'numero de ruta',
  ],
  negative: NUMBER_NEGATIVES,
  contextScore: 75,
  checksum: true,
  find(ix, _ctx, out) {
    forEachNumber(ix, LAYOUTS, (m) => {
      const { numbers, at, count } = m;
      if (allSame(numbers, at, at + count) || !abaPrefixValid(numbers, at) || !abaChecksum(numbers, at)) return false;
      out.add(m.start, m.end, 5, describeNumber(m), 'Federal Reserve prefix valid; 3-7-1 checksum valid');
      return true;
    });
  },
};
