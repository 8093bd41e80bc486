/**
 * Check-digit functions read digits in place (a stretch of a longer string, as the number walk
 * gives them): on a stretch they answer exactly as on the digits alone.
 */
import { describe, expect, it } from 'vitest';
import { abaChecksum, digitsValue, luhn, nhsMod11, npiCheck } from '../../../src/engine/dlp/scan/checksums.ts';
import { allSame } from '../../../src/engine/dlp/classifiers/common.ts';
import { cardBrand } from '../../../src/engine/dlp/classifiers/credit-card.ts';
import { abaPrefixValid } from '../../../src/engine/dlp/classifiers/aba-routing.ts';
import { ssnProblem } from '../../../src/engine/dlp/classifiers/us-ssn.ts';

/** The digits with other digits around them, and where they are. */
const within = (d: string) => ({ s: `7319${d}2846`, at: 4, to: 4 + d.length });

describe('check digits read in place', () => {
  it.each(['4012888888881881', '4012888888881882', '79927398713', '79927398710'])(
    'when Luhn reads %s in a longer string, then it answers as on the digits alone',
    (d) => {
      const { s, at, to } = within(d);
      expect(luhn(s, at, to)).toBe(luhn(d));
    },
  );

  it.each(['1234567893', '1234567890', '1003000126', '1003000127'])(
    'when the NPI check reads %s in place, then it equals Luhn over 80840 and the digits',
    (d) => {
      const { s, at, to } = within(d);
      expect(npiCheck(s, at, to)).toBe(luhn(`80840${d}`));
      expect(npiCheck(d)).toBe(luhn(`80840${d}`));
    },
  );

  it.each(['121000358', '121000359', '011000015'])(
    'when the ABA checksum and prefix read %s in place, then they answer as on the digits alone',
    (d) => {
      const { s, at } = within(d);
      expect(abaChecksum(s, at)).toBe(abaChecksum(d));
      expect(abaPrefixValid(s, at)).toBe(abaPrefixValid(d));
    },
  );

  it.each(['9434765919', '9434765918', '4010232137'])(
    'when the NHS mod 11 reads %s in place, then it answers as on the digits alone',
    (d) => {
      const { s, at } = within(d);
      expect(nhsMod11(s, at)).toBe(nhsMod11(d));
    },
  );

  it.each(['4012888888881881', '5555555555554444', '378282246310005', '6011111111111117', '1234567812345678'])(
    'when the card brand reads %s in place, then it names the same brand',
    (d) => {
      const { s, at } = within(d);
      expect(cardBrand(s, at, d.length)).toBe(cardBrand(d));
    },
  );

  it('when digits are read as a number, then the stretch is its value', () => {
    expect(digitsValue('x0420y', 1, 5)).toBe(420);
  });

  it('when a stretch repeats one digit, then allSame says so whatever is around it', () => {
    expect(allSame('12222223', 1, 7)).toBe(true);
    expect(allSame('12222223', 1, 8)).toBe(false);
  });

  it.each(['078051120', '000123456', '666123456', '123004567', '123450000', '536228726'])(
    'when the SSN rules read %s in place, then they find the same problem',
    (d) => {
      const { s, at } = within(d);
      expect(ssnProblem(s, at)).toBe(ssnProblem(d));
    },
  );

  it('when an SSN is a published sample, then that is the problem', () =>
    expect(ssnProblem('078051120')).toBe('a published sample number'));
});
