/**
 * The classes of mistakes real mail exposed (issue "The DLP engine on real mail"), one table per
 * class: each row is a text and the values the full scan must report, as [classifier, text]. A
 * row with no values is a look-alike that must not be reported as any pattern type.
 */
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../src/engine/dlp/index.ts';
import { classTable } from './helpers.ts';

const table = classTable;

describe('grouped numbers next to other numbers', () => {
  table([
    [
      'a card is followed by its expiry on the same line',
      'Visa 4539 1488 0343 6467 09/28 thanks',
      [['credit-card', '4539 1488 0343 6467']],
    ],
    ['a card is preceded by an expiry', 'exp 11/27 4539 1488 0343 6467', [['credit-card', '4539 1488 0343 6467']]],
    ['a card is followed by its CVV', 'card: 4539 1488 0343 6467 731', [['credit-card', '4539 1488 0343 6467']]],
    [
      'cards are pasted one per line',
      'Cards on file:\n4539 1488 0343 6467\n5105 1051 0510 5100\n3714 496353 98431\n',
      [
        ['credit-card', '4539 1488 0343 6467'],
        ['credit-card', '5105 1051 0510 5100'],
        ['credit-card', '3714 496353 98431'],
      ],
    ],
    [
      'a spreadsheet row is tab separated',
      'Holder\tCard\tExpiry\tAmount\nR. Diaz\t4539 1488 0343 6467\t04/29\t120.00\n',
      [['credit-card', '4539 1488 0343 6467']],
    ],
    [
      'a phone number is on the line after a ZIP+4',
      'Mara Quinn\n400 Elm St\nDenver, CO 80202-1134\n720.555.0183\n',
      [['us-phone', '720.555.0183']],
    ],
    [
      'phone numbers are pasted one per line',
      'Phone list\n303 555 0142\n720 555 0199\n',
      [
        ['us-phone', '303 555 0142'],
        ['us-phone', '720 555 0199'],
      ],
    ],
    ['a phone is written AAA/EEE-LLLL', 'reach me at 303/555-0117', [['us-phone', '303/555-0117']]],
    ['twenty digits in groups of four stay one longer number', 'ref 4539 1488 0343 6467 1234', []],
    ['groups split by a tab are two cells, not one number', 'card\t4539\t1488\t0343\t6467', []],
  ]);
});

describe('supporting information outweighs a generic negative word', () => {
  table([
    [
      'a card with its expiry in a reservation',
      'For reservation 8812 please charge 4539 1488 0343 6467, valid thru 06/28.',
      [['credit-card', '4539 1488 0343 6467']],
    ],
    [
      'an SSN beside a date of birth and a ticket number',
      'Ticket 5521: Dana Ruiz, born 03/14/1982, 512-44-7310',
      [['us-ssn', '512-44-7310']],
    ],
    ['an order number with nothing for it stays an order number', 'order 4539148803436467 shipped', []],
  ]);
});

describe('one value, one type', () => {
  table([
    ['a routing number is not also an account and an SSN', 'ABA routing number 021000021', [['aba-routing', '021000021']]],
    ['a passport number is not also an SSN', 'Passport no. 512345678, issued 2019', [['us-passport', '512345678']]],
    ['an NHS number is not also a phone', 'NHS number 943 476 5919', [['uk-nhs', '943 476 5919']]],
    ['a phone is not also an NHS number', 'mobile 943 476 5919', [['us-phone', '943 476 5919']]],
    [
      'an account and a routing number side by side keep their own types',
      'account 40012877 routing 021000021',
      [
        ['us-bank-account', '40012877'],
        ['aba-routing', '021000021'],
      ],
    ],
  ]);
});

describe('look-alikes without context', () => {
  table([
    ['a build number', 'Deployed build 3.18.0.204 to staging', []],
    ['a firmware version', 'firmware version 10.2.1.7 is out', []],
    ['a clause number', 'as set out in clause C14.2 of the agreement', []],
    ['a JSON timestamp', '{"id": "a1", "updated": 1716392011, "ok": true}', []],
    ['a meeting ID', 'Join the meeting, meeting ID 845 2210 9931', []],
    ['a member ID', 'Member ID: 536228411', []],
    ['shouted capital words after SWIFT', 'SWIFT INSTRUCTION ATTACHED PLEASE REVIEW', []],
    ['a retina image name', 'see hero@2x.png and icon@3x.webp', []],
    ['an image file with an at sign', 'photo@home.jpg', []],
    ['a real address beside them', 'logo@2x.png — mail jane.roe@example.org', [['email-address', 'jane.roe@example.org']]],
    ['a BIC beside its label', 'BIC: DEUTDEFF', [['swift-bic', 'DEUTDEFF']]],
    ['an upgrade target', 'Please upgrade the agent to 7.3.0.12 tonight', []],
    ['an OID', 'the attribute 1.3.6.1.4.1.311 is set', []],
    ['a netmask', 'mask 255.255.255.0 applied', []],
    ['a clause number beside its word', 'as section B12.4 says', []],
    ['a solid ten-digit number that passes the NHS check', 'ref 9434765919 attached', []],
    ['a solid ten-digit number that passes the NPI check', 'see 1234567893 in the portal', []],
    ['the same NPI with its word', 'NPI 1234567893', [['npi', '1234567893']]],
    ['barcodes that pass the card check', 'Scan EAN 4003994155486 or GTIN 5901234123457 at the desk; UPC 036000291452', []],
    ['a phone IMEI', 'Device IMEI 490154203237518 was wiped', []],
    ['an IBAN typed in lower case', 'pay to iban de89 3704 0044 0532 0130 00 today', [['iban', 'de89 3704 0044 0532 0130 00']]],
    ['a lower-case IBAN one digit off', 'pay to iban de89 3704 0044 0532 0130 01 today', []],
    ['a DEA number typed in lower case beside its word', 'prescriber dea # al3417816 signed', [['dea-number', 'al3417816']]],
    ['the same without a DEA word', 'code al3417816 attached', []],
    ['an IBAN wrapped at a group', 'IBAN: DE89 3704 0044\n0532 0130 00\nHolder: A. Roe', [['iban', 'DE89 3704 0044\n0532 0130 00']]],
    ['an IBAN wrapped inside a group', 'IBAN: DE89 3704 00\n44 0532 0130 00', []],
    ['an address in a firewall log', 'firewall: DENY tcp 45.54.86.143:38909 rule=355', [['ip-address', '45.54.86.143']]],
  ]);
});

describe('a table header is the context of its column', () => {
  table([
    [
      'a tab-separated table with a SIN column, rows far below',
      `Name\tSIN\tCity\n${Array.from({ length: 12 }, (_, i) => `Person ${i}\t\tOttawa`).join('\n')}\nJo Tremblay\t130 692 544\tHull\n`,
      [['ca-sin', '130 692 544']],
    ],
    [
      'a CSV with a Passport No. column',
      'Name,Passport No.,Country\nJo Smith,512345678,US\nAl Brown,498765432,US\n',
      [
        ['us-passport', '512345678'],
        ['us-passport', '498765432'],
      ],
    ],
    [
      'a Markdown table with a CUSIP column',
      '| Issuer | CUSIP | Qty |\n|---|---|---|\n| Apple | 037833100 | 10 |\n| Microsoft | 594918104 | 5 |',
      [
        ['cusip', '037833100'],
        ['cusip', '594918104'],
      ],
    ],
    [
      'columns aligned with spaces',
      'Employee        SSN            Start\nJo Smith        536-22-8411    2019\nAl Brown        219-45-7781    2021\n',
      [
        ['us-ssn', '536-22-8411'],
        ['us-ssn', '219-45-7781'],
      ],
    ],
    ['a Member ID column is not a column of anything else', 'Member ID,Plan\n536228411,Gold\n498765432,Silver\n', []],
    [
      'a rule line under the header of an aligned table',
      'Traveller       Passport No.  Nationality\n--------------  ------------  -----------\nR. Diaz         C27903839     USA\nM. Chen         297042991     USA\n',
      [
        ['us-passport', 'C27903839'],
        ['us-passport', '297042991'],
      ],
    ],
    ['an Order # column holds orders even when a number passes a checksum', 'Order #\tItem\n130692544\tDesk\n', []],
    [
      'the header names the column, not a word in a neighbouring cell',
      'Name\tBank\tRouting\tAccount\nJo\tPlains Savings\t021000021\t40012877\n',
      [
        ['aba-routing', '021000021'],
        ['us-bank-account', '40012877'],
      ],
    ],
    ['prose with commas is no table', 'Hi Jo, thanks, see you.\nAll good, cheers, Al.\n', []],
  ]);
});

describe('a label right before a value names it', () => {
  table([
    ['an invoice number with a phone shape', 'The invoice 2125550147 for $480.00 is approved.', []],
    ['a ticket reference with an ITIN shape and a date nearby', 'Ticket reference 935-85-5788 was closed on 04/18/2026.', []],
    ['a JSON key', '{"member_id": 536228411, "plan": "gold"}', []],
    [
      "a driver's licence label next to an SSN line",
      "SSN: 512-44-7310\nDriver's license: 182573765",
      [
        ['us-ssn', '512-44-7310'],
        ['us-drivers-license', '182573765'],
      ],
    ],
    [
      'routing and account labels on their own lines',
      'Routing number: 021000021\nAccount number: 40012877',
      [
        ['aba-routing', '021000021'],
        ['us-bank-account', '40012877'],
      ],
    ],
  ]);
});

describe("a label that only qualifies the value's own word before it", () => {
  table([
    ['"the SSN on the invoice is"', 'The SSN on the invoice is 536-22-8815.', [['us-ssn', '536-22-8815']]],
    ['"card number for the order:"', 'card number for the order: 4111 1111 1111 1111', [['credit-card', '4111 1111 1111 1111']]],
    ['"the NDC on the claim is"', 'NDC on the claim is 69872-6322-95', [['ndc', '69872-6322-95']]],
    ['"routing number of the account is"', 'routing number of the account is 021000021', [['aba-routing', '021000021']]],
    ['"the phone on the account is"', 'The phone on the account is (212) 555-0143', [['us-phone', '(212) 555-0143']]],
    [
      '"Taxpayer ID on the release:" (its word\'s "ID" between)',
      'Release of Property from Levy, for Maya Lombardi. Taxpayer ID on the release: 401-90-3427. Effective immediately.',
      [['us-ssn', '401-90-3427']],
    ],
    // The value's own word is not the head: the label names the value.
    ['the own word ends a clause before the label', 'Check the SSN. Invoice 536-22-8815 is due.', []],
    ['the own word and the label are joined by "and"', 'SSN and order 536-22-8815', []],
    ['the own word is too far before the label', 'SSN as requested on behalf of the order 536-22-8815', []],
  ]);
});

describe('layouts', () => {
  table([
    ["an Illinois driver's licence (letter and 11 digits)", 'DL # K126-1470-6920 (IL)', [['us-drivers-license', 'K126-1470-6920']]],
    ["a Michigan driver's licence with spaces", 'MI licence M 597 742 238 451', [['us-drivers-license', 'M 597 742 238 451']]],
    // (The card number inside is the track's: one value, one type.)
    [
      'a card inside track 1 and track 2 data',
      'dump %B4539148803436467^DIAZ/R^2809101000000000?\n;5105105105105100=2712101000000?',
      [
        ['track-data', '%B4539148803436467^DIAZ/R^2809101000000000?'],
        ['track-data', ';5105105105105100=2712101000000?'],
      ],
    ],
    ["a Florida driver's licence with dashes", "driver's license W426-545-30-761-0", [['us-drivers-license', 'W426-545-30-761-0']]],
    ["an 8-digit Texas driver's licence", 'Texas DL 47291836', [['us-drivers-license', '47291836']]],
    ['an 11-digit NDC written solid', 'NDC 00093718056 dispensed', [['ndc', '00093718056']]],
    ['an ICD-10 code ending a sentence', 'She was prescribed metformin for E11.65.', [['icd-10', 'E11.65']]],
    ['an ICD-10 code with letters after the dot', 'diagnosis S52.521A, follow up', [['icd-10', 'S52.521A']]],
    [
      'a dotted ICD-10 code among other words',
      "Codes: E11.65 and J45.909 per the patient's chart",
      [
        ['icd-10', 'E11.65'],
        ['icd-10', 'J45.909'],
      ],
    ],
    ['a card grouped with dots', 'card 4539.1488.0343.6467 exp 09/28', [['credit-card', '4539.1488.0343.6467']]],
  ]);
});

describe('codes typed in lower case, and letters typed apart', () => {
  table([
    ['a BIC is typed in lower case after its label', 'iban below, bic cobadeffxxx - thanks', [['swift-bic', 'cobadeffxxx']]],
    ['an 8-character BIC with a digit follows "swift:" in lower case', 'swift: bofaus3n for the wire', [['swift-bic', 'bofaus3n']]],
    ['a lower-case word of eight letters follows "bic"', 'the bic pensieve was cheap', []],
    ['a lower-case word of eight letters follows "swift"', 'thanks for the swift response today', []],
    ['a lower-case code is not right after the label', 'swift transfer to deutdeff500 today', []],
    ['a lower-case BIC follows "SWIFT is"', 'Our SWIFT is deutdeff500 for the wire', [['swift-bic', 'deutdeff500']]],
    ['a lower-case BIC follows "BIC no."', 'bic no. bofaus3n on the form', [['swift-bic', 'bofaus3n']]],
    ['a lower-case word of eight letters follows "bic is"', 'the bic is pensieve', []],
    [
      'a dotted ICD-10 code is typed in lower case among health words',
      'Patient diagnosis: j45.909 and e11.9 noted',
      [
        ['icd-10', 'j45.909'],
        ['icd-10', 'e11.9'],
      ],
    ],
    ['a lower-case dotted code has no health word near', 'unzip a12.zip and b45.tar into build', []],
    ['a version number stands among health words', 'The patient portal moved to v12.3 after the diagnosis review', []],
    ['a licence is a letter, a space and seven digits', "driver's license E 3840721 (CA) on file", [['us-drivers-license', 'E 3840721']]],
    ['a passport number is typed in lower case beside its label', 'Passport number c03005988 on file', [['us-passport', 'c03005988']]],
    ['a licence is typed in lower case beside its label', "driver's license d1234567 on file", [['us-drivers-license', 'd1234567']]],
    ['a lower-case letter and digits have no label', 'commit d1234567 merged; hash c03005988', []],
    ['JSON escapes come before digits in a passport column', 'Passport numbers: "Kwame\\t39434204\\nAnn\\tx1234567"', []],
    ['a letter, a space and seven digits have no licence word', 'Row E 3840721 of the ledger', []],
    ['"I" is a word before seven digits', 'license: I 3840721 think so', []],
    ['a SIN solid is labelled S-I-N', 'Onboarding: S-I-N 232452649 for payroll', [['ca-sin', '232452649']]],
    ['a SIN solid is labelled S.I.N.', 'Her S.I.N. is 232452649.', [['ca-sin', '232452649']]],
    ['a SIN solid has no label', "It's Sam's 232452649 order", []],
    [
      'an ITIN solid is labelled "taxpayer id" (its last word "id" names member numbers too)',
      'taxpayer id 912701234 on the W-7',
      [['us-itin', '912701234']],
    ],
    ['a member number is labelled "member id"', 'member id 912701234 on the card', []],
    ['a SIN is labelled "social ins. no."', 'social ins. no. 130692544', [['ca-sin', '130692544']]],
    [
      'an IBAN and its label are both spaced out letter by letter',
      'Refund to: I B A N E S 1 6 0 8 3 6 4 5 5 7 3 3 8 6 2 8 2 4 2 6 6 0. Thanks',
      [['iban', 'E S 1 6 0 8 3 6 4 5 5 7 3 3 8 6 2 8 2 4 2 6 6 0']],
    ],
    [
      'an account label is spaced out before a spaced-out IBAN',
      'A C C T G B 8 2 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 2 ok',
      [['iban', 'G B 8 2 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 2']],
    ],
    ['three spaced capitals before seven spaced digits stay an identifier', 'ref X E S 1 6 0 8 3 6 4 here', []],
    ['a NINO is spaced out character by character', 'NI number A B 1 2 3 4 5 6 C ok', [['uk-nino', 'A B 1 2 3 4 5 6 C']]],
    ['a NINO is dotted character by character', 'NI number A.B.1.2.3.4.5.6.C ok', [['uk-nino', 'A.B.1.2.3.4.5.6.C']]],
    ['a spaced-out NINO ends in a letter a NINO never ends in', 'NI number A B 1 2 3 4 5 6 E ok', []],
  ]);
});

describe('a solid number with letters for digits', () => {
  table([
    ['a routing number starts with an O', 'Routing number O21000021 ok', [['aba-routing', 'O21000021']]],
    ['a routing number has an O and an l', 'the routing number is O2l000021.', [['aba-routing', 'O2l000021']]],
    ['an NPI starts with an l', 'NPI l234567893 ok', [['npi', 'l234567893']]],
    ['a CUSIP starts with an O', 'CUSIP O37833100 ok', [['cusip', 'O37833100']]],
    ['a bank account has an O among its digits', 'Bank account number 123456789O12 ok', [['us-bank-account', '123456789O12']]],
    ['a passport has an O after its first digit', 'Passport number C03OO5988 ok', [['us-passport', 'C03OO5988']]],
    ['an ITIN has an O in its middle group', 'ITIN 912-7O-1234 ok', [['us-itin', '912-7O-1234']]],
    // Capitals before the first digit are the value's prefix, as written.
    ["a DEA number's initial is an O", 'DEA MO0614493 ok', [['dea-number', 'MO0614493']]],
    ["a DEA number's initial is an I", 'DEA number FI6125341 on file', [['dea-number', 'FI6125341']]],
    ['a build tag has three letters for digits', 'build IOl2345678 done', []],
    ['a part number has a long prefix', 'Part GPIO2345678 ships', []],
  ]);
});

describe('digits written as words', () => {
  table([
    [
      'an SSN is written one word per digit',
      'my ssn is five three six two two eight eight one five',
      [['us-ssn', 'five three six two two eight eight one five']],
    ],
    [
      'an SSN is written in groups joined by hyphens',
      'SSN: five-three-six two-two eight-eight-one-five',
      [['us-ssn', 'five-three-six two-two eight-eight-one-five']],
    ],
    [
      'an SSN is written in groups set apart by commas',
      'SSN five three six, two two, eight eight one five ok',
      [['us-ssn', 'five three six, two two, eight eight one five']],
    ],
    [
      'a card is written out, capitalised',
      'Card: Four five three nine one four eight eight zero three four three six four six seven',
      [['credit-card', 'Four five three nine one four eight eight zero three four three six four six seven']],
    ],
    [
      'a routing number is read out with "oh"',
      'Routing number oh two six oh oh nine five nine three.',
      [['aba-routing', 'oh two six oh oh nine five nine three']],
    ],
    // Digit words in sentences are no number.
    ['a child counts to ten', 'Count with me: one, two, three, four, five, six, seven, eight, nine, ten!', []],
    ['a few digit words', 'I have one or two, maybe three to five apples and six oranges', []],
    [
      'an area code in parentheses comes before seven digits typed solid',
      'call (415)7620134 or +1 (415) 7620134',
      [
        ['us-phone', '(415)7620134'],
        ['us-phone', '+1 (415) 7620134'],
      ],
    ],
    [
      'Cyrillic letters drawn like digits stand for them',
      'my ssn is 53б-22-1234 and the card 4539 1488 0З43 6467',
      [
        ['us-ssn', '53б-22-1234'],
        ['credit-card', '4539 1488 0З43 6467'],
      ],
    ],
    ['digit words stand for part of a phone number', 'call me on four one five 762 0134 tonight', [['us-phone', 'four one five 762 0134']]],
    [
      'digit words stand for the first group of a card',
      'my card is four five three nine 1488 0343 6467 exp 09/27',
      [['credit-card', 'four five three nine 1488 0343 6467']],
    ],
    ["digit words stand for an SSN's area", 'ssn five three six 22 1234', [['us-ssn', 'five three six 22 1234']]],
    [
      'digit words and numbers are listed in prose',
      'Rooms one, two, 3, four, five, six, seven and eight are free; scores 5, 7, three, 9, 8, six, 4, five',
      [],
    ],
    ['scores are listed with "and"', 'She scored nine, eight, seven, nine, eight, nine and seven in the rounds', []],
  ]);
});

describe('numbers read aloud, as a transcript prints them', () => {
  table([
    [
      'a filler between the groups',
      'Caller: my cell is five three oh, six six four, uh, one five six three.',
      [['us-phone', 'five three oh, six six four, uh, one five six three']],
    ],
    [
      'pauses printed as dots',
      'Member: my social is six three four... zero four... one nine six five.',
      [['us-ssn', 'six three four... zero four... one nine six five']],
    ],
    [
      'tens and teens',
      'Client: my SSN is two four seven... zero three... eighty-five thirty-nine.',
      [['us-ssn', 'two four seven... zero three... eighty-five thirty-nine']],
    ],
    [
      'a digit doubled',
      'Call me back at eight five six six nine zero double one double zero, the cell.',
      [['us-phone', 'eight five six six nine zero double one double zero']],
    ],
    [
      'groups as the speaker paused, which are no layout',
      'Her phone number: five six seven, three four, seven six, six five seven.',
      [['us-phone', 'five six seven, three four, seven six, six five seven']],
    ],
    [
      'a card with a filler before its last group',
      'Card number: five one four one, two six two two, seven three one five, um, six seven seven three',
      [['credit-card', 'five one four one, two six two two, seven three one five, um, six seven seven three']],
    ],
    [
      'digit by digit, hyphenated, the groups set apart by commas',
      "Agent: so that's 4-5-3-9, 1-4-8-8, 0-3-4-3, 6-4-6-7, correct?",
      [['credit-card', '4-5-3-9, 1-4-8-8, 0-3-4-3, 6-4-6-7']],
    ],
    [
      'digit by digit, hyphenated, the groups set apart by spaces',
      'Client: my SSN is 5-3-6 2-2 8-8-1-5.',
      [['us-ssn', '5-3-6 2-2 8-8-1-5']],
    ],
    ['a pause after each group', 'Client: my cell is 606. 228. 9788.', [['us-phone', '606. 228. 9788']]],
    // (A list's item number before a phone stays the list's.)
    [
      'a numbered list of phones',
      'Numbers:\n1. 415 762 0134\n2. 415-762-0135',
      [
        ['us-phone', '415 762 0134'],
        ['us-phone', '415-762-0135'],
      ],
    ],
    // (Numbers in prose stay prose.)
    ['versions listed', 'Tested on 1.2.3, 1.2.4, 1.3.0 and 2.0.1.', []],
    ['a year and an age', 'In nineteen eighty-four she was twenty-one, uh, maybe twenty-two.', []],
    ['a countdown with fillers', 'Ten, nine, eight, uh, seven, six, five, four... three, two, one!', []],
  ]);
});

describe('a National Insurance number grouped in disguise', () => {
  table([
    ['its groups are joined by underscores', 'NI number AB_12_34_56_C ok', [['uk-nino', 'AB_12_34_56_C']]],
    ['its groups are two spaces apart', 'NI number AB  12  34  56  C ok', [['uk-nino', 'AB  12  34  56  C']]],
    ['its groups are joined by slashes', 'NI number AB/12/34/56/C ok', [['uk-nino', 'AB/12/34/56/C']]],
    ['its prefix holds an O, which stays a letter', 'NI number OA_12_34_56_C ok', [['uk-nino', 'OA_12_34_56_C']]],
    ['the suffix is not A to D', 'NI number AB_12_34_56_E ok', []],
    ['the prefix is one no NINO has', 'NI number QQ_12_34_56_C ok', []],
    ['more is glued on after the suffix', 'NI number AB_12_34_56_C2 ok', []],
    ['the groups are on two lines', 'NI number AB_12_34_56\nC ok', []],
  ]);
});

describe('separators that differ inside one value', () => {
  table([
    ['a card mixes a space and a hyphen', 'card 4539 1488-0343 6467 exp 09/28', [['credit-card', '4539 1488-0343 6467']]],
    ['a card mixes three separators', 'card 4539-1488 0343.6467 on file', [['credit-card', '4539-1488 0343.6467']]],
    ['an Amex in 4-6-5 mixes them', 'amex 3714 496353-98431 ok', [['credit-card', '3714 496353-98431']]],
    ['sixteen digits in fours fail the check digit', 'ref 4539 1488-0343 6468 exp', []],
    ['years are listed with mixed separators', 'seasons 2019 2020-2021 2022 and on', []],
    ['an SSN mixes a hyphen and a space (the public cases find none)', 'id 536-22 1234 here', []],
    ['a phone number is written AAA EEE-LLLL', 'Phone: 415 555-0134.', [['us-phone', '415 555-0134']]],
    ['a phone number is written +1 AAA EEE-LLLL', 'call +1 415 555-0134 today', [['us-phone', '+1 415 555-0134']]],
    ['a ZIP code stands a space before AAA EEE-LLLL', 'zip 94105 415 555-0134', []],
    [
      'a signature glues an extension to the line',
      'Tel: 415-555-0134x204 | Fax: (415) 555-0199X2',
      [
        ['us-phone', '415-555-0134'],
        ['us-phone', '(415) 555-0199'],
      ],
    ],
    ['letters follow the line digits', 'part 415-555-0134xyz', []],
    ['the extension is too long', 'tel 415.555.0134x12345678', []],
    ['an N11 code is written AAA EEE-LLLL', 'dial 411 555-0134 now', []],
  ]);
});

describe('groupings values are not printed in', () => {
  table([
    ['a Visa is written in two eights near a card word', 'Visa 45391488 03436467 exp', [['credit-card', '45391488 03436467']]],
    ['two eights make a valid card number with no card word', 'ref 45391488 03436467', []],
    ['an Amex is written in fours', 'Amex 3714 4963 5398 431 exp', [['credit-card', '3714 4963 5398 431']]],
    ['a phone number is written AAA EEELLLL near a phone word', 'call 415 5550134 today', [['us-phone', '415 5550134']]],
    ['AAA EEELLLL has no phone word', 'ref 415 5550134', []],
    ['a NINO is written with hyphens', 'the NI number is AB-12-34-56-C ok', [['uk-nino', 'AB-12-34-56-C']]],
    ['a NINO with hyphens has a prefix never issued', 'NI number GB-12-34-56-C', []],
    [
      'an IBAN grouped by two spaces has groups a card in disguise would have (a rewrite must not lose it)',
      'Hi team, the IBAN is GB82  WEST  1234  5698  7654  32 as requested.',
      [['iban', 'GB82  WEST  1234  5698  7654  32']],
    ],
  ]);
});

describe('a BIC printed in its parts after its label', () => {
  table([
    ['the parts are spaced', 'SWIFT/BIC: NWBK GB 2L', [['swift-bic', 'NWBK GB 2L']]],
    ['the parts are hyphenated, with a branch', 'Swift code DEUT-DE-FF-500 please', [['swift-bic', 'DEUT-DE-FF-500']]],
    ['the country is no country', 'BIC NWBK ZZ 2L', []],
    [
      'codes of letters alone fill a BIC column of a semicolon CSV, far below its header',
      'Name;IBAN;BIC\nMüller GmbH;DE89 3704 0044 0532 0130 00;COBADEFFXXX\nDupont SA;FR14 2004 1010 0505 0001 3M02 606;BNPAFRPPXXX',
      [
        ['iban', 'DE89 3704 0044 0532 0130 00'],
        ['swift-bic', 'COBADEFFXXX'],
        ['iban', 'FR14 2004 1010 0505 0001 3M02 606'],
        ['swift-bic', 'BNPAFRPPXXX'],
      ],
    ],
    ['a column of capital words is named something else', 'Name,Status,Code\nAcme,ACTIVE,GENERALS\nBeta,PENDING,DEUTDEFF', []],
    ['capital words follow the label', 'BIC FROM THE BANK', []],
  ]);
});

describe('one reading is likelier than another', () => {
  table([
    [
      'a dialable 3-3-4 number passes the NHS check with no word for either',
      'Pour toute question, composez le 715-685-7800.',
      [['us-phone', '715-685-7800']],
    ],
    ['the same number follows an NHS word', 'NHS number 715 685 7800', [['uk-nhs', '715 685 7800']]],
    // (Grouped so, one number in eleven passes the check: with no NHS word it is only a shape, as an
    // insurer's claim number is.)
    ['an NHS-valid number no phone can have, with no NHS word', 'the number on the letter is 943 176 5918', []],
    ["an insurer's claim grouped 3-3-4", 'Respondent: Harborline Insurance Co. (NAIC 83224), claim 093-271-0921', []],
    ['the same number on an NHS letter', 'your NHS number on the letter is 943 176 5918', [['uk-nhs', '943 176 5918']]],
    ["a tax preparer's PTIN looks like a state licence", '{"preparer_ptin": "P01884213"}', []],
    ['a dotted quad is a release', 'Fleetview 10.4.2.1 released', []],
    ['a dotted quad is a server', 'Fleetview server 10.4.2.1 is down', [['ip-address', '10.4.2.1']]],
  ]);
});

describe('labels written as identifiers (JSON keys, XML tags, column headers)', () => {
  table([
    [
      'JSON keys are in camelCase',
      '{"routingNumber": "021000021", "accountNumber": "4400123456"}',
      [
        ['aba-routing', '021000021'],
        ['us-bank-account', '4400123456'],
      ],
    ],
    ['a key names a code of letters', '{"swiftCode": "NWBKGB2L"}', [['swift-bic', 'NWBKGB2L']]],
    ['a key starts with an acronym', '{"NHSNumber": "943 476 5919"}', [['uk-nhs', '943 476 5919']]],
    ['a key of three words names a solid number', '{"socialSecurityNumber": "536221234"}', [['us-ssn', '536221234']]],
    [
      'XML tags are in PascalCase',
      '<Payee><SwiftCode>NWBKGB2L</SwiftCode><NationalInsuranceNumber>JT482617B</NationalInsuranceNumber></Payee>',
      [
        ['swift-bic', 'NWBKGB2L'],
        ['uk-nino', 'JT482617B'],
      ],
    ],
    [
      'column headers are in snake_case and camelCase',
      'name\tni_number\tswiftBic\tpassportNo\nJo Smith\tJT482617B\tNWBKGB2L\t488839667',
      [
        ['uk-nino', 'JT482617B'],
        ['swift-bic', 'NWBKGB2L'],
        ['us-passport', '488839667'],
      ],
    ],
    ['a JSON string keeps its line breaks escaped', '{"note": "Hi\\nPassport number: 480068565"}', [['us-passport', '480068565']]],
    [
      'an ISO 20022 payment file gives the bank in BICFI',
      '<CdtrAgt><FinInstnId><BICFI>NWBKGB2L</BICFI></FinInstnId></CdtrAgt>',
      [['swift-bic', 'NWBKGB2L']],
    ],
    ['an older payment file gives it in BICOrBEI', '<FinInstnId><BICOrBEI>DEUTDEFF</BICOrBEI></FinInstnId>', [['swift-bic', 'DEUTDEFF']]],
    ['a camelCase key names another kind', '{"orderId": "536-22-1234"}', []],
    ['a camelCase header names another kind', 'orderId,amount\n536-22-1234,12.00', []],
  ]);
});

/** A line of prose as long as a mail client wraps lines (60 to 80 columns), ending where a value begins. */
const WRAPPED = 'Thanks for getting back to me so quickly about the refund, you can call';

describe('values that mail wrapping cut across lines', () => {
  table([
    ['a phone number is wrapped after its exchange', `${WRAPPED} 415 762\n0134 after six.`, [['us-phone', '415 762\n0134']]],
    ['a phone number is wrapped after its area code', `${WRAPPED} 415\n762 0134 after six.`, [['us-phone', '415\n762 0134']]],
    ['a phone number is wrapped at a hyphen', `${WRAPPED} 415-762-\n0134 any time.`, [['us-phone', '415-762-\n0134']]],
    ['a reply quotes a wrapped phone number', `> ${WRAPPED} 415 762\n> 0134 any time.`, [['us-phone', '415 762\n> 0134']]],
    ['a reply two levels deep quotes it', `>> ${WRAPPED} 415 762\r\n>> 0134 any time.`, [['us-phone', '415 762\r\n>> 0134']]],
    [
      'a reply quotes a wrapped card number',
      '> As requested for the payroll change my card number is 4539 1488\n> 0343 6467 and the expiry is 09/27.',
      [['credit-card', '4539 1488\n> 0343 6467']],
    ],
    ['an SSN is broken after a hyphen on a short line', 'My SSN is 536-22-\n1234 as asked.', [['us-ssn', '536-22-\n1234']]],
    ['an SSN is broken before a hyphen', 'my social security number is 536-22\n-1234 thanks', [['us-ssn', '536-22\n-1234']]],
    [
      'a National Insurance number is wrapped between its pairs',
      'Thanks for getting back to me so quickly, my NI number is AB 12\r\n34 56 C and the rest',
      [['uk-nino', 'AB 12\r\n34 56 C']],
    ],
    ['a National Insurance number is broken on a short line', 'my NI number is AB 12\n34 56 C', []],
    [
      'a National Insurance number is wrapped before its suffix letter',
      'Thanks for getting back to me so quickly, my NI number is AB 12 34 56\nC and the rest',
      [['uk-nino', 'AB 12 34 56\nC']],
    ],
    [
      'a reply quotes a National Insurance number wrapped before its suffix',
      '> Thanks for getting back to me so quickly, my NI number is AB 12 34 56\r\n> C and the rest',
      [['uk-nino', 'AB 12 34 56\r\n> C']],
    ],
    [
      'the next line only starts with the suffix letter',
      'Thanks for getting back to me so quickly, my NI number is AB 12 34 56\nCheers',
      [],
    ],
    ['a short line ends before the suffix letter', 'my NI number is AB 12 34 56\nC', []],
    [
      'a phone number is wrapped after its area code in parentheses',
      `${WRAPPED} (415)\n762-0134 after six.`,
      [['us-phone', '(415)\n762-0134']],
    ],
    ['a reply quotes it', `> ${WRAPPED} (415)\n> 762-0134 after six.`, [['us-phone', '(415)\n> 762-0134']]],
    ['a phone number is wrapped after its country code', `${WRAPPED} +1\n415 762 0134 after six.`, [['us-phone', '+1\n415 762 0134']]],
    ['a reply quotes it', `> ${WRAPPED} +1\n> 415 762 0134 after six.`, [['us-phone', '+1\n> 415 762 0134']]],
    [
      'a phone number in parentheses is wrapped after its country code',
      `${WRAPPED} +1\r\n(415) 762-0134 after six.`,
      [['us-phone', '+1\r\n(415) 762-0134']],
    ],
    [
      'an IBAN grouped by hyphens is wrapped at one',
      'Please pay the deposit to NL91-ABNA-\n0417-1643-00 by Friday',
      [['iban', 'NL91-ABNA-\n0417-1643-00']],
    ],
    ['a short line ends in a 1 before a phone number', 'Room 1\n415 762 0134', [['us-phone', '415 762 0134']]],
    [
      'a National Insurance number is wrapped after its prefix letters',
      'Thanks for getting back to me so quickly, my NI number is AB\n12 34 56 C and the rest',
      [['uk-nino', 'AB\n12 34 56 C']],
    ],
    [
      'a reply quotes it',
      '> Thanks for getting back to me so quickly, my NI number is AB\n> 12 34 56 C and the rest',
      [['uk-nino', 'AB\n> 12 34 56 C']],
    ],
    [
      'an IBAN is wrapped after its check digits',
      'Thanks for getting back to me so quickly, please pay the deposit to GB82\nWEST 1234 5698 7654 32 by Friday',
      [['iban', 'GB82\nWEST 1234 5698 7654 32']],
    ],
    [
      'a reply quotes an IBAN wrapped after a group of letters',
      '> Thanks for getting back to me so quickly, please pay the deposit to GB82 WEST\r\n> 1234 5698 7654 32 by Friday',
      [['iban', 'GB82 WEST\r\n> 1234 5698 7654 32']],
    ],
    [
      'a client wrapped the quoted line without its prefix',
      '> Thanks for getting back to me so quickly, please pay the deposit to GB82 WEST\n1234 5698 7654 32 by Friday',
      [['iban', 'GB82 WEST\n1234 5698 7654 32']],
    ],
    [
      'a bank code printed in its parts is wrapped between two parts',
      'Thanks for getting back to me so quickly, the bank for the deposit has BIC DEUT DE\nFF 500 as its code',
      [['swift-bic', 'DEUT DE\nFF 500']],
    ],
    ['a short line ends in an area code in parentheses', 'Area (415)\n762-0134 rows', []],
    ['a short line ends in part of a number (a row, not a wrap)', 'Phone 415 762\n0134 units', []],
    ['a tab separates the parts', 'Phone\t415 762\t0134 x', []],
    ['the quoted line is short', '> Phone 415 762\n> 0134 units', []],
  ]);

  it('when a wrapped value is read through then it is not marked as written to evade detection', () => {
    const [wrapped] = scanText(`${WRAPPED} 415 762\n> 0134 any time.`.replace(/^/, '> '));
    const [plain] = scanText(`> ${WRAPPED} 415 762 0134 any time.`);
    expect(wrapped.explanation.obfuscated).toBeFalsy();
    expect(wrapped.score).toBe(plain.score);
  });
});

