/**
 * Supporting information (reference §8.2) found around a number: what is found, and how it is
 * written in the explanation. The number itself is not part of the window looked at.
 */
import { describe, expect, it } from 'vitest';
import { dateOfBirth, expiryDate, nameBefore, personDetails, stateZip } from '../../../src/engine/dlp/scan/supporting.ts';

/** The detector's answer for the number marked by brackets: "text [number] text". */
function around(detect: (text: string, start: number, end: number) => string[], marked: string): string[] {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return detect(marked.replace('[', '').replace(']', ''), start, end);
}

describe('supporting information', () => {
  it.each([
    ['Visa [4111 1111 1111 1111] exp 09/28', ['expiry date "09/28"']],
    ['card [4111111111111111] expires 12 / 2031 thanks', ['expiry date "12 / 2031"']],
    ['exp:03-27 card [4111111111111111]', ['expiry date "03-27"']],
    ['valid 09/28 [4111111111111111]', ['expiry date "09/28"']],
    ['[4111111111111111] 09/281 or 13/28 or 09/28/2024', []],
    ['code 07/[4111111111111111]29 end', ['expiry date "07/ 29"']],
    ['x[4111111111111111]09/28', ['expiry date "09/28"']],
  ])('expiry date: %s', (marked, expected) => expect(around(expiryDate, marked)).toEqual(expected));

  it.each([
    ['DOB 01/02/1980 SSN [078-05-1121]', ['date "01/02/1980"']],
    ['born1/2/80 [078-05-1121]', ['date "n1/2/80"']],
    ['[078-05-1121] born 1980-07-04.', ['date "1980-07-04"']],
    ['[078-05-1121] born July 4th', ['date "July 4th"']],
    ['[078-05-1121] on 4 JUL', ['date "4 JUL"']],
    ['[078-05-1121] on 7/4 only', []],
    ['12/31/1999/5 [078-05-1121]', []],
  ])('date of birth: %s', (marked, expected) => expect(around(dateOfBirth, marked)).toEqual(expected));

  it.each([
    ['Jane Q. Doe, [078-05-1121]', ['name "Jane Q. Doe"']],
    ['Patient Mary Smith: [078-05-1121]', ['name "Mary Smith"']],
    ['Order Number [078-05-1121]', []],
    ['jane doe [078-05-1121]', []],
  ])('name before: %s', (marked, expected) => expect(around((t, s) => nameBefore(t, s), marked)).toEqual(expected));

  it.each([
    ['[078-05-1121] lives at 1 Main St, Springfield, IL 62704-1234.', ['address "IL 62704-1234"']],
    ['Austin TX 73301 [078-05-1121]', ['address "TX 73301"']],
    ['[078-05-1121] XX 12345 or TX 1234', []],
  ])('state and ZIP: %s', (marked, expected) => expect(around(stateZip, marked)).toEqual(expected));

  it('person details are a date of birth, a name and an address, in that order', () => {
    const marked = 'Jane Doe [078-05-1121] DOB 01/02/1980, Austin TX 73301';
    expect(around(personDetails, marked)).toEqual(['date "01/02/1980"', 'name "Jane Doe"', 'address "TX 73301"']);
    expect(around(personDetails, 'nothing [078-05-1121] here')).toEqual([]);
  });
});
