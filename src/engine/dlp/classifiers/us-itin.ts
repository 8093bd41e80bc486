/** US Individual Taxpayer Identification Number: 9XX-GG-SSSS with the group ranges the IRS issues. */
import type { ClassifierDef } from './types.ts';
import { describeNumber, forEachNumber, layout, SPACE, DASH, DOT } from '../scan/numbers.ts';
import { dateOfBirth, nameBefore } from '../scan/supporting.ts';
import { afterPlace, joined, NUMBER_NEGATIVES, allSame } from './common.ts';
import { digitsValue } from '../scan/checksums.ts';
import { expiresAfter } from '../scan/expiry-after.ts';
import { registrationNamedBefore } from '../scan/file-before.ts';

const LAYOUTS = [layout('3-2-4', SPACE | DASH | DOT), layout('3-6', DASH), layout('5-4', DASH), layout('9')];

/** True when the middle digits fall in an issued ITIN range (50–65, 70–88, 90–92, 94–99). */
export function itinGroupValid(g: number): boolean {
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

export const usItin: ClassifierDef = {
  id: 'us-itin',
  name: 'US Individual Taxpayer Identification Number',
  description:
    'ITINs: nine digits starting with 9 whose fourth and fifth digits are in an issued range, with dashes, spaces or none. A lone number needs context such as "ITIN" or "taxpayer".',
  context: ['itin', 'taxpayer', 'taxpayer id', 'tax id', 'taxpayer identification', 'individual taxpayer', 'tin', 'tax identification'],
  negative: [...NUMBER_NEGATIVES, 'phone', 'tel'],
  contextScore: 80,
  kin: 'us-ssn',
  pairWithin: 200,
  // A number an expiry date follows, with no word of its own, is a document's (a guest manifest's
  // passport); one a registration's word labels is a household move's.
  heldElsewhere: (text, start, end, _header, _ix, _after, words) =>
    (words.length === 0 && expiresAfter(text, end)) || registrationNamedBefore(text, start),
  supporting: (text, start, end) => joined(dateOfBirth(text, start, end), nameBefore(text, start)),
  find(ix, _ctx, out) {
    forEachNumber(ix, LAYOUTS, (m) => {
      if (m.numbers.charCodeAt(m.at) !== 57 || !itinGroupValid(digitsValue(m.numbers, m.at + 3, m.at + 5))) return false;
      // Nine nines are a registration system's placeholder ("Registration defaults used: SSN 999-99-9999").
      if (allSame(m.numbers, m.at, m.at + m.count)) return false;
      // A ZIP+4 after its state ("Seattle, WA 98181-6632"), as for an SSN.
      if (m.layout.sizes[0] === 5 && afterPlace(ix.text, m.start)) return false;
      out.add(m.start, m.end, m.layout.sizes.length === 3 ? 5 : 3, describeNumber(m), 'starts with 9; group in an issued ITIN range');
      return true;
    });
  },
};