describe('labels written as initials or as one word raise the score to the context score', () => {
  it.each([
    ['a licence labelled D.L.', 'D.L. D1234567 issued 2019', 'us-drivers-license', 75],
    ['a diagnosis code labelled "ICD10" as one word', 'ICD10: E11.9 noted', 'icd-10', 75],
    ['an SSN labelled "soc. sec. no."', 'soc. sec. no. 536-22-1234', 'us-ssn', 80],
    ['an SSN labelled S.S.N.', 'S.S.N. 536-22-1234', 'us-ssn', 80],
  ])('when %s', (_name, text, classifier, score) => {
    const [f] = scanText(text).filter((x) => x.classifier === classifier);
    expect(f?.score).toBe(score);
  });
});

describe('a value whose shape says what it is, and words that label another kind', () => {
  table([
    [
      'an email address sits in a CSV column headed with another word',
      'id,created,requester,subject\nOPS-3007,2026-05-19T13:47:50Z,gavin_novak@fenwickpayroll.com,"Laptop battery"',
      [['email-address', 'gavin_novak@fenwickpayroll.com']],
    ],
    [
      'a browser version in a user agent has an address shape',
      '10.1.4.22 - - "GET / HTTP/1.1" 200 "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/121.0.0.0 Safari/537.36"',
      [['ip-address', '10.1.4.22']],
    ],
    [
      'a version word follows the address in another sentence',
      'Printers: the 3rd-floor MFP is at 10.247.29.168, the 4th-floor one at 172.21.85.42. Your badge PIN releases jobs.',
      [
        ['ip-address', '10.247.29.168'],
        ['ip-address', '172.21.85.42'],
      ],
    ],
    [
      'a version word follows an IPv6 address lines later',
      'ipv6     AAAA   2001:db8:bf33:f28::56b\n\nSerial 2043397378. Rollback: restore zone file version 72.',
      [['ip-address', '2001:db8:bf33:f28::56b']],
    ],
    [
      'a version word labels the dotted number, nearer than a network word',
      'Affected: gateway 2.4.6 through 2.11.8, and appliance firmware before 19.11.10.82.',
      [],
    ],
    ['a version word right after the dotted number labels it', 'Upgrade to 10.4.2.17 (firmware) tonight.', []],
    ['a shipping notice numbers the cartons', 'We received 14 of 16 cartons against ASN 8718997058 today.', []],
    ['a bill of lading numbers the freight', 'Cartons 3 and 7 are missing from BOL 209922782. Please credit us.', []],
    ['a courier numbers its waybill', 'Original documents by courier: DHL waybill 8942308288', []],
    ['a travel programme numbers its member', 'Known Traveler Number: 247767483\nRedress number: none', []],
    ['an ACH return names its trace number', '2026-03-13 ACH RETURN R08 payment stopped trace=527566016925065', []],
    ['a repository names a commit', 'Rollback point: snapshot taken at 08:02 (commit 2122387975)', []],
    ['a utility names its meter', 'usage 226 kWh; meter X48424168\nAmount due $192.57', []],
    ['a lab names its requisition', 'Lab requisition H10145508\nOrdering physician: Dr. Sato', []],
    ["a state's licence layout stands with no licence word", 'Please quote X48424168 when you call.', []],
    ['the same layout follows a licence word', "Driver's license: X48424168 (AZ)", [['us-drivers-license', 'X48424168']]],
    ["another country's phone number has an NHS number's groups", 'or the Düsseldorf depot on +49 211 675 4879. Delivery week 41', []],
    ["it has a SIN's groups after a trunk prefix", 'Sydney office: +61 (0) 130 692 544', []],
    ['an NHS number keeps its finding with no dialling code', 'NHS number 943 476 5919', [['uk-nhs', '943 476 5919']]],
    ['a diagnostic code of a display is a category and digits', 'Symptom: display flicker after update; diagnostic code E43-618', []],
    ['a Canadian postcode starts with a category', 'Address: 311 King St W, Toronto ON M5H 2N2\nDiagnosis pending', []],
    ['a British postcode does', 'Address: 14 High St, Birmingham B33 8TH. Diagnosis pending', []],
    ['a category stands with a diagnosis word', 'Diagnosis: E43 severe protein-calorie malnutrition', [['icd-10', 'E43']]],
    ["a part number has a phone number's groups", 'Parts for WO-246931:\n  P/N 204-941-6720  pressure switch  qty 1', []],
    [
      'a mail log names a message by its identifier',
      'Aug 4 15:16:24 mx1 postfix/cleanup[28172]: 2JM6P4X22RJ: message-id=<28671536277857.15b98486@mail-vxmh.outbound.mailhost.net>',
      [],
    ],
    [
      'headers name a message and its sender',
      'Message-ID: <CAF1234@mail.gmail.com>\nReferences: <a1@x.example.com> <b2@y.example.com>\nFrom: Jo Roe <jo@example.com>',
      [['email-address', 'jo@example.com']],
    ],
    [
      'wire instructions name an intermediary bank by its code',
      'Intermediary bank (USD wires only): BOFAUS3N\nCharges: SHA',
      [['swift-bic', 'BOFAUS3N']],
    ],
    ['a Pennsylvania licence is printed in three groups', "> Driver's license: 76 531 916 (PA)", [['us-drivers-license', '76 531 916']]],
    ['a New York one is', 'Elena Novak, DOB 02/03/1960, New York DL 367 562 218, class B', [['us-drivers-license', '367 562 218']]],
    ['a New Jersey one is, in groups of five', 'Driver license: R3195 05429 56087 (NJ)', [['us-drivers-license', 'R3195 05429 56087']]],
    ['the same groups stand with no licence word', 'Order 76 531 916 shipped; code 367 562 218; ref R3195 05429 56087', []],
    ['a licence of another kind has a state layout', 'The state controlled-substance license WG568238 renews separately.', []],
    [
      'ten digits in a row stand with no phone word',
      'PRO number 4567891230 (freight); GR 3907491864 posted; customer number 8812345670',
      [],
    ],
    [
      'an ITIN stands where an SSN is asked for',
      'Applicant: Rafael Abbott\nSSN: 935-88-1011\n{"ssn": "918-83-0212"}',
      [
        ['us-itin', '935-88-1011'],
        ['us-itin', '918-83-0212'],
      ],
    ],
    ['a number starting with 9 under an SSN label is no ITIN either', 'SSN: 900-12-3456; call 935-88-1011', []],
    [
      'a signature labels its lines with letters',
      'Jo Roe\no: 415 762 0134\nm: 4157620135 | Direct: 4157620136',
      [
        ['us-phone', '415 762 0134'],
        ['us-phone', '4157620135'],
        ['us-phone', '4157620136'],
      ],
    ],
    ['a line starts with another short label', 'PRO: 4567891230\nGR: 3907491864', []],
    ['ten digits in a row follow a phone word', 'Call me at 4157620134 after six', [['us-phone', '4157620134']]],
    [
      'a calendar invitation gives a dial-in abroad and its PIN',
      'Join by phone\n\n(EE) +372 685 2028\nPIN: 498100683\nMore phone numbers',
      [],
    ],
    ['a calendar entry rules off its text with colons', 'DESCRIPTION:-::~:~::~:~:~:~:~:~:~:~:~:~:~\\nPlease do not edit this section.', []],
    ['the unspecified IPv6 address stands apart', 'Use local ipv6 :: for the listener', [['ip-address', '::']]],
    [
      'a calendar entry has a UID shaped like an address',
      'ORGANIZER;CN=Andris Reinman:mailto:andris@postalsys.com\nUID:1utaf3eftt1agbnisfcc3a5ps0@google.com\nSUMMARY:Test',
      [['email-address', 'andris@postalsys.com']],
    ],
    [
      'an account at a utility or a shop is named as such',
      'Your utility account 8812345670; customer account number 00123456; rewards account 123456789012',
      [],
    ],
    ['an account number stands alone', 'Account number: 00123456 (checking)', [['us-bank-account', '00123456']]],
    [
      'a word in the cell to its left names nothing, and the column header names it',
      'PROVIDER_ID  PROVIDER_NAME      SPECIALTY        NPI         CITY\n-----------  -----------------  ---------------  ----------  --------\nPR240325     Nguyen, Hannah     Dermatology      1161957364  Columbus\nPR370272     Sato, Katrin       Cardiology       1815896661  Minneapolis',
      [
        ['npi', '1161957364'],
        ['npi', '1815896661'],
      ],
    ],
    [
      'an address is percent-encoded in a link',
      'GET /v1/session?login_hint=nadiagreer%40outlook.com&e=jo%2Broe%40example.co.uk HTTP/1.1 (20%40 off)',
      [
        ['email-address', 'nadiagreer%40outlook.com'],
        ['email-address', 'jo%2Broe%40example.co.uk'],
      ],
    ],
    [
      'a printed phone number sits in a column headed with another word',
      'Provider\tCred\tNPI\tOffice\nMarcus Novak\tPA-C\t1215930321\t219-250-2142\nFarah Quintero\tNP\t1699891779\t(252) 522-3562',
      [
        ['us-phone', '219-250-2142'],
        ['us-phone', '(252) 522-3562'],
      ],
    ],
    [
      "a payload abbreviates a card number beside a bank account's keys",
      '{"routingNum": "249870758", "acctTyp": "CHK", "cc_number": "4542809077598655", "cc_exp": "1228"}',
      [
        ['aba-routing', '249870758'],
        ['credit-card', '4542809077598655'],
      ],
    ],
    [
      'an XML record abbreviates a passport number',
      '<DLNo>G012-2811-0926</DLNo><PPNo>R97535801</PPNo>',
      [
        ['us-drivers-license', 'G012-2811-0926'],
        ['us-passport', 'R97535801'],
      ],
    ],
    [
      'a database client draws a rule of another shape under the header (psql)',
      ' id | name | npi\n----+------+------------\n  1 | Sato | 1234567893\n  2 | Khan | 1234647083\n  3 | Ruiz | 1234726275\n(3 rows)',
      [
        ['npi', '1234567893'],
        ['npi', '1234647083'],
        ['npi', '1234726275'],
      ],
    ],
    [
      'it borders the grid with pluses (mysql)',
      '+----+------+------------+\n| id | name | npi        |\n+----+------+------------+\n|  1 | Sato | 1234567893 |\n|  2 | Khan | 1234647083 |\n|  3 | Ruiz | 1234726275 |\n+----+------+------------+',
      [
        ['npi', '1234567893'],
        ['npi', '1234647083'],
        ['npi', '1234726275'],
      ],
    ],
    [
      'a plural label introduces a list of values',
      'NPIs: 1234567893, 1234647083, 1234726275 and {"npis": [1234805467, 1234884652]}',
      [
        ['npi', '1234567893'],
        ['npi', '1234647083'],
        ['npi', '1234726275'],
        ['npi', '1234805467'],
        ['npi', '1234884652'],
      ],
    ],
    ['ten digits sit in a column headed with another word', 'Provider\tOrder\nMarcus Novak\t2192502142', []],
    ['warehouse bins are named like codes', '- pallet scanned into bin K21.9 but the system expected K03.6\n- move to lane E11.9', []],
  ]);
});

describe('banks abroad and their codes', () => {
  table([
    [
      "a bank's code follows an IBAN of its country without its word",
      'Zurich office rent goes to CH93 0076 2011 6238 5295 7, PostFinance POFICHBE.',
      [
        ['iban', 'CH93 0076 2011 6238 5295 7'],
        ['swift-bic', 'POFICHBE'],
      ],
    ],
    [
      "a capital word of another country's code after an IBAN is no bank's code",
      'Pay DE89 3704 0044 0532 0130 00 via Stadtsparkasse MUENCHEN today.',
      [['iban', 'DE89 3704 0044 0532 0130 00']],
    ],
    [
      'a wire names its banks by their roles alone or by their MT103 fields',
      'Field 56A (intermediary): CHASUS33 - JPMorgan Chase\nField 57A (account with institution): BNPAFRPP - BNP Paribas',
      [
        ['swift-bic', 'CHASUS33'],
        ['swift-bic', 'BNPAFRPP'],
      ],
    ],
    ['a UK account is given with its sort code', 'Sort code: 20-00-00   Account number: 55779911\nThanks', []],
    ['a UK account follows its sort code in a sentence', 'Bank: sort code 30-21-25, account no. 68449271. Payroll no. 432129', []],
    [
      'a Canadian account is given with its transit and institution numbers',
      'Direct deposit: transit 10521, institution 837, account 338059726040',
      [],
    ],
    [
      'a Canadian payroll export heads its columns with the transit and institution numbers',
      'emp_id,name,transit,institution,account\n774825,Haddad,69198,837,7569363401\nE302702,Jansen,87758,815,4672893112',
      [],
    ],
    [
      'a US account is given with its routing transit number and financial institution',
      'Routing transit number: 021000021\nFinancial institution: Chase\nAccount number: 483920175566',
      [
        ['aba-routing', '021000021'],
        ['us-bank-account', '483920175566'],
      ],
    ],
    ['a brokerage account is named', 'Your brokerage account number is 345931075, as on the new-account packet.', []],
    [
      'a Canadian business number goes on as its program account or is named BN',
      'Employer BN (payroll account): 252758107 RC0001\nZoe: our BN is 535958698 if your accountant asks',
      [],
    ],
  ]);
});

describe('columns and labels of other kinds', () => {
  table([
    [
      'a column is headed with one of its negative words, whatever words its rows hold',
      '| Product | NDC-11 | Lot |\n|---|---|---|\n| insulin glargine 100 units/mL pen | 45860-0921-07 | L531761 |',
      [['ndc', '45860-0921-07']],
    ],
    ["a store's own card is applied", 'Gift card applied: 6036 3739 4920 4040 (balance $5.12)', []],
    [
      'product codes are printed like phone numbers under their header, a date before the quantity',
      'SKU,UPC,Lot,Expiry,Qty,Unit price\n252-534-0959,421537286235,L90638FJ,2027-07,251,92.73\n402-742-4333,147367163638,L653463P,2027-05,486,17.65',
      [],
    ],
    [
      "a claim's lines are a plain-text table of unpadded cells, a procedure code beside the diagnosis",
      'Line  CPT/HCPCS  Rendering NPI  ICD-10  NDC  Billed\n1  99214  1047938851  E11.9    $137.37\n2  J1100  1047938851  J45.909  16938-5883-86  $34.13',
      [
        ['npi', '1047938851'],
        ['icd-10', 'E11.9'],
        ['npi', '1047938851'],
        ['icd-10', 'J45.909'],
        ['ndc', '16938-5883-86'],
      ],
    ],
    ["a GP practice's organisation code", 'e-Referral from Castle Street Surgery (ODS B21257), Leeds, for chest pain.', []],
    [
      "a practitioner's state licence on a credentialing note",
      'Dr. Maya Underwood: NPI 1234567893, CAQH ID 42479417, state license DV349002.',
      [['npi', '1234567893']],
    ],
  ]);
});

describe('dates that are timestamps', () => {
  table([
    ["a log line's timestamp dates an event, not a birth", '2026-04-12 10:22:01 INFO job 512401234 completed', []],
    ['a log entry begins with its date and level', 'Settlement fails:\n2026-04-12 FAIL 512401234 qty=5 cpty DTC 0573', []],
    ['a syslog line begins with its month, day and time', 'Dec 3 10:22:01 web01 app[12]: user 512401234 logged in', []],
    ['a date of birth stands beside the number', 'Born 04/12/1980, 512401234', [['us-ssn', '512401234']]],
  ]);
});

describe("numbers of an organisation's own records", () => {
  table([
    ["a patient's medical record number beside a date of birth", 'Patient Jane Roe, MRN 512401234, DOB 04/12/1980', []],
    ['a policy number beside a name and a date of birth', 'Policy number 512401234 for John Smith, DOB 04/12/1980', []],
    ["an invoice's number glued to its code's capitals", 'Invoice INV-512401234 dated 04/12/2026 for John Smith', []],
    ["a card-shaped trade reference glued to its code's capitals", 'ref TRD-4539148803436467 exp 09/28', []],
    ['the capitals are its own word', 'SSN-512401234 John Smith', [['us-ssn', '512401234']]],
    ["a host's address after its name's capitals is an address", 'Server SRV-10.20.1.5 is down', [['ip-address', '10.20.1.5']]],
    ["a patient's account at a hospital", 'Patient account 512401234, balance due $120.00 by 05/01/2026.', []],
    ["a student's account at a college", 'Student account number 51240123 has a hold until the fee is paid.', []],
  ]);
});

describe('labels and addresses people write', () => {
  table([
    ["a taxpayer identification number in an SSN's layout", 'TIN: 512-40-1234 (individual)', [['us-ssn', '512-40-1234']]],
    ['a demand deposit account', 'Direct debit from DDA 4403918277 each month', [['us-bank-account', '4403918277']]],
    [
      "an apostrophe in a name's address",
      "Write to john.o'brien+tag@sub.example.co.uk today",
      [['email-address', "john.o'brien+tag@sub.example.co.uk"]],
    ],
    ['an address quoted in apostrophes', "set owner to 'john@example.com' please", [['email-address', 'john@example.com']]],
  ]);
});

describe("forms' character boxes", () => {
  table([
    [
      'an SSN is written one character to a box, its hyphens in boxes of their own',
      'Social Security No.: | 4 | 6 | 7 | - | 2 | 8 | - | 5 | 9 | 8 | 0 |  Date of Birth*: 03/09/1958',
      [['us-ssn', '4 | 6 | 7 | - | 2 | 8 | - | 5 | 9 | 8 | 0']],
    ],
    [
      'an account number fills a row of boxes',
      'Account Number:              | 2 | 3 | 8 | 0 | 0 | 6 | 6 | 0 | 3 | 1 | 0 | 2 | 3 |',
      [['us-bank-account', '2 | 3 | 8 | 0 | 0 | 6 | 6 | 0 | 3 | 1 | 0 | 2 | 3']],
    ],
    ['an NHS number is written in boxes without spaces', 'NHS No.|9|4|3|-|4|7|6|-|5|9|1|9|', [['uk-nhs', '9|4|3|-|4|7|6|-|5|9|1|9']]],
    ['a few digits in boxes are no value', 'Dependants: | 1 | 2 | 3 | 4 |  Exemptions: | 0 | 1 |', []],
    [
      'a National Insurance number fills its boxes, letters too',
      "2 Employee's National Insurance number\n  | C | K | 2 | 1 | 0 | 7 | 4 | 7 | D |\n3 Title - enter MR, MRS, MISS, MS",
      [['uk-nino', 'C | K | 2 | 1 | 0 | 7 | 4 | 7 | D']],
    ],
    [
      "a passport's letter and digits in boxes",
      'Passport No. | C | 0 | 3 | 0 | 0 | 5 | 9 | 8 | 8 |',
      [['us-passport', 'C | 0 | 3 | 0 | 0 | 5 | 9 | 8 | 8']],
    ],
    ['capitals in boxes with too few digits are no identifier', 'Initials | J | K | 2 | 1 | 0 | Grade | B |', []],
  ]);
});

describe("forms' layouts", () => {
  table([
    [
      "a W-2's label stands above its value, a line of other labels between them and the text before",
      "a Employee's social security number        OMB No. 1545-0029\nVoid [ ]            657       37       3815\nb Employer identification number (EIN)",
      [['us-ssn', '657       37       3815']],
    ],
    [
      "a W-9's SSN box is printed in a right-hand column under its label, instructions to its left",
      'Enter your TIN in the appropriate box. The TIN provided must match the name given on line 1 to avoid          Social security number\nbackup withholding. For individuals, this is generally your social security (SSN). However, for a\nresident alien, sole proprietor, or disregarded entity, see the instructions for Part I, later. For other      5 6 7 - 4 1 - 4 7 8 0',
      [['us-ssn', '5 6 7 - 4 1 - 4 7 8 0']],
    ],
    [
      "a phone number's area code has a box of its own",
      'Home Phone (925) 444-4449        Cell Phone 260-545-4969          Work Phone 231    828-7650   Ext. ____',
      [
        ['us-phone', '(925) 444-4449'],
        ['us-phone', '260-545-4969'],
        ['us-phone', '231    828-7650'],
      ],
    ],
    [
      'an SSN is printed in the boxes of a comb after its label',
      'SSN: 416       24       7182       State: IL',
      [['us-ssn', '416       24       7182']],
    ],
    ['three numbers are spaced the same in a table with no such label', 'Qty   416       24       7182   units', []],
    [
      "a claim form's patient account number is printed under its label",
      "26. PATIENT'S ACCOUNT NO.   27. ACCEPT ASSIGNMENT?\n    468429690             [ ] [X]",
      [],
    ],
    ["a customer's account is named with an apostrophe", "Patient's account no: 44039182, balance $120.00", []],
    [
      "a provider roster's state licence column",
      'Provider            NPI         State lic.  Specialty\nDr. Maya Underwood  1234567893  CH018922    Pain Mgmt',
      [['npi', '1234567893']],
    ],
    [
      'a line of prose above a value is no label over it',
      'Leg 2: DL 81 on Nov 6, departs AUS 11:08, arrives ORD 16:16; seat 35C\nE-ticket: 001 3930886880 | Record locator UMWBTJ',
      [],
    ],
  ]);
});

describe('labels typed in a hurry, before or after the value', () => {
  table([
    [
      'a plural label introduces two passports',
      'Both kids have passports: 142128405 and R92516189.',
      [
        ['us-passport', '142128405'],
        ['us-passport', 'R92516189'],
      ],
    ],
    ['a misspelt passport label', 'Can you confirm the pasport number 326265652 on the booking?', [['us-passport', '326265652']]],
    ['pp# for a passport', 'pp# A98181770 exp Jan 26', [['us-passport', 'A98181770']]],
    ['a misspelt account label', 'Please deposit into acount number 6705600488922 today.', [['us-bank-account', '6705600488922']]],
    ['A/C for an account', 'Can you confirm the A/C number 7723919502975 for the refund?', [['us-bank-account', '7723919502975']]],
    [
      'rtg for a routing number',
      'rtg 726171035 acct 27964555197',
      [
        ['aba-routing', '726171035'],
        ['us-bank-account', '27964555197'],
      ],
    ],
    ['a misspelt card label', 'credit crd number 3569 3335 9417 8396, billing zip 23060', [['credit-card', '3569 3335 9417 8396']]],
    ["a bank's code after its role", 'The BIC for the receiving bank is GEBABEBB.', [['swift-bic', 'GEBABEBB']]],
    ["a bank's code before its word", 'BPKOPLPW is their SWIFT/BIC.', [['swift-bic', 'BPKOPLPW']]],
    ['a shouted word before its word is no code', 'IMPORTANT is the BIC we need', []],
  ]);
});

describe('mail threads: replies, forwards and invitations', () => {
  table([
    [
      'a card charged per an agreement named later in its sentence',
      'Deposit of $16,456.55 charged to 3744 037255 87301 per the signed charter agreement.',
      [['credit-card', '3744 037255 87301']],
    ],
    ['an agreement number names its number', 'Agreement 4539 1488 0343 6467 was signed.', []],
    ["a meeting's ID in a one-tap number", '+1-216-989-3419,,630277863#   United States, Chicago', [['us-phone', '+1-216-989-3419']]],
    ['a passcode between the pauses and the pound key', 'Dial in, then ,,021000021# to join the bank call', []],
    [
      "a version word in the next sentence is about something else; a network word there is no nearer than one in the value's own",
      'Load balancer VIP moves from 172.30.88.243 to 172.25.22.187. Agent\n> version after patching: 16.10.14.131. DNS TTL already lowered.',
      [
        ['ip-address', '172.30.88.243'],
        ['ip-address', '172.25.22.187'],
      ],
    ],
    [
      'the Social Security card a number is printed on',
      'Social Security card              537-92-2436       n/a',
      [['us-ssn', '537-92-2436']],
    ],
    [
      'an account right after its routing number',
      'Fischer Fabrication Inc     ACH     $56,681.26    311142194 / 37956513962573',
      [
        ['aba-routing', '311142194'],
        ['us-bank-account', '37956513962573'],
      ],
    ],
    [
      "a claim's remark code is no diagnosis",
      'Claim 40-6645929-75 was denied with CARC 16 / RARC M76 (missing or invalid diagnosis code)',
      [],
    ],
    [
      'an inline answer under the quoted question that asked for it',
      "> Your NHS number, for the occupational health questionnaire (optional)\n\nIt's 773 397 7657.\n\n> Bank details for salary:",
      [['uk-nhs', '773 397 7657']],
    ],
    ['an answer under a quoted question about an order', '> What is your order number for the refund?\n\n51244881 I think', []],
  ]);
});

describe("a payment's references", () => {
  table([
    [
      "a payment's memo beside its account",
      '{\n  "accountNumber": "15138151",\n  "amount": 6061.05,\n  "memo": "49396954"\n}',
      [['us-bank-account', '15138151']],
    ],
  ]);
});

describe('a CMS-1500 claim form', () => {
  const form = (boxes: string) =>
    `HEALTH INSURANCE CLAIM FORM\n${boxes}\nNUCC Instruction Manual available at: www.nucc.org   APPROVED OMB-0938-1197 FORM 1500 (02-12)`;
  table([
    [
      'the NPIs in boxes 32a and 33a, whose label is printed in the rule',
      form(
        '32. SERVICE FACILITY LOCATION INFORMATION   33. BILLING PROVIDER INFO & PH #\n    OAKFIELD MEDICAL GROUP                      OAKFIELD MEDICAL GROUP\n        a. 1014564144     b.                       a. 1773473750     b.',
      ),
      [
        ['npi', '1014564144'],
        ['npi', '1773473750'],
      ],
    ],
    ["a numbered box's own sub-box is no NPI box", form("1a. INSURED'S I.D. NUMBER\n1a. 1014564144"), []],
    ['box 33a named by its number', form('33a. 1773473750'), [['npi', '1773473750']]],
    ['the same number and letter outside a claim form', 'See section a. 1014564144 for details', []],
  ]);
});

describe('clinical and health-plan mail', () => {
  table([
    [
      "a card after another kind's word its check digits rule out",
      'Card on file updated per patient call: 4051418420721569 exp 07/30.',
      [['credit-card', '4051418420721569']],
    ],
    ["a drug's HCPCS code among health words is no diagnosis", 'Tdap given; ketorolac J1885 x1 for wrist pain.', []],
    [
      "a supply's HCPCS code, the diagnosis on the next line",
      'Service: A4253 blood glucose test strips, per 50, 10 units\nDiagnosis: J44.1 - COPD with acute exacerbation',
      [['icd-10', 'J44.1']],
    ],
    [
      'undotted codes after a diagnosis word',
      'Dx: E1165, I10. Coded as E119 and Z0000.',
      [
        ['icd-10', 'E1165'],
        ['icd-10', 'I10'],
        ['icd-10', 'E119'],
        ['icd-10', 'Z0000'],
      ],
    ],
    [
      'an assessment and plan lists its codes',
      'A/P:\n1. N1830 - chronic kidney disease, stage 3\n2. M5450 - low back pain',
      [
        ['icd-10', 'N1830'],
        ['icd-10', 'M5450'],
      ],
    ],
    [
      'an obstetric history and a peer-to-peer call are no categories',
      'Referral: 31 yo G2P1 at 26w5d, diagnosed with gestational diabetes; P2P scheduled',
      [],
    ],
    ['a category with a letter third', 'Diagnosis: Merkel cell carcinoma, C4A.9', [['icd-10', 'C4A.9']]],
    ['the healthcare EDI standard', 'The X12 interface for 837 claims was down overnight; diagnosis codes resent', []],
    ["a vitamin's name", 'Diagnosis: anemia. Labs: A1c 10.8 %, Vitamin B12 735 pg/mL', []],
    [
      'diagnosis codes qualified by where they are written',
      'Diagnosis codes on the requisition: F10.20, R55',
      [
        ['icd-10', 'F10.20'],
        ['icd-10', 'R55'],
      ],
    ],
    ["a supplier's catalogue number shaped like an NDC", 'IV start kit    cat 48823-211-81  lot 4Y5284  exp 08/2028', []],
    ['a Medicaid ID that passes the routing check', 'Eligibility returned; Medicaid secondary 722680724.', []],
    [
      "a billing statement's number beside a card",
      'Please charge $281.26 to my card 4039169201478385, exp 10/31, for statement 33501094. Your portal also wants my driver license.',
      [['credit-card', '4039169201478385']],
    ],
    ["a hospital's account for the patient's visit", 'Patient: Yuki Sato   MRN: 443037844   Acct: 779639464\nAdmitted 05/05/2026', []],
    [
      "a billing export's account column",
      'DOS         Account      CPT    Dx        Charge\n04/18/2026  6479854282   80061  E87.1     $234.96',
      [['icd-10', 'E87.1']],
    ],
    ["a nurse's licence", 'Your NPI 1867113221 and state APRN license ME153545 do not change.', [['npi', '1867113221']]],
  ]);
});

describe('banking, payments and brokerage operations mail', () => {
  table([
    [
      "a SWIFT MT103's tagged fields name their values",
      ':20:FT47KJB15450\n:23B:CRED\n:32A:260627CHF82832,85\n:50K:/809564562297\nHARLOW & PIKE LOGISTICS\n:52A:CHASUS33\n:57A:/CH12\nCAIXESBBXXX\n:59:/ES5084091677052495987040\nJUAN PEREZ\n:71A:SHA',
      [
        ['us-bank-account', '809564562297'],
        ['swift-bic', 'CHASUS33'],
        ['swift-bic', 'CAIXESBBXXX'],
        ['iban', 'ES5084091677052495987040'],
      ],
    ],
    ['a ZIP+4 after its state is no ITIN', 'Owner 1: Beatriz Haddad, DOB 10/28/1980, 394 Riverside Dr, Seattle, WA 98181-6632', []],
    [
      "a company's IDs, plural",
      'Origination account (offset): 6816714567392\nCompany IDs: 1471443259 (PPD payroll)',
      [['us-bank-account', '6816714567392']],
    ],
    ["a merchant's ID", 'Subject: Change of deposit account - MID 8788677451778911', []],
    [
      "a loan's number beside an account",
      'acct (savings) 10175349066\n\nAnd please waive the fee. My loan number is 328727130106.',
      [['us-bank-account', '10175349066']],
    ],
    [
      'a negative word after the card labels its own number',
      'Our order system shows the customer used 370050630738422 for order #160475 on Aug 12.',
      [['credit-card', '370050630738422']],
    ],
    ['an order number glued to its word', 'Order # 4539148803436467 confirmed', []],
    [
      "an ACH return's trace number under a header one space from the next",
      'Code Trace number    Account       Amount      Orig. date\nR29  067002168617861  XXXXXX0369     $2,201.09  05/12/2026',
      [],
    ],
  ]);
});

