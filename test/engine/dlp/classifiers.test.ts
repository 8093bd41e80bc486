/** Positives and near-misses for every pattern classifier: each format variant, checksums, embedding. */
import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

type Row = readonly [string, string, readonly string[]];

/** [when, text, expected matched texts] per classifier. */
const TABLE: Readonly<Record<string, readonly Row[]>> = {
  'credit-card': [
    ['a Visa number has dashes', 'pay with 4012-8888-8888-1881 today', ['4012-8888-8888-1881']],
    ['it has spaces', '4012 8888 8888 1881', ['4012 8888 8888 1881']],
    ['it has no separators', '4012888888881881', ['4012888888881881']],
    ['it wraps across a line break', '4012 8888\n8888 1881', ['4012 8888\n8888 1881']],
    ['it is an Amex 4-6-5', '3714 496353 98431', ['3714 496353 98431']],
    ['it is a Mastercard 2-series', '2221000000000009', ['2221000000000009']],
    ['it is a Discover', '6011000400000000', ['6011000400000000']],
    ['three cards follow each other', '4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881', ['4012888888881881', '4012-8888-8888-1881', '4012 8888 8888 1881']],
    ['the check digit is wrong', '4012-8888-8888-1882', []],
    ['the prefix belongs to no issuer', '1748503543012', []],
    ['it is embedded in a longer digit run', '44012888888881881', []],
    ['it continues with the same separator (a tracking number)', '9400 1000 0000 0000 0000 00', []],
    ['it is glued to more digits by a dash', '4012888888881881-22', []],
    ['separators are mixed', '4012 8888-8888 1881', []],
    ['it is all one digit', '0000000000000000', []],
    ['it sits in a word', 'x4012888888881881', []],
  ],
  'track-data': [
    ['track 1 is complete', '%B4111111111111111^DOE/JOHN^2512101000000000000?', ['%B4111111111111111^DOE/JOHN^2512101000000000000?']],
    ['track 2 is complete', ';4111111111111111=25121010000000000?', [';4111111111111111=25121010000000000?']],
    ['the card number fails Luhn', ';4111111111111112=25121010000000000?', []],
    ['the expiry month is 13', ';4111111111111111=25131010000000000?', []],
    ['the end sentinel is missing', ';4111111111111111=2512101000', []],
  ],
  'us-ssn': [
    ['it has dashes', 'ssn 321-02-3456', ['321-02-3456']],
    ['it has spaces', '321 02 3456', ['321 02 3456']],
    ['it has dots', '321.02.3456', ['321.02.3456']],
    ['it has no separators', '321023456', ['321023456']],
    ['the area is 000', '000-12-3456', []],
    ['the area is 666', '666-12-3456', []],
    ['the area is 9xx', '912-12-3456', []],
    ['the group is 00', '321-00-3456', []],
    ['the serial is 0000', '321-02-0000', []],
    ['it is the Woolworth sample', '078-05-1120', []],
    ['separators are mixed', '321-02.3456', []],
    ['it is part of a longer number', '1321-02-3456', []],
    ['it is a phone number', '321-023-4567', []],
    ['it is a date', '2023-02-3456', []],
  ],
  'us-itin': [
    ['it has dashes', '911-70-1234', ['911-70-1234']],
    ['it is solid', '911701234', ['911701234']],
    ['the group is outside the issued ranges', '911-89-1234', []],
    ['it does not start with 9', '811-70-1234', []],
  ],
  'aba-routing': [
    ['it is solid', 'routing 121000358', ['121000358']],
    ['it is grouped 4-4-1', '0711-0130-7', ['0711-0130-7']],
    ['the prefix is not a Federal Reserve symbol', '421042111', []],
    ['the checksum fails', '121000359', []],
    ['it is embedded in a longer number', '1210003581', []],
  ],
  'us-bank-account': [
    ['it has 12 digits', 'acct 945456787654', ['945456787654']],
    ['it is too short', '1234567', []],
    ['it is too long', '123456789012345678', []],
  ],
  iban: [
    ['it is solid', 'AL47212110090000000235698741', ['AL47212110090000000235698741']],
    ['it is grouped by spaces', 'pay GB82 WEST 1234 5698 7654 32 now', ['GB82 WEST 1234 5698 7654 32']],
    ['it is grouped by dashes', 'AL47-2121-1009-0000-0002-3569-8741', ['AL47-2121-1009-0000-0002-3569-8741']],
    ['a trailing word follows', 'VG96 VPVG 0000 0123 4567 8901 X', ['VG96 VPVG 0000 0123 4567 8901']],
    ['the checksum fails', 'AL47 2121 1009 0000 0002 3569 8740', []],
    ['it is one character short', 'AT61 1904 3002 3457 320', []],
    ['the last group runs on', 'IL15 0120 6900 0000 3111 0120 6900 0000 3111 141', []],
    ['the country has no IBAN', 'AM47212110090000000235698740', []],
    ['groups are separated by slashes', 'AL47/2121/1009/0000/0002/3569/8741', []],
  ],
  'swift-bic': [
    ['a code follows "SWIFT"', 'SWIFT: DEUTDEFF', ['DEUTDEFF']],
    ['an 11-character code follows "BIC"', 'BIC code DEUTDEFF500', ['DEUTDEFF500']],
    ['a BIC-shaped word has no context', 'the DOCUMENT was signed', []],
    ['the country code is not assigned', 'SWIFT: DEUTQQFF', []],
  ],
  cusip: [
    ['it has letters and context', 'CUSIP 38259P508', ['38259P508']],
    ['it is all digits near "CUSIP"', 'CUSIP 037833100', ['037833100']],
    ['it is all digits without context', 'ref 037833100', []],
    ['the check digit is wrong', 'CUSIP 037833101', []],
  ],
  'us-passport': [
    ['it is nine digits', 'passport 912803456', ['912803456']],
    ['it is a letter and eight digits', 'A12803456', ['A12803456']],
    ['it is eight digits', '91280345', []],
  ],
  'us-drivers-license': [
    ['it is a California letter and 7 digits', 'DL D1234567', ['D1234567']],
    ['it is a Florida letter and 12 digits', 'S530123456789', ['S530123456789']],
    ['it is a digit run of 9', '123456789', ['123456789']],
    ['it is 4 digits', '1234', []],
    ['it is letters only', 'ABCDEFGH', []],
  ],
  'uk-nino': [
    ['it has spaces', 'AA 12 34 56 B', ['AA 12 34 56 B']],
    ['it is solid and lower case', 'tw987654a', ['tw987654a']],
    ['the prefix is followed by a space only', 'nino: PR 123612C', ['PR 123612C']],
    ['the suffix is not A–D', 'AA 12 34 56 H', []],
    ['the prefix pair is never used', 'BG123612A', []],
    ['the first letter is never used', 'FQ 00 00 00 C', []],
  ],
  'uk-nhs': [
    ['it is grouped 3-3-4 with dashes', '401-023-2137', ['401-023-2137']],
    ['it is grouped with spaces', '221 395 1837', ['221 395 1837']],
    ['it is solid', '0032698674', ['0032698674']],
    ['the check digit is wrong', '401-023-2138', []],
  ],
  'ca-sin': [
    ['it is grouped with spaces', '130 692 544', ['130 692 544']],
    ['it is grouped with dashes', '347-677-452', ['347-677-452']],
    ['it is solid', '130692544', ['130692544']],
    ['Luhn fails', '130 692 545', []],
    ['it starts with 0', '046 454 286', []],
    ['it starts with 8', '812 345 678', []],
    ['separators are mixed', '046-454 286', []],
  ],
  'dea-number': [
    ['two letters and seven digits', 'GL0285191', ['GL0285191']],
    ['a mid-level practitioner with 9', 'K92993548', ['K92993548']],
    ['the check digit is wrong', 'BG8207031', []],
    ['the registrant type letter is not used', 'ZL0285191', []],
  ],
  npi: [
    ['it is solid', 'NPI 1234567893', ['1234567893']],
    ['it is grouped 4-3-3', '1234-567-893', ['1234-567-893']],
    ['it starts with 3', '3234567893', []],
    ['the check digit is wrong', '1234567890', []],
    ['it is a placeholder', '1111111112', []],
    ['it has 11 digits', '12345678934', []],
  ],
  ndc: [
    ['it is 4-4-2', 'NDC 0002-7510-01', ['0002-7510-01']],
    ['it is 5-3-2', '50242-040-62', ['50242-040-62']],
    ['it is 5-4-1', '12345-6789-1', ['12345-6789-1']],
    ['it is the 11-digit billing form', '12345-6789-01', ['12345-6789-01']],
    ['it has spaces', '12345 6789 01', []],
    ['it is a date', '2023-12-25', []],
  ],
  'icd-10': [
    ['a dotted code', 'E11.9', ['E11.9']],
    ['a 7-character code', 'S72.001A', ['S72.001A']],
    ['a 3-character category near "diagnosis"', 'diagnosis: J45', ['J45']],
    ['a 3-character category alone (a product code)', 'model A12', []],
    ['a version number', 'v1.2.3', []],
    ['U is reserved', 'U07.1', []],
  ],
  'email-address': [
    ['a plain address', 'mail info@presidio.site now', ['info@presidio.site']],
    ['an IDN domain', 'a@xn--d1acufc.xn--p1ai', ['a@xn--d1acufc.xn--p1ai']],
    ['the address ends a sentence', 'write to j.doe@example.com.', ['j.doe@example.com']],
    ['the domain has no top-level domain', 'info@presidio.', []],
    ['there is no domain', 'me@', []],
  ],
  'us-phone': [
    ['area code in parentheses', 'call (415) 555-0132', ['(415) 555-0132']],
    ['no space after the parenthesis', '(415)555-0132', ['(415)555-0132']],
    ['dashes', '415-555-0132', ['415-555-0132']],
    ['dots', '415.555.0132', ['415.555.0132']],
    ['with +1', '+1 415 555 0132', ['+1 415 555 0132']],
    ['with 1-', '1-800-555-0199', ['1-800-555-0199']],
    ['the area code starts with 1', '115-555-0132', []],
    ['a foreign country code', '+44 415 555 0132', []],
    ['an Indian number written 91-…', '91-415-555-0132', []],
    ['it is glued to a word', 'is415-555-0132', []],
    ['it is an SSN', '321-02-3456', []],
  ],
  'ip-address': [
    ['an IPv4 address', 'host 192.168.1.1,', ['192.168.1.1']],
    ['a CIDR block', '10.0.0.0/8.', ['10.0.0.0/8']],
    ['a compressed IPv6 address', 'fe80::1%eth0', ['fe80::1%eth0']],
    ['an IPv4-mapped IPv6 address', '::ffff:192.0.2.1', ['::ffff:192.0.2.1']],
    ['a bracketed IPv6 with port', '[2001:db8::1]:8080', ['2001:db8::1']],
    ['an octet is 256', '192.168.1.256', []],
    ['three octets', '192.168.1', []],
    ['glued to a word', 'text192.168.1.1', []],
    ['a time of day', '12:34:56', []],
    ['a MAC address', 'aa:bb:cc:dd:ee:ff', []],
    ['C++ scope', 'std::cout', []],
    ['two "::"', '2001::db8::1', []],
  ],
};

describe('built-in classifiers', () => {
  for (const [id, rows] of Object.entries(TABLE)) {
    describe(id, () => {
      it.each(rows)('when %s, then the matches are as expected', (_when, text, expected) => {
        expect(found(id, text)).toEqual(expected);
      });
    });
  }
});
