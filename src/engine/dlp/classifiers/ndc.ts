/** National Drug Code: ten digits in 4-4-2, 5-3-2 or 5-4-1 segments, or the 11-digit 5-4-2 billing form. */
import type { ClassifierDef } from './types.ts';
import { describeNumber, forEachNumber, layout, DASH } from '../scan/numbers.ts';
import { allSame, NUMBER_NEGATIVES } from './common.ts';

/** Built once: layouts are parsed at load, not per scan. */
const LAYOUTS = [layout('5-4-2', DASH), layout('4-4-2', DASH), layout('5-3-2', DASH), layout('5-4-1', DASH), layout('11')];

const two = (d: string, i: number): number => (d.charCodeAt(i) - 48) * 10 + d.charCodeAt(i + 1) - 48;

/** Eight digits from `at` read as a year 1990–2039, a month and a day. */
function datedAt(d: string, at: number): boolean {
  const century = two(d, at);
  const year = two(d, at + 2);
  const month = two(d, at + 4);
  const day = two(d, at + 6);
  const plausibleYear = (century === 19 && year >= 90) || (century === 20 && year <= 39);
  return plausibleYear && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export const ndc: ClassifierDef = {
  id: 'ndc',
  name: 'National Drug Code (NDC)',
  description:
    'FDA National Drug Codes: labeler, product and package segments 4-4-2, 5-3-2 or 5-4-1, or the 11-digit 5-4-2 billing form; written solid (11 digits) they count only near drug words.',
  context: [
    'ndc',
    'national drug code',
    'drug',
    'medication',
    'prescription',
    'rx',
    'dose',
    'tablet',
    'tablets',
    'capsule',
    'capsules',
    'pharmacy',
    'mg',
  ],
  negative: [...NUMBER_NEGATIVES, 'phone', 'tel'],
  contextScore: 80,
  find(ix, _ctx, out) {
    forEachNumber(ix, LAYOUTS, (m) => {
      // A labeler code of zeros only is not assigned.
      const solid = m.layout.sizes.length === 1;
      if (!solid && m.numbers.charCodeAt(m.at) === 48 && allSame(m.numbers, m.at, m.at + m.layout.sizes[0])) return false;
      // Eleven digits without dashes (the billing form written solid) are any number without drug words.
      if (solid) out.add(m.start, m.end, 10, describeNumber(m), '11 digits (segments not written)', true);
      // 4-4-2 reading as a year, month and day then a serial ("visit 2026-0319-04") is a dated reference without drug words.
      else if (m.layout.sizes[0] === 4 && datedAt(m.numbers, m.at))
        out.add(m.start, m.end, 20, describeNumber(m), 'labeler-product-package segments', true);
      else out.add(m.start, m.end, 20, describeNumber(m), 'labeler-product-package segments');
      return true;
    });
  },
};