describe('IT, security and operations mail', () => {
  table([
    ["an SNMP OID's last four numbers", 'NMS polling: add 1.3.6.1.2.1.25.3.3.1.2.13 (ifHCInOctets) for the core switches', []],
    [
      "a firewall rule's destination column",
      ' #  Src zone  Source              Dest                    Service      Action\n 1  untrust   175.133.17.14/32      10.30.153.56:22         tcp/22       allow',
      [
        ['ip-address', '175.133.17.14/32'],
        ['ip-address', '10.30.153.56'],
      ],
    ],
    [
      "a device's addresses beside its management interface, under its firmware's version",
      '[FortiGate 200F]  firmware 6.5.5.13\n    inside 10.6.84.155  mgmt 192.168.14.5',
      [
        ['ip-address', '10.6.84.155'],
        ['ip-address', '192.168.14.5'],
      ],
    ],
    [
      'IPv6 addresses whose groups are all digits, and a network of one, are no card grouped in disguise',
      'Resolvers 2606:4700:4700::1111 and 2001:4860:4860::8888; announce 2606:4700:4700::/48 upstream',
      [
        ['ip-address', '2606:4700:4700::1111'],
        ['ip-address', '2001:4860:4860::8888'],
        ['ip-address', '2606:4700:4700::/48'],
      ],
    ],
    // (Colons alone that make no address still disguise a card: "4539:1488:0343:6467".)
    ['a card grouped by colons', 'card 4539:1488:0343:6467 exp 09/28', [['credit-card', '4539:1488:0343:6467']]],
    [
      "a Message-ID's left part holding an '=' (no mailbox writes one there)",
      'Message-ID: <CAF=x9Q2Lb7rT@mail.gmail.com>\nReferences: <CA+Zq=pD4@mail.gmail.com>\nFrom: ops@litware.com',
      [['email-address', 'ops@litware.com']],
    ],
    [
      "a cloud provider's account ID",
      'AWS Health: degraded EBS volumes hosting your instance i-03af5af2ef2fb8d85 in the us-west-2 region, account 831033583495.',
      [],
    ],
    // (A twelve-digit account in a payment's paragraph stays one.)
    ['a twelve-digit bank account', 'Please wire the deposit to account 483920174652 at Chase.', [['us-bank-account', '483920174652']]],
    [
      "a bucket's name ending in digits",
      'S3 requests on bucket corvid-logs-282382920420 rose; bank account 4403918277 unchanged',
      [['us-bank-account', '4403918277']],
    ],
  ]);
});

describe('a table cell run into the next with one space', () => {
  table([
    [
      "an NPI after its row's diagnosis, one space apart, under the NPI header",
      'Open items:\n\nDate        Visit        Code   Dx        NPI         Billed\n03/02/2026  V88123401    99213  J45.40 2260181591     $212.00\n03/09/2026  V88123477    93000  I10 1830166132        $95.10\n',
      [
        ['icd-10', 'J45.40'],
        ['npi', '2260181591'],
        ['icd-10', 'I10'],
        ['npi', '1830166132'],
      ],
    ],
    // (The same place under a header naming a claim holds a claim's number.)
    [
      'a number in the same place under a claim header',
      'Open items:\n\nDate        Visit        Code   Dx        Claim       Billed\n03/02/2026  V88123401    99213  J45.40 2260181591     $212.00\n',
      [['icd-10', 'J45.40']],
    ],
  ]);
});

describe('travel and identity documents mail', () => {
  table([
    [
      "the next line's key is no word of the value above it",
      'DMV checklist:\n- Identity: my US passport, number 841998800\n- Social: card is lost but my W-2 shows it',
      [['us-passport', '841998800']],
    ],
    [
      'a card the writer used for a booking',
      'The card I used for the original booking was 4311 0466 1947 1617 and I want the refund there.',
      [['credit-card', '4311 0466 1947 1617']],
    ],
    ['a Chinese passport', 'Beneficiary\n- Chinese passport: E45883825, exp September 18, 2027', []],
    ['a British passport', 'Guests needing ID at reception:\n  W. Sato - British passport 427548901', []],
    ["a manifest's row with the holder's nationality", '4  TANAKA   ZOE   GBR   852658819   27/03/2030   passport expiry', []],
    ['a passport named by its issuing country', 'W-7 for my wife:\n- Passport: India, number G74326310, expires 07/20/2027', []],
    [
      "a state's identification card, in its licences' layout",
      'Tessa: NJ state ID card W4053 71898 01137, issued 06/14/2018\nHannah: OH state ID card HJ298706',
      [
        ['us-drivers-license', 'W4053 71898 01137'],
        ['us-drivers-license', 'HJ298706'],
      ],
    ],
    ['a US passport beside them', 'Guests: US passport 138060374; British passport 427548901', [['us-passport', '138060374']]],
    [
      "a hotel programme's member number above a passport",
      'Seat: window\nMarriott Bonvoy: 777757690\nUS passport: 138060374 (USA)',
      [['us-passport', '138060374']],
    ],
    [
      'a label with an aside in brackets before its value',
      'TTP application needs:\n  PASSID / KTN (stays the same): 152831097\n  Passport No. (new book, issued 05/04/2025): N73880108',
      [['us-passport', 'N73880108']],
    ],
    [
      "a licence number beside its state's name, in that state's layout",
      'Answers:\n> 1. Michigan, P 690 587 388 805\n> 2. New York, 419 196 687\n> 3. Washington, WDL2TG1MRA1K',
      [
        ['us-drivers-license', 'P 690 587 388 805'],
        ['us-drivers-license', '419 196 687'],
        ['us-drivers-license', 'WDL2TG1MRA1K'],
      ],
    ],
    [
      "the state's name in brackets after the number",
      'Photo ID (Drivers Lic.):  84-803-5179 (Colorado); the scan read NR238911 (Ohio).',
      [
        ['us-drivers-license', '84-803-5179'],
        ['us-drivers-license', 'NR238911'],
      ],
    ],
    ["Wisconsin's dashed letter and 13 digits", '- Wisconsin DL#: V337-5585-6585-61', [['us-drivers-license', 'V337-5585-6585-61']]],
    [
      "a state's code with a licence word",
      'ID on file: DL TX 31234567, CO DL 83-792-8788',
      [
        ['us-drivers-license', '31234567'],
        ['us-drivers-license', '83-792-8788'],
      ],
    ],
    // (A code alone is any state's number; a layout the state does not issue is no licence of it.)
    ["a state's code alone before a number", 'State wages  PA 56417004   $ 1,207.87', []],
    ['a number in a layout its state does not issue', 'Shipped to Ohio, 1290345678 units on hand', []],
    [
      "an aside after an abbreviation's full stop",
      'Passport No. (new book, issued 05/04/2025): N73880108\n  Ohio Drivers Lic.: MN084058',
      [
        ['us-passport', 'N73880108'],
        ['us-drivers-license', 'MN084058'],
      ],
    ],
    ['a passport card', 'ID presented: US passport card C00066934\n  Thumbprint: yes', [['us-passport', 'C00066934']]],
    ["immigration's own numbers", 'A-number: A-046-651-507\nMost recent I-94: 43512148505 (F-1, D/S)', []],
    // (A word of its own inside the aside says more than the label before it.)
    ['an aside naming the value', 'Taxpayer ID (sole proprietor, SSN): 672-76-0708', [['us-ssn', '672-76-0708']]],
  ]);
});

describe('HR, payroll and benefits mail', () => {
  table([
    [
      "a mail client's signature names no phone ('Sent from my iPhone')",
      'Lien release letter filed under 7536712728.\n\nVanessa\n\nSent from my iPhone',
      [],
    ],
    // (A word of an identifier still names its value: "homePhone".)
    ['a JSON key naming a phone', 'contact: {"homePhone":"4157620134"}', [['us-phone', '4157620134']]],
    ['a ledger account printed like a phone number', 'Budget: $813,029.75 loaded, GL 762-630-8404. Two are backfills.', []],
    [
      "a signature's phone number under a paragraph's ledger line",
      'Charge it to cost center CC 5267, GL 799-638-6013.\n\nEsther Desai\nEngineering supervisor\n(216) 995-8943 | estherd@summitlinecu.org',
      [
        ['us-phone', '(216) 995-8943'],
        ['email-address', 'estherd@summitlinecu.org'],
      ],
    ],
    [
      'an account printed in two groups after its label',
      'Please use the new account:\n  routing 213814339   acct 9494 06081\n  Account: 7021-9386800507 (checking)',
      [
        ['aba-routing', '213814339'],
        ['us-bank-account', '9494 06081'],
        ['us-bank-account', '7021-9386800507'],
      ],
    ],
    [
      'an account in three groups, and one after a dot leader',
      'EFTPS debits the operating account: routing 110395993, account 6185 9890 4793.\n  Routing number .................. 668191571\n  Account number .................. 3782-24701',
      [
        ['aba-routing', '110395993'],
        ['us-bank-account', '6185 9890 4793'],
        ['aba-routing', '668191571'],
        ['us-bank-account', '3782-24701'],
      ],
    ],
    ["a utility's account on its bill", 'Your electric bill is ready\nAccount number: 878108562991\nService address: 372 Elm St', []],
    // (Two groups without an account's label, or a ZIP+4 under one, are no account.)
    ['a range of check numbers', 'Checks 2159-4044 voided and reissued. Bank account on file.', []],
    ['a ZIP+4', 'Account: 55462-9098 for the bank', []],
    ["a state's withholding account", 'IL withholding account 31978126 - I already filed the state quarterly.', []],
    ["a brokerage's account beside its DTC number", 'Limit 742.88, account 77264410, DTC 0164.', []],
    // (A bank account funding a brokerage account stays a bank's.)
    [
      'a bank account in a brokerage paragraph',
      'Estate account: PNC, routing 635370749, account 7931658075821. CUSIP 02403M209 (96 sh).',
      [
        ['aba-routing', '635370749'],
        ['us-bank-account', '7931658075821'],
        ['cusip', '02403M209'],
      ],
    ],
    ['a version one is upgrading from', 'Release notes - Fleetview 10.4.2.1\n\nUpgrading from 10.4.1.7 is supported directly.', []],
  ]);
});

describe('legal and real-estate mail', () => {
  table([
    [
      'a login address after an account label',
      'Account: jdoe@contoso.com was locked after 5 attempts',
      [['email-address', 'jdoe@contoso.com']],
    ],
    [
      "a phone number printed as one after an address's word",
      'Call us at 614-886-6705, not the one in that email (308-807-2175).',
      [
        ['us-phone', '614-886-6705'],
        ['us-phone', '308-807-2175'],
      ],
    ],
    // (Another kind's number failing its check, named so, is no phone number either.)
    ['an NHS number that fails its check', 'NHS number: 440 356 0122', []],
    [
      "a firm's, a court's and a bureau's references",
      'Matter no.:        57971-0029\nProduction Volume 017, Bates DP0002030-DP0002053\nRe: credit file, report # 0331-2048-40\nDone, conf# 500905391',
      [],
    ],
    [
      'a routing number said not even to pass its check',
      'Wire to account 12345678? The routing number they gave, 104077905, does not even pass the ABA check digit.',
      [['us-bank-account', '12345678']],
    ],
    [
      'a checking account printed in groups after its word',
      'wire - you listed US Bank, routing 321917720, checking 3066-5739-327',
      [
        ['aba-routing', '321917720'],
        ['us-bank-account', '3066-5739-327'],
      ],
    ],
    ["a homeowners' association's owner account", 'You can pay in the portal with your owner account number 6998-23109.', []],
    ['a sample number on a listing', 'The demo listing photos still show the sample number (662) 867-0129 on the sign.', []],
  ]);
});

describe('education and student-records mail', () => {
  table([
    [
      "a school's numbers for its students",
      'Employee: Greg Sato   pid 798104786   Dept: English\nStudent name: Mateo Ruiz     student # 721667643\nDOB: 08/17/2013   UIN: 066557365',
      [],
    ],
    [
      'a passport with its issuing country in brackets after it',
      'SEVIS ID N0009684454, passport 532005666 (GBR)\n  Passport: G55474474 (Mexico)',
      [],
    ],
    ['a US passport with its country after it', 'US passport 138060374 (USA)', [['us-passport', '138060374']]],
    [
      "its own word in brackets after a value another kind's label names",
      'Please confirm:\n\nVA file number: 816166183 (your SSN)\nBenefit: Chapter 33',
      [['us-ssn', '816166183']],
    ],
    ["a textbook's ISBN-13 after a course code", 'Pickup:\n  ACCT 2301 sec 018  9781346969244  new  $56.76', []],
  ]);
});

describe('UK and Canadian mail', () => {
  table([
    [
      "a foreign passport above the next line's licence key",
      'Documents for the new client:\n\n- Passport: UK, no. 654916562, expires 13/09/2031\n- Driving licence: MORGA753116SM9IJ',
      [],
    ],
    [
      "a GP practice's code",
      'Coding query: 35489007 (Depressive disorder) recorded without a date; GP practice C40416 asked to confirm.',
      [],
    ],
    // (A document's expiry date is no one's birth date.)
    ["a foreign passport's number beside its expiry date", '- Passport: UK, no. 778375631, expires 01/05/2031', []],
    ["a clinical terminology's concept ids", 'Problem list (SNOMED CT): 239873007 Osteoarthritis of knee; 279039007 Low back pain', []],
    [
      'a money market account',
      'Accounts opened: Money Market 664406850396\nRouting number for direct deposit: 021000021',
      [
        ['us-bank-account', '664406850396'],
        ['aba-routing', '021000021'],
      ],
    ],
  ]);
});

describe('retail, payments and dispute mail', () => {
  table([
    [
      "a code's digits before a comma are no thousands ('F29,148.72'), and a case column's dates are no birth dates",
      'First rows:\n\ncase_id,arn,reason,amount,opened\n529227790,75115416288220584201684,13.1,300.55,2026-06-14\n109162108,75311235128887367376881,F29,148.72,2026-11-12\n',
      [],
    ],
    // (A column headed "ID" alone may hold a person's number, a birth date beside it.)
    ['an ID column with birth dates', 'Dependent,ID,DOB\nAva Lee,536221234,04/11/2015\n', [['us-ssn', '536221234']]],
    [
      "an account's own label over a routing number's checksum",
      'My bank is a local credit union:\n\nrtn 278325025 / acct 631729433 (savings)',
      [
        ['aba-routing', '278325025'],
        ['us-bank-account', '631729433'],
      ],
    ],
    ["a store gift card's number starting with 6", 'Happy Pet eGift card\nCard number: 6044 3505 9952 2957 918\nPIN: 044473', []],
    ['an order number starting with 61', 'The rest ships next week as 612949016553545. Return label attached.', []],
    // (Maestro's own ranges stay cards.)
    ['a Maestro card', 'Maestro card 6759 6498 2643 8453 exp 09/28', [['credit-card', '6759 6498 2643 8453']]],
    // (A label qualifying another kind's word is none of the value's: "the NPI on the account (…)".)
    ['an NPI on an account', 'and the NPI on the account (2877298234) belongs to a different location', [['npi', '2877298234']]],
  ]);
});

describe('a value its writer says is not real', () => {
  table([
    [
      'a number said to fail its check digit',
      'PDS trace failed: the number on the referral, 446 491 5356, does not pass the check digit.',
      [],
    ],
    [
      "a routing number rejected by the bank's validation, beside a real account",
      "Note the routing number you sent first, 074690804, was rejected by our bank's validation. Account 12345678 is fine.",
      [['us-bank-account', '12345678']],
    ],
    // (A declined card is still a card.)
    ['a declined card', 'card 4111 1111 1111 1111 was declined twice', [['credit-card', '4111 1111 1111 1111']]],
    [
      'a number the sentence calls a placeholder',
      'PagerDuty rota updated. The old number (580) 555-0181 in the wiki is a placeholder, ignore it; call 312-867-4410.',
      [['us-phone', '312-867-4410']],
    ],
    ['a dummy card', 'Use dummy card 4000 0566 5566 5556 in the sandbox only', []],
    ['a number called a demo in brackets after it', 'Questions: call 712-867-0112 (demo number in this template) or reply.', []],
    ['an SSN shown as a placeholder', 'The intake form shows SSN 536-22-1234 as a placeholder for the member', []],
    // Guards: what is said of another thing, or of what the value is posing as, leaves it real.
    ['a scammer posing as a fake agent', 'He called from 202-867-0187 posing as a fake IRS agent', [['us-phone', '202-867-0187']]],
    ['another value called a placeholder', 'SSN 536-22-1234 is real, the other is a placeholder', [['us-ssn', '536-22-1234']]],
  ]);
});

describe('insurance claims mail', () => {
  table([
    [
      "an insurer's claim file number printed like a phone number",
      'Fee schedule region 981; reconsideration window 90 days. Claim file 308-732-6641.',
      [],
    ],
  ]);
});

describe('a card inside track data', () => {
  const text = 'POS log: raw t2=;4387709227057305=27031216128349038?';
  const kinds = (found: readonly { classifier: string; start: number; end: number }[]) =>
    found.map((f) => [f.classifier, text.slice(f.start, f.end)]);

  it('is reported as a card by a scan for cards alone', () => {
    expect(kinds(scanText(text, { classifiers: ['credit-card'] }))).toEqual([['credit-card', '4387709227057305']]);
  });

  it("is reported beside the track by the policies' per-classifier scan", () => {
    expect(kinds(scanText(text, { classifiers: ['credit-card', 'track-data'], independent: true }))).toEqual([
      ['track-data', ';4387709227057305=27031216128349038?'],
      ['credit-card', '4387709227057305'],
    ]);
  });
});

describe('wireless carrier and billing mail', () => {
  table([
    [
      "a carrier's account beside a number transfer PIN",
      'Porting my line to Ridgeway Wireless.\nAccount number: 507391842\nTransfer PIN: 4471',
      [],
    ],
    ["an account on the customer's bill", 'Please check the account number on your Harbor bill: 718204935 did not match.', []],
    ['an account in a billing period summary', 'Usage summary, billing period ending 03/31\nAccount 630918274455 | 14 lines', []],
    ['a payment arrangement on an account', 'Your payment arrangement on account 902746118 has been approved.', []],
    ['an account in a note about a SIM swap', 'Case: unauthorized SIM swap\nAccount: 84420917 frozen until ID is verified', []],
    ['a number to move to another carrier', 'Number to transfer: 704-537-8706\nTransfer PIN: 4471', [['us-phone', '704-537-8706']]],
    ["a phone's radio firmware", 'Settings show baseband 12.2.0.246 and the latest carrier update.', []],
    ["a ZIP+4 after an address's city", 'Address ....... 4438 Riverside Dr, Grand Rapids 38337-0669\nDeposit paid on card', []],
    // (A bank account paying the carrier's bill stays a bank's: the paragraph names the bank.)
    [
      "a bank account paying a carrier's bill",
      'AutoPay for your wireless bill now draws on your checking account at Elm Bank, routing 011000015, account 44820193.',
      [
        ['aba-routing', '011000015'],
        ['us-bank-account', '44820193'],
      ],
    ],
  ]);
});

describe("a car dealer's and a lender's own numbers", () => {
  table([
    ['a credit application number', 'sorry - app #521840977 for Dana Ruiz was keyed with the wrong SSN, please resubmit.', []],
    ["a dealer's number at the lender", 'Declined: SSN/name mismatch. Please verify SSN and resubmit. Dealer 613540277.', []],
    ['a payoff quote', 'Payoff quote 402-71-9935 is good through Friday.', []],
    [
      "a deal jacket's shorthand for an SSN beside a licence",
      '- ss 418306325 / dl S72888335 (MA) - copies in jacket',
      [
        ['us-ssn', '418306325'],
        ['us-drivers-license', 'S72888335'],
      ],
    ],
    [
      'a card given over the phone',
      'Deposit charged to the card she gave me on the phone - 3714 496353 98431 - nothing due at delivery.',
      [['credit-card', '3714 496353 98431']],
    ],
    [
      'a Virginia licence as the state prints it',
      'Customer VA DL T72-15-3094; trade appraised today.',
      [['us-drivers-license', 'T72-15-3094']],
    ],
    ["a part number in a Virginia licence's layout", 'Part T72-15-3094 is on back order.', []],
    // (An account's word names any account, letters and all: "Acct: W123-4567-8901" is no licence.)
    ["an account code in a licence's layout", 'Acct: W123-4567-8901 is past due.', []],
    [
      "an SSN read off the customer's card",
      'Applicant SSN was keyed wrong (copied from the form). Re-entered from card: 518-42-7730.',
      [['us-ssn', '518-42-7730']],
    ],
    ['a stock number beside an SSN', 'Co-buyer on deal 4412 (2023 Kia Soul, stk U5917650). SSN 402-71-9935.', [['us-ssn', '402-71-9935']]],
  ]);
});

describe('European business mail', () => {
  table([
    ["a French company's SIREN in its footer", 'SARL au capital de 120 000 € – RCS Nantes 732 829 320\nSIRET 732 829 320 00074', []],
    ['a German invoice number', 'wir ziehen den Betrag zu Rechnung 215603618 am 06.06.2026 ein.', []],
    ['a VAT number', 'Importer VAT no.: FR 40 732 829 320', []],
    ["a bank's code after its long name", 'Beneficiary bank:    Monte dei Paschi di Siena (PASCITMMXXX)', [['swift-bic', 'PASCITMMXXX']]],
  ]);
});

describe('chat transcripts pasted into mail', () => {
  table([
    [
      'an answer under a sender and time line, to a request with no question mark',
      'Me, [Mar 3, 2026 at 9:05:01 AM]:\nHi, to finish the lease I still need your SSN and date of birth\n(843) 555-7014, [Mar 3, 2026 at 9:07:19 AM]:\nsorry! 518427730',
      [
        ['us-phone', '(843) 555-7014'],
        ['us-ssn', '518427730'],
      ],
    ],
    [
      'an answer on the next message of a chat',
      "Owen (2:07 PM): I need your spouse's social to add her to the dental and vision plan before the Friday deadline, thanks!\nImani (2:08 PM): sure hers is 518427730",
      [['us-ssn', '518427730']],
    ],
    [
      "a text message's sender, a number not in the contacts",
      'Ace Plumbing (4:34 PM): Card or check?\n3207161024 (4:35 PM): card. whats easiest',
      [['us-phone', '3207161024']],
    ],
    ['a video meeting id printed as a phone number', 'Yuki: backup zoom 946 384 2493 if teams acts up', []],
    [
      "a meeting's dial-in number beside its id",
      'Zoom ID 853 2749 1106. If the link fails, dial in via 843-845-4602.',
      [['us-phone', '843-845-4602']],
    ],
    ['a number to call back', 'customer called about a double charge\ncallback 8574702253\nrefund pending', [['us-phone', '8574702253']]],
    // (Not a chat: a timestamp in a sentence is no sender's line, and the line above no question.)
    [
      'a timestamp in a log line',
      'Receipt total was $181.63 for order 5512.\nSubmitted: 2026-02-05T13:43:07Z from 171.39.25.13',
      [['ip-address', '171.39.25.13']],
    ],
  ]);
});

describe('pharmacy mail', () => {
  table([
    ["a shelf location in a diagnosis code's layout", 'cetirizine 10 mg, 45 ct     UPC 360991210933  loc F40.3  order 9', []],
    [
      "a prescriber's NPI in a claim log's key",
      'RX=860782 NDC=00002486703 QTY=14 DS=90 DAW=0 PRESC=1851748743',
      [
        ['ndc', '00002486703'],
        ['npi', '1851748743'],
      ],
    ],
    ["a controlled-substance form's serials", 'Form 222 serials used this period: 627965129, 763484295.', []],
    ['a phone number given for training', 'Example number for training only: 330-555-0193.', []],
  ]);
});

describe('benefits and public-sector casework mail', () => {
  table([
    ['an EBT card', 'my ebt card number is 5077 3702 9524 7286 if that helps find me.', []],
    ["an employer's account with the state", 'Employer: Sunbelt Rentals    Employer acct: 126142117\nAppeal no. AB-7218498-1', []],
    ["a Medicare number's middle group", 'Her Medicare number is 7RM6-T66-UU25 and her Medicaid ID XY70466F.', []],
    ["an agency's notice to an employer", 'Subject: Separation information - Notice to Employer 0099-6423-13', []],
    // (A drug's recall notice names the drug.)
    ['a recall notice', 'Subject: FW: Recall notice 80636-421-41', [['ndc', '80636-421-41']]],
    [
      "a state ID card's number",
      'Her son was added to the lease, state ID G451-2778-4637, so he may answer.',
      [['us-drivers-license', 'G451-2778-4637']],
    ],
    ['a number to reach someone at', 'You can reach me at 8506666781 any time after 11:30 AM.', [['us-phone', '8506666781']]],
  ]);
});

describe('freight, dispatch and customs mail', () => {
  table([
    [
      "a truck driver's commercial licence",
      'Gate list: Hector Kaminski, California CDL F5404061, arriving 13:00',
      [['us-drivers-license', 'F5404061']],
    ],
    [
      'a routing number and an account written as a pair',
      'The deposit went to my old account again. The right one is 651860521 / 55180217035 (PNC).',
      [
        ['aba-routing', '651860521'],
        ['us-bank-account', '55180217035'],
      ],
    ],
    [
      'a routing number and an account joined by a slash',
      'Settlement by ACH 021000021/4403918277 on Friday.',
      [
        ['aba-routing', '021000021'],
        ['us-bank-account', '4403918277'],
      ],
    ],
    ['a reference and its year joined by a slash', 'Claim ref 51240123/2024 was closed.', []],
    [
      "a carrier's PRO and a trailer's seal",
      'ok moving it to Paula (814) 542-9708, PRO 453873061 and seal 18861113',
      [['us-phone', '(814) 542-9708']],
    ],
    ["a shipper's account with its carrier", 'Over 150 lbs it ships LTL. Bill freight to account 608655214, third party.', []],
    // (A company named for freight is no carrier's paragraph.)
    [
      "a freight company's bank account",
      'POSITIVE PAY EXCEPTIONS - Marlowe Freight\nAccount 4599381155   Decision deadline 2:00 PM',
      [['us-bank-account', '4599381155']],
    ],
  ]);
});

describe('Spanish-language mail from US businesses and their customers', () => {
  table([
    [
      'a new account summary',
      'Resumen de su cuenta nueva:\nNúmero de cuenta: 908108813865\nNúmero de ruta: 271489324',
      [
        ['us-bank-account', '908108813865'],
        ['aba-routing', '271489324'],
      ],
    ],
    ['a licence with its state', 'Licencia de conducir (Texas): 41227326', [['us-drivers-license', '41227326']]],
    ['a mobile number', 'Si me puede llamar, mi cel es 3472367046.', [['us-phone', '3472367046']]],
    ['a US passport', 'Segunda identificación: pasaporte de EE.UU. A78266082', [['us-passport', 'A78266082']]],
    ['a Mexican passport', 'Identificación presentada: pasaporte mexicano G33024858', []],
    ['an immigration case file', 'Expediente interno: 525-49-7338\nCita de biométricos: 02/04/2026', []],
    ["a tenant's account with the landlord", 'Unidad: D-126        Cuenta de residente: 7416041100', []],
    ["a payer's reference", 'el número de referencia del pagador es 139066379055.', []],
  ]);
});

describe('payment-app and exchange support mail', () => {
  table([
    [
      "a sign-in log's addresses",
      'Time                  Event                  Detail\n2026-07-18T05:56:41Z  login ok               25.224.139.21\n2026-07-18T06:17:11Z  login ok (new device)  121.163.219.198',
      [
        ['ip-address', '25.224.139.21'],
        ['ip-address', '121.163.219.198'],
      ],
    ],
    [
      'a phone number under the name signing the mail',
      "I can't afford to have $758.49 frozen.\n\nJamal Greer\n2148949584",
      [['us-phone', '2148949584']],
    ],
    [
      'a phone number beside the email address of a signature',
      'Thanks,\nDana\n9067650088\ndana.r@icloud.com',
      [
        ['us-phone', '9067650088'],
        ['email-address', 'dana.r@icloud.com'],
      ],
    ],
    ['ten digits on a line of their own, no signature near', 'Invoice totals\nQ3\n8563484767\n', []],
  ]);
});

describe('utility customer-service mail', () => {
  table([
    [
      "a utility's field order",
      'FIELD ORDER COMPLETED\nOrder: 2632224921  Type: METER EXCHANGE\nPremise: 6910962780   Acct: 000262459510\nOld meter 66623966 final read 06122',
      [],
    ],
    [
      "a utility's customer account, paid from a checking account",
      'Your electric service at the service address below is active.\n\nAccount: 6240117930\nPayment method: checking XXXXXX9988\nQuestions about outage credits? Call us.',
      [],
    ],
    // (A bank's word labelling the number keeps it the bank's, in a utility's mail too.)
    [
      "the customer's bank account for autopay",
      'Autopay for your electric bill (service address 12 Elm St) now draws on\nChecking account 44820193 at Elm Bank.',
      [['us-bank-account', '44820193']],
    ],
  ]);
});

describe("a housing authority's and a county's numbers", () => {
  table([
    [
      'a voucher',
      'Tenant: A. Quinn\nTenant SSN: 768-14-6672\nVoucher no.: 90760185\nBedroom size: 2\n\nLandlord direct deposit is on file.',
      [['us-ssn', '768-14-6672']],
    ],
    ["an assessor's parcel number", 'APN #: 1461-042-867\nOwner phone: 775 297 4654', [['us-phone', '775 297 4654']]],
  ]);
});

describe("a utility's plant and places", () => {
  table([
    ["a damaged pole's tag", 'Storm update: crews replaced pole 714-330-2861 on Route 9 and pole 52218-4410 by the school.', []],
    ["a premise's number", 'Maya: premise 021000021 shows two meters; can you merge them?', []],
  ]);
});

describe('hotel and event-venue mail', () => {
  table([
    [
      "a guest's rewards number",
      'Booking for our CEO for Aug 13 - Aug 17. Conf H1499193, rewards # 506409292.\n\nPlease guarantee the room',
      [],
    ],
    ['members in house', 'Attrition exposure on GGHK34 if pickup stays under 77%. VIP members in house: 284336382, 777911238.', []],
  ]);
});

describe('nonprofit donor-services mail', () => {
  table([
    ["a donor-advised fund's grant", '01/23/2025   DAF grant 702234829            Annual Fund       $1,740.99', []],
    ["a gift's receipts", 'Proceeds to fund RYE10. Receipts 762903450 and 374647542 show the description.', []],
  ]);
});

describe("a biller's customer account", () => {
  table([
    [
      'a cable account on autopay',
      'You are enrolled in AutoPay. Your Northfield Cable account 6612048377 is billed on the 5th; the billing statement shows the draft date.',
      [],
    ],
    [
      "a new customer's account, and the first bill",
      'I opened service last week (account 7734120958) and my first bill came with a deposit. Can billing waive it?',
      [],
    ],
    [
      'a closed account with a balance',
      'Our records show a balance for closed gas account 5521039847 (service ended 03/14/2026). The final bill is attached.',
      [],
    ],
    [
      "a biller's payment receipt, the payment method apart",
      'Payment received. Thanks!\nPaid: $88.20\nAccount: 4417203958\nPayment method: Visa ****4410\nConfirmation: PX88213',
      [],
    ],
    [
      "an internet provider's installation, on the customer's account",
      'Your fiber installation is set for Friday, 8-11 AM (work order 5512; account 7310448826551190). The installation fee is waived.',
      [],
    ],
    [
      "a wireless carrier's account in a fraud report",
      'Port-out fraud report\n\nVictim line: (312) 555-2894\nAccount: 6487742791   Holder: N. Lind\nOpened by: store 118\n\nThe SIM was swapped from a store we do not run.',
      [['us-phone', '(312) 555-2894']],
    ],
    [
      "a homeowners association's account",
      'Closing packet for 12 Elm Ct\nHOA: Willow Creek HOA, dues $196.33/mo, account 113332808\nSeller: J. Park',
      [],
    ],
    [
      "a household's bills split",
      'March bills for the house, split three ways.\n\nBill            Acct #                   Total       Each\nComEd           8824937034086723         $133.85      $44.62\nPeoples Gas     5701375027               $137.91      $45.97\nXfinity         73006-46566              $101.02      $33.67\nWater/sewer     8874827157258257         $40.37       $13.46',
      [],
    ],
    [
      "a loan servicer's auto-debit notice: its own account beside the bank account it draws on",
      'Auto Debit is now active on your federal student loans.\n\nAccount number: 668665688\nLoans included: 8\nMonthly amount: $399.84\nBank: Bank of America\nRouting number: 021000021\nBank account number: 16144255968',
      [
        ['aba-routing', '021000021'],
        ['us-bank-account', '16144255968'],
      ],
    ],
    [
      'a home equity line of credit',
      'Other accounts: savings 241592006457; HELOC 2519742122 (out of scope)',
      [['us-bank-account', '241592006457']],
    ],
    [
      "a bill's amount before its account",
      'Bills to sort: 3. Spectrum Business $462.13, account 9726923012 - is this the shop or your house?',
      [],
    ],
    ['a payment posted on an account', 'We applied your card payment of $123.40 on account 47059585817 this morning.', []],
    // (The bank's account in the same mail stays the bank's: drawn from, named by a bank's word or a routing number.)
    [
      "a Brazilian customer's account after its routing number",
      'Dados para o depósito – routing 021000021 – conta 79330952371',
      [
        ['aba-routing', '021000021'],
        ['us-bank-account', '79330952371'],
      ],
    ],
    [
      "a payee's account beside its routing number, a bank account named in the same block",
      'Refund details you sent:\nRouting 021000021\nAccount 7830836268459\nYour old bank account ending 4410 is closed.',
      [
        ['aba-routing', '021000021'],
        ['us-bank-account', '7830836268459'],
      ],
    ],
    [
      "a finance application's bank reference, the bank on the line above",
      'EQUIPMENT LEASE APPLICATION\nLessor: Harbor Point Equipment Finance    Vendor: Delta Dental Supply\n\nBUSINESS\nLegal name: Lakeside Family Dental    Phone: (832) 725-3067\nCost: $73,950.10     Term: 48 months     Purchase option: FMV\n\nPERSONAL GUARANTOR\nName: Odette Fairbanks    Ownership: 60%\n\nBANK REFERENCE\nBank: Frost Bank    Contact: Marisol Ortiz\nOperating account #: 6348145530\n\nApplicant and guarantor authorize the lessor, its assigns and funding partners to obtain consumer and business credit reports and to verify the information above.',
      [
        ['us-phone', '(832) 725-3067'],
        ['us-bank-account', '6348145530'],
      ],
    ],
    [
      "a bank's bill-pay notice: the account paid from",
      'Your Bill Pay payment of $84.10 to Riverside Water was sent from account 4403918277. Manage Bill Pay in online banking.',
      [['us-bank-account', '4403918277']],
    ],
    [
      "a returns table's bank column after its routing column",
      'Returned autopay drafts (billing)\nName     Cust Acct      RTN          Bank Acct\nLEE      5512093841     021000021    77123409\n',
      [
        ['aba-routing', '021000021'],
        ['us-bank-account', '77123409'],
      ],
    ],
  ]);
});

describe('a label asking for an SSN or an ITIN', () => {
  table([
    ['an SSN under a form\'s "SSN/ITIN"', 'Applicant: R. Diaz\nSSN/ITIN:        517132202\nDOB: 04/11/1980', [['us-ssn', '517132202']]],
    ['an SSN given where an ITIN is asked', 'ITIN (or SSN if you have one): 517-13-2202', [['us-ssn', '517-13-2202']]],
    ['an ITIN under the same label', 'SSN/ITIN: 917-72-1234', [['us-itin', '917-72-1234']]],
  ]);
});

