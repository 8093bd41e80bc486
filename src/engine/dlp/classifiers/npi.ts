/** US National Provider Identifier: ten digits starting 1 or 2, Luhn over the number prefixed with 80840. */
import type { ClassifierDef } from './types.ts';
import { BARE } from './common.ts';
import { describeNumber, forEachNumber, layout, SPACE, DASH } from '../scan/numbers.ts';
import { npiCheck } from '../scan/checksums.ts';
import { allSame, NUMBER_NEGATIVES } from './common.ts';

/** Built once: layouts are parsed at load, not per scan. */
const LAYOUTS = [layout('4-3-3', SPACE | DASH), layout('10')];

export const npi: ClassifierDef = {
  id: 'npi',
  name: 'US National Provider Identifier (NPI)',
  description:
    'NPIs of US health care providers: ten digits starting with 1 or 2 (written solid or 4-3-3), whose check digit is the Luhn digit of the number prefixed with 80840.',
  context: [
    'npi',
    'national provider',
    'provider identifier',
    'provider id',
    'provider number',
    'prescriber',
    'presc',
    'physician',
    'provider',
    // The doctor a census or a claim names by role: attending, referring, rendering, ordering, the PCP.
    'attending',
    'referring',
    'rendering',
    'ordering provider',
    'pcp',
    // A clinician's degree after the name the number follows ("Yuki Novak, MD 2493518106",
    // "Katrin Fischer, MD (1776020079)"); not "DO", a verb as often.
    'md',
    'm.d',
    'dnp',
    'aprn',
    'pa-c',
    // Nurse practitioners' and other advanced practice clinicians' credentials ("FNP-C   1315494785").
    'np',
    'fnp',
    'fnp-c',
    'fnp-bc',
    'pmhnp',
    'crna',
    'cnm',
  ],
  negative: [...NUMBER_NEGATIVES, 'phone', 'tel', 'mobile'],
  contextScore: 80,
  checksum: true,
  find(ix, _ctx, out) {
    forEachNumber(ix, LAYOUTS, (m) => {
      // Nine repeated digits are a placeholder, whatever the check digit says.
      const { numbers, at, count } = m;
      const first = numbers.charCodeAt(at);
      if ((first !== 49 && first !== 50) || allSame(numbers, at, at + 9) || !npiCheck(numbers, at, at + count)) return false;
      // Written solid, a timestamp or an ID passes one time in twenty: alone it is only a shape.
      out.add(
        m.start,
        m.end,
        m.layout.sizes.length === 1 ? BARE : 10,
        describeNumber(m),
        'starts with 1 or 2; Luhn with prefix 80840 valid',
      );
      return true;
    });
  },
};
