/** UK NHS Number: ten digits (3-3-4), mod 11 check digit. */
import type { ClassifierDef } from './types.ts';
import { describeNumber, forEachNumber, layout, SPACE, DASH } from '../scan/numbers.ts';
import { nhsMod11 } from '../scan/checksums.ts';
import { allSame, BARE, nanpPart, NUMBER_NEGATIVES } from './common.ts';

/** Built once: layouts are parsed at load, not per scan. */
const LAYOUTS = [layout('3-3-4', SPACE | DASH), layout('10')];

export const ukNhs: ClassifierDef = {
  id: 'uk-nhs',
  name: 'UK NHS Number',
  description: 'NHS numbers of England, Wales and the Isle of Man: ten digits, usually grouped 3-3-4, with a mod-11 check digit.',
  context: ['nhs', 'nhs number', 'nhs no', 'national health', 'health service', 'patient', 'hospital', 'gp'],
  negative: [...NUMBER_NEGATIVES, 'phone', 'tel', 'mobile'],
  contextScore: 80,
  checksum: true,
  find(ix, _ctx, out) {
    forEachNumber(ix, LAYOUTS, (m) => {
      if (allSame(m.numbers, m.at, m.at + m.count) || !nhsMod11(m.numbers, m.at)) return false;
      // Written solid, one ten-digit number in eleven passes: alone it is only a shape (a meeting or
      // member ID). Grouped 3-3-4 as a North American phone number is (an area code and exchange
      // that can be dialled), one phone number in eleven passes too, and phone numbers are far
      // more common in mail: without an NHS word it is that.
      const bare = m.layout.sizes.length === 1 || (nanpPart(m.numbers, m.at) && nanpPart(m.numbers, m.at + 3));
      out.add(m.start, m.end, bare ? BARE : 10, describeNumber(m), 'mod 11 check digit valid');
      return true;
    });
  },
};
