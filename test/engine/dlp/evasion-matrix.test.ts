/**
 * Every pattern type written with every trick of a broad list (look-alike and styled digits, odd
 * spaces and dashes, invisible characters, values spaced out, other separators, line breaks, case,
 * digits as words): one value each, in a sentence that names it. Each combination the engine undoes must be found
 * where the value is written; the ones it does not undo are listed, so the list says what is left
 * and a combination that starts being found must leave it. At the last count: 734 of 756 undone.
 */
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../src/engine/dlp/index.ts';

type Value = readonly [classifier: string, label: string, groups: readonly string[], separator: string];
type Trick = readonly [name: string, write: (groups: readonly string[], separator: string) => string];

const VALUES: readonly Value[] = [
  ['credit-card', 'Card number', ['4539', '1488', '0343', '6467'], ' '],
  ['us-ssn', 'SSN', ['536', '22', '1234'], '-'],
  ['us-phone', 'Phone', ['415', '555', '0134'], '-'],
  ['iban', 'IBAN', ['GB82', 'WEST', '1234', '5698', '7654', '32'], ' '],
  ['uk-nhs', 'NHS number', ['943', '476', '5919'], ' '],
  ['ca-sin', 'SIN', ['130', '692', '544'], ' '],
  ['uk-nino', 'NI number', ['AB', '12', '34', '56', 'C'], ' '],
  ['aba-routing', 'Routing number', ['021000021'], ''],
  ['npi', 'NPI', ['1234567893'], ''],
  ['us-itin', 'ITIN', ['912', '70', '1234'], '-'],
  ['us-passport', 'Passport number', ['C03005988'], ''],
  ['dea-number', 'DEA number', ['BJ6125341'], ''],
  ['cusip', 'CUSIP', ['037833100'], ''],
  ['swift-bic', 'SWIFT', ['DEUTDEFF500'], ''],
  ['icd-10', 'Diagnosis code ICD-10', ['E11.9'], ''],
  ['us-drivers-license', "Driver's license", ['D1234567'], ''],
  ['us-bank-account', 'Bank account number', ['123456789012'], ''],
  ['email-address', 'email', ['dana.whitlock@harborlane.org'], ''],
];

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const fullWidth = (s: string) => s.replace(/[0-9A-Za-z\-@]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const digitsFrom = (s: string, zero: number) =>
  [...s].map((c) => (c >= '0' && c <= '9' ? String.fromCodePoint(zero + Number(c)) : c)).join('');
const joined = (cp: number) => (g: readonly string[], s: string) => g.join(s === '' ? '' : String.fromCharCode(cp));
const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

const TRICKS: readonly Trick[] = [
  ['as printed', (g, s) => g.join(s)],
  ['full-width characters', (g, s) => fullWidth(g.join(s))],
  ['mathematical bold digits', (g, s) => digitsFrom(g.join(s), 0x1d7ce)],
  ['mathematical monospace digits', (g, s) => digitsFrom(g.join(s), 0x1d7f6)],
  ['Arabic-Indic digits', (g, s) => digitsFrom(g.join(s), 0x660)],
  ['Devanagari digits', (g, s) => digitsFrom(g.join(s), 0x966)],
  ...[0x2009, 0x200a, 0x2007, 0x202f, 0xa0, 0x3000, 0x2003, 0x2002, 0x2008, 0x205f].map((cp): Trick => [
    `${hex(cp)} between groups`,
    joined(cp),
  ]),
  ...[0x200b, 0x200c, 0x200d, 0x2060, 0xad, 0xfeff, 0x200e].map((cp): Trick => [
    `${hex(cp)} inside`,
    (g, s) => {
      const t = g.join(s);
      return `${t.slice(0, t.length >> 1)}${String.fromCharCode(cp)}${t.slice(t.length >> 1)}`;
    },
  ]),
  ...[0x2013, 0x2014, 0x2011, 0x2012, 0x2212, 0x2010, 0xfe63, 0xff0d].map((cp): Trick => [`${hex(cp)} between groups`, joined(cp)]),
  ['a space between every character', (g) => [...g.join('')].join(' ')],
  ['a dot between every character', (g) => [...g.join('')].join('.')],
  ['a hyphen between every character', (g) => [...g.join('')].join('-')],
  ['two spaces between groups', (g, s) => g.join(s === '' ? '' : '  ')],
  ['a line break before the last group', (g, s) => (g.length > 1 ? `${g.slice(0, -1).join(s)}\n${g[g.length - 1]}` : g[0])],
  ['no separators', (g) => g.join('')],
  ['slashes between groups', (g, s) => g.join(s === '' ? '' : '/')],
  [
    'digits as words',
    (g, s) => g.map((group) => [...group].map((c) => DIGIT_WORDS[Number(c)] ?? c).join(' ')).join(s === '' ? ' ' : `${s.trim()} `),
  ],
  ['underscores between groups', (g, s) => g.join(s === '' ? '' : '_')],
  ['lower case', (g, s) => g.join(s).toLowerCase()],
  ['O for the first 0', (g, s) => g.join(s).replace('0', 'O')],
];

/** What the engine does not undo, by trick: the types it misses so written. */
const NOT_UNDONE: Readonly<Record<string, readonly string[]>> = {
  'a line break before the last group': ['us-ssn', 'us-phone', 'uk-nino', 'us-itin'],
  // The public cases hold "AL47/2121/…" for no IBAN; a phone's slash is its own punctuation.
  'slashes between groups': ['us-phone', 'iban', 'uk-nhs'],
  'a space between every character': ['swift-bic', 'icd-10'],
  'a dot between every character': ['swift-bic', 'icd-10', 'email-address'],
  'a hyphen between every character': ['swift-bic', 'icd-10', 'email-address'],
  // Capitals before a number's first digit are its prefix as written: "CO3005988" reads as a
  // DEA number's registrant letter and initial ("MO0614493"), not a passport's "C" and a 0.
  'O for the first 0': ['us-passport'],
  // Only numbers are read from words: a value with letters among its digits is left as written.
  'digits as words': ['iban', 'uk-nino', 'us-passport', 'dea-number', 'swift-bic', 'icd-10'],
};

function found(classifier: string, label: string, value: string): boolean {
  const text = `Hi team, the ${label} is ${value} as requested.`;
  const at = text.indexOf(value);
  return scanText(text).some((f) => f.classifier === classifier && f.start <= at + 1 && f.end >= at + value.length - 1);
}

describe('the evasion matrix: every pattern type written with every trick', () => {
  it.each(TRICKS)('when values are written with %s, then exactly the listed types are missed', (name, write) => {
    const missed = VALUES.filter(([classifier, label, groups, separator]) => !found(classifier, label, write(groups, separator))).map(
      ([classifier]) => classifier,
    );
    expect(missed).toEqual(NOT_UNDONE[name] ?? []);
  });
});