describe('a word inside a mail address or a link is no label', () => {
  table([
    [
      "a signature's address whose top level is a reference's word",
      '> Jamal\n> support@swiftpenny.app · +1-844-765-3634',
      [
        ['email-address', 'support@swiftpenny.app'],
        ['us-phone', '+1-844-765-3634'],
      ],
    ],
    ["a link's last path word", 'Docs: https://status.acme.io/build 415-762-0134 (on call)', [['us-phone', '415-762-0134']]],
    // (A word written on its own still is one.)
    ['the word alone', 'app 415-762-0134', []],
  ]);
});

describe("a form's label offering its own word or another", () => {
  table([
    ['a donor\'s "SSN/ID"', 'Donor: B. Reyes   Donor SSN/ID: 560-61-1759\nCollector: J. Park', [['us-ssn', '560-61-1759']]],
    ['"SSN or employee ID"', 'Donor SSN or employee ID: 560611759', [['us-ssn', '560611759']]],
    ['"SSN / VA file number"', "Veteran's SSN / VA file number: 281-21-6993", [['us-ssn', '281-21-6993']]],
    ["the services' SSAN", 'Member: L. Tanaka   SSAN: 204-57-2116', [['us-ssn', '204-57-2116']]],
    // (The other word alone still names the value something else.)
    ['an ID alone', 'Member ID: 560-61-1759', []],
  ]);
});

describe("an employee's and a requisition's numbers", () => {
  table([
    ["an employee's number in brackets", 'The deposit for H. Lockhart (emp id 278729587) came back R04.', []],
    ["a requisition's column", 'Req        Position         Filled\nJR937129   CDL-A Driver     2', []],
  ]);
});

describe("a denial's remark code", () => {
  table([
    [
      "a remark code after the adjustment's",
      "Denied for the visit (claim HP2007483900) with CO-16 and remark N290, per the patient's EOB.",
      [],
    ],
  ]);
});

describe("a laboratory's and a trial's own numbers", () => {
  table([
    ["a freezer's boxes", 'Freezer 4 alarm cleared. Affected boxes: C41.2, E22.8 and J30.1; aliquots moved to the backup unit.', []],
    [
      "a lot's code that passes a DEA check",
      'Kit          Visit     Lot          Exp\nK735388      Week 8    MF4808880    08/26\n\nRelabel lot AD5365172 too.',
      [],
    ],
    ["a trial's screening subject", 'Eligibility question for screening subject 382-02-0007 (H-FG, 75 yo F) on protocol ARQ-252.', []],
    // (A diagnosis, a prescriber and a patient's SSN keep their words.)
    [
      'a diagnosis among them',
      'Dx E11.9; prescriber DEA AD5365172; patient SSN 382-12-0007',
      [
        ['icd-10', 'E11.9'],
        ['dea-number', 'AD5365172'],
        ['us-ssn', '382-12-0007'],
      ],
    ],
  ]);
});

describe("a manufacturer's vendor master and drawings", () => {
  table([
    [
      "SAP's change log of a vendor's bank key and account",
      '2026-06-13 14:29:33  jdoe   V10001  BANKL  old=021000021  new=011000015\n2026-06-13 14:30:46  jdoe   V10001  BANKN  old=18064801231  new=75635237400',
      [
        ['aba-routing', '021000021'],
        ['aba-routing', '011000015'],
        ['us-bank-account', '18064801231'],
        ['us-bank-account', '75635237400'],
      ],
    ],
    ['a drawing number', 'Line 2: drawing 690-802-0690 moved to Rev A per ECO 1420', []],
    ["a supplier's D-U-N-S number", 'W-9 on file, EIN 39-6753376; D-U-N-S 572097216', []],
  ]);
});

describe("an inventory's and a pipeline's versions", () => {
  table([
    [
      "an inventory's firmware column",
      'edge-stg-35         3f24.043d.4317      fw 11.9.31.249    209d up\napp-prod-05         DA-0A-89-19-5F-D4   fw 1.4.35.177     209d up',
      [],
    ],
    ["a CI runner's version", 'Helm chart 2026.1.2 | runner 23.11.35.193 | 1006 tests passed', []],
    // (A forward's subject and a sign-in's user agent leave an address an address.)
    ['a forwarded alert', 'FW: 10.44.2.19 blocked at the edge', [['ip-address', '10.44.2.19']]],
    [
      'a sign-in from an address',
      'last good logon from 192.168.143.229\n  user agent ...... Mozilla/5.0',
      [['ip-address', '192.168.143.229']],
    ],
  ]);
});

describe("a header cell over two of the row's cells", () => {
  table([
    [
      "a licence's state and number under one header",
      'Name                   DOB          DL state / number\nAbbott, Olu            11/22/1977   FL  R512-820-58-305-6\nSchaefer, Olu          01/13/2003   TX  12830976',
      [
        ['us-drivers-license', 'R512-820-58-305-6'],
        ['us-drivers-license', '12830976'],
      ],
    ],
  ]);
});

describe('a routing number with its account named after it', () => {
  table([
    [
      'the pair in a chat, the account labelled',
      '[2:10 PM] Tomas: called the number from the old W-9. corrected one is 284124061, acct 48240039970 unchanged',
      [
        ['aba-routing', '284124061'],
        ['us-bank-account', '48240039970'],
      ],
    ],
    // (Another kind's word before the first keeps it that kind.)
    [
      'an SSN before an account',
      'SSN 517132202, acct 4403918277',
      [
        ['us-ssn', '517132202'],
        ['us-bank-account', '4403918277'],
      ],
    ],
  ]);
});

describe("a notice's file names and where to ask", () => {
  table([
    ["a report file's name holding a number", 'Bank account export ran. File ap_ach_99582806.csv attached.', []],
    // (A word glued alone still labels the number: "acct_99582806".)
    ['a key glued to its number', 'acct_99582806', [['us-bank-account', '99582806']]],
    [
      'a phone to ask about a confirmation',
      'Order IDs J457CC55BE, BJPYB1Z344.\nQuestions about this confirmation: 864-680-8342 or service@halcyonwealth.com.',
      [
        ['us-phone', '864-680-8342'],
        ['email-address', 'service@halcyonwealth.com'],
      ],
    ],
  ]);
});

describe("an address after a phone's word", () => {
  table([
    [
      "a SIEM digest's malware callbacks",
      '02:53:30  Malware callback   203.0.113.232     172.18.53.17\n00:01:27  Malware callback   2601:647:35a5:3420::b92 172.23.215.164',
      [
        ['ip-address', '203.0.113.232'],
        ['ip-address', '172.18.53.17'],
        ['ip-address', '2601:647:35a5:3420::b92'],
        ['ip-address', '172.23.215.164'],
      ],
    ],
    // (A number to call after the same word is still a phone number.)
    ['a callback number', 'Callback 415.762.0134 after 5 PM', [['us-phone', '415.762.0134']]],
  ]);
});

describe("a word in the cell to a value's left, under its own header", () => {
  table([
    [
      "a trade confirmation's ticker before its CUSIP",
      'Side  Symbol CUSIP      Qty   Price\nSELL  MSFT   594918104  202   $278.19\nSELL  CAT    38259P508  255   $124.35',
      [
        ['cusip', '594918104'],
        ['cusip', '38259P508'],
      ],
    ],
    // (Without a header naming the value, the word before it still labels it.)
    ['a catalogue number', 'Cat 38259P508 ships in May', []],
  ]);
});

describe("its own word in the cell to a value's left, under a header naming another kind", () => {
  table([
    [
      "a schedule's visit type before the booking's confirmation number",
      'Time     Client        Phone            Type    Conf #\n8:00a    G. Kowalski   336.213.9877     Phone   972-719-3436\n9:30a    N. Dubois     (828) 239-1861   Office  457-959-7649',
      [
        ['us-phone', '336.213.9877'],
        ['us-phone', '(828) 239-1861'],
      ],
    ],
    [
      "a filing report's policy column, numbers printed 3-3-4",
      'Form   St   Policy          State ref       Result\nSR22   CO   443-539-4285    202611082929    ACCEPTED\nSR26   IL   654-288-2837    ACK-238852-ZC   PENDING',
      [],
    ],
    // (In prose the same word says less: a phone number stays one.)
    ["the policy desk's line", 'For policy questions call 443-539-4285 before noon.', [['us-phone', '443-539-4285']]],
  ]);
});

describe('a header naming a thing by one word', () => {
  table([
    // It outweighs a date in another column of the row...
    [
      "a completion upload's certificate column beside a birth date",
      'student_id\tlast\tfirst\tdob\tcertificate\tscore\nX7356211\tGallo\tAlejandra\t2001-07-06\t455043910\t100\nG0673338\tSutton\tCody\t1968-06-05\t657130175\t90',
      [],
    ],
    // ...but not what the value's own cell says: a routing number beside an account.
    [
      "a refund list's payment column",
      'Order         Payee          Remitted                       Amount\nHP-4975183    N. Quintero    ACH 021000021 / 98543656185    $348.18\nHP-4975190    A. Moreau      ACH 011000138 / 6636047534     $92.10',
      [
        ['aba-routing', '021000021'],
        ['us-bank-account', '98543656185'],
        ['aba-routing', '011000138'],
        ['us-bank-account', '6636047534'],
      ],
    ],
  ]);
});

describe('its own word in the row, under a header naming no kind', () => {
  table([['a contact table', 'Contact   Kind    Value\nDana      Phone   336-213-9877', [['us-phone', '336-213-9877']]]]);
});

describe("a phone after another kind's word that no such value is written as", () => {
  table([
    ["a pharmacy's phone", 'pharmacy number is (862) 736-0610 if you need to call about refills', [['us-phone', '(862) 736-0610']]],
    ['money sent by Zelle to a phone number', 'pay me back however - Zelle to 8624216347 works best.', [['us-phone', '8624216347']]],
    // (A drug's code after the same word stays a drug's code.)
    ["a pharmacy's NDC", 'pharmacy NDC 0002-3227-30, qty 30', [['ndc', '0002-3227-30']]],
  ]);
});

describe('mail from India, Australia and New Zealand to US partners', () => {
  table([
    ["an Indian bank's account beside its IFSC", 'Bank: HDFC Bank, Gurugram branch\nA/c: 50100942671197   IFSC: HDFC0000179', []],
    [
      "a wire's two legs: the Indian bank's code and account, the US bank's routing and account",
      'FROM  State Bank of India (SBININBB), current a/c 32327278518, IFSC SBIN0897748\nTO    Cinder Hill US Inc., JPMorgan Chase Bank, N.A.\n      ABA 021000021 / account 579941177',
      [
        ['swift-bic', 'SBININBB'],
        ['aba-routing', '021000021'],
        ['us-bank-account', '579941177'],
      ],
    ],
    ['an Australian business number', 'Our ABN is 55 664 721 842 and ACN 016 285 055 if your accountant needs them.', []],
    ['an Australian TFN', "Derek's Australian TFN (438 826 315) stays on our side.", []],
    ["New Zealand's IRD number", 'Our own IRD/GST number is 109-429-430 if your accountant asks.', []],
  ]);
});

describe("a diagnosis's layout in mail that speaks of no health", () => {
  table([
    ['a seat map', 'Rows C12.3 through C14.1 are held for the board; the rest open Friday.', []],
    ["a part's revisions", 'Drawing set: sheets A10.2 and B22.4 revised per the ECO, 3 copies to the shop.', []],
    // (Beside any word of health in the mail, the same layout is a diagnosis.)
    ["a patient's codes, the doctor named", 'My doctor said the codes were E78.01 and 99000. I am self-pay.', [['icd-10', 'E78.01']]],
    [
      "a coder's note",
      'Dr. Rasmussen (NPI 2389357395) coded I25.10.',
      [
        ['npi', '2389357395'],
        ['icd-10', 'I25.10'],
      ],
    ],
  ]);
});

describe('an own word qualified by a short word before the label', () => {
  table([
    [
      'a licence in the ID package',
      'Also the Florida license in the ID package (M808-425-93-742-2) expired 09/23/2025.',
      [['us-drivers-license', 'M808-425-93-742-2']],
    ],
  ]);
});

describe("a notification's links, masks and returns", () => {
  table([
    [
      "a tracking link's order id",
      'Track package: https://www.sundaypantry.com/track?t=DBpQHXutY5kuMl7C&o=353747242 (SSN-free since 2019)',
      [],
    ],
    [
      "a click-tracking path's ids",
      'Update your bank account <https://trk.kettleandcrumb.com/c/2910542771/3673145774225098424?e=ebde8f9>',
      [],
    ],
    // (A query's key naming the value keeps it: a form posted in a link.)
    ['a phone in a query under its key', 'https://x.example.com/api?phone=4155550123', [['us-phone', '4155550123']]],
    ['a masked address', 'The password for p******n@outlook.com was changed on 05/18/2026.', []],
    ['a return authorisation printed as a phone', 'We received your return (RMA 815-832-7157) on Jul 27.', []],
    [
      'a phone number on the account',
      'Just give the cashier the phone number on your account: 678-489-9471.',
      [['us-phone', '678-489-9471']],
    ],
  ]);
});

describe("a licence's state named after it", () => {
  table([
    [
      'the state after a comma',
      'Renewed - new card attached. Number is the same: A2773983, California, good until 08/20/2028.',
      [['us-drivers-license', 'A2773983']],
    ],
    // (Digits alone before a state are as often an order's and its office's.)
    ['an order and its state', 'Order 12835656, Texas, shipped Monday.', []],
  ]);
});

describe("a jail's and a police record's numbers", () => {
  table([
    [
      "a booking sheet's operator licence number",
      'SSN:              447-72-3620\nOLN / State:      44544721 / TX\nFBI: 743177HU4\nArrest Agency: Brazos Bend PD   ORI TX0973001',
      [
        ['us-ssn', '447-72-3620'],
        ['us-drivers-license', '44544721'],
      ],
    ],
    [
      "a visitor form's ID type on the line above its number",
      'Visitor: L. Coleman\nID type: DL - Michigan\nID number: D082865473689\nSecond ID (if any): none',
      [['us-drivers-license', 'D082865473689']],
    ],
    // (Another ID type leaves the number unnamed.)
    ['a member card', 'ID type: Member card\nID number: D082865473689', []],
  ]);
});

describe("a census's doctors and a screening list's licences", () => {
  table([
    [
      "a hospice census's attending column",
      'Patient          Loc     Dx       LOS   Attending   Notes\nRasmussen, M.    home    C25.9    162   1064014016  live discharge?',
      [
        ['icd-10', 'C25.9'],
        ['npi', '1064014016'],
      ],
    ],
    [
      "a state's code alone before its own long layout",
      '- Maya Mensah: NJ S8567 66793 66031, DOB 05/10/1966',
      [['us-drivers-license', 'S8567 66793 66031']],
    ],
    // (Digits alone in a state's layout stay unnamed by a code alone: as often a permit's or an office's.)
    ['a code before digits alone', 'ship to TX 41356020 today', []],
  ]);
});

describe("a version's word on an earlier line", () => {
  table([
    [
      "an access log's client address after a user agent's line",
      '"Mozilla/5.0 (iPhone) Version/17.4 Mobile/15E148 Safari/604.1" rt=0.530\n116.60.24.153 - - [16/Mar/2026:04:01:56 +0000] "GET / HTTP/1.1" 200',
      [['ip-address', '116.60.24.153']],
    ],
    // (A label on the line above still names the value under it.)
    ['a firmware version under its label', 'Firmware version:\n19.11.10.82', []],
  ]);
});

describe('an SSH remote is no mail address', () => {
  table([
    ["a config's git remote", 'gitSync:\n  repo: git@github.com:acme/infra.git\n  rev: 0418481', []],
    ['an address before a colon and a space', 'Write to jo@example.com: she has the file.', [['email-address', 'jo@example.com']]],
  ]);
});

describe("an SQL INSERT's column list names its values", () => {
  table([
    [
      'tuples under their columns',
      "INSERT INTO customers (id, full_name, email, phone, ssn, created_at) VALUES\n  (29187, 'Greg Whitaker', 'gw@example.com', '6014153314', '099563323', now());\n-- ERROR:  null value in column",
      [
        ['email-address', 'gw@example.com'],
        ['us-phone', '6014153314'],
        ['us-ssn', '099563323'],
      ],
    ],
    // (Another column's name leaves a number unnamed.)
    ['an id column', 'INSERT INTO orders (id, total) VALUES (6014153314, 12.50);', []],
  ]);
});

describe("a dated reference in a drug code's 4-4-2 layout", () => {
  table([
    ['a visit numbered by its date', 'SN visit 2025-1028-07 on 09/08/2026 for the patient', []],
    ['a list of dated visits', '8 EVV visits were held (visit 2025-0522-11, 2026-0124-01, ...) and will pay next cycle', []],
    // (Beside a drug's words the same layout is a drug's code, and an undated one needs no words.)
    ['a drug code that reads as a date', 'NDC 2019-0612-01, 30 tablets', [['ndc', '2019-0612-01']]],
    ['an undated 4-4-2 code', 'refill of 0002-3227-30 went through', [['ndc', '0002-3227-30']]],
  ]);
});

describe("a care agency's own numbers and a phone switch's caller", () => {
  table([
    ["a payer's authorisation in a phone's layout", 'Coverage for Mr. Haddad runs out 6/30 (auth 415-862-7093), so renew before then.', []],
    ['a prior authorisation number', 'Prior authorization: 312-907-4418 approved for 12 PT visits', []],
    ['an episode of care', 'Recert for Lena Ortiz (DOB 03/02/1944), episode 518204937, starts Monday.', []],
    ["a resident's bed", 'The patient, Mrs. Pell, moved to bed D14.2 in the east wing yesterday.', []],
    [
      "an IVR's log of the caller's number",
      '09:12:40  CLOCK_IN  Ana R.  via IVR  ani=2065813347  MATCH\n09:15:02  CLOCK_OUT Ben K.  via IVR  ANI: 4257730918',
      [
        ['us-phone', '2065813347'],
        ['us-phone', '4257730918'],
      ],
    ],
    ['a caller ID in a voicemail notice', 'New voicemail (0:42). Caller ID 5038824417, no name.', [['us-phone', '5038824417']]],
  ]);
});

describe("a chat's answer after a filler", () => {
  table([
    [
      'an SSN after "one sec"',
      "[8:30 AM] Dana: can you send me your dad's social? the county wants it for the waiver application by friday\n[8:31 AM] Lee: one sec\n[8:33 AM] Lee: 512401234",
      [['us-ssn', '512401234']],
    ],
    [
      'a licence after two fillers',
      '[2:10 PM] Rob: what is the DL number on her license\n[2:11 PM] Amy: hold on\n[2:11 PM] Amy: getting it\n[2:12 PM] Amy: D61860291',
      [['us-drivers-license', 'D61860291']],
    ],
    [
      "a card asked for beside an account keeps the card's word, the nearer one",
      '[9:01] Agent: need the account number for the refund, and the card you paid with\n[9:02] Lee: ok\n[9:03] Lee: 4111111111111111',
      [['credit-card', '4111111111111111']],
    ],
    // (A message with a number or a question is no filler: what it answers stops the reading.)
    [
      'a reply holding a number stands between',
      '[11:54] Wen: send your SSN so I can open it\n[11:59] Max: can I call you instead?\n[12:04] Wen: sure, 4845958415\n[12:05] Max: order 771203945 was the other thing',
      [['us-phone', '4845958415']],
    ],
  ]);
});

describe("a word that only qualifies another kind's word after it", () => {
  table([
    ["a chat's question for a client's version", 'which client version? Settings > About\nGlobalProtect 6.5.2.13', []],
    ["a form's label above", 'Client version, from Settings > About:\n6.5.2.13', []],
    // (The same word before its own kind's word still names the value.)
    ["a client's address", 'the client IP is 10.11.89.150', [['ip-address', '10.11.89.150']]],
  ]);
});

describe('a range of issued numbers', () => {
  table([
    ['raffle tickets from one number to another', 'Raffle: tickets 489818505 to 489820463, winner drawn Jan 28', []],
    ['checks numbered through', 'Checks sold were 899235413 through 899237491, all deposited.', []],
    ['a range written with a dash', 'Serials 512401234-512401299 shipped on the pallet (SSN not needed).', []],
    // (Two different numbers are no range: a transfer's accounts, a date of birth beside an SSN.)
    ['an SSN after a date of birth', 'DOB 04/12/1980 to 512401234 per the form', [['us-ssn', '512401234']]],
  ]);
});

describe("a camp's forms", () => {
  table([
    ["a camper's bunk", 'Camper: Theo Marsh     DOB: 06/07/2015     Bunk: G38.5\nMedication: cetirizine 10 mg daily', []],
    [
      "a camper's cabin",
      'For your records: Ava is in cabin B40.5; her asthma inhaler stays with the camp nurse, per the patient form.',
      [],
    ],
    [
      'conditions listed under a housing line',
      'Housing: Unit 6 / Bunk 38U (medical)\nReported conditions at intake: Z79.891, F43.10',
      [
        ['icd-10', 'Z79.891'],
        ['icd-10', 'F43.10'],
      ],
    ],
    ["a form's pharmacy and its phone", 'Pharmacy: Walgreens #2124, 8084884915\nParent/guardian: Sofia Hale', [['us-phone', '8084884915']]],
    [
      "a payee's number from the W-9",
      'I copied this from the W-9 you gave the club last year: 061924638 - is it still right?',
      [['us-ssn', '061924638']],
    ],
  ]);
});

describe("a builder's permits, licences and ACH returns", () => {
  table([
    [
      "a permit tracker's columns",
      'Permit              APN                   Contractor lic.           Status\n544-449-6691        492-54-593            ME903829                  issued\n2026-244347-BP      17-20-587-934-0000    C6631993                  final',
      [],
    ],
    ["a builder's trade licence", 'My license is Residential Builder 2407068844 and my GL cert is on the way.', []],
    [
      "an agent's phone after a ledger's word further back",
      'my GL cert is coming from my agent Curtis Hale, 1-808-435-5240. Reply here',
      [['us-phone', '1-808-435-5240']],
    ],
    [
      "an ACH return's receiving bank and account",
      'Return reason R03 - No account / unable to locate account\nReceiving DFI: 228994338   DFI account: 8740663537',
      [
        ['aba-routing', '228994338'],
        ['us-bank-account', '8740663537'],
      ],
    ],
  ]);
});

describe('nine digits split where no one splits an SSN', () => {
  table([
    ["a health plan's group", 'Group 40726-4177 changed plans on Jan 5; new forms to follow.', []],
    // (Beside its own word the split still counts.)
    ['an SSN split 5-4 beside its word', 'SSN 51240-1234 per the form', [['us-ssn', '51240-1234']]],
  ]);
});

describe("a financial-aid office's numbers", () => {
  table([
    ["a school's number for a student", 'Refund exception report\n\nStudent 902067776: routing number on file failed validation.', []],
    [
      "a school's ID after an at sign",
      'Bank: Fifth Third\nRouting number: 021000021\nAcct #: 3722348575\nStudent ID: @09870022',
      [
        ['aba-routing', '021000021'],
        ['us-bank-account', '3722348575'],
      ],
    ],
    ["a 529 plan's account", 'Summit Advisor 529 | Quarterly statement Q4 2026\nAccount 13045818790   Owner Luis Abbott', []],
    [
      "a student loan servicer's account",
      'Consolidation summary for your federal student loans\nAccount number: 7962456269\nLoans included: 5 (Direct Subsidized)',
      [],
    ],
    // (The bank account that pays the plan or the loan stays a bank's.)
    [
      'the checking account paying a loan',
      'Sign up for autopay on your student loans: we will debit checking account 44820193 monthly.',
      [['us-bank-account', '44820193']],
    ],
    [
      "a wife's SSN asked for a form's part",
      "my wife's SSN for the family size part is 003-68-8122. best number after 5 is 231.596.0335.",
      [
        ['us-ssn', '003-68-8122'],
        ['us-phone', '231.596.0335'],
      ],
    ],
  ]);
});

describe("a farm's inputs and its seasonal workers' papers", () => {
  table([
    [
      "a pesticide's EPA registration number",
      '1. Glyphosate 35 oz/ac, EPA Reg. No. 526-726-9181\n2. Dicamba 3 oz/ac, EPA Reg. 274-553-3051',
      [],
    ],
    [
      "an invoice's EPA registration column",
      'Product        EPA Reg. No.  Qty      Amount\nDicamba DGA    650-797-9648  16 gal   $3,960.45\nS-metolachlor  519-283-5376  8 gal    $2,918.54',
      [],
    ],
    [
      "a seed order's hybrids",
      'Your seed order is booked:\n- 74 units P3100E, lot 09EJ-13143\n- 47 units soybean S23XF2, seed treatment included',
      [],
    ],
    ['passports said to be Mexican', "H-2A workers' files are in the other binder (passports are Mexican, e.g. G36065282).", []],
    // (A passport's own country still leaves a US book a US book.)
    ['a US passport', 'Passport G36065282, issued by the US Department of State', [['us-passport', 'G36065282']]],
  ]);
});

describe("an airline's crew lists and hangar paperwork", () => {
  table([
    ["a crew list's passport shorthand", 'CA Reggie Haddad - cert 3289311, pp A36152042, DOB 12/20/1997', [['us-passport', 'A36152042']]],
    [
      'a passport number asked in a chat',
      'for the Toronto charter next week my pp # is 222669437 and it is good until 2031',
      [['us-passport', '222669437']],
    ],
    ["an HR form's PPT line", 'PPT no.: X34210389   exp 10/14/2031', [['us-passport', 'X34210389']]],
    ["a fingerprint's transaction number", 'CHRC: fingerprints submitted 04/11/2026, TCN 713486196, no record.', []],
    [
      "an applicant's IACRA tracking number",
      "Photo ID: Illinois driver's license D565-2877-6264\nIACRA FTN: P9398717",
      [['us-drivers-license', 'D565-2877-6264']],
    ],
    [
      "a part's serials and the part it supersedes",
      'Control unit P/N C56288-754 (supersedes 243-86-1192), S/N VB5940 removed, S/N 732267408 installed. Complied with SB 764-29-1094.',
      [],
    ],
    ['a badge number', 'Badge 112034672 was deactivated when she left, 11/03/2026.', []],
    ['a trusted traveler number', 'Trusted traveler # is 980323297 if handling asks.', []],
  ]);
});

describe("a dental office's and an optical lab's codes", () => {
  table([
    [
      "a procedure's code a sentence after the diagnoses",
      'Dx K05.322 and K00.6. Pano taken 05/06/2026 (D0330) is attached.',
      [
        ['icd-10', 'K05.322'],
        ['icd-10', 'K00.6'],
      ],
    ],
    ["an optical lab's job", 'reason: doctor error - add changed to +1.00\nJob J340188 / tray 268: OD -4.00 -1.50 x 180', []],
    // (A list's number is no sentence's end: the diagnosis word above still names the code.)
    ['a numbered assessment', 'A/P:\n1. N1830 - chronic kidney disease, stage 3', [['icd-10', 'N1830']]],
  ]);
});

describe("a US clinic's phone beside a patient's or a hospital's word", () => {
  table([
    [
      "an animal hospital's line",
      'Pet: Biscuit, microchip 956724797799594\nTreating hospital: Prairie Wind Animal Clinic, 724-588-1545',
      [['us-phone', '724-588-1545']],
    ],
    // (The NHS's own words, a column they head or British mail keep it an NHS number.)
    ['an NHS number by its own word', 'Patient NHS no. 724-588-1545 for the referral', [['uk-nhs', '724-588-1545']]],
    [
      'in mail from a UK surgery',
      'From: reception@elmtreesurgery.co.uk\nThe patient on the list is 724-588-1545, please book her in.',
      [
        ['email-address', 'reception@elmtreesurgery.co.uk'],
        ['uk-nhs', '724-588-1545'],
      ],
    ],
  ]);
});

describe("an estate's inventory with a utility's bill in it", () => {
  table([
    [
      'a certificate of deposit in a table under "Acct / ID"',
      "#   Asset                         Acct / ID           Value\n1   Keystone Federal CD           2262448645          $56,356.09\n\nThe gas utility's final bill came to $182.58 - pay from the estate account?",
      [['us-bank-account', '2262448645']],
    ],
  ]);
});

describe('labels typed in a hurry', () => {
  table([
    [
      'a routing number after "rtng"',
      'biz acount number 13886444 rtng 285285488',
      [
        ['us-bank-account', '13886444'],
        ['aba-routing', '285285488'],
      ],
    ],
    [
      '"acnt" and "rountng"',
      'new acnt (81457684458) new rountng 268924070 at chase',
      [
        ['us-bank-account', '81457684458'],
        ['aba-routing', '268924070'],
      ],
    ],
    ['"scoial"', 'me gavin scoial 245494159 and the kids below', [['us-ssn', '245494159']]],
    ['"lisence"', '- lisence B6264302 ca', [['us-drivers-license', 'B6264302']]],
    ['"fone"', '- fone 9805928585', [['us-phone', '9805928585']]],
    [
      '"creditcard" and a space missed',
      'autopay tuition $318/wk on creditcard 6011 8630 38185471??',
      [['credit-card', '6011 8630 38185471']],
    ],
  ]);
});

describe('a hurried small business', () => {
  table([
    [
      'an account wrapped in stars',
      'hi here is my bank info\naccount *2043-3916080209*\nchecking\nthank u',
      [['us-bank-account', '2043-3916080209']],
    ],
    [
      "the customer's account with a supplier",
      'invoices 2025-280 and 4151 shud come out of the new one our cust acct w u is 5317537262 send confirmation',
      [],
    ],
    [
      "a payroll sheet's soc column",
      'emp        soc           hrs   rate\nlupe n     511630381     20    $22\nkeisha d   404-06-7327   24    $23',
      [
        ['us-ssn', '511630381'],
        ['us-ssn', '404-06-7327'],
      ],
    ],
  ]);
});

describe("a casino's and a sportsbook's mail", () => {
  table([
    [
      "a player's club card in a W-2G",
      "ID: Arizona driver's license D09180541, exp 01/19/2029\nPlayers Club: 409-420-3377\nW-2G prepared",
      [['us-drivers-license', 'D09180541']],
    ],
    ['a bet slip', 'Permanent address: 479 King St W\n\nSlip 7298801427. Winters in Scottsdale.', []],
    [
      "a casino's licences in an SSN's layout",
      'Gaming licence on the report cover: 219-21-5930; key employee licence of the BSA officer 496-94-3781',
      [],
    ],
    ["a log's user", '2026-10-22T03:45:30Z geo=PASS user=711880928 ip=192.0.2.57', [['ip-address', '192.0.2.57']]],
    [
      "a sportsbook's account for its player",
      'Sportsbook review: the account placed 26 wagers.\nAccount 758161238494 set to deposits-disabled.',
      [],
    ],
    [
      "the player's bank for a payout",
      'Sportsbook review: the account placed 26 wagers.\nSend it to my payout account 48213377021 please, or acct 59213377021 at Chase.',
      [
        ['us-bank-account', '48213377021'],
        ['us-bank-account', '59213377021'],
      ],
    ],
    // (A desk named for players keeps its phone.)
    ['a player services desk', 'You can reach Player Services directly at (337) 594-9812.', [['us-phone', '(337) 594-9812']]],
  ]);
});

describe("a store's loss-prevention files", () => {
  table([
    ["a police report's number", 'Phone given: 4246309105\nPolice: PD report 2614137270, Ofc. Sexton #4540', [['us-phone', '4246309105']]],
    ["a POS log's sequence", '2026-03-21 07:03:40 WARN  lane11 EMV read failed, fallback to MSR, seq 430-946-1800', []],
    ["an associate's EID", 'Subject associate: Dustin Novak, service desk, EID 810543611, hired 01/06/2023', []],
    [
      "an online account's address before a card",
      'Ordered 03/16/2026 13:12, account delgado.austin70@aol.com, paid with 5546812740397896; picked up later',
      [
        ['email-address', 'delgado.austin70@aol.com'],
        ['credit-card', '5546812740397896'],
      ],
    ],
  ]);
});

describe("a table's ID type cell", () => {
  table([
    [
      'licences under "ID number" with their type and state in the row',
      'Name                 ID        Rtns        Value   ID number\nPruitt, Keisha       DL MI       8      $249.03   H 657 545 309 744\nFischer, Hannah      DL CA       4    $1,835.36   N4497094',
      [
        ['us-drivers-license', 'H 657 545 309 744'],
        ['us-drivers-license', 'N4497094'],
      ],
    ],
    // (A value that is no licence of that state stays unnamed.)
    [
      'a number of another layout',
      'Name                 ID        Value   ID number\nRuiz, Elena          DL TX     $84.13   A43317693',
      [],
    ],
  ]);
});

describe("a debt collector's mail", () => {
  table([
    [
      "the debt's account in a validation notice",
      'Summit Receivables Group | Debt validation summary\n\nAccount: 2770-132295\nOriginal creditor: Merrick Bank',
      [],
    ],
    [
      "the consumer's bank for the payment arrangement",
      'Debt validation notice. Original creditor: Comenity.\nDrafts come from checking account 44820193 on the 15th.',
      [['us-bank-account', '44820193']],
    ],
    ["a credit bureau's file", 'consumer claims identity theft. TransUnion file # 435067362 is in the attachments.', []],
  ]);
});

describe("a dispensary's counter and deliveries", () => {
  table([
    [
      "an Oregon licence's seven digits",
      'caregiver ssn - 351-46-0152\ndl - 7115337 (Oregon)',
      [
        ['us-ssn', '351-46-0152'],
        ['us-drivers-license', '7115337'],
      ],
    ],
    ['seven digits with no licence state around', 'Order 7115337 ships Monday; driver license on file.', []],
    ['a delivery manifest', 'DELIVERY MANIFEST 0004117004  |  Golden Poppy Collective', []],
    ["a patient's registry card", 'Hannah Ferreira (patient card 162-929-244) is designating a caregiver.', []],
  ]);
});

describe('mail in French and Portuguese', () => {
  table([
    ['a US passport in Portuguese', '1) Aline Gomes – passaporte americano 866225260 (nasci em Boston)', [['us-passport', '866225260']]],
    ['a US passport in French', 'Passeport américain : 866225260, valide jusqu’en 2031', [['us-passport', '866225260']]],
    ['an SSN in French typed without accents', 'Mon numero de securite sociale americain est 249294604.', [['us-ssn', '249294604']]],
  ]);
});

describe("a CRM's codes with one capital", () => {
  table([
    ["a partner's account code", 'Lead source = Partner Referral, partner account A-604505646.', []],
    ['an alien registration number', 'Número A: A-277207321', []],
    // (Its own word before the capital still names it.)
    ['an SSN glued to its own word', 'SSN-512401234 on file', [['us-ssn', '512401234']]],
  ]);
});

