/** CUSIP: nine-character North American security identifier with a double-add-double check digit. */
import type { ClassifierDef } from './types.ts';
import { cusipCheck } from '../scan/checksums.ts';
import { allSame } from './common.ts';
import { shapeSet, tokensOfShape } from '../scan/chain-shapes.ts';

/** Only 9-character tokens can be a CUSIP. */
/** Nine characters, digits only or with letters. */
const NINE = shapeSet(
  (digits) => digits === 9,
  (length) => length === 9,
);

const SHAPE = /^[0-9]{3}[0-9A-Z]{5}[0-9]$/;

export const cusip: ClassifierDef = {
  id: 'cusip',
  name: 'CUSIP Number',
  description:
    'CUSIP security identifiers: six characters for the issuer, two for the issue and a check digit computed by the double-add-double method. One in ten nine-digit numbers passes the check, so an all-digit CUSIP counts only near securities words.',
  context: ['cusip', 'isin', 'securities', 'security id', 'bond', 'bonds', 'shares', 'equity', 'ticker', 'notes due', 'debenture'],
  contextScore: 80,
  checksum: true,
  find(ix, _ctx, out) {
    const { text } = ix;
    const { tokens, from, to } = tokensOfShape(ix, NINE);
    for (let j = from; j < to; j++) {
      const k = tokens[j];
      const s = ix.tokStart[k];
      const e = ix.tokEnd[k];
      if (e - s !== 9) continue;
      const t = text.slice(s, e);
      if (!SHAPE.test(t) || allSame(t) || !cusipCheck(t)) continue;
      const digitsOnly = ix.tokDigits[k] === 9;
      out.add(s, e, digitsOnly ? 2 : 20, '9 characters: issuer, issue, check digit', 'double-add-double check digit valid', digitsOnly);
    }
  },
};