describe("an e-signature's audit trail", () => {
  table([
    [
      'the phone a sign-in code is texted to',
      'Security Level: Email, Account Authentication (None), SMS Auth: 906-930-6879',
      [['us-phone', '906-930-6879']],
    ],
  ]);
});

describe("an incident responder's mail", () => {
  table([
    ["a processor's test card", "Two beacons carried the QA card 4111111111111111 from the site's own test orders.", []],
    ["a forensics firm's engagement", 'Forensics: Ridgeline Forensics, engagement B562919\n\nPlease acknowledge the patient notice.', []],
    // (A card's word after another word leaves a card a card.)
    ['a card after a cardholder', 'Cardholder card 4539 1488 0343 6467 was charged twice.', [['credit-card', '4539 1488 0343 6467']]],
  ]);
});

describe('hasty typing of phones and licences', () => {
  table([
    ['a phone with a dot and a dash', 'if theres any problem call me 269.223-0489 . thx!!', [['us-phone', '269.223-0489']]],
    ['a dash then a dot, beside "ph"', 'my ph is #336-698.2649 if the resort needs it', [['us-phone', '336-698.2649']]],
    ['a dot and a space', 'Billing phone: 331.866. 0117', [['us-phone', '331.866. 0117']]],
    // (Without a phone's word the mix is a version's or a part's.)
    ['a mixed shape alone', 'Bumped the build to 269.223-0489 last night.', []],
    ['a grouped licence typed in lower case', 'il lic# m005-5535-1572 ! he starts 10-28', [['us-drivers-license', 'm005-5535-1572']]],
    ['a lower-case grouped shape alone', 'bin m005-5535-1572 on shelf 4', []],
    ['a grouped licence spaced', 'Driver’s license: D388 2351 3064 (Illinois)', [['us-drivers-license', 'D388 2351 3064']]],
    ['a spaced shape alone', 'Part D388 2351 3064 ships Monday', []],
    [
      '"d/l" for a licence',
      'socail "647-16-3817" d/l --R0350 65405 59487 (nj)',
      [
        ['us-ssn', '647-16-3817'],
        ['us-drivers-license', 'R0350 65405 59487'],
      ],
    ],
  ]);
});

describe("a log's key=value fields", () => {
  table([
    ["a session id before another field's account word", '2026-11-24T03:50:55Z session=807298364393 event=PROMPT name=enter_account', []],
    [
      "a session id under a field's account word",
      '03:50:55Z session=807298364393 event=PROMPT name=enter_account\n03:51:24Z session=807298364393 event=DTMF input=1',
      [],
    ],
    // (Its own key still names it, and so does a word in its own field.)
    ['an account keyed as one', 'acct=807298364393 event=PROMPT', [['us-bank-account', '807298364393']]],
    ['a word after it in its own field', 'DTMF input=807298364393 (checking account) event=PROMPT', [['us-bank-account', '807298364393']]],
    ["another field's key", 'acct=1 session=807298364393 lookup=OK', []],
    // (A field that says what the record is types its other fields.)
    ["a record's type field", 'step=ocr doc_type=passport doc_number=M03315653 confidence=0.34', [['us-passport', 'M03315653']]],
    ['a generic field and its value', 'field=ssn value=512-40-1234', [['us-ssn', '512-40-1234']]],
    [
      'the number an IVR call dialled',
      'event=CALL_START ani=5156859213 dnis=8443770250 trunk=SIP-B',
      [
        ['us-phone', '5156859213'],
        ['us-phone', '8443770250'],
      ],
    ],
  ]);
});

describe("a card's account and an account's groups", () => {
  table([
    [
      'a card account, grouped',
      'Re: Goodwill adjustment request, card account 4539 1488 0343 6467',
      [['credit-card', '4539 1488 0343 6467']],
    ],
    ['a card account, solid', 'Re: Goodwill adjustment request, card account 6467287139348359', [['credit-card', '6467287139348359']]],
    // (A word of several kinds opens no such label: checking is a bank's and a routing number's.)
    ['a checking account', 'Nora Sheridan - checking acct 698140589 (PNC)', [['us-bank-account', '698140589']]],
    [
      'an account in three fours and a short group',
      'Regions, routing 287818536, acct 1895 1171 0765 19.',
      [
        ['aba-routing', '287818536'],
        ['us-bank-account', '1895 1171 0765 19'],
      ],
    ],
    ['a longer chain', 'acct 1895 1171 0765 1234 5678', []],
  ]);
});

describe("a collector's notice and a consumer's dispute", () => {
  table([
    [
      "a disputed collector's account",
      'Subject: Dispute account 8132737640\n\nI dispute this debt in full. My name is Shonda Odom, SSN 180-52-5218.',
      [['us-ssn', '180-52-5218']],
    ],
    [
      "a collector's letter",
      'Re: Account 573941801328\n\nThis is an attempt to collect a debt. Any information obtained will be used for that purpose.',
      [],
    ],
  ]);
});

describe('a word after the value that labels a number of its own', () => {
  table([
    [
      "a booking log's cell",
      'Booking      Inmate #    Name              Housing\n2025463311   8852613449  WHITAKER, RENEE   Pod 3C, cell 12',
      [],
    ],
    ['a masked account after it', 'Allocation snapshot for household 45557984, account XXXX7524 (Northern Trust)', []],
    ['a starred account after it', 'Allocation snapshot for household 91956905, account ****4031 (BNY)', []],
    ['a file number before a claim', 'Applicant: Redwood Fidelity Insurance, file F500188\nRespondent: Keystone Mutual, claim 8812', []],
    // (A dotted number after it may be another of the kind's list.)
    [
      'a list of hosts',
      'Blocked 203.0.113.9 and host 203.0.113.10 at the edge.',
      [
        ['ip-address', '203.0.113.9'],
        ['ip-address', '203.0.113.10'],
      ],
    ],
  ]);
});

describe('a fictional phone number among test or made-up data', () => {
  table([
    ['"e.g." before a 555-01xx number', 'Enter phone numbers with area code in the portal, e.g. (303) 555-0181.', []],
    ['"for example" before one', 'Test rows use the reserved numbers, for example 970-555-0171.', []],
    ['in a test script', '- IVR test script: QA calls (706) 555-0156 and 564-555-0177 (both in the 555-01xx block).', []],
    ['for a role play', 'For the phone-bank role play, use the practice number 641-555-0198; it rings nowhere.', []],
    // (Another number given as an example, or a 555-01xx number not given so, is kept.)
    ['an example of another line', 'Call the desk, e.g. (303) 555-1181.', [['us-phone', '(303) 555-1181']]],
    ['a 555-01xx number said plainly', 'Call me at (303) 555-0181 tonight.', [['us-phone', '(303) 555-0181']]],
    ['a test of another line', 'Test call from 564-555-1177 went through.', [['us-phone', '564-555-1177']]],
  ]);
});

describe("a military base's DSN line", () => {
  table([
    ['a DSN number with its area code', 'Sponsor: TSgt Underwood, DSN (315) 383-6551, commercial +39 0444 71 9432', []],
    ['"(DSN)" after it', 'Reach the COR at (312) 957-0449 (DSN).', []],
    // (A public number beside it stays a phone.)
    ['a cell after a DSN line', 'Reach him at DSN 315-284-4255. My cell is (405) 439-0222.', [['us-phone', '(405) 439-0222']]],
  ]);
});

describe("an election office's and a jury's numbers", () => {
  table([
    [
      "a voter ID column beside an SSN's",
      'Decedent        DOB         SSN           Voter ID\nNadia Delgado   06/24/1991  662-94-3588   410495221',
      [['us-ssn', '662-94-3588']],
    ],
    ["a juror's participant number", 'Jury Qualification Questionnaire (SSN last 4 only)\nParticipant number: 382246785', []],
    ["a juror's key in a log", 'SSN checks pass.\n12:15:22 LOGIN ok juror=551023618 ip=192.168.92.238', [['ip-address', '192.168.92.238']]],
  ]);
});

describe('quoted-printable left undecoded', () => {
  table([
    [
      'a card with encoded no-break spaces and a soft line break',
      'The card number is 5189=C2=A04187=C2=A03884=C2=A045=\n68 exp 06/27',
      [['credit-card', '5189=C2=A04187=C2=A03884=C2=A045=\n68']],
    ],
    [
      'a phone with encoded en dashes',
      'Thanks,\nKatrin Quintero\n607=E2=80=93500=E2=80=930753',
      [['us-phone', '607=E2=80=93500=E2=80=930753']],
    ],
    ['a routing number with an encoded soft hyphen', 'Routing number =3D 02=C2=AD8763060', [['aba-routing', '02=C2=AD8763060']]],
    // (An "=" and two hex digits in a text with no such escape are no escape.)
    [
      "a log's fields in rewritten text",
      'ping [at] ops.example.com\nsession=110731998216 event=CALL_START ani=6166644508',
      [
        ['email-address', 'ping [at] ops.example.com'],
        ['us-phone', '6166644508'],
      ],
    ],
  ]);
});

describe('a negative word on the next line', () => {
  table([
    [
      "the next line's field",
      'Informant: Nadia Delgado (son), (602) 682-8413\nBurial permit no.: 447405',
      [['us-phone', '(602) 682-8413']],
    ],
    // (On its own line it still labels the value.)
    ['a permit number on its line', 'Burial permit (602) 682-8413 issued', []],
  ]);
});

describe("a user agent's product version", () => {
  table([
    [
      'a version in a log field, beside sign-in words',
      '12:15:22 LOGIN ok juror=551023618 ip=192.168.92.238 ua=Chrome/9.1.9.149',
      [['ip-address', '192.168.92.238']],
    ],
    [
      "an app's version in a sign-in log",
      '2026-04-02 00:26:20  larsl@example.org  178.21.249.37  LOGIN_FAIL  client ios/11.4.2.37',
      [
        ['email-address', 'larsl@example.org'],
        ['ip-address', '178.21.249.37'],
      ],
    ],
    // (A path's segment before an address is no product's name.)
    ['an address after a path', 'login from /srv/hosts/10.0.0.5', [['ip-address', '10.0.0.5']]],
  ]);
});

describe("a later line's own key", () => {
  table([
    [
      "a licence's word in the next line's value",
      'SSN (for sliding-scale income verification): 809405926\nPhoto ID: Illinois driver license D123-4567-8901',
      [
        ['us-ssn', '809405926'],
        ['us-drivers-license', 'D123-4567-8901'],
      ],
    ],
  ]);
});

describe("a voicemail's caller and a schedule's confirmation numbers", () => {
  table([
    ["a voicemail's caller", 'Voicemail from 5619451174   Monday, February 11, 2026 5:02 PM', [['us-phone', '5619451174']]],
    ['the best number to reach', 'Let me know if you need W-9s again. Best number for me is 3129095042.', [['us-phone', '3129095042']]],
    [
      "a schedule's Conf # column",
      'Time     Client         Phone            Clinician   Type    Conf #\n8:30a    D. Drummond    607.943.5494     Lombardi    Video   654-899-6660',
      [['us-phone', '607.943.5494']],
    ],
  ]);
});

describe('a diagnosis code with letters after its dot', () => {
  table([
    ['a depression code', 'Dx (per PCP referral): F32.A (depression, unspecified)', [['icd-10', 'F32.A']]],
    ['an injury code with placeholders', 'dx T07.XXXA, initial encounter', [['icd-10', 'T07.XXXA']]],
    // (Without a diagnosis word it is a room's or a part's.)
    ['a room', 'Room B12.A is free after lunch.', []],
  ]);
});

describe("immigration's own numbers", () => {
  table([
    ["a work permit's USCIS number", 'Card no.: NBC2443583528   Category: C10\nUSCIS#: 274730915', []],
    ['an A-number with its letter apart', 'A-Number: A 251798618', []],
    ["an arrival record's number", '3. I-94 number: print it from the CBP website; it looks like 96943992761.', []],
  ]);
});

describe("a county recorder's instrument", () => {
  table([
    ['a recorded marriage licence', 'Document: marriage license and certificate    Instrument 2026543691    Book 124, Page 1220', []],
  ]);
});

describe("a supplier's serials, a payer's remark codes and coverage rules", () => {
  table([
    [
      "a serial column's phone-shaped serials",
      'Patient        Serial         Phone            Status\nMoreau, K.     789-407-3380   850.977.2488     swap sched',
      [['us-phone', '850.977.2488']],
    ],
    [
      'an authorisation column',
      'Pt    MBI / Member   HCPCS  Auth #         Status\nSTOE  6E24F68CE66    B4150  226-736-2636   in review',
      [],
    ],
    ["a denial's remark code", '> Claim 1025909430609 denied CO-16/M51 for DOS 02/28/2025. Dx I10', [['icd-10', 'I10']]],
    ["a coverage determination's number", 'KX means the LCD L33800 coverage criteria are met and the diagnosis is on file.', []],
  ]);
});

describe("a cheque's MICR line and a network's gift card", () => {
  table([
    [
      'E-13B symbols',
      'Bottom of the check reads\n\n⑈008341⑈ ⑆289013449⑆ 693⑉2102403⑈ ⑇0000302742⑇',
      [
        ['aba-routing', '289013449'],
        ['us-bank-account', '693⑉2102403'],
      ],
    ],
    [
      "a scanner's stand-ins",
      'MICR line off the scanner:\n\n    :664612902: 4201237386" 7958',
      [
        ['aba-routing', '664612902'],
        ['us-bank-account', '4201237386'],
      ],
    ],
    // (Colons around nine digits that fail a routing number's check are a time's or a log's.)
    ['colons around other digits', 'at 10:30:123456789: 12345678" x', []],
    [
      "a network's gift card",
      'The Visa gift card 4268 2685 7410 4040 exp 01/29 is declined at Walmart',
      [['credit-card', '4268 2685 7410 4040']],
    ],
    ["a store's gift card", 'The Target gift card 4268 2685 7410 4040 is empty', []],
  ]);
});

describe("the customer's account with the business, in the customer's words", () => {
  table([
    ['an account with you', 'our account with you is 5317537262, please update the billing address', []],
    ["a store's account", 'My account in your store is 7857498087 and the rewards card 71104360', []],
    ['an account with us', 'Your new account number with us is 86813058; please use it when you call', []],
    ["a passport in Mexico's letter and nine", '4) my mother Alejandro Ochoa, she have passport of Mexico only: G97600112', []],
    ["a money transfer's control number", 'The control number is 507-919-9827. I paid with my debit card.', []],
    // (An account's word opening no such phrase still names it.)
    ['an account number', 'account number 12345678 at Chase', [['us-bank-account', '12345678']]],
  ]);
});

describe("an account's groups after a verb", () => {
  table([
    [
      '"the acount of me is"',
      '[9:17AM] Joao Paulo: the acount of me is 9532 8687 0850 and they say',
      [['us-bank-account', '9532 8687 0850']],
    ],
    ['"my account is"', 'my account is 4910-7336-3923-37 ok', [['us-bank-account', '4910-7336-3923-37']]],
    ['"acnt" before groups', 'new acnt 9532 8687 pls', [['us-bank-account', '9532 8687']]],
  ]);
});

describe("a form's identity block and a deposit table's columns", () => {
  table([
    [
      'a document type line two lines up',
      'Document type: U.S. Passport\n  Issuing authority: U.S. Department of State\n  Document number: J32295979\n  Expiration: 07/20/2032',
      [['us-passport', 'J32295979']],
    ],
    ['an ID type line right above', 'ID type: DL - Michigan\nID number: D082865473689', [['us-drivers-license', 'D082865473689']]],
    [
      "a routing column under its header, a savings row's word to its left",
      'Deposits        routing        account              amount\nChecking        115517611    676475823            2,774.27\nSavings         040255158    552698962           243.13',
      [
        ['aba-routing', '115517611'],
        ['us-bank-account', '676475823'],
        ['aba-routing', '040255158'],
        ['us-bank-account', '552698962'],
      ],
    ],
  ]);
});

describe("an OCR's S for 5 and B for 8 inside a number", () => {
  table([
    [
      'a routing number with an O and an S',
      'Checking        26475OS23    507164120300',
      [
        ['aba-routing', '26475OS23'],
        ['us-bank-account', '507164120300'],
      ],
    ],
    ['an SSN with a B', 'Priya Brennan  Child  08/14/2013  SSN 296B80674', [['us-ssn', '296B80674']]],
    // (A capital first or last is the value's own: a licence's letter, a National Insurance number's suffix, a CUSIP's issue.)
    ['a National Insurance number', 'NI No:         WH117304B', [['uk-nino', 'WH117304B']]],
    ['a Treasury CUSIP', 'Treasury 912810B80 matures 03/22/2026, roll it.', [['cusip', '912810B80']]],
  ]);
});

describe('a list that one label introduces', () => {
  table([
    [
      'the last passports of a list',
      'The passport numbers for Nadia, Rafael, Greg and Lars are R56058318, 369242095, 950185471, and 115864916, respectively.',
      [
        ['us-passport', 'R56058318'],
        ['us-passport', '369242095'],
        ['us-passport', '950185471'],
        ['us-passport', '115864916'],
      ],
    ],
    // (A word between the values ends the list: the last one is another thing's.)
    [
      'a list broken by a word',
      'Passport numbers R56058318, 369242095; the order is 11586491.',
      [
        ['us-passport', 'R56058318'],
        ['us-passport', '369242095'],
      ],
    ],
  ]);
});

describe("a network device's release and a vendor's service request", () => {
  table([
    ["a firewall's operating system", 'Risk: Low   Firewall: PA-5220 (PAN-OS 10.12.34.39)', []],
    ["a vendor's service request", 'Open with vendors: Cisco TAC SR 694625141 (WLC crash). The SSN field stays masked.', []],
  ]);
});

describe("a video meeting's address for room systems", () => {
  table([
    [
      'a meeting number at a conferencing service',
      'Join from a video system or application\nDial 27877801318@cobaltridge-mfg.webex.com\nor 1151104431@t.plcm.vc',
      [],
    ],
    // (A person's mailbox at the same service is a mailbox.)
    ['a mailbox at the service', 'Questions to jane.doe@webex.com', [['email-address', 'jane.doe@webex.com']]],
  ]);
});

describe("a one-tap dial string's pauses", () => {
  table([
    [
      'a passcode keyed in after the call connects',
      'One tap mobile\n+16464923362,,92970784320#,,,,*4437160637# US (New York)',
      [['us-phone', '+16464923362']],
    ],
    // (A list of numbers is no dial string.)
    [
      'two numbers in a list',
      'call 4155550123, 4155550124',
      [
        ['us-phone', '4155550123'],
        ['us-phone', '4155550124'],
      ],
    ],
  ]);
});

describe('the codes of the revisions before ICD-10', () => {
  table([
    ['ICD-9 codes in old charts', '- Old charts from before the conversion still show ICD-9 V62.89 / V71.09 - leave them', []],
    ['DSM-IV codes', 'Do NOT use DSM-IV / ICD-9 codes like V61.10 or 300.02 - rejected since 10/1/2015.', []],
    ['an ICD-10 code', 'ICD-10 F32.9 per chart', [['icd-10', 'F32.9']]],
  ]);
});

describe('a routing number and its account written as a pair', () => {
  table([
    [
      "after a bank's name, with a slash",
      '701-12-6977 thats mine. bank is US Bank 118103365 / 456106680',
      [
        ['us-ssn', '701-12-6977'],
        ['aba-routing', '118103365'],
        ['us-bank-account', '456106680'],
      ],
    ],
    [
      'for payroll, an SSN on the line above',
      'new US SSN 610-25-4830\npayroll to 645455531 / 341618421',
      [
        ['us-ssn', '610-25-4830'],
        ['aba-routing', '645455531'],
        ['us-bank-account', '341618421'],
      ],
    ],
    [
      'on lines of their own under the bank',
      'USAA\n262822181\n851879354',
      [
        ['aba-routing', '262822181'],
        ['us-bank-account', '851879354'],
      ],
    ],
  ]);
});

describe("an XML element's text is named by its own tag", () => {
  table([
    [
      "an account after a routing number's element",
      '<ach>\n  <RoutingNumber>251645269</RoutingNumber>\n  <AccountNumber>656277753</AccountNumber>\n</ach>',
      [
        ['aba-routing', '251645269'],
        ['us-bank-account', '656277753'],
      ],
    ],
    [
      "a licence by its field's name",
      '<Field name="license" type="string" state="NY">218584533</Field>',
      [['us-drivers-license', '218584533']],
    ],
    // (An enclosing element or a type attribute still names it.)
    ['a passport inside its element', '<Passport><Number>E14373824</Number></Passport>', [['us-passport', 'E14373824']]],
    [
      "a document's type attribute",
      '<Document type="PASSPORT" country="US"><Number>E14373824</Number><Expiry>2033-04-27</Expiry></Document>',
      [['us-passport', 'E14373824']],
    ],
  ]);
});

describe("a carrier's tax accounts, a drug test's form and a device's firmware", () => {
  table([
    [
      'a fuel-tax licence and a registration account',
      'IFTA Q4 2026 - Iron Horse Logistics, IFTA license WA 89996287, IRP account 79471-002',
      [],
    ],
    ['a custody and control form', 'Use the eCCF account; the pre-printed CCF # is 8019466182.', []],
    ["an examiner's registry number", 'Med card exp 11/20/2026, examiner registry # 2173739184', []],
    [
      "a tablet's firmware after a sign-in",
      '2026-05-17T10:41:00Z  curtis@aol.com  login.success  192.168.233.68   tablet fw 22.0.27.147',
      [
        ['email-address', 'curtis@aol.com'],
        ['ip-address', '192.168.233.68'],
      ],
    ],
    // (A firewall's host name is no firmware's.)
    ['a firewall host', 'Feb  5 04:32:22 fw-edge-01 vpn[2958]: tunnel up peer=118.61.4.72', [['ip-address', '118.61.4.72']]],
  ]);
});

describe("an insurer's claim summary and a patient's statement", () => {
  table([
    [
      'a remark code after its reason, spaced',
      '  97110  $147.93 billed, $141.86 allowed, PR-3 / N20\n  J3490  $64.84 billed, $0.00 allowed',
      [],
    ],
    ["a health plan's group number", 'Member: Rosa Novak          Member ID: CU6811736\nGroup: A55636             Claim #: XM905422', []],
    [
      "a statement's account after its guarantor",
      'Statement date 01/15/2026   Guarantor ID 69721595   Account 51226682\nPatient: Beatriz Kowalski',
      [],
    ],
    // (A diagnosis in a group therapy's note is still one.)
    ['group therapy', 'Group therapy note, dx F43.10 (PTSD).', [['icd-10', 'F43.10']]],
  ]);
});

describe("a JSON member's value is named by its own name", () => {
  table([
    [
      'records typed by a type member',
      '[\n  { "type": "order_number", "value": "699-05-9975" },\n  { "type": "ssn", "value": "512-40-1234" }\n]',
      [['us-ssn', '512-40-1234']],
    ],
    [
      "a licence inside its member's object",
      '{"email":"yuki@outlook.com","drivers_license":{"number":"K3472 76447 42093","state":"NJ"}}',
      [
        ['email-address', 'yuki@outlook.com'],
        ['us-drivers-license', 'K3472 76447 42093'],
      ],
    ],
    [
      'plain members',
      '{"name": "Ann", "ssn": "512401234", "phone": "4155550123"}',
      [
        ['us-ssn', '512401234'],
        ['us-phone', '4155550123'],
      ],
    ],
  ]);
});

describe('a list that "respectively" ends', () => {
  table([
    [
      'passports after the names they follow',
      'Subject: Japan trip\n\nPassport numbers for the students still missing from your system: Sofia Chowdhury, Lucia Ruiz and Elijah Castillo - 385473828, P99905820, and 516350623, respectively.',
      [
        ['us-passport', '385473828'],
        ['us-passport', 'P99905820'],
        ['us-passport', '516350623'],
      ],
    ],
    [
      'SSNs corrected after a sentence on the error',
      'Three SSNs were printed wrong (two digits swapped in each case). The correct numbers are 296-38-3381, 177-13-3314, and 509-11-8175, respectively; employee IDs E1, E2, E3.',
      [
        ['us-ssn', '296-38-3381'],
        ['us-ssn', '177-13-3314'],
        ['us-ssn', '509-11-8175'],
      ],
    ],
  ]);
});

describe("a hospital's registration defaults, encounters and a clinician's degree", () => {
  table([
    ["a registration system's placeholder SSN", 'Registration defaults used: SSN 999-99-9999, DOB 01/01/1900, phone left blank.', []],
    ["an encounter's number", 'Claim edit on encounter 1778239222: the rendering provider number is missing.', []],
    [
      "an NPI after a clinician's degree",
      'ordering / F2F: Yuki Novak, MD 2493518106\ncertifying PCP: Maya Castillo',
      [['npi', '2493518106']],
    ],
  ]);
});

describe("a body shop's claim references, an adjuster's licence and a scan tool's software", () => {
  table([
    ["a code's shape inside a hyphenated claim number", 'Claim status update\nClaim 76-D421-598X / policy PPU5441386 / NA', []],
    [
      "an adjuster's licence",
      'blindqvist@bluepointauto.com\nGA Adjuster Lic # 58387474',
      [['email-address', 'blindqvist@bluepointauto.com']],
    ],
    ["a scan tool's software", 'Scan tool asTech 4, SW 24.7.15.114\nRemote session from 203.0.113.9', [['ip-address', '203.0.113.9']]],
  ]);
});

describe('a Message-ID quoted in prose', () => {
  table([
    [
      "an Exchange Online message's identifier",
      'Message-ID of the meeting that crashes it: <CH3PR12MB423364DC9959052D2F88CF37328CB4B35B744B39@CH3PR12MB4233.namprd18.prod.outlook.com>',
      [],
    ],
    ["a client's generated identifier", 'Thanks. Another one: <91BD5BA3-D7D9-A52F-31F6-9A0558453AAE@gmail.com> also fails.', []],
    [
      "Gmail's identifiers, at the host only they use",
      'Message-ID of the meeting that crashes it: <CAFR8T3ABSXVS_193ECHAM7G0HVC-2URHAMHKDX60@mail.gmail.com>\nand the next: <CA+Y31FSW7R06-STXR1MA9DKTP71=Z1JDPNM67A02@mail.gmail.com>\nSofia (sofia.ruiz88@gmail.com)',
      [['email-address', 'sofia.ruiz88@gmail.com']],
    ],
    // (A mailbox in brackets is a mailbox, and so is a phone on file.)
    ['a mailbox in brackets', 'From: Jamal Reyes <jamal.reyes1987@gmail.com>', [['email-address', 'jamal.reyes1987@gmail.com']]],
    ['a phone on file', 'Please call the number on file, 415-762-0134, before shipping.', [['us-phone', '415-762-0134']]],
  ]);
});

describe("a genealogist's record numbers and a library's call numbers", () => {
  table([
    [
      'a digital image group and a microfilm',
      '2. Iowa death certificate no. 56665 (2009); FHL film 104905177.\n3. Baptismal register, entry 56; DGS 008819025, image 48.',
      [],
    ],
    ['a Cutter number after its dot', '- History of Kings County (1915), call no. F116.7 .G42 (reading room, open shelves)', []],
  ]);
});

describe("a mail's legal disclaimer", () => {
  table([
    [
      "the sending business's licence",
      'This email is confidential and intended solely for the addressee. Brightline Print, IL license no. 26578868. If you have received this email in error, delete it.',
      [],
    ],
    // (A licence in the message itself is a licence.)
    [
      "a driver's licence in the body",
      'Driver license no. D123-4567-8901 (IL) is on file for the rental.',
      [['us-drivers-license', 'D123-4567-8901']],
    ],
  ]);
});

describe("a separator padded or doubled, as a scanner's OCR prints it", () => {
  table([
    ['a hyphen with spaces before a plain hyphen', 'Soc Sec #  143 - 48-6657     Taxable Marital Status: M', [['us-ssn', '143 - 48-6657']]],
    ['a hyphen after a dot', 'a Employee social security number 757-50.-6597   OMB No. 1545-0029', [['us-ssn', '757-50.-6597']]],
    ['a hyphen with a space before it', "d Employee's correct SSN 381 -36-7507", [['us-ssn', '381 -36-7507']]],
    ['a phone number with a doubled hyphen', 'Pharmacy Help Desk 888--966-1778', [['us-phone', '888--966-1778']]],
    ['a phone number with a spaced hyphen', 'Phone (843) 848 - 5253   Email on file', [['us-phone', '(843) 848 - 5253']]],
    // (Separators that merely differ are still no value, nor a list's number before a phone.)
    ['separators that merely differ', 'Ref 321-02.3456 on the slip', []],
    ['a numbered line', 'Call back:\n1. 415 762 0134', [['us-phone', '415 762 0134']]],
  ]);
});

describe("an OCR's S for 5 and B for 8 inside a grouped value", () => {
  table([
    ['an SSN with an S in its serial', 'W-2 box a, employee SSN 456-20-5S05 per the scan', [['us-ssn', '456-20-5S05']]],
    ['an ITIN with a B in its area', "RECIPIENT'S TIN 93B-79-9205 (ITIN)", [['us-itin', '93B-79-9205']]],
    ["a phone number's first and last digits", 'Daytime phone (904) B33-099S', [['us-phone', '(904) B33-099S']]],
    // (Outside a phone number a first or last capital is the value's own.)
    ["a licence's prefix", 'Driver lic ...... S94-55-0004 (VA), exp 08/26/2028', [['us-drivers-license', 'S94-55-0004']]],
    ["a parcel's check letter", 'Common-area parcels 926-92-844B and 670-98-446 were reassessed.', []],
  ]);
});

describe("a stray mark an OCR prints between a number's digits", () => {
  table([
    [
      'a backtick in an account',
      'Routing # 012903865\nAccount # 291`58446   Type: savings',
      [
        ['aba-routing', '012903865'],
        ['us-bank-account', '291`58446'],
      ],
    ],
    ['an apostrophe in a routing number', "ABA/RTN 632672'084\nBeginning Balance 18,416.25", [['aba-routing', "632672'084"]]],
    ['a tilde in a licence', 'DL 198~83993    CLASS C', [['us-drivers-license', '198~83993']]],
    // (A Swiss thousands separator, or feet and inches, are no such mark.)
    ['a Swiss thousands separator', "Account balance CHF 1'234'567 at year end", []],
    ['a height', "Height 5'11 per the licence", []],
  ]);
});

describe("a claim form's lettered diagnosis codes", () => {
  table([
    [
      'codes after their letters, below the ICD indicator',
      '21 DIAGNOSIS OR NATURE OF ILLNESS OR INJURY  ICD Ind. 0\nA. F900   B. E1165   C. M5450\n24A 11/20/2026  24D 99214',
      [
        ['icd-10', 'F900'],
        ['icd-10', 'E1165'],
        ['icd-10', 'M5450'],
      ],
    ],
    // (A sentence that ends before a procedure's code still ends there.)
    ['a procedure after a sentence', 'Dx K05.322. Pano taken 05/06/2026 (D0330)', [['icd-10', 'K05.322']]],
  ]);
});

describe("an identity document's number under its block's heading", () => {
  table([
    [
      "an I-9's lists",
      "List A - U.S. Passport\n  Issuing authority: U.S. Department of State\n  Document number: J32295979\n  Expiration: 07/20/2032\n\nList B - Driver's license, Washington\n  Document number: WDLYD5A6JNGG   Exp 12/03/2026",
      [
        ['us-passport', 'J32295979'],
        ['us-drivers-license', 'WDLYD5A6JNGG'],
      ],
    ],
    // (A heading that names no document names no number; nor does a line as indented as the number's.)
    ['a heading of another kind', 'Vendor - Lakeside Print\n  Document number: 482913350\n  Total: $1,204.00', []],
  ]);
});

describe("a receipt's and a reference's own numbers", () => {
  table([
    [
      "a trustee's ledger of receipts",
      'Date        Receipt no.   Amount       Source\n12/11/2026  332073170    $1,178.23   Cashier chk\n07/19/2025  599176569      $306.70   Payroll',
      [],
    ],
    [
      'a reference number printed as a phone',
      'you will get a briefing letter with a reference number like 396-674-9421 and your voucher number',
      [],
    ],
    // (A credit application's references are people, with their phones.)
    ['a personal reference', 'Reference #1: Dana Whitfield, cousin, (415) 762-0134', [['us-phone', '(415) 762-0134']]],
  ]);
});

describe('a phone number typed solid, named by how people speak of it', () => {
  table([
    ["the writer's own number", 'Please confirm the start date. Our number is 5168598020.', [['us-phone', '5168598020']]],
    [
      'the number a text went to',
      '10:09 En route, ETA 24 min, texted customer at 2536457384\n10:44 On site.',
      [['us-phone', '2536457384']],
    ],
    [
      'a first name under a sign-off',
      'The invoice for the cleanup job is $2,806.05. thanks!\nZoe\n6154790831',
      [['us-phone', '6154790831']],
    ],
    [
      "a tel: link's target",
      'call [1-855-223-9340](tel:18552239340) or write to us',
      [
        ['us-phone', '1-855-223-9340'],
        ['us-phone', '18552239340'],
      ],
    ],
    // (A first name alone, with no sign-off above it, is no signature; nor is eleven digits in prose.)
    ['a word alone above ten digits', 'Batch\n6154790831', []],
    ['eleven digits in prose', 'tracking 18552239340 shipped', []],
  ]);
});

describe("an app's release notes", () => {
  table([
    [
      'the version a crash came in and the oldest supported',
      '• Dark mode on iOS (requires OS 17.4 or later)\n• Fixed a crash introduced in 12.1.4.186\n\nMinimum supported: 3.11.0.88 · Release 2026-04-26',
      [],
    ],
    // (An address a crash came from is an address.)
    ['an address in a crash report', 'The crash came from 203.0.113.41 after the login.', [['ip-address', '203.0.113.41']]],
  ]);
});

describe("a ledger's, a docket's, a cycle's and a tradesman's numbers", () => {
  table([
    ['an escrow ledger', 'Keystone Surrogacy Escrow - monthly summary for ledger 008224487\nStatement period Nov 6', []],
    [
      'a treatment cycle',
      'Cycle C26-0759 - stimulation schedule (donor DN338394, recipient cycle 649201618)\n\nCD1  Feb 11  call in day 1;',
      [],
    ],
    ["a court's docket", 'Per the order entered 03/02/2026 under docket 412345678, the hearing is set.', []],
    ["a journeyman's licence", '- Journeyman lic. JE868190 for Victor still pending, no solo calls yet.', []],
    ["a technician's certification", 'Driver lic. on file. EPA 608 Universal cert #52176608.', []],
    // (A driver's licence is still one.)
    ["a driver's licence", 'Driver lic. D1234567 (CA) on file for the van.', [['us-drivers-license', 'D1234567']]],
  ]);
});

describe("a lender's account", () => {
  table([
    ['a loan account', 'Your loan account 4649067143 is two payments behind.', []],
    // (A checking account is one.)
    ['a checking account', 'Your checking account 4649067143 is overdrawn.', [['us-bank-account', '4649067143']]],
  ]);
});

describe('an account whose nine digits pass the routing checksum', () => {
  table([
    [
      'labelled on its own line under the routing number',
      'Remit payment by ACH to:\n  Bank of America\n  RTN 039654935\n  Checking 289097957',
      [
        ['aba-routing', '039654935'],
        ['us-bank-account', '289097957'],
      ],
    ],
    [
      'labelled after it in prose',
      'Routing 039654935, checking 289097957.',
      [
        ['aba-routing', '039654935'],
        ['us-bank-account', '289097957'],
      ],
    ],
    // (A row's first cell is no label: the routing column's header names it.)
    [
      'a row of a deposit table',
      'Deposit    Routing      Account          Amount\nChecking   091389507    87797804         $618.00',
      [
        ['aba-routing', '091389507'],
        ['us-bank-account', '87797804'],
      ],
    ],
  ]);
});

describe("a self-storage tenant's account", () => {
  table([
    [
      "a facility's lien notice",
      'LIEN NOTICE - Unit D166\nTenant: Colm Okafor   Account: 793178789   Balance: $310.55   Rent paid through 09/30',
      [],
    ],
    // (A landlord's bank for the rent, with its routing number after the account, is a bank's.)
    [
      "a landlord's bank for the rent",
      'starting january pls pay rent direct to my acct at keybank acct no 561550763948 rtn 623658185. rent is still due on the 1st, the tenant portal is down',
      [
        ['us-bank-account', '561550763948'],
        ['aba-routing', '623658185'],
      ],
    ],
  ]);
});

describe("a form's line named by its own key", () => {
  table([
    [
      "a health plan's number under the SSN's line",
      'DOB: 10/26/2018\nStudent Social Security Number: 300 16 3357\nMedicaid / CHIP #: 789125634\nParent/guardian: Heather',
      [['us-ssn', '300 16 3357']],
    ],
    // (A key that names nothing leaves the line above to speak: a label split across two lines.)
    ['a label split across lines', 'Social Security\nNumber: 300-16-3357', [['us-ssn', '300-16-3357']]],
  ]);
});

describe("a pension office's cheques, accounts and signatures", () => {
  table([
    ['a cheque number', 'Include the check stub from 05/19/2025 showing check no. 182590304 and the prior plan name.', []],
    [
      'an account in groups after A/C',
      'Bank routing number: 328988406\nA/C: 1016 8771 4976  (checking)',
      [
        ['aba-routing', '328988406'],
        ['us-bank-account', '1016 8771 4976'],
      ],
    ],
    [
      'an account in groups after DDA',
      'Routing #: 064615703\nDDA: 1665 5311 9     Type: CHECKING',
      [
        ['aba-routing', '064615703'],
        ['us-bank-account', '1665 5311 9'],
      ],
    ],
    [
      'an account in groups under its label',
      'Routing number:\n666983901\nAccount number:\n3558-40577',
      [
        ['aba-routing', '666983901'],
        ['us-bank-account', '3558-40577'],
      ],
    ],
    [
      "a phone beside the signature's address",
      'Brendan Szabo\nBenefits Administrator\n7044402276 | brendan.szabo@meridiantitle.com',
      [
        ['us-phone', '7044402276'],
        ['email-address', 'brendan.szabo@meridiantitle.com'],
      ],
    ],
    [
      "a browser's version in a quoted user agent",
      'LOGIN_OK  src=26.246.104.120  ua="Chrome/7.3.31.143"',
      [['ip-address', '26.246.104.120']],
    ],
  ]);
});

describe("a state's identifier for a student", () => {
  table([
    ['on a student line', 'Student: Sofia Hernandez     DOB 01/14/2010     State ID 5735806192\nSchool of attendance: Summit', []],
    [
      'under its column',
      'Evaluations due (Prairie Trail Elementary)\n\nState ID     Local ID  Type       Due\n4189480416   256322    initial    01/26/2026',
      [],
    ],
    // (An adult's state ID card, in mail about no school, is the state's card.)
    ["an adult's state ID card", 'Renter: Dana Cole, Oregon State ID 5735806192, exp 2029.', [['us-drivers-license', '5735806192']]],
  ]);
});

describe("a room's number shaped like a diagnosis code", () => {
  table([
    [
      "a school nurse's snack box",
      'Diabetes care plan (type 1, insulin pump, glucose checks before lunch)\n- Low snack box in J32.120 and on bus 47',
      [],
    ],
    ['a locked cabinet', 'Medicaid billing: speech 30 min/wk, OT 52 min/mo. Original is in the locked cabinet in C36.82.', []],
    // (A diagnosis word still names a code after "in": "seen in clinic, dx in E11.9".)
    ['a diagnosis after "in"', 'Diagnosis recorded in E11.65 on the claim.', [['icd-10', 'E11.65']]],
  ]);
});

describe("a bankruptcy's creditors' accounts and a clerk's file reference", () => {
  table([
    [
      'a reaffirmation agreement',
      'Attached is the reaffirmation agreement (Form 2400A) for the 2022 Toyota RAV4, account 33278265209.\n\nAmount reaffirmed: $7,738.12. The proof of claim lists the same balance.',
      [],
    ],
    [
      "a clerk's file reference",
      "Remote appearances: file the request by noon; clerk's file reference for this calendar 904-538-1819.",
      [],
    ],
    // (The debtor's own bank account, labelled so, is a bank's.)
    [
      "the debtor's checking account",
      "Chapter 13 plan payments come from the debtor's checking account 33278265209; the proof of claim is filed.",
      [['us-bank-account', '33278265209']],
    ],
  ]);
});

describe("an employer's identification number, and one denied", () => {
  table([
    [
      "an estate's EIN beside an SSN",
      "The decedent's SSN is on the death certificate; we have estate EIN 754715763 from your cover letter.",
      [],
    ],
    // (Denied, the word says the value is not of its kind.)
    [
      'an SSN given instead of an EIN',
      "I'm a sole proprietor so the W-9 has my SSN, not an EIN: 762-35-9020.",
      [['us-ssn', '762-35-9020']],
    ],
  ]);
});

describe("a home-services company's customer account", () => {
  table([
    [
      'a service report',
      'Service report - Hannah Haddad, account 5298-60336\nTechnician: Mei (cert 54338)\nService call: no cool, replaced capacitor',
      [],
    ],
    // (A work order's number stays an order's.)
    ['a work order', 'Install is booked for Friday. Work order 703190542; see you then.', []],
  ]);
});

describe("a hospital's account for a patient's visit", () => {
  table([
    [
      "a face sheet's correction",
      'Corrections for the face sheet on Bernice Ferreira (acct 85870217, admit 10/03/2026). The ED quoted the wrong guarantor; discharge is planned Friday.',
      [],
    ],
    // (A patient's bank account, labelled so, is a bank's.)
    [
      "a patient's checking account",
      'Financial assistance: the guarantor pays from checking account 85870217 each month after discharge.',
      [['us-bank-account', '85870217']],
    ],
  ]);
});

describe("a caseworker's call log, an agency's file and a version's date", () => {
  table([
    [
      'the number a call came from',
      '10/14/2025 12:30 PM SJ - NCP called from 4062833423 disputing arrears of $12,870.',
      [['us-phone', '4062833423']],
    ],
    ["an agency's file", 'Related child support case 20068961 and agency file 701-405-4089 will be heard together.', []],
    // (A version's first numbers are no date of birth beside a number.)
    [
      "a job log's version",
      '2026-09-18T11:06:34Z INFO payee refresh company=529036035 payees=43\n2026-09-18T11:07:32Z DEBUG module version 1.6.12.212',
      [],
    ],
  ]);
});

describe("a toll road's accounts and citations, and numbers given on the phone", () => {
  table([
    [
      "a toll authority's statement",
      'Gulf Coast Toll Authority - Statement for account 5410550813\nStatement date 11/03/2026     Period Oct 15 - Nov 1',
      [],
    ],
    [
      "a renter's own toll account",
      'The $5.95/day fee reversed - I never opened the transponder box. My own SunPass account is 63409638 if that helps.',
      [],
    ],
    ['a parking citation', 'The City of Orlando parking office sent us citation 702 697 3632 for the 2025 Toyota RAV4.', []],
    [
      'an SSN given as asked on the phone',
      'so here is my full SSN as your rep asked on the phone: 350-73-7794. Thanks',
      [['us-ssn', '350-73-7794']],
    ],
    [
      'an address before a firmware key',
      '2026-07-27T09:03:49Z kiosk-ewr-01 INFO  sync to 192.168.59.34:8443 ok firmware=9.3.12.204',
      [['ip-address', '192.168.59.34']],
    ],
  ]);
});

describe('an account at a bank abroad, a Japanese dash, a hyphenated claim and a dispatch event', () => {
  table([
    [
      'an account at a Chinese bank',
      'Beneficiary: Shenzhen Optics Co., Ltd.\nBank: ICBC Shenzhen Branch\nSWIFT: ICBKCNBJ\nA/C No.: 207495025540\nAmount: USD 19,975.00',
      [['swift-bic', 'ICBKCNBJ']],
    ],
    // (The account a wire to that bank is sent from is ours.)
    [
      'the account a wire abroad is sent from',
      'Beneficiary bank BIC: BSCHESMM\nDebited from our account: 99008767562',
      [
        ['swift-bic', 'BSCHESMM'],
        ['us-bank-account', '99008767562'],
      ],
    ],
    ['an SSN typed with katakana dashes', 'SSN ２５２ー４６ー５０９１', [['us-ssn', '２５２ー４６ー５０９１']]],
    ["an insurer's hyphenated claim", 'Fire report request - insured Boyd, claim W92538-560, ICD diagnosis pending', []],
    [
      "a dispatch center's event",
      'The call was placed from an unknown line. The CAD event appears as 260-628-1506 on the dispatch log.',
      [],
    ],
  ]);
});

describe('a date of birth typed solid in a records query', () => {
  table([
    [
      "a query's return",
      '0303 4C14 traffic stop 824 STATION RD, 5UFA557 WA\n0303 4C14 req QW on driver\n0308 QW.WA0452300.NAM/ADEYEMI,WENDELL.DOB/03051977.SOC/639983234\n0309 RETURN: NO RECORD\n0309 QDL WA OLN/WDL0N4KN85S6 VALID CLASS D',
      [
        ['us-ssn', '639983234'],
        ['us-drivers-license', 'WDL0N4KN85S6'],
      ],
    ],
    // (A licence beside a date of birth is still one.)
    ['a licence beside a date of birth', 'DL D1234567 (CA), DOB 03/05/1977', [['us-drivers-license', 'D1234567']]],
  ]);
});

describe('values one per line under a heading', () => {
  table([
    [
      "cards under a fraud desk's heading",
      "Cards that were approved and need to go to the processor's fraud desk:\n\n  4491-2382-6525-1417   auth BB6U32   $1.02\n  4615-1924-5798-1680   auth 4KG2BX   $1.20",
      [
        ['credit-card', '4491-2382-6525-1417'],
        ['credit-card', '4615-1924-5798-1680'],
      ],
    ],
    [
      "passports listed under their heading, each after its holder's name",
      '2) Passports. The court needs copies again - tell me if either has been renewed:\n   Brendan Washington: K66787340\n   Beatriz Washington: M11005919\n\n3) Immigration.',
      [
        ['us-passport', 'K66787340'],
        ['us-passport', 'M11005919'],
      ],
    ],
    [
      "a licensed facility's number",
      'Annual inspection summary - New Roots Adoption Agency\nFacility no. 711578195   Visit date: 11/12/2026   Director DOB 03/04/1971',
      [],
    ],
  ]);
  // (A line that is no item ends the list: the heading above it names nothing below, and the card
  // stands on its shape alone. A negative word on the line above is that line's, not the card's.)
  it('when a paragraph stands between the heading and the value, then the heading gives it no words', () => {
    const [card] = scanText(
      'Cards that were approved:\nThe processor flagged these after the batch closed.\n4491-2382-6525-1417 was the first.',
    );
    expect(card.text).toBe('4491-2382-6525-1417');
    expect(card.explanation?.contextWords).toEqual([]);
  });
});

describe("a sandbox's fictional numbers, a lease's number, a DHCP lease and an account in three groups", () => {
  table([
    ['a fictional line in a sandbox copy', 'Support line in the sandbox copy is (317) 555-0172; EU merchants see another.', []],
    [
      "a resident ledger's lease",
      'Resident ledger - Millbrook Commons\nResident t0004919 | Apt. 6E | Lease 566757246\nLease 01/28/2026 - 11/22/2026',
      [],
    ],
    [
      "a DHCP server's lease",
      'DHCP leases (ISC dhcpd):\nlease 172.30.94.139 { starts 6 2026/12/25 08:21:24; }',
      [['ip-address', '172.30.94.139']],
    ],
    [
      'an account in three, four and four',
      'The confirmation you forwarded shows routing 211857385 and account 136-0189-1750; is that the new money market?',
      [
        ['aba-routing', '211857385'],
        ['us-bank-account', '136-0189-1750'],
      ],
    ],
    // (A state's employer account in three, four and one is no bank's.)
    ['an employer account', 'Employer: Ridgeway Logistics, FEIN 51-6503849, CA account 362-5034-9', []],
  ]);
});

describe('a format shown by what its numbers look like', () => {
  table([
    ['a confirmation number printed as a phone', 'Exchange confirmations look like 863-687-2207 - keep yours until the refund posts.', []],
    // (An address shown so is an address.)
    [
      'addresses that look alike',
      'emails all look like c9bbhhn@gmail.com / theb8huj6g07@guerrillamail.com',
      [
        ['email-address', 'c9bbhhn@gmail.com'],
        ['email-address', 'theb8huj6g07@guerrillamail.com'],
      ],
    ],
  ]);
});

describe("a placeholder counted from one, and an ACH entry's trace", () => {
  table([
    [
      "a payment sandbox's test account",
      'Bank: First Sample Bank\nRouting number: 123456789\nAccount number: 000123456789\n[X] Checking [ ] Savings',
      [],
    ],
    [
      "an ACH entry's trace number",
      'The return shows company ID 1108685062 and ACH trace number 113361519925800 on the checking account.',
      [],
    ],
    // (A real account beside it is still one.)
    ['an account of other digits', 'Account number: 000123456780 (checking)', [['us-bank-account', '000123456780']]],
  ]);
});

describe("an organisation's TIN, a worker's ID and an app's build for a platform", () => {
  table([
    [
      "a facility's TIN beside its NPI",
      'Rendering facility: Summit Imaging Center\nFacility NPI: 1667585065   TIN: 881301059',
      [['npi', '1667585065']],
    ],
    // (A person's TIN on a 1099 is their SSN.)
    ["a recipient's TIN", "PAYER'S TIN: 47-5200776                RECIPIENT'S TIN: 081-66-8888", [['us-ssn', '081-66-8888']]],
    ["a worker's ID", 'Owners by worker ID: 519849797, 289767679, B9702003. Devices will be wiped.', []],
    [
      "an app's build for Android",
      'd2f823628f3313ff2ab0d0efc6f6025e  murmur-android 22.0.13.131\nlogin from 203.0.113.7',
      [['ip-address', '203.0.113.7']],
    ],
  ]);
});

describe('an HL7 CDA identifier named by its root', () => {
  table([
    [
      "a patient's SSN by the SSA's root",
      '<patient>\n  <id root="2.16.840.1.113883.19.5" extension="7058369"/>\n  <id root="2.16.840.1.113883.4.1" extension="752501180"/>\n</patient>',
      [['us-ssn', '752501180']],
    ],
    // (Another root names another kind: a facility's own record number is no one's SSN.)
    ["a facility's record number", '<id root="2.16.840.1.113883.19.5" extension="752501180"/>', []],
  ]);
});

describe("a storage account, a shipment's registration and an international driving permit", () => {
  table([
    [
      "a tenant's storage account",
      'routing 245112850\naccount 48563827 (checking)\n\nMy storage account number is 60742071 if you need it.',
      [
        ['aba-routing', '245112850'],
        ['us-bank-account', '48563827'],
      ],
    ],
    [
      "a shipment's registration",
      'Certified scale ticket 169205. Shipment registration 605-600-0921 is the number to quote when you call.',
      [],
    ],
    ['an international driving permit', 'Mexican licence holder; IDP C5636711 accepted at SEA for the driver.', []],
  ]);
});

describe('the codes ICD-10-CM keeps under U', () => {
  table([
    ['COVID-19', 'Pt: Sheridan, W. 78F\nDx: COVID-19 - U07.1\nRequested LOC: inpatient', [['icd-10', 'U07.1']]],
    // (Other U codes are none of its.)
    ['a code under U it does not use', 'Dx: follow-up U85.2 per the lab', []],
  ]);
});

describe('a dotted quad numbered as a version is', () => {
  table([
    [
      "an engine's version",
      'Host scanned from 10.61.206.242 (scanner appliance PF4U69W2, engine 7.1.20.177).',
      [['ip-address', '10.61.206.242']],
    ],
    [
      "an app's version by its name",
      'Rasmussen, Noah  6/8 4:02 PM\nGlobalProtect 6.5.2.13\nLuis Okafor  6/8 4:05 PM\nand what IP do you see?',
      [],
    ],
    ["a client's version", 'Audit extract as requested (client 20.6.32.197, tablet fleet C):', []],
    [
      'a system moved from one version to the next',
      'The vendor will move Delmont County CAD from 21.6.6.48 to 12.12.15.153 (mobile client 9.1.0).',
      [],
    ],
    // (Beside an address's own word it is an address, as one in a few hundred addresses is so numbered.)
    ['an address so numbered, by its word', 'Order placed 07/13/2026 20:01:57 from IP address 31.6.1.180', [['ip-address', '31.6.1.180']]],
    ['a server so numbered', 'The print server 12.4.3.77 stopped answering at noon.', [['ip-address', '12.4.3.77']]],
    [
      'an address so numbered in a list of addresses',
      'Replace the current list with:\n  - 45.199.22.182   primary bot box\n  - 42.16.32.4   home (static)\n',
      [
        ['ip-address', '45.199.22.182'],
        ['ip-address', '42.16.32.4'],
      ],
    ],
    ['a public resolver', 'Set the fallback to 8.8.8.8 on the branch routers tonight.', [['ip-address', '8.8.8.8']]],
    ["a private network's address", 'Agent 10.6.34.30 checked in.', [['ip-address', '10.6.34.30']]],
  ]);
});

describe('an account printed in three groups after its label', () => {
  table([
    [
      'two threes then six',
      'Bank: Navy Federal Credit Union\n  ABA 715561685\n  Acct 528 483 446934\n',
      [
        ['aba-routing', '715561685'],
        ['us-bank-account', '528 483 446934'],
      ],
    ],
    [
      'a three, a four and a three',
      'Routing number (9 digits): 085731349\nAccount number: 402-6930-645\nAccount type: [X] checking',
      [
        ['aba-routing', '085731349'],
        ['us-bank-account', '402-6930-645'],
      ],
    ],
    // (Two threes and a four are a phone's groups.)
    ['two threes and a four', 'Please call about account 268 231 4124 today', [['us-phone', '268 231 4124']]],
  ]);
});

describe("a value listed after others has the list's label", () => {
  table([
    ["named another kind at the list's head", 'Payroll fixed the SSN mismatches. Owners by worker ID: 519849797, 289767679, B9702003.', []],
    [
      'a trace and a second trace',
      'Wire and ACH detail for the account: company ID 1108685062, trace 113361519925800 and 726759919804152.',
      [],
    ],
    // (A list of two kinds of thing: the dealer's number has fewer digits than the phone.)
    [
      'a phone after a number of another kind',
      'Installing dealer: Polar Bear Mechanical, dealer # C-492349, 321-852-3402',
      [['us-phone', '321-852-3402']],
    ],
    // (Its own word at the head names the rest.)
    [
      'its own word at the head',
      'SSNs on file: 219-44-5236, 302-81-4470',
      [
        ['us-ssn', '219-44-5236'],
        ['us-ssn', '302-81-4470'],
      ],
    ],
  ]);
});

describe("a driver's licence in its state's own dress", () => {
  table([
    [
      "New Jersey's groups at a line's end, a number opening the next",
      'NJ license R3530 25834 70223\n05/07/2026, 10:40 - Jamal: ssn 243527830',
      [
        ['us-drivers-license', 'R3530 25834 70223'],
        ['us-ssn', '243527830'],
      ],
    ],
    ["Washington's of letters only", 'his DL (WA) is WDLSUPRESVBL, or just show yours', [['us-drivers-license', 'WDLSUPRESVBL']]],
    [
      "Indiana's dashed ten digits",
      'Our driver: Yesenia Petrov, Indiana CDL 0101-07-1520, cell 256-937-6458',
      [
        ['us-drivers-license', '0101-07-1520'],
        ['us-phone', '256-937-6458'],
      ],
    ],
    ["an operator's licence", 'Main driver: Colm Tanaka, MA OL# S18082128', [['us-drivers-license', 'S18082128']]],
    // (Without a licence's word the shapes are any part's number.)
    ['a part number so dashed', 'Part 0101-07-1520 shipped today', []],
  ]);
});

describe("a passport's book number", () => {
  table([
    [
      'a column of book numbers',
      'Name          | DOB        | Book no.  | Action\nLars Dubois   | 01/18/1958 | L16076361 | renew book (DS-82)\nHannah Dubois | 10/22/2017 | 544994339 | DS-11, in person',
      [
        ['us-passport', 'L16076361'],
        ['us-passport', '544994339'],
      ],
    ],
    ['a book number in a sentence', 'You renewed in 2024 - book number 299065099, issued 01/17/2025.', [['us-passport', '299065099']]],
  ]);
});

describe("a licence that is a profession's, a licence by its row's type cell, a phone by its link's path", () => {
  table([
    ["a process server's state licence", 'Server: Sofia Park - Certified Process Server No. 713 | FL Lic. C4677720', []],
    ["an agency's licence", 'Marcus Pruitt, Skip Trace Analyst\nFL Class A Agency Lic. A0693345', []],
    [
      "a care facility's licence",
      'INSPECTION REPORT (renewal)\n\nFacility: Hummingbird Montessori\nFacility / license #: 3000843224\nCapacity: 103',
      [],
    ],
    [
      "a driver's licence beside a profession",
      'Process server: Sofia Park, FL driver license C467-772-03-123-0',
      [['us-drivers-license', 'C467-772-03-123-0']],
    ],
    [
      'an ID type cell before the number, the state after it',
      'stock\treleased_to\tid_type\tid_number\tid_state\tphone\nSTK4349\tSofia Dubois\tDL\tB4444226\tCA\t916-363-9842\n',
      [
        ['us-drivers-license', 'B4444226'],
        ['us-phone', '916-363-9842'],
      ],
    ],
    [
      "a phone as a people-search link's path",
      'Please remove:\nhttps://www.neighborlookup.net/phone/305-502-0223\n',
      [['us-phone', '305-502-0223']],
    ],
    ["a number as another path's segment", 'See https://www.example.net/orders/305-502-0223 for the order.', []],
  ]);
});

describe("a licence's barcode, a CSV's spaced groups, a passport's type cell, a donor's number", () => {
  table([
    [
      "the barcode's elements as a scanner logs them",
      '2026-09-07T06:12:44Z DEBUG   DCS HUGHES\n2026-09-07T06:12:44Z DEBUG   DBB 07131972\n2026-09-07T06:12:44Z DEBUG   DAQ D257666899513\n2026-09-07T06:12:44Z DEBUG   DAK 482267713\n',
      [['us-drivers-license', 'D257666899513']],
    ],
    [
      "the barcode's elements as a JSON line",
      '{"ts":"2026-09-07T06:12:44Z","DCS":"HUGHES","DBB":"07131972","DAQ":"D257666899513","DAK":"482267713"}',
      [['us-drivers-license', 'D257666899513']],
    ],
    [
      'a CSV row whose spaced licence ends by a dotted phone',
      'donor_id,last_name,first_name,dob,ssn,id_type,id_state,id_number,mobile\n620P53380,Washington,Minh,1981-09-14,616-79-4043,DL,NY,957683727,585-664-6530\n267F78952,Ochoa,Dustin,1984-02-01,311610829,DL,NY,438 606 704,585.505.5254\n',
      [
        ['us-ssn', '616-79-4043'],
        ['us-drivers-license', '957683727'],
        ['us-phone', '585-664-6530'],
        ['us-ssn', '311610829'],
        ['us-drivers-license', '438 606 704'],
        ['us-phone', '585.505.5254'],
      ],
    ],
    [
      "a passport by its row's type cell",
      'donor_id,last_name,first_name,dob,ssn,id_type,id_state,id_number,mobile\n606N85039,Ramirez,Keisha,1991-06-26,265-82-0437,PP,US,P10476650,321-427-2584\n',
      [
        ['us-ssn', '265-82-0437'],
        ['us-passport', 'P10476650'],
        ['us-phone', '321-427-2584'],
      ],
    ],
    // Or with the issuing state's cell between, left empty or marked, as a passport has none.
    [
      "a passport by its row's type cell, the state's cell empty",
      'customer_id,first_name,phone,id_type,id_state,id_number,kyc_status\nC8355059,Wendell,9208650464,DL,IL,G647-6228-1364,APPROVED\nC2639419,Katrin,2087744502,PASSPORT,,A23511406,APPROVED\n',
      [
        ['us-phone', '9208650464'],
        ['us-drivers-license', 'G647-6228-1364'],
        ['us-phone', '2087744502'],
        ['us-passport', 'A23511406'],
      ],
    ],
    [
      "a passport by its row's type cell, the state's cell marked",
      'student_id\tlast\tdob\tid_type\tid_state\tid_no\temail\nS2218070\tColdwell\t1973-10-03\tPASSPORT\t--\t291770386\tcoldwell.hank@att.net\n',
      [
        ['us-passport', '291770386'],
        ['email-address', 'coldwell.hank@att.net'],
      ],
    ],
    ["a plasma donor's number", 'IMMUNIZATION RECORD (SSN on file)    Donor # 869469807    Center 0783', []],
  ]);
});

describe('X12 and HL7 as interface analysts paste them', () => {
  table([
    [
      "an 834's subscriber number, keyed on the SSN",
      'The spouse loop was held:\n\nINS*Y*18*021*XN*A***FT~\nREF*0F*720485104~\nREF*1L*992194~\nDTP*356*D8*20260926~\nNM1*IL*1*QUIROGA*ZEKE****34*720485104~',
      [
        ['us-ssn', '720485104'],
        ['us-ssn', '720485104'],
      ],
    ],
    // Unless the member's name segment gives it as another identifier: "ZZ", an HR system's ID.
    [
      "an 834's subscriber number, keyed on an HR system's ID",
      'Test file for the alternate-ID layout:\n\nINS*Y*18*024*XN*A***FT~\nREF*0F*731378846~\nREF*1L*LZ3735~\nNM1*IL*1*OKAFOR*LUIS****ZZ*731378846~\nDMG*D8*19920428*F~\nINS*Y*18*021*AI*A***FT~\nREF*0F*355288534~\nNM1*IL*1*MBEKI*MEI****34*355288534~',
      [
        ['us-ssn', '355288534'],
        ['us-ssn', '355288534'],
      ],
    ],
    [
      "an 835's remark codes",
      'For the new posting staff, the remark codes that show up most often on Lone Star Community Health Plan remittances:\n\n  LQ*HE*N381~\n  LQ*HE*N522~\n  LQ*HE*M86~\n\nLook them up on the X12 code list site.',
      [],
    ],
    [
      "a field's coding system after its code and text",
      'OBR|1|ORD448|LAB9921|80053^CMP^LN|||20260707101732|||||||||1795813348^ECHOLS^GRETA^^^^MD^^^^NPI||||||20260707102322|||F||||||R10.9^Unspecified abdominal pain^I10\nOBX|1|NM|2345-7^Glucose^LN||141|mg/dL|70-99|H|||F',
      [
        ['npi', '1795813348'],
        ['icd-10', 'R10.9'],
      ],
    ],
    [
      "HL7's events in mail about the feed",
      'The ADT feed to the lab held one message overnight. If the patient was re-registered under a new MRN, send us an A34 or an A08 and we will re-send; diagnosis E11.9 is on file.',
      [['icd-10', 'E11.9']],
    ],
    [
      'a diagnosis after its X12 qualifier in a log',
      '2026-11-19T13:41:43Z ERROR edit=NDC-REQUIRED claim=ACCT2510350 hcpcs=J1745 ndc=<missing> hi=ABK:G43909',
      [['icd-10', 'G43909']],
    ],
    [
      "a guide's sample NPI said to be one",
      'The NPI in the billing provider example (1234567893) is the CMS sample number, also not real.',
      [],
    ],
  ]);
});

describe('a word on an earlier line labelling a value of its own', () => {
  table([
    [
      "speaks of that value, not of a list's below",
      'Great Lakes Service of Process - route for Thursday\nServer: Lars Fischer, licensed (FL Lic. C6402517)   Van 4\n\n1. 796663550    2025-SC-899452        256 Oak Hollow Dr, Miami\n2. 26-26158     2025-CA-605636        7534 Riverside Dr, Miami\n',
      [['us-drivers-license', 'C6402517']],
    ],
    [
      'but a column of values of its shape is still its',
      'Please close the following accounts:\n\nMoney market    7161969606\nCD              4938996690      (matures Apr 24)\n',
      [
        ['us-bank-account', '7161969606'],
        ['us-bank-account', '4938996690'],
      ],
    ],
  ]);
});

describe("a CSV's empty cell before a phone", () => {
  table([
    [
      'is no dial string',
      'member_no,last_name,status,return_code,mobile,email\n10731663,Nguyen,SETTLED,,6158655145,omar@example.net\n',
      [
        ['us-phone', '6158655145'],
        ['email-address', 'omar@example.net'],
      ],
    ],
    [
      "a dial string's pauses after what was dialled",
      'Tap to join: +16464923362,,92970784320#,,,,*4437160637#',
      [['us-phone', '+16464923362']],
    ],
  ]);
});

describe("a CSV's blocks under one header", () => {
  table([
    [
      'a comment line between them',
      'member_no,last_name,mobile,note\n1073,Nguyen,6158655145,ok\n# Evergreen Pilates Collective (club 0904) draft file B93368\n2073,Ruiz,6158655146,ok\n',
      [
        ['us-phone', '6158655145'],
        ['us-phone', '6158655146'],
      ],
    ],
  ]);
});

describe("a credit union's accounts, and a licence word after a value labelling its own", () => {
  table([
    [
      "a member's share draft and regular share",
      'Please send date-of-death balances for every account, including:\n  Member number 993231\n  Regular share 625070112662\n  Share draft 281144447842\n',
      [
        ['us-bank-account', '625070112662'],
        ['us-bank-account', '281144447842'],
      ],
    ],
    [
      "a member's account number on a form",
      'Member name:                 Sofia Sheridan\nMember account number:       6786274452\nAccount type:                checking\n',
      [['us-bank-account', '6786274452']],
    ],
    [
      "a row's licence after the account, labelled by its own word",
      'Time   Home credit union      Member acct #  Share    Tran      Amount      ID checked\n10:06  Sunflower Valley FCU   907403969233  ID 01    WD CASH    $6,219.91  CA DL Y8792491\n',
      [
        ['us-bank-account', '907403969233'],
        ['us-drivers-license', 'Y8792491'],
      ],
    ],
  ]);
});

describe('what mail systems print about a delivery', () => {
  table([
    [
      "a blocklist query's reversed address is a host's name",
      'Confirmed. 88.157.184.179.zen.spamhaus.org returns 127.0.0.4, so our relay 179.184.157.88 is listed.',
      [
        ['ip-address', '127.0.0.4'],
        ['ip-address', '179.184.157.88'],
      ],
    ],
    [
      "a relay's queue identifier after a timestamp is no mailbox",
      '250 2.6.0 <20260314183207.rck61la0yc@relay.tallgrassmedia.co> queued; bounce to ann.lee@example.com',
      [['email-address', 'ann.lee@example.com']],
    ],
  ]);
});

describe("a workers' compensation claim's numbers with the state", () => {
  table([
    [
      "the jurisdiction's and the administrator's",
      '2026-08-14T09:32:20Z TE claim 2026WC664635: DN 0031 injury date later than report date (warning)\n2026-08-14T09:37:56Z JCN assigned 489958388 for claim B92-28476-02\nClaim admin number 612-873-4233 in the state system (their format).',
      [],
    ],
  ]);
});

describe("a licence in a table's cell after its state's", () => {
  table([
    [
      "a CSV's state column before its number column",
      'client_id,client_name,ssn_or_itin,id_state,id_number,birth_cert\nSV9503,"Okafor, Noah",554-73-5983,IL,S896-8376-5163,requested\nEF4073,"Underwood, Noah",171-90-8252,MA,S72161076,received\n',
      [
        ['us-ssn', '554-73-5983'],
        ['us-drivers-license', 'S896-8376-5163'],
        ['us-ssn', '171-90-8252'],
        ['us-drivers-license', 'S72161076'],
      ],
    ],
    // (A state's code in a column headed otherwise says nothing of the number after it.)
    ['a ship-to column before an order number', 'order,ship_to,ref\n1,IL,S8968376516\n', []],
  ]);
});

describe("a heading's separator, and another country's document", () => {
  table([
    ["' :: ' between a heading's words", '=== BAYVIEW SPECIALTY RX :: NEW PATIENT INTAKE ===\nReferral received: 07/28/2026', []],
    [
      'a number with another country in brackets after it',
      'Foreign passports used as identity for a standard (non-REAL ID) license: G51190460 (Mexico), V3694105 (India)',
      [],
    ],
  ]);
});

describe("a marketplace's payouts, a 1099's account box, a phone's format shown", () => {
  table([
    [
      'a payout to resend',
      'Routing no: 042646817\nChecking: 5789768281981\n\nPlease resend payout 6179468980. You can call me at: 551 927 1631',
      [
        ['aba-routing', '042646817'],
        ['us-bank-account', '5789768281981'],
        ['us-phone', '551 927 1631'],
      ],
    ],
    [
      "a 1099's account box",
      "FILER'S TIN 82-9200194     PAYEE'S TIN ***-**-9296\nPAYEE'S name: GIDEON HALVORSEN\nAccount number (see instructions): 507510571652\n",
      [],
    ],
    ['a phone number format shown', '4. Phone number format: (708) 555-0179.\n5. Click Save.', []],
  ]);
});

describe('a bracket on the next line', () => {
  table([
    [
      'speaks of its own line, not of the value above',
      'Time           Slot                Name                Contact\n10:00-12:00    Check-in table      Jen Coleman         jencoleman@outlook.com\n(Example row from the old template, ignore: Jane Sample)\n',
      [['email-address', 'jencoleman@outlook.com']],
    ],
  ]);
});

describe('a bracket after a value denying its kind', () => {
  table([
    [
      '"(not a bank account)"',
      'Electric bill: account 7737685829 (not a bank account)\nBank statement: account 7628638907 (checking)',
      [['us-bank-account', '7628638907']],
    ],
    // (Denying it is one account of the kind is not denying its kind.)
    [
      '"(not the savings account)"',
      'Please debit account 7628638907 (not the savings account) on Friday.',
      [['us-bank-account', '7628638907']],
    ],
  ]);
});

describe("a phone number alone on a signature's line", () => {
  table([
    [
      "under a quoted reply's name",
      'My sister is paying.\n>\n> Lauren Sheridan\n> 9109008915\n> Sent from my iPhone',
      [['us-phone', '9109008915']],
    ],
    [
      "above a phone's sign-off",
      'can start 08/23/2026 weather permitting\n\nd\n7854399058\n\nsent from my iphone',
      [['us-phone', '7854399058']],
    ],
    // (A number alone on its line with neither is any number.)
    ['with neither', 'Totals for the week\n7854399058\nend of report', []],
  ]);
});

describe("a phone number written with its country's calling code", () => {
  table([
    [
      "under another kind's word in a signature",
      'Nadia Kowalski | Claims Adjuster\nLakeshore Casualty\nDirect: (386) 796-4152\nClaims: 1-888-603-9258\n',
      [
        ['us-phone', '(386) 796-4152'],
        ['us-phone', '1-888-603-9258'],
      ],
    ],
    // (Without it, another kind's word names a number so printed: a claim's own.)
    ["a claim number in a phone's layout", 'Claim number: 888-603-9258 was opened today.', []],
  ]);
});

describe('a phone by the texts it sent', () => {
  table([
    [
      'texts came from it',
      'He would not let me out at my stop. Texts shown in the screenshot are from 7633250753.\nDriver says otherwise.',
      [['us-phone', '7633250753']],
    ],
  ]);
});

describe("a tax lien's serial", () => {
  table([
    [
      'released',
      '- Business client EIN 46-6309756: TFRP letter 1153 received.\n- Lien 239128058 released; certificate of release mailed May 24 (SSN on file).',
      [],
    ],
  ]);
});

describe("an advanced practice clinician's credential names the NPI after it", () => {
  table([
    [
      'a roster of prescribers',
      'Name                   Cred    Number       States             Phone\nColm Kowalski          FNP-C   1315494785   CO,WA,IL,NC,FL,TX  980-701-1298\nCody Coleman           NP      1572607285   MI,IL,CA,WA        731-427-9304\n',
      [
        ['npi', '1315494785'],
        ['us-phone', '980-701-1298'],
        ['npi', '1572607285'],
        ['us-phone', '731-427-9304'],
      ],
    ],
  ]);
});

describe("a diagnosis code beside the classification's own wording", () => {
  table([
    [
      '"unspecified"',
      'Event: nausea with vomiting, unspecified (R11.2), onset Aug 22, 2 days after a dose increase',
      [['icd-10', 'R11.2']],
    ],
  ]);
});

describe("an ACH entry's receiving account by its column", () => {
  table([
    [
      "a biller's entry to a DFI account",
      'time | sec | company | company_id | dfi_acct | amount | action | trace\n13:45:51 | CCD | VERIZON WIRELESS PAYMENTS | 1860057997 | 126373035846 | 3990.17 | POSTED after name match by ops | 229961325956369\n',
      [['us-bank-account', '126373035846']],
    ],
  ]);
});

describe("a licence by an identity check's JSON, and a learner's permit", () => {
  table([
    [
      "a verification service's document object",
      '{"document":{"type":"drivers_license","issuing_subdivision":"US-TX","first_name":"DANA","last_name":"QUINTERO","date_of_birth":"1989-08-01","address":"4100 Elm St, Austin","number":"41356020"}}',
      [['us-drivers-license', '41356020']],
    ],
    // (Another document type's number is not one.)
    ["a passport's object", '{"document":{"document_type":"passport","issuing_country":"MX","document_number":"B4444226"}}', []],
    ["a learner's permit", 'Current credential ... Ohio learner permit FZ735658', [['us-drivers-license', 'FZ735658']]],
  ]);
});

describe('a licence by what stands beside it on its line or in its row', () => {
  table([
    [
      'its kind and state in a bracket after it, where the label names another kind',
      'Donor: GUSTAVO WHITFIELD\nDonor ID: 026ZZ5109 (IA CDL)\nSpecimen ID: 95225628',
      [['us-drivers-license', '026ZZ5109']],
    ],
    [
      "another value's bracketed word on the line above",
      'Guarantor documents:\n  130-24-1038 (SSN)\n  864263636 (New York driver license)\n',
      [
        ['us-ssn', '130-24-1038'],
        ['us-drivers-license', '864263636'],
      ],
    ],
    // (A word in a bracket with a value of its own names that one: "(passport 343101687)".)
    [
      'a bracket holding its own value',
      'Married to a U.S. citizen since 2008 (passport 343101687), so she may qualify.',
      [['us-passport', '343101687']],
    ],
    [
      "a header over the state's code and the number",
      'Drivers:\nName                Relation  DOB          DL\nDana Pruitt         self      06/09/1961   GA  044169461\nDana Brennan        partner   08/05/1993   GA  076785919\n',
      [
        ['us-drivers-license', '044169461'],
        ['us-drivers-license', '076785919'],
      ],
    ],
    [
      "a state's code alone before its own layout with a letter",
      'Excluded driver (signed exclusion on file): Mei Castillo, AZ F34254314\n',
      [['us-drivers-license', 'F34254314']],
    ],
    [
      "New Jersey's groups in a tab-separated cell",
      'name\tdl_state\tdl_number\tphone\nBeatriz Patel\tNJ\tB9264 83894 39433\t714-817-6734\n',
      [
        ['us-drivers-license', 'B9264 83894 39433'],
        ['us-phone', '714-817-6734'],
      ],
    ],
  ]);
});

describe("an insurance policy's number printed as a phone number", () => {
  table([
    [
      'after "policy number"',
      "The new policy is written on the subsidiary's paper. Policy number stays 843-918-0081 after the change.\n\nNoah Novak\nDirect: 614-762-4533",
      [['us-phone', '614-762-4533']],
    ],
  ]);
});

describe("an address after a document's or a building's place", () => {
  table([
    [
      "a router's admin page",
      'If the modem drops again, the admin page is 192.168.1.254, login is on the sticker.',
      [['ip-address', '192.168.1.254']],
    ],
    [
      "a firewall's rules",
      'Done at 19:21. Hit counts on the new rules: 148.20.55.26 52, 17.187.35.230 0. Rolled back nothing.',
      [
        ['ip-address', '148.20.55.26'],
        ['ip-address', '17.187.35.230'],
      ],
    ],
    // (A place numbered small is that place: a manual's section.)
    ["a manual's section", 'See section 4.2.1.3 of the installation manual.', []],
  ]);
});

describe("a date in a table's row under a header numbering something else", () => {
  table([
    [
      "a certificate's number column",
      '| order       | client                | client phone     | st | docs | submitted  | returned   | certificate no.\n| ORD-322276  | Hamid Pellegrini      | 973-374-4450     | NJ | 3    | 2026-04-13 | 2026-04-17 | 877477159\n',
      [['us-phone', '973-374-4450']],
    ],
    // (A date of birth in the row is one all the same, under a header naming the value.)
    [
      "an SSN's column",
      '| client                | dob        | ssn\n| Hamid Pellegrini      | 1961-04-13 | 877477159\n',
      [['us-ssn', '877477159']],
    ],
  ]);
});

describe("a table's cells read by the right column", () => {
  table([
    [
      'a semicolon-separated export whose cells hold commas',
      'call_date;call_id;account;cred;me_no;npi;product;sample_ndc;qty\n9/26/26;a0B2N7700000gy8s7;Esposito, Farah;MD;29528941434;2911098400;Somnexa;53923-223-14;5\n',
      [
        ['npi', '2911098400'],
        ['ndc', '53923-223-14'],
      ],
    ],
    [
      'a value run into its cell by a wider cell before it',
      'time      event  attendee                            ip               identifiers\n12:48:28  JOIN   carmen.jovanovic@northpointclinic.org 217.58.43.50     npi=2936756909  MD\n',
      [
        ['email-address', 'carmen.jovanovic@northpointclinic.org'],
        ['ip-address', '217.58.43.50'],
        ['npi', '2936756909'],
      ],
    ],
  ]);
});

describe("a drug's sample is no example", () => {
  table([
    [
      "a sample's NDC",
      'Product: Dermivra (relatinib) 0.5% cream\nSample NDC: 1485-9206-10 (commercial NDC 1485-9206-90 is NOT affected)',
      [
        ['ndc', '1485-9206-10'],
        ['ndc', '1485-9206-90'],
      ],
    ],
    [
      'where sample requests go',
      "Fax sample requests to 914-351-0551 if you can't get a signature in person.",
      [['us-phone', '914-351-0551']],
    ],
    // (A sample of a value's kind is still an illustration.)
    ['a sample SSN', 'For the form, a sample SSN: 536-22-8815', []],
  ]);
});

describe("a bank's cheque, a customer's number and an event's date", () => {
  table([
    [
      "a cashier's check funding an account",
      "Account funded 4 days earlier by cash and a cashier's check 21402139. Reached out to the customer at 917 646 8757 - no answer.",
      [['us-phone', '917 646 8757']],
    ],
    ["a business's customer number", 'Next: WSUD signed at branch 238, return R10 sent 04/21/2026. Customer number 632283162.', []],
    // (An event's date is no birth date: "sent 04/21/2026".)
    ['a number beside a date something was sent', 'Return R10 sent 04/21/2026 for 632283162.', []],
    // (A birth date still is one.)
    ['a number beside a birth date', 'Eleanor Vance, born 04/21/1961, 632283162.', [['us-ssn', '632283162']]],
  ]);
});

describe("a BIC in brackets after its bank's name and city", () => {
  table([
    ['Citibank in New York', 'Send it through Citibank N.A., New York (CITIUS33) as usual.', [['swift-bic', 'CITIUS33']]],
    ['State Bank of India', 'Wire $4,200 to State Bank of India (SBININBB), Mumbai branch.', [['swift-bic', 'SBININBB']]],
  ]);
});

describe("a licence that is a profession's or another layout's", () => {
  table([
    [
      "a physician's licence with a state's board",
      'The corrected record was for a Florida physician with license ME191612 who shares a surname with the speaker.',
      [],
    ],
    [
      "a state's code before a number in none of its layouts",
      '| Attendee | Credential | NPI | State / license |\n| Victor Jovanovic | MD | 1618550853 | PA MD068059L |\n',
      [['npi', '1618550853']],
    ],
    // (A code that is also a word names nothing: "state ID HP631901" is Idaho's only by chance.)
    ['a state ID', 'Her adult son was added to the lease, state ID HP631901, so he may be the one.', [['us-drivers-license', 'HP631901']]],
    [
      "Michigan's groups at a line's end, a list's next number below",
      '1) Wendell Stroud - DOB 03/15/1995, Michigan DL B 658 474 966 541\n2) Noah Dubois (spouse) - DOB 12/12/1970',
      [['us-drivers-license', 'B 658 474 966 541']],
    ],
  ]);
});

describe("a dialler's log", () => {
  table([
    [
      'the number it dialled',
      'CONTACT HISTORY  loan 772103559  KHAN, WENDELL\n04/20/2026 12:57:51  u573001  OUTBOUND  dialed 3135944452 (home)  no answer, left msg per Reg F',
      [['us-phone', '3135944452']],
    ],
  ]);
});

describe('values a spreadsheet stored as numbers', () => {
  table([
    [
      "an SSN's and a routing number's leading zero dropped, in columns named so",
      'Emp #\tEmployee\tSSN\tRouting\tAccount\tType\n756995\tMoreau, Priya\t16279626\t64382861\t028564240204\tCHK\n',
      [
        ['us-ssn', '16279626'],
        ['aba-routing', '64382861'],
        ['us-bank-account', '028564240204'],
      ],
    ],
    // (Eight digits in a sentence are as often a number mistyped; and in another column, anything.)
    ['eight digits after an SSN word in a sentence', 'ssn is 69996059, sent from my phone', []],
    ['eight digits in another column', 'Emp #\tEmployee\tBadge\n756995\tMoreau, Priya\t16279626\n', []],
    // (A routing number's zero restored must pass its checksum.)
    ['eight digits in a routing column failing the checksum', 'Employee\tRouting\nSzabo, Olu\t64382862\n', []],
    [
      "a phone's country code kept without its plus, in a phone column",
      'Timestamp\tName\tPhone\tCompany\n9/9/2026 8:14:10\tRosa Nguyen\t19313813589\tFenwick Payroll Services\n',
      [['us-phone', '19313813589']],
    ],
    // (Eleven digits elsewhere are another number: a benefits number with a phone word further on.)
    ['eleven digits with a phone word further on', "Nadia's dependent ID shows DBN 18643668353; she will need a new card. Call me.", []],
  ]);
});

describe("a litigation load file's records", () => {
  table([
    [
      "a DAT file's message identifiers and originating addresses, 'þ' its text qualifier",
      'þBEGBATESþ|þFROMþ|þSUBJECTþ|þMESSAGEIDþ|þXORIGINATINGIPþ\nþMFS0014392þ|þtessa.iverson@meridianfreight.comþ|þRE: load 4471þ|þ<CAB20MF9DJC7MXD223@meridianfreight.com>þ|þ29.64.36.83þ\nþMFS0014399þ|þgrasmussen@meridianfreight.comþ|þQ2 forecastþ|þ<aa406202.c2b1a8@meridianfreight.com>þ|þ192.168.101.212þ',
      [
        ['email-address', 'tessa.iverson@meridianfreight.com'],
        ['ip-address', '29.64.36.83'],
        ['email-address', 'grasmussen@meridianfreight.com'],
        ['ip-address', '192.168.101.212'],
      ],
    ],
    // (A relay's random identifier in brackets is no one's mailbox, wherever it stands.)
    ['a quoted identifier of hexadecimal groups', 'It threads under <a01d9b79.e1aeb3@relay.northwind.com> in the archive.', []],
    // (A mailbox in brackets stays one.)
    [
      'a mailbox in brackets',
      'From: Tessa Iverson <tessa.iverson@meridianfreight.com>',
      [['email-address', 'tessa.iverson@meridianfreight.com']],
    ],
  ]);
});

describe("a fleet's fuel cards and a carrier's accounts", () => {
  table([
    [
      "cards one per row, each row's last transaction after it",
      'Please close and reissue:\n\n5210 1578 6436 7258   unit 2099  B. Nakamura   last good txn Jun 3 Bosselman #376\n5301 4171 3134 4013   unit 692   B. Hargrove   last good txn Jul 2 Bosselman #376',
      [
        ['credit-card', '5210 1578 6436 7258'],
        ['credit-card', '5301 4171 3134 4013'],
      ],
    ],
    ["a carrier's fuel-tax account", 'Odometer start 309,846  end 750,413\nIFTA account 902498385, decal 26-834678.', []],
  ]);
});

describe("an election office's records", () => {
  table([
    [
      "a registration drive's export, a phone after an empty cell",
      'receipt_no,last,first,dl_state,dl_number,ssn4,phone\nNJ42-09607,Vasquez,Luis,NJ,R10701345150159,,845-732-0740',
      [
        ['us-drivers-license', 'R10701345150159'],
        ['us-phone', '845-732-0740'],
      ],
    ],
    [
      "a mail ballot's envelope beside the voter's licence",
      'Subject: Re: Your mail ballot needs attention (envelope 5142466667)\n\nGot your letter today. I wrote the number from my license on the envelope but used my old one. The current Washington DL is WDL91XTFW8GE. My date of birth is 03/25/1961.',
      [['us-drivers-license', 'WDL91XTFW8GE']],
    ],
  ]);
});

describe("a fax server's log", () => {
  table([
    [
      'the numbers faxes came from and went to',
      'Fax server log, line 2\n2026-09-22T04:37:37Z RX from 8049730844  3 pages  OK\n2026-09-22T04:46:08Z TX to 7127052909  5 pages  busy, retry 1',
      [
        ['us-phone', '8049730844'],
        ['us-phone', '7127052909'],
      ],
    ],
  ]);
});

describe("a mover's and a payroll file's own numbers", () => {
  table([
    [
      "a storage facility's autopay form, its own account apart",
      'Prairie State Movers - Permanent Storage\nAUTOMATIC PAYMENT (ACH DEBIT) AUTHORIZATION\n\nStorage account #: 28706118\nAccount holder: Mei Kowalski',
      [],
    ],
    [
      "a payroll file's employee number beside the SSN",
      'row 120  emp #: 619301711  ssn 732-40-4124  reason: name mismatch',
      [['us-ssn', '732-40-4124']],
    ],
    ["a move's registration number", 'Registration #: 145-87-0623    Date issued: 10/15/2026\nShipper: Ingrid Novak, DOB 04/02/1981', []],
    [
      "a messaging system's log of texts sent",
      '01/07/2026 06:49:36  system    SMS            Pack-date reminder queued to 6619092338',
      [['us-phone', '6619092338']],
    ],
  ]);
});

describe("a homeowners' association's dues", () => {
  table([
    [
      "a returned draft's return code",
      'Your February assessment draft came back from your bank with return code R02 (account closed). Per the collection policy a returned-payment fee of $25 applies.',
      [],
    ],
    [
      "an autopay form's account under the routing number's line, the association's mail",
      'Willow Creek HOA - dues autopay\nOwner account: R4417203  Homeowner: J. Park\nAssessment: $116.52 monthly; late fee after the 15th\n\nFinancial institution: PNC Bank\nAccount type: Checking\nTransit routing no.: 021000021\nAccount no. (not the card number): 667959836\nDraft day: 5th of each month',
      [
        ['aba-routing', '021000021'],
        ['us-bank-account', '667959836'],
      ],
    ],
  ]);
});

describe("a carrier's call detail records", () => {
  table([
    [
      'the other party of each call, ten digits solid',
      'DATE        TIME      TYPE    OTHER PARTY            DURATION\n2026-05-20  07:13:00  MT      8084136348             00:03:12\n2026-05-20  07:33:26  SMS-MO  3155471648             00:00:00',
      [
        ['us-phone', '8084136348'],
        ['us-phone', '3155471648'],
      ],
    ],
  ]);
});

describe('its own word, then a label qualifying it', () => {
  table([
    [
      "an SSN as the patient's authorization gives it",
      'Patient DOB 11/07/1971    SSN per signed HIPAA authorization: 875 93 6492',
      [['us-ssn', '875 93 6492']],
    ],
  ]);
});

describe("a form's dot leaders before a list of codes", () => {
  table([
    [
      "a claim form's diagnosis codes without their dots",
      'Dx (FL 67, 67A-B) .... G1221  I10  I2510\nValue codes .......... 61 48252.00',
      [
        ['icd-10', 'G1221'],
        ['icd-10', 'I10'],
        ['icd-10', 'I2510'],
      ],
    ],
  ]);
});

describe("a file's number printed as a phone's or an SSN", () => {
  table([
    ["a title company's status subject", 'Subject: Status - file 328-678-5338\n\nPayoff for the loan is good through June 30.', []],
    ['wire instructions quoting the file', '> Bank: Wells Fargo Bank, N.A.\n> Reference: File 326-989-4294 / Vasquez', []],
    [
      "a payroll tax file's number printed as an SSN",
      'Wage report for Rosa Delgado, born 04/12/1981, accepted with errors - file 728888699. Resubmit by Friday.',
      [],
    ],
    // (A veteran's VA file number is the SSN.)
    ["a veteran's SSN asked as a VA file number", "Veteran's SSN / VA file number: 281-21-6993", [['us-ssn', '281-21-6993']]],
    // (The number a business has on file is a phone number.)
    ['the phone on file', 'We have your phone on file 415-762-0134; is it still current?', [['us-phone', '415-762-0134']]],
  ]);
});

describe('one number repeated down a column', () => {
  table([
    [
      "an employer's account beside each claimant",
      'sep_date,claimant,ssn,er_number,status\n2026-01-27,"Urquhart, Victor",637-29-0925,317423303,protested\n2026-06-06,"Whitfield, Jerome",746-63-8048,317423303,lost\n2026-06-26,"Rourke, Curtis",091-29-0333,317423303,pending',
      [
        ['us-ssn', '637-29-0925'],
        ['us-ssn', '746-63-8048'],
        ['us-ssn', '091-29-0333'],
      ],
    ],
    // (Under its own header, a person's number repeated row after row stays one.)
    [
      "one claimant's SSN on each of her claims",
      'claim,ssn,filed\nC-1042,637-29-0925,2026-01-27\nC-1077,637-29-0925,2026-03-02\nC-1103,637-29-0925,2026-05-11',
      [
        ['us-ssn', '637-29-0925'],
        ['us-ssn', '637-29-0925'],
        ['us-ssn', '637-29-0925'],
      ],
    ],
  ]);
});

describe("a network's mask and a registration system's default SSN", () => {
  table([
    [
      'a netmask beside the addresses of its network',
      'DHCP scope for the new floor is 10.98.82.0/24, mask 255.255.255.0, gateway 10.98.82.1.',
      [
        ['ip-address', '10.98.82.0/24'],
        ['ip-address', '10.98.82.1'],
      ],
    ],
    [
      'one digit nine times in an SSN column',
      'Test patient     MRN      DOB         SSN          Phone\nZZTEST, DELTA    1478720  12/07/1976  888-88-8888  737-412-0164\nZZTEST, ALPHA    5523552  05/02/2011  111-11-1111  430-412-0140\n',
      [
        ['us-phone', '737-412-0164'],
        ['us-phone', '430-412-0140'],
      ],
    ],
  ]);
});

describe("a certificate's own number", () => {
  table([
    [
      "a column of certificates' numbers",
      '| order       | client                | client phone     | st | submitted  | returned   | certificate no.\n| YR01112     | Paulo Fontaine        | 425-992-9490     | WA | 2026-07-13 | 2026-07-14 | 329898029\n',
      [['us-phone', '425-992-9490']],
    ],
  ]);
});

describe("a report's statistics of codes", () => {
  table([
    [
      'the most common code of an edit',
      'Top edits\n  DX-11   invalid or incomplete diagnosis     179   (most common: G43.9)\n  NPI-04  rendering NPI check digit           14',
      [],
    ],
  ]);
});

describe("someone's number, by its pronoun", () => {
  table([
    [
      'her number on an order',
      'Her number on the order is 260.668.4802 and the email was tnovak67@gmail.com.',
      [
        ['us-phone', '260.668.4802'],
        ['email-address', 'tnovak67@gmail.com'],
      ],
    ],
  ]);
});

describe('codes one per line under a heading', () => {
  table([
    [
      'a category among dotted codes, each with its title',
      'Diagnoses:\n  Z68.42 - body mass index, adult\n  R73.03 - prediabetes\n  I10 - essential (primary) hypertension\n',
      [
        ['icd-10', 'Z68.42'],
        ['icd-10', 'R73.03'],
        ['icd-10', 'I10'],
      ],
    ],
  ]);
});

describe('a code beside the condition it names', () => {
  table([
    [
      "a school's seizure plan",
      'Seizure plan: epilepsy, unspecified, not intractable, without status epilepticus (G40.909); emergency plan goes on the bus.',
      [['icd-10', 'G40.909']],
    ],
  ]);
});

describe("a biller's statement and a coding system's name", () => {
  table([
    [
      "a lab's patient statement",
      'Ridgeline Reference Laboratories\nPATIENT STATEMENT                                  Statement date 10/15/2026\nAccount number: 625009726                      Please pay: $344.67\n',
      [],
    ],
    [
      "HL7's coding method and a coding system named in prose",
      'DG1|1|I10|M06.9^rheumatoid arthritis, unspecified^I10\nREJECT  DG1-3 coding system I9 is retired; resend coded in I10\n',
      [['icd-10', 'M06.9']],
    ],
  ]);
});

describe("a wildlife agency's customer ID", () => {
  table([
    [
      "a licence receipt's CID",
      'COLORADO PARKS AND WILDLIFE\nLICENSE RECEIPT - KEEP FOR YOUR RECORDS\nAgent 87-297 / terminal T39059 / 03/15/2026 6:18 PM\n\nCID: 191058978\nSSN on file: XXX-XX-5943\n',
      [],
    ],
  ]);
});

describe("a pet's microchip and its county licence", () => {
  table([
    ["an AVID chip's groups joined to its maker's name", 'Scan log 2026-09-11 06:28:58,AVID*020*967*945,AVID,PRE-ADOPT,unregistered', []],
    [
      "a county's pet licence tag",
      'Boarding 2 day(s) @ $25.00     $50.00\n  County license 2026            $22.00  tag L9363497\n  Total paid                     $159.00 (cash)',
      [],
    ],
  ]);
});

describe("an approval's own number", () => {
  table([
    [
      "a firearms import permit's approval",
      'Please bring the firearms import permit (ATF Form 6NIA, approval 79725036) and your hunter education card.\n\nOutfitter licence no. 539',
      [],
    ],
  ]);
});

describe("a form's dot leader between a label and its value", () => {
  table([
    [
      'a job number after a long leader',
      'Your ITAD pickup is on the schedule. Details:\n\n  Job number ........ 520-96-4500\n  Site .............. Coastal Freightways\n',
      [],
    ],
    [
      "(a guard) the longer label of two ending at the leader's start",
      'Type of tax ID ................. NI number (NINO)\nTax ID ......................... MM 54 81 39 C\nUTR (if you have one) .......... not yet issued\n',
      [['uk-nino', 'MM 54 81 39 C']],
    ],
    [
      "an ID block's type line with the state after the licence",
      'ID type/state: Driver license / PA\nID number: 98 894 648\nMobile: (530) 934-2091\n',
      [
        ['us-drivers-license', '98 894 648'],
        ['us-phone', '(530) 934-2091'],
      ],
    ],
    [
      "an ID block's type naming the state first",
      'ID type: Texas driver license\nID number: 19681195\n',
      [['us-drivers-license', '19681195']],
    ],
    [
      "(a guard: the leaders' label read as the colon's) an ID block with leaders",
      'Soc. Sec. No. .... 715212714\nID type/state .... Driver license / PA\nID number ........ 98 894 648\nMobile (port-in) . (530) 934-2091\n',
      [
        ['us-ssn', '715212714'],
        ['us-drivers-license', '98 894 648'],
        ['us-phone', '(530) 934-2091'],
      ],
    ],
    [
      "(a guard) an ID block's type naming the state first, with leaders",
      '  SSN ................ 110-55-8920\n  ID type ............ Texas driver license\n  ID number .......... 19681195\n',
      [
        ['us-ssn', '110-55-8920'],
        ['us-drivers-license', '19681195'],
      ],
    ],
  ]);
});

describe("other parties' numbers named by their label", () => {
  table([
    [
      "an insurance producer's national number",
      'Marisol Patel, Agent\nLicensed in MA | NPN 650436538\n\nOn Thursday, March 14, 2026 Dana wrote:',
      [],
    ],
    ["a shelter's impound", 'OWNER REDEMPTION RECORD\nImpound #: 502474498    Date in: 08/04/2026    Owner: Luis Brennan', []],
    [
      "a drug test's chain-of-custody form",
      'The media listed below were received under chain-of-custody form 608458208 on March 17, 2026.',
      [],
    ],
    [
      "a clearinghouse's submitter and receiver",
      'Enrollment status as of 06/05/2025 (submitter FMA89942, receiver 573233246):\n\nPayer   Status',
      [],
    ],
    ["a label's plural in brackets", 'Statement date 11/03/2026     Period Oct 15 - Nov 1\n\nTransponder(s): 696401466, 027-50658043', []],
  ]);
});

describe("a log's value under a key saying only that it is one", () => {
  table([
    [
      "other fields' keys are theirs",
      '2026-06-10T06:23:08Z WARN  ssn.validate id=APP-484382 value=666-40-5190 reason=area_invalid\n2026-06-10T06:24:18Z INFO  ssn.update id=APP-484382 by=tmbeki@gracefellowshipplano.org value=023-52-3320\n2026-06-10T06:30:35Z INFO  dl.update id=APP-484382 state=TX\n',
      [
        ['email-address', 'tmbeki@gracefellowshipplano.org'],
        ['us-ssn', '023-52-3320'],
      ],
    ],
    [
      "(a guard) a key of its own keeps the record's other words",
      '2025-05-22 04:24:40  PORT CONF  order=3093470232  ban=165135942  pin=039430\n2025-05-22 04:43:16  PORT SUBMIT  order=3845185326  ban=109748571  pin=385428\n2025-05-22 05:06:23  PORT ACT  order=4710301638  ban=672710805  pin=856945\n',
      [],
    ],
  ]);
});

describe("a phone's word before a number no phone has", () => {
  table([
    [
      'nine digits after "my number"',
      "> The 1098 I got shows the wrong social security number (it's my late wife's). My number is 124394473. My tax preparer needs this fixed before Dec 4.",
      [['us-ssn', '124394473']],
    ],
    ["(a guard) a library's call number", '- History of Kings County (1915), call no. F116.7 .G42 (reading room, open shelves)', []],
  ]);
});

describe('a way of speaking of the phone, wherever it stands', () => {
  table([
    [
      'on my phone, before the value',
      '[2026-09-08 07:47:51] Pavel (customer): on my phone, easier to just put it here. 421-48-0348\n[2026-09-08 07:48:15] Caleb (agent): Got it.',
      [['us-ssn', '421-48-0348']],
    ],
    ['by phone, after the value', 'checking... correct one is 041-59-7909, Bilal confirmed by phone', [['us-ssn', '041-59-7909']]],
  ]);
});

describe('categories ICD-10-CM does not have', () => {
  table([
    [
      'a vertebra written as a category',
      'Exam: Wt 115.1 kg. A1c 10.8 %, eGFR 85. Tender at T12, no radicular signs.\nA/P:\n1. J18.9 - pneumonia',
      [['icd-10', 'J18.9']],
    ],
  ]);
});

describe("a label's example in brackets", () => {
  table([
    [
      'order numbers, e.g.',
      'Reports now mask the SSN as ***-**-0506 and the DL as last four only. Order numbers (e.g. EEH924881) are safe to share with the client.',
      [],
    ],
  ]);
});

describe("an account named only 'account' in mail that says nothing of money", () => {
  const notice =
    'Your interlock device is due for calibration. If you miss the window the device enters a warning period and then a service lockout, and the vehicle will not start until it is towed to a service center.\n\nAccount: 431013404   License on file: V***3715\nLast calibration: 04/11/2026';
  table([
    ["an interlock vendor's customer account", notice, []],
    [
      '(a guard) the same account in mail that speaks of a bank',
      `${notice}\nAutopay is drawn from your checking account at Harbor Bank.`,
      [['us-bank-account', '431013404']],
    ],
    ['(a guard) a short text has only its label to go by', 'Account #: 42115240060', [['us-bank-account', '42115240060']]],
    [
      '(a guard) a routing number in an identifier speaks of a bank',
      'SUPPORT_PHONE=1-844-538-4166 for the team that looks after the payments service, which is deployed nightly from the main branch of the repository with these settings\nACH_ORIGIN_ROUTING=047873672\nACH_ORIGIN_ACCOUNT=2157847331873\n',
      [
        ['us-phone', '1-844-538-4166'],
        ['aba-routing', '047873672'],
        ['us-bank-account', '2157847331873'],
      ],
    ],
  ]);
});

describe("a document's ID is its number", () => {
  table([
    [
      'a licence ID',
      'Can you put the discount on policy W8169981? My Florida license ID is W218-666-23-245-5 if you need it to look me up.',
      [['us-drivers-license', 'W218-666-23-245-5']],
    ],
    [
      "(a guard) a call ID is the call's",
      'Call transcript - claims\nCall ID: 3368273478   Queue: Billing (181)   Handle time: 18m 55s',
      [],
    ],
  ]);
});

describe("a transplant's and a claim's codes that are no diagnoses", () => {
  table([
    [
      "an HLA typing's antigens",
      'Terminal Cr 2.6 (peak 2.9, admit 1.1)\nBiopsy: 16% glomerulosclerosis, mild IFTA\nHLA: A1,A24; B44,B35; DR1,DR15; DQ8,DQ6\nSerologies: HCV Ab pos, NAT neg',
      [],
    ],
    ['a remark code after its CARC', '9 claims paid, 2 denied (CARC 16/M51). ESRD PPS base rate applied; outlier on 1 claim(s).', []],
    [
      "the classification's revision before a qualifier",
      'Admitted for: AKI on CKD 4 that did not recover\nICD-10 for the chair request: N18.6, I12.0, I50.9, N25.81\n',
      [
        ['icd-10', 'N18.6'],
        ['icd-10', 'I12.0'],
        ['icd-10', 'I50.9'],
        ['icd-10', 'N25.81'],
      ],
    ],
  ]);
});

describe("a row's own cells say what its ID is", () => {
  table([
    [
      "a type cell after the value's",
      'specimen_id,donor_id,id_type,employer,agency,reason,collected\n9319760,661-76-3896,SSN,"Dunmore Tank Lines",FMCSA,REASONABLE SUSPICION,2026-11-03 08:05\n4017536,E07117,EMP,"Kessler Waste & Recycling",FMCSA,FOLLOW-UP,2026-11-03 08:39\nF0113355,508937447,SSN,"Big Sky Reefer Express",FMCSA,RANDOM,2026-11-03 10:29\n',
      [
        ['us-ssn', '661-76-3896'],
        ['us-ssn', '508937447'],
      ],
    ],
    [
      'a name as a list sorts it, before a number printed as an SSN',
      'Selected for this period:\n\n  #  Name                    ID            Test\n  1  Tolbert, Latoya         278-34-2285   Drug\n  2  Renfro, Shonda          731703        Drug\n',
      [['us-ssn', '278-34-2285']],
    ],
    [
      "(a guard) a roster's solid IDs after sorted names",
      'Student           ID         Locker    Lunch PIN\n----------------  ---------  --------  ---------\nDubois, Nora      999529390  38-20-16  22154\nEriksen, Isaac    183262868  21-07-33  51267\n',
      [],
    ],
  ]);
});

describe("a laboratory's specimens", () => {
  table([
    [
      "a results table's specimen column",
      'Collection site Brookhaven (site code RB667)   Reported 02/03/2025 20:10\n\nSpecimen   Accession   Donor   Result\n93894123  D191604216  XXX-XX-3361  NEG  creat 110 mg/dL\n199480279  CY3275412  ***-**-6828  POS THCA 15\n\nDL on file for each donor.',
      [],
    ],
  ]);
});

describe("a printed SWIFT message's header", () => {
  table([
    [
      'the sender and the receiver',
      'MESSAGE TYPE: MT103 SINGLE CUSTOMER CREDIT TRANSFER\nSender: BRASBRRJ\nReceiver: BOFAUS3N\n:20:FTX5014450042369\n:23B:CRED\n:32A:250316USD43812,00\n:50K:MARIANA LIMA\n:57A:WFBIUS6S\n',
      [
        ['swift-bic', 'BRASBRRJ'],
        ['swift-bic', 'BOFAUS3N'],
        ['swift-bic', 'WFBIUS6S'],
      ],
    ],
    ['(a guard) words after "Sender:" with no message', 'Sender: BRASBRRJ\nThanks for the update.', []],
  ]);
});

describe("a deaf caller's line", () => {
  table([
    [
      'TTY users',
      'Questions: Claimant Contact Center 800-445-3099, Monday through Friday, 7:30 a.m. to 4:30 p.m.. TTY users: 866-534-0471.',
      [
        ['us-phone', '800-445-3099'],
        ['us-phone', '866-534-0471'],
      ],
    ],
  ]);
});

describe("a clinician's licence to practise", () => {
  table([
    [
      "a licence beside the same doctor's DEA number",
      'Renewals this quarter:\n  Stavros, Ximena   DEA (MI)          BP7288687       08/03/2026   renewal reminder sent\n                    License (MI)      4301107977      09/07/2026   CME attestation due\n',
      [['dea-number', 'BP7288687']],
    ],
    [
      '(a guard) the same mail when it speaks of driving',
      'Renewals this quarter:\n  Stavros, Ximena   DEA (MI)          BP7288687       08/03/2026   renewal reminder sent\n                    License (MI)      4301107977      09/07/2026   copy of driver license for the rental car\n',
      [
        ['dea-number', 'BP7288687'],
        ['us-drivers-license', '4301107977'],
      ],
    ],
  ]);
});

describe("a clinician's Medicare and data-bank numbers", () => {
  table([
    [
      "a credentialing profile's IDs",
      'PROFESSIONAL IDS\n  Individual NPI ........ 1669930202\n  Medicare PTAN ......... J27241E\n  Medicaid number (NY) . D237327\n  UPIN (legacy) ......... G90779\n',
      [['npi', '1669930202']],
    ],
    ["a data bank's document control number", 'fyi NPDB came back clean, DCN 5500661499528886', []],
  ]);
});

describe("a traveller's other numbers", () => {
  table([
    [
      "a passport with another country's nationality after it",
      'Name | Email | Passport | Arrival\nVivian Sorensen | vivian.g.sorensen@juniperlanefoods.com | 417858044 (British) | B6 1006 Jul 22\n',
      [['email-address', 'vivian.g.sorensen@juniperlanefoods.com']],
    ],
    ['the issuing country after it on its line', 'Item 22  Passport number: A21707797   Country of issuance: Nigeria', []],
    [
      "airlines' and rental companies' programmes",
      'Seat: window\nAir Canada Aeroplan: 776626492\nAlaska Mileage Plan: 992872093\nNational Emerald Club: 658098096\n',
      [],
    ],
    [
      "an HR file's national ID",
      'EMPID|LNAME|FNAME|NATIONAL_ID|HIRE_DATE|HOME_OFFICE\nW65937|MENDOZA|DELIA|056-02-6332|2025-02-27|NEWARK\nE998002|IBARRA|JOAQUIN|575981845|2026-10-21|AUSTIN\n',
      [
        ['us-ssn', '056-02-6332'],
        ['us-ssn', '575981845'],
      ],
    ],
  ]);
});

describe('routing/transit abbreviated', () => {
  table([
    [
      "a statement's R/T number",
      'Statement Period 04/01/2026 thru 04/28/2026\nShare Draft Account 135-246767897\nR/T No. 225103601\nBeginning Balance 5,085.39\nApr 05  ZELLE FROM J SMITH  200.00',
      [
        ['us-bank-account', '135-246767897'],
        ['aba-routing', '225103601'],
      ],
    ],
  ]);
});

describe("a form's licence-or-state-ID line at a school", () => {
  table([
    [
      "a rental application's licence beside a school's words",
      "RENTAL APPLICATION - International House, unit 319\nApplicant: Mert Arslan\nDriver's license / state ID: SA045456 (OH)\nSchool: Scioto Metropolitan University, M.S. Biostatistics, I-20 end date 06/23/2028\n",
      [['us-drivers-license', 'SA045456']],
    ],
  ]);
});

describe("a card's number as its issuer's account number", () => {
  table([
    [
      "a card programme's feed",
      'These lines in the issuing bank\'s daily corporate card file matched no employee. Can you check the card-to-employee mapping?\n\naccount_number,cardholder_email,post_date,trans_date,merchant,mcc,amount,currency\n5580636588333292,,2026-03-04,2026-03-01,"LYFT *RIDE",4121,1128.23,USD\n340379810394962,estherf@kittering.com,2026-07-20,2026-07-17,"UBER *TRIP",4121,658.06,USD\n',
      [
        ['credit-card', '5580636588333292'],
        ['credit-card', '340379810394962'],
        ['email-address', 'estherf@kittering.com'],
      ],
    ],
    [
      "(a guard) a bank's account that passes a card's checksum by chance",
      '-d \'{"amount": 21277, "currency": "usd", "destination": {"type": "bank_account", "routing_number": "648716976", "account_number": "570223247696", "account_holder_name": "Marcus Adeyemi"}}\'',
      [
        ['aba-routing', '648716976'],
        ['us-bank-account', '570223247696'],
      ],
    ],
  ]);
});

describe("a royalty payer's owner number", () => {
  table([
    [
      "a revenue statement's owner",
      'LITTLE MUDDY RESOURCES LLC  -  OWNER REVENUE STATEMENT\nOwner: 191352659   Check No. 3490672507   Check Date 11/09/2026   Payee TIN XXX-XX-1234\n',
      [],
    ],
    [
      '(a guard) a business owner is no label',
      '> 2. Owners: name, ownership %, SSN, home address\nElena Abbott - 73% - 370-62-1292 - 7322 Old Mill Rd, Ste 60, Austin, TX 78701',
      [['us-ssn', '370-62-1292']],
    ],
  ]);
});

describe("a wide CSV's rows that count a comma or two apart", () => {
  table([
    [
      'a free-text cell with an unquoted comma',
      'Drafts for the 1st went to the bank at 15:32 CT. First rows for the record:\n\neffective_date,participant_id,name,routing,account,txn_code,amount,sec,status\n2026-02-01,P-904377,"Kaminski, Nathaniel",094438358,164926985216,27,888.52,TEL,HELD - new account, prenote pending\n2026-02-01,QB9735964,"Villanueva, Hector",272289620,752386129612,27,1681.50,PPD,SENT\n2026-02-01,XLE-69163,"Echols, Benedict",649851513,2129522945,27,654.19,TEL,SENT\n',
      [
        ['aba-routing', '094438358'],
        ['us-bank-account', '164926985216'],
        ['aba-routing', '272289620'],
        ['us-bank-account', '752386129612'],
        ['aba-routing', '649851513'],
        ['us-bank-account', '2129522945'],
      ],
    ],
  ]);
});

describe("a guest manifest's documents, and its flights", () => {
  table([
    [
      'nine digits an expiry date follows are no SSN nor ITIN',
      'Guest manifest for the resort (send back by Jan 3)\n\nKayla Beaumont         908823829   exp 02/09/2027\nWhitney Nakamura       750520242   exp 10/20/2033\n',
      [],
    ],
    [
      "a flight's carrier code on the row above names no licence",
      'Trip roster (send back by Jan 3)\n\nKayla Beaumont    exp 02/09/2027   DL 2511\nKayla Patterson   F62890399   UA 442\n',
      [],
    ],
    // (An SSN with its own word keeps it, whatever follows.)
    ['(a guard) an SSN so named', 'Applicant SSN: 750-52-0242, exp 10/20/2033 on the card she showed', [['us-ssn', '750-52-0242']]],
    // (A licence labelled on its own line keeps its label.)
    ['(a guard) a licence under its label', 'DL\nF62890399 (NV)', [['us-drivers-license', 'F62890399']]],
  ]);
});

describe("a move's registration, a freight bill and an employee's number", () => {
  table([
    [
      "a mover's registration in a subject",
      'Subject: Reweigh request - registration 456-03-3594\n\nOur shipment was loaded on September 10, 2026.',
      [],
    ],
    [
      "a driver's trip plan",
      'Trip plan 4361\n  Dec 12  DEL  reg 158-74-8176  TANAKA  Atlanta  7,200 lbs\n  Aug 28  SIT-IN  reg 925-85-4554  FERREIRA  Seattle  3,160 lbs',
      [],
    ],
    ["a claim's bill of lading", 'Claim 04-38110-V / B/L 141650346\nReceived 04/17/2026, inspected 05/02/2026', []],
    [
      "a payroll file's rejected row",
      'row 63  emp E882346  ssn 000-73-0907  reason: invalid area 000\nrow 120  emp 619301711  ssn 943-40-4124  reason: 9xx not a valid SSN',
      [],
    ],
    // (A registration screen's SSN keeps its word.)
    [
      '(a guard) an SSN on a registration screen',
      'Registration > Demographics\n  SSN ............. [160-97-7966]   (x) verified with card',
      [['us-ssn', '160-97-7966']],
    ],
  ]);
});

describe("an airline's card number only beside a card's word", () => {
  table([
    [
      "a census block's identifiers in a precinct table",
      'precinct,census_block_geoid,split,registered_active\n308,170475566504278,split A,364\n0031,171513955374694,split A,745',
      [],
    ],
    ['(a guard) a UATP card so named', 'Corporate UATP card 170475566504278 for the team flights', [['credit-card', '170475566504278']]],
  ]);
});

describe("a ballot petition's number", () => {
  table([
    [
      "a county's certificate of sufficiency",
      'CERTIFICATE OF SUFFICIENCY - TAMARACK COUNTY\nPetition 246-87-8309 (Referendum), filed 12/26/2026',
      [],
    ],
  ]);
});

describe("a classifier's quiet negative words", () => {
  table([
    [
      "a service's procedure code under the diagnosis line",
      'Dx: F70 (primary), Z62.21\nService: H2019, 17 units/week x 11 weeks, start 10/17/2026',
      [
        ['icd-10', 'F70'],
        ['icd-10', 'Z62.21'],
      ],
    ],
    // (Quiet: "Service:" names no kind to the others, so a service line's phone stays one.)
    ["(a guard) a service line's phone", 'Customer Service: 415-762-0134 (weekdays 8-5)', [['us-phone', '415-762-0134']]],
  ]);
});

describe('a negative word after the value labelling a code of its own', () => {
  table([
    [
      "a marina's captive portal log",
      '2026-02-02T05:34:30Z captive[2874] sms otp sent to +1 408 906 6294 for slip G-8 (ip 192.168.184.243)',
      [
        ['us-phone', '+1 408 906 6294'],
        ['ip-address', '192.168.184.243'],
      ],
    ],
  ]);
});

describe("a code's or a regulation's section in four levels", () => {
  table([
    [
      "a hearing officer's decision",
      'Applying Administrative Regulation 16.8.101.6, the hearing officer finds that the signage was posted.',
      [],
    ],
    [
      "a code case's violations",
      'Violations: Sec. 8.24.050 overgrown vegetation; property maintenance code 11.27.225.1\nInspector: Yusuf Szymanski',
      [],
    ],
    // (A log's "code" keys its own field.)
    [
      '(a guard) a verification log',
      '06/24/2026  13:56  Verification code sent  130.20.185.208  Firefox / Linux',
      [['ip-address', '130.20.185.208']],
    ],
  ]);
});

describe('a negative word labelling a version before the value', () => {
  table([
    [
      "a handheld's sync log",
      '2026-05-07 13:44:26 INFO  HH-105 firmware 8.9.10.138 connected from 172.19.213.107',
      [['ip-address', '172.19.213.107']],
    ],
  ]);
});

describe("a log's timestamp at the end of the window read for a date", () => {
  table([
    [
      "a handheld's serial number, the next entry's date below it",
      'sync log\n\n2026-05-07 13:44:26 INFO  HH-105 serial SN 879168399 firmware 8.9.10.138 connected from 172.19.213.107\n2026-05-07 13:45:47 INFO  HH-105 officer 9685 login, beat 3',
      [['ip-address', '172.19.213.107']],
    ],
  ]);
});

describe("a citation's and a receipt's own numbers", () => {
  table([
    [
      "a hearing docket's citations",
      '9:45 AM   25-ADM-22999   cite 174764345   video\n12:20 PM  HRG5424638   cite 847975699   in person   attorney appearing',
      [],
    ],
    ["a staff stamp's receipt", '-- staff use only --\nProcessed by XA on 03/01/2025, receipt 283869242. Shred after processing.', []],
  ]);
});

describe('a word on the line above labelling a masked number of its own', () => {
  table([
    [
      "a royalty statement's last draft trace",
      'Drafts received                      5 of 5, bank account ...6405\nLast draft trace                     628278724191698\n',
      [],
    ],
  ]);
});

describe("a form's label ending with a colon right above the value, in a table whose header names nothing", () => {
  table([
    [
      "a signing certificate's signer events",
      'Signer Events                                Signature                   Timestamp\nTanya Nguyen                               Signature Adoption:         Sent: 02/24/2026 10:35:37\ntanya.nguyen@comcast.net                           Drawn on Device             Viewed: 02/24/2026 10:39:04\nSecurity Level: Email, Account               Using IP Address:           Signed: 02/24/2026 10:40:07\nAuthentication (None)                        99.166.122.166',
      [
        ['email-address', 'tanya.nguyen@comcast.net'],
        ['ip-address', '99.166.122.166'],
      ],
    ],
  ]);
});

describe("a signature's number under the message's sign-off", () => {
  table([
    [
      "a franchisee's note about his bank, signed with his cell",
      'hey kyle, the old account at Regions Bank is closed so dont send it there\nthx\nNikhil\n8624212920',
      [['us-phone', '8624212920']],
    ],
    // (With no sign-off between, the sentence's word still names the number on the next line.)
    [
      '(a guard) an account on the line after its word',
      'Please send the refund to my account\n38552650933',
      [['us-bank-account', '38552650933']],
    ],
  ]);
});

describe("a wire's instruction line in a biller's mail", () => {
  table([
    [
      "a boat's closing statement, the seller's proceeds by wire",
      'CLOSING STATEMENT\nAbstract of title, lien search     -$ 192\nPayoff to Lighthouse Marine Credit, acct 9194342723     -$52,080.00\nBALANCE DUE FROM BUYER          $84,252.00\n\nSeller proceeds by wire to:\n  TD Bank, ABA 658945850, for credit to Lars Underwood, account 97830363427\n',
      [
        ['aba-routing', '658945850'],
        ['us-bank-account', '97830363427'],
      ],
    ],
  ]);
});

describe("a video meeting's ID named right before it", () => {
  table([
    ["a school's visit-day reminder", 'For the parent Q&A, dial in to meeting 908 605 1837 (no passcode).', []],
    // (The dial-in number itself stays a phone.)
    ['(a guard) the dial-in number', 'Dial in: +1 646 558 8656, then meeting ID 908 605 1837#', [['us-phone', '+1 646 558 8656']]],
  ]);
});

describe("a ledger's account strings printed as SSNs", () => {
  table([
    [
      "a refund batch's GL column",
      'Receipt    Date        Card                    Amount    GL account    Code\n129241671  10/27/2026  VISA xxxx xxxx xxxx 2567    $95.36  301-44-4540  RAIN\n651616118  10/28/2026  AMEX ****1829    $86.57  301-60-4464  RAIN',
      [],
    ],
    ['a variance note', 'GL summary: 260-64-4234 $4,797.48 / 301-42-4262 $505.16', []],
  ]);
});

describe("a lockbox file's MICR column: routing, then account", () => {
  table([
    [
      "a bank's exception file",
      'MICR lines are as keyed by the bank (routing, then account); please research by remitter name.\n\nITEM REASON          AMOUNT       CHECK      MICR (RT / ACCT)                   REMITTER\n001  NO COUPON        $1,674.31   2404       652940437 845720439915             HADDAD, REGGIE\n002  AMT MISMATCH     $1,931.29   6851       017587532 573443372                KAMINSKI, TOMAS',
      [
        ['aba-routing', '652940437'],
        ['us-bank-account', '845720439915'],
        ['aba-routing', '017587532'],
        ['us-bank-account', '573443372'],
      ],
    ],
  ]);
});

describe("a hospital's and a collection agency's accounts", () => {
  table([
    ['a denial update', 'Update on the Aetna denial for acct 64379511 (DOS 07/04/2025, billed $1,240.00).', []],
    [
      "an agency's monthly status report",
      'AGENCY ACCT  CLIENT ACCT  SSN          BALANCE  STATUS\n520643601    14320415     XXX-XX-7597    $6,428.58  RECALLED\n44378815     70544575     ***-**-6094    $3,634.08  SKIP',
      [],
    ],
    [
      "a guarantor export's record numbers",
      'HAR,Guarantor,SSN,DOB,Phone\n808560541,"Vasquez, Petra",255-08-4203,09/13/1964,423-449-0822\n129204181,"Washington, Shonda",490-69-5405,06/08/1980,772-366-0226',
      [
        ['us-ssn', '255-08-4203'],
        ['us-phone', '423-449-0822'],
        ['us-ssn', '490-69-5405'],
        ['us-phone', '772-366-0226'],
      ],
    ],
  ]);
});

describe("a payment plan's and an application's own numbers", () => {
  table([
    ['a payment plan set up', 'Your payment plan 643-35-5583 is set up. 18 payments of $42.10.', []],
    ['an application in a subject', 'Subject: paystubs for application 726476736\n\nHi, attached are my paystubs.', []],
    [
      "a collection agency's recall list",
      'Recall list 10/28/2026: agency accounts 72943-2881, NR3345161 and 32877-8885 (bankruptcy cases)',
      [],
    ],
    // (Where the word ends the SSN's label, the SSN keeps it.)
    ['(a guard) an SSN on an application', 'SSN on the check-cashing application: 723-10-8490', [['us-ssn', '723-10-8490']]],
  ]);
});

describe("an identity check's photo ID type above its number", () => {
  table([
    [
      "a housing office's identity check",
      'Identity check\n  Photo ID type: Minnesota driver license\n  ID number: S037351904499  (state MN, exp 10/25/2029)',
      [['us-drivers-license', 'S037351904499']],
    ],
  ]);
});

describe("a benefits card's number named by its whole name", () => {
  table([
    [
      'an EBT card given as proof of SNAP',
      "For the proof of SNAP on the fee waiver you asked for, my EBT card number is 5076 9031 2197 1629. I don't have the letter.",
      [],
    ],
  ]);
});

describe("a store's card's number named by its whole name", () => {
  table([
    ["a gift card's balance question", 'What is the balance on my gift card number 4539 1488 0343 6467? It was a birthday present.', []],
  ]);
});

describe("a royalty owner's own number", () => {
  table([
    [
      "a royalty payment file's payees",
      'Payees on hold (bank change cooldown): 27. Payees sample: owner 135606865 xxxx1813, owner 192353376 xxxx8078, owner 250343158 ****1689.',
      [],
    ],
  ]);
});

describe("an employee's own number", () => {
  table([
    [
      "a substitute desk's note",
      'Job 7598147097 (bus aide, route R-35) is still unfilled. Employee 273801107 accepted job 4827689053. Next pay date 07/04/2026.',
      [],
    ],
  ]);
});

describe("an agency's intake number", () => {
  table([
    [
      "a court's deficiency notice",
      '3. Bond YKM1148217 is $74,161.39 below the amount required by the estate value.\n4. The estate EIN 86-2875091 does not match the one on the prior account.\n5. Reference in the petition to intake 460-83-4034 is not supported by an APS report.\n\nCure by December 2, 2026 or appear at 8:45 AM in Dept. 87.',
      [],
    ],
  ]);
});

describe("a transport's trip numbers printed as phones", () => {
  table([
    ["a broker's list of trips", 'Denied for the destination, including:\n- Trip 339-657-4558\n- Trip 224-450-1713', []],
    // (An intake line is a phone.)
    ["(a guard) a provider's intake line", 'Provider: Second Chance Outpatient, intake 423.433.5106', [['us-phone', '423.433.5106']]],
  ]);
});

describe('a Social Security claim number with its beneficiary code', () => {
  table([
    [
      "a payee's intake sheet",
      "Beneficiary: Jerome L. Tanaka\nBeneficiary SSN: 788-96-7549\nClaim no. 182-11-9429 (BIC B) - benefits paid on the wage earner's record",
      [
        ['us-ssn', '788-96-7549'],
        ['us-ssn', '182-11-9429'],
      ],
    ],
    // (A bank's BIC is a SWIFT code.)
    ["(a guard) a claim number and a bank's BIC", 'Claim no. 182-11-9429, wire to BIC: CHASUS33', [['swift-bic', 'CHASUS33']]],
  ]);
});

describe("a child support payment's NACHA addenda", () => {
  table([
    [
      "an employer's withholding file",
      ' Trace            Amount      Addenda\n 885722709040809    $441.75   DED*CS*370024314647*260413*44175*719839116*Y*SWEENEY,B*06017*\\\n 591629446062196    $574.49   DED*CS*130048050196*260413*57449*039806905*Y*YATES,T*06097*Y\\',
      [
        ['us-ssn', '719839116'],
        ['us-ssn', '039806905'],
      ],
    ],
  ]);
});

describe("a gateway's software version and the one it replaced", () => {
  table([
    [
      'a payment gateway report',
      'NJ  34       8259    8450    119   97.6%\n\nGateway software 11.6.5.18 (previous 11.6.21.185). Most common error: name mismatch.',
      [],
    ],
    // (A DNS change's old address is an address.)
    [
      "(a guard) a record's former address",
      'www      A      77.91.19.251   (was 203.28.39.236)',
      [
        ['ip-address', '77.91.19.251'],
        ['ip-address', '203.28.39.236'],
      ],
    ],
  ]);
});

describe("a property's work orders and households", () => {
  table([
    [
      'a pest control schedule',
      '1) Resident Yolanda Adeyemi works nights; call or text 601-854-0575 before 11:30 AM.\n2) WO 3044423280 - Unit 412 - roaches reported in the kitchen',
      [['us-phone', '601-854-0575']],
    ],
    [
      'a voucher note',
      'Voucher ID 16288752; submitted via TRACS 02/08/2026; CA review passed. Household 425192104 moved out 02/16/2025.',
      [],
    ],
  ]);
});

describe('nine digits run together, with no word of their own', () => {
  table([
    // A date or a name beside them is not enough: any system's number stands beside both.
    ['a hearing calendar', '11:30 AM  265939145  In re KEISHA WHITAKER    continued from 07/21/2026', []],
    ['a trade-in and its date', 'Trade-in 449591935 logged 2026-05-03', []],
    ['a name before the number', 'Not yet done (on leave):\n  Patrice Hollis, 468829901', []],
    // Nor do two such runs speak for each other.
    ['a lottery of records', 'Speaker compensation 17.0%. Records 355930962 and 210255572 were moved to the disputed queue.', []],
    [
      'a tip-out sheet',
      'Tokes counted: $21,426.29\n\n  107137820   Tanisha   53.0 hrs   $773.02\n  103072413   Cheyenne  49.0 hrs   $342.25\n',
      [],
    ],
    // A column under one "SSN": the first is named, the rest follow it.
    [
      '(a guard) a batch file under its columns',
      'Columns are SSN, DOB, last, first, matter.\n\n376334974  19711113  KHAN    SHONDA\n394201860  19680815  BURKS   ROSA\n525350312  19621108  ADEYEMI HANNAH\n',
      [
        ['us-ssn', '376334974'],
        ['us-ssn', '394201860'],
        ['us-ssn', '525350312'],
      ],
    ],
    // An SSN in its own layout beside them speaks for them, as two SSNs together do.
    [
      '(a guard) a spouse and dependents',
      'We only have the last four.\nme: 308-23-9054\nShay: 781594330\nOdette: 888783592',
      [
        ['us-ssn', '308-23-9054'],
        ['us-ssn', '781594330'],
        ['us-ssn', '888783592'],
      ],
    ],
    // A date named a date of birth does.
    ['(a guard) a date of birth named so', 'Eleanor Vance, born 04/21/1961, 632283162.', [['us-ssn', '632283162']]],
  ]);
});

describe('a routing number with no word of its own', () => {
  table([
    // Banking context is what it needs (reference §8.2): alone, nine digits one in ten pass.
    ['an aging report', 'Document        Date         Open amt     Age\n724875524       11/06/2026   $17,141.50   20 days\n', []],
    ['an incident number', 'PCR #: PCR64792636    Incident #: 252795079    Unit: Unit 10', []],
    // An account beside it on its line is the pair's other half.
    [
      '(a guard) a wire log',
      '10/27/2026  $22,276.25  Atlas Precious Metals 650222908  109757784574   20240722QMGFT',
      [
        ['aba-routing', '650222908'],
        ['us-bank-account', '109757784574'],
      ],
    ],
    ['(a guard) a masked account before it', 'Refund         XXXXXXXXX5778 / 042529293', [['aba-routing', '042529293']]],
  ]);
});

describe("a TSV export's rows", () => {
  table([
    // An export leaves a row's empty last cells out: the row is still its table's.
    [
      'a placement file whose first row has no email',
      'acct\tlast\tfirst\tdob\tssn\tphone\taddress\tdos\tbalance\temail\n734527213\tMOREAU\tGLORIA\t04/08/1952\t570-73-5967\t2179234651\t699 Sycamore Way, Nashville TN 37248\t05/25/2025\t2663.20\n',
      [
        ['us-ssn', '570-73-5967'],
        ['us-phone', '2179234651'],
      ],
    ],
  ]);
});

describe('rows, items and forms', () => {
  table([
    // A row of numbers in columns is cells, not a phone's groups spaced to evade.
    ['an audiogram', 'Pure-tone thresholds (dB HL):\nFreq (Hz)    250   500  1000  2000  3000  4000  6000  8000\n', []],
    // A billed item's code with its quantity is no diagnosis.
    ['a hearing aid order', 'Items requested:\nV5264 x2  ear mold/insert\nV5275 x2  ear impression\n', []],
    // A business's account at its bank, named by its use, in mail that names no bank word.
    [
      'a positive pay exception',
      'Subject: RE: exception\n\nPlease RETURN this one. Check 2401 on our operating account 5389-472955 was written to Hartwell Equipment Rental for $225.80, not the amount shown. Looks like it was washed and re-written. I tried to decision it in the portal but my token is locked out.',
      [['us-bank-account', '5389-472955']],
    ],
    // A receipt's number printed as a phone is.
    ['a registry of checks', 'Check 7030  $5,539.07  case CR-24-7308460  receipt 221-822-4875\n', []],
    // A number dialled from abroad is no trip's.
    [
      "a trip leader's mobile",
      'Office +44 161 496 0402 | mobile on the trip +1 803 205 3628\nDeshawn Fairbanks, Group Bookings',
      [['us-phone', '+1 803 205 3628']],
    ],
    // A kiosk's identity block names the document above its number.
    [
      'an ID document line',
      'Address: 1 Main St, Fresno CA 95860\nID document: Driver License - California\nID number: N9192568\nID expiration: 04/19/2030',
      [['us-drivers-license', 'N9192568']],
    ],
    // Or after the country's name.
    [
      'an ID type line naming the country first',
      'Applicant 1: Nadia Ferreira\n  Applicant type: Individual\n  ID type: U.S. Driver License/ID Card (Texas)\n  ID number: 10833136\n  Phone: (614) 231-4505',
      [
        ['us-drivers-license', '10833136'],
        ['us-phone', '(614) 231-4505'],
      ],
    ],
    // A form's row names the document's type before its number's label.
    [
      "an ID type on the number's line",
      '4. SSN: 769-03-2284\n5. ID type: Driver license   ID number: B3357224   Issuing state: California',
      [
        ['us-ssn', '769-03-2284'],
        ['us-drivers-license', 'B3357224'],
      ],
    ],
  ]);
});

describe('a DEA number with no word of its own', () => {
  table([
    // Two letters and seven digits pass its check digit one time in ten: in mail that speaks of
    // no prescribing or health at all, they are that mail's own references.
    [
      'knowledge-base articles in a support reply',
      'We have your ticket and will follow up by email. If we need them we will call you.\n\nRelated articles: KB1498155, KB7773698\nPortal: https://support.example.com',
      [],
    ],
    [
      "(a guard) a pharmacy's restock note",
      'Kit checked against standing orders. Restock was done by Mercy Valley Hospital pharmacy (AM9878654) on 09/13/2026.',
      [['dea-number', 'AM9878654']],
    ],
  ]);
});

describe("an escrow's and a property exchange's own numbers", () => {
  table([
    // Title companies and exchange intermediaries number their files in an SSN's layout.
    [
      "an escrow number on a seller's form",
      "SELLER'S INFORMATION AND 1099-S CERTIFICATION\nEscrow No. 798923107     Closing date: 02/08/2026",
      [],
    ],
    [
      'an exchange number on a revocation',
      'REVOCATION OF IDENTIFICATION\n\nExchange No. 136-25-7935\nExchanger Yuki Coleman hereby revokes',
      [],
    ],
    [
      "an exchange's number on a deposit notice",
      'Tallgrass Exchange Corporation - Deposit received\n\nExchange: 496-25-4374\nAmount: $608,867.47',
      [],
    ],
    ['an escrow named in brackets on a wire', 'Payee:         Lone Star Title & Escrow (escrow 450-61-9796)', []],
    [
      "the exchanger's SSN the exchange's form asks for",
      'Exchange: 496-25-4374\nExchanger SSN for the exchange agreement: 621-91-1021',
      [['us-ssn', '621-91-1021']],
    ],
    [
      "the seller's SSN under the escrow number, which the SSN's word does not name",
      'Escrow No. 798923107\nSeller SSN: 536-60-7285 (for the 1099-S)',
      [['us-ssn', '536-60-7285']],
    ],
  ]);
});

describe('an own word qualified by a possessive before another kind’s word', () => {
  table([
    // "on today's claim" qualifies the SSN: the value is the SSN's, not the claim's.
    [
      "an SSN on today's claim",
      "Verna  7:57 AM\nsays no. SSN on today's claim 276-18-7021, same as the one on the March claim.",
      [['us-ssn', '276-18-7021']],
    ],
    // With no own word before it, a claim's word names its own number.
    ["(a guard) a person's claim number", "says no. Bob's claim 276-18-7021 came back", []],
  ]);
});

describe("a diagnosis code's seventh character", () => {
  table([
    // Seven characters ending in a digit are a code only where ICD-10-CM numbers the seventh.
    [
      "a patient's record number in a call log",
      'call_start,queue,agent,patient_mrn,exam,disposition\n2026-04-18 05:42:53,MRI,mchowdhury,M691814,"MRI lumbar spine without contrast",PRICE QUOTE',
      [],
    ],
    [
      "a health plan's group number",
      'Primary insurance: Keystone Health Plan, member HYG377073311, group G893972\nDiagnosis: M54.16 (lumbar radiculopathy)',
      [['icd-10', 'M54.16']],
    ],
    [
      '(a guard) diabetic retinopathy, the eye in its seventh character',
      'Dx: E11.3211 (type 2 diabetes with mild NPDR with macular edema, right eye); also R40.2112 on arrival',
      [
        ['icd-10', 'E11.3211'],
        ['icd-10', 'R40.2112'],
      ],
    ],
  ]);
});

describe('a word labelling a masked number on the same line', () => {
  table([
    // The account's word names the masked account; the ACH company ID after it is the originator's.
    [
      "a retailer's sweep line with the lottery's ACH company ID",
      'AMOUNT DUE ............ $5,273.97\nSweep: 12/04/2026 from account ****8315   ACH company 1854023619',
      [],
    ],
    [
      '(a guard) an account named again after a masked one',
      'Old account ****8315 is closed; the new account is 1854023619 at the same bank.',
      [['us-bank-account', '1854023619']],
    ],
  ]);
});

describe("a DEA registration named by its own phrase, and in an X12 party's identifier", () => {
  table([
    // "DEA registration" is the head the label's "registration no." continues.
    [
      "a pharmacy's application naming its DEA registration number",
      'Legal business name: Ironwood Pharmacy, Inc.\n\nDEA registration no.: AI0088662   expires 06/20/2027',
      [['dea-number', 'AI0088662']],
    ],
    // An X12 party's identification code qualifier 11 is the DEA's.
    [
      "a chargeback's distributor and pharmacy, keyed on their DEA registrations",
      'ST*844*0001~\nBGN*00*CB3730167*20260812~\nN1*DS*KEYSTONE PHARMACEUTICAL DISTRIBUTORS*11*RK3610424~\nN1*MF*HALVORSEN GENERICS~\nN1*ST*GRANITE CITY PHARMACY*11*FG8482197~',
      [
        ['dea-number', 'RK3610424'],
        ['dea-number', 'FG8482197'],
      ],
    ],
  ]);
});

describe("an ACH entry's return reason", () => {
  table([
    // R and two digits with the reason's words is an ACH return, not a symptom's category.
    [
      "a claim payment returned by the owner's bank",
      'Our direct deposit of $3,115.30 for claim CLM-36988549 was returned by your bank with the reason\n"R03 - no account / unable to locate account". Please reply with a voided check.',
      [],
    ],
    ['a return code on a draft', 'The ACH draft came back, return code R01, so we will retry on the 15th.', []],
    [
      '(a guard) a symptom beside a payment word',
      'Triage note: R03.0 elevated blood-pressure reading without hypertension; copay returned to the card on file.',
      [['icd-10', 'R03.0']],
    ],
  ]);
});
