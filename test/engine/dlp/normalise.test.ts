/** Unicode evasion: values written with look-alike or invisible characters, or spaced out, are found where they are written. */
import { describe, expect, it } from 'vitest';
import { scanText, testCustomClassifier } from '../../../src/engine/dlp/index.ts';
import type { CustomClassifier } from '../../../src/engine/config/schema/index.ts';
import type { Finding } from '../../../src/engine/dlp/index.ts';
import { scanInBlocks } from '../../../src/engine/dlp/scan/scan-text.ts';
import { DEFAULT_SIZES } from '../../../src/engine/dlp/scan/blocks.ts';
import {
  changesIn,
  joinedRuns,
  normaliseEveryUnit,
  rewroteValues,
  normaliseForScan,
  INVISIBLE,
  SPACED_OUT,
  type Normalised,
} from '../../../src/engine/dlp/scan/normalise.ts';
import { mapFindings } from '../../../src/engine/dlp/scan/obfuscated.ts';
import { generateCorpus } from '../../../bench/corpus.ts';

const hex = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
const SPACES = [0x2009, 0x2007, 0x202f, 0x3000, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x200a, 0x205f];
const INVISIBLES = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad];
const DASHES = [0x2013, 0x2014, 0x2011, 0x2010, 0x2012, 0x2212, 0xff0d];
const fullWidth = (s: string): string => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
/** Digits written in a styled set: `zero` is the set's 0 (its 1–9 follow), `one` its 1 where it has no 0. */
const styledDigits = (s: string, zero: number | null, one = (zero ?? 0) + 1): string =>
  s.replace(/\d/g, (d) => (d === '0' ? String.fromCodePoint(zero!) : String.fromCodePoint(one + Number(d) - 1)));
const superscript = (s: string): string => s.replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
/** Styled digit sets by first code point: [name, 0 (or null), 1]. */
const STYLED: readonly (readonly [string, number | null, number])[] = [
  ['subscript', 0x2080, 0x2081],
  ['circled', 0x24ea, 0x2460],
  ['negative circled', 0x24ff, 0x2776],
  ['double circled', null, 0x24f5],
  ['dingbat sans-serif circled', null, 0x2780],
  ['mathematical bold', 0x1d7ce, 0x1d7cf],
  ['mathematical double-struck', 0x1d7d8, 0x1d7d9],
  ['mathematical sans-serif', 0x1d7e2, 0x1d7e3],
  ['mathematical sans-serif bold', 0x1d7ec, 0x1d7ed],
  ['mathematical monospace', 0x1d7f6, 0x1d7f7],
  ['segmented', 0x1fbf0, 0x1fbf1],
];

/** A value as written, and the words around it (`@` marks where it goes). */
interface Case {
  readonly name: string;
  readonly classifier: string;
  readonly around: string;
  readonly value: string;
}

const card = (name: string, value: string): Case => ({ name, classifier: 'credit-card', around: 'Visa card @ exp 09/28', value });
const ssn = (name: string, value: string): Case => ({ name, classifier: 'us-ssn', around: 'my SSN: @ thanks', value });
const phone = (name: string, value: string): Case => ({ name, classifier: 'us-phone', around: 'call me on @ tomorrow', value });
const iban = (name: string, value: string): Case => ({ name, classifier: 'iban', around: 'IBAN @ for the transfer', value });
const swift = (name: string, value: string): Case => ({ name, classifier: 'swift-bic', around: 'SWIFT/BIC: @ for the wire', value });
const email = (name: string, value: string): Case => ({ name, classifier: 'email-address', around: 'Write to @ today', value });
const ip = (name: string, value: string): Case => ({ name, classifier: 'ip-address', around: 'Server @ is down', value });

const CASES: Case[] = [
  ...SPACES.map((c) => card(`a ${hex(c)} space between groups`, ['4111', '1111', '1111', '1111'].join(String.fromCharCode(c)))),
  ...SPACES.map((c) =>
    iban(`a ${hex(c)} space between groups`, ['DE89', '3704', '0044', '0532', '0130', '00'].join(String.fromCharCode(c))),
  ),
  ...SPACES.map((c) => ssn(`a ${hex(c)} space between groups`, ['536', '22', '1234'].join(String.fromCharCode(c)))),
  ...INVISIBLES.map((c) => card(`a ${hex(c)} inside a group`, `4111 11${String.fromCharCode(c)}11 1111 1111`)),
  ...INVISIBLES.map((c) => ssn(`a ${hex(c)} after every digit`, [...'536-22-1234'].join(String.fromCharCode(c)))),
  ...INVISIBLES.map((c) => iban(`a ${hex(c)} inside a group`, `DE89 3704 00${String.fromCharCode(c)}44 0532 0130 00`)),
  ...INVISIBLES.map((c) => phone(`a ${hex(c)} inside`, `(555) 23${String.fromCharCode(c)}4-5678`)),
  ...DASHES.map((c) => ssn(`a ${hex(c)} dash`, ['536', '22', '1234'].join(String.fromCharCode(c)))),
  ...DASHES.map((c) => card(`a ${hex(c)} dash`, ['4111', '1111', '1111', '1111'].join(String.fromCharCode(c)))),
  ...DASHES.map((c) => phone(`a ${hex(c)} dash`, `(555) 234${String.fromCharCode(c)}5678`)),
  card('full-width digits', fullWidth('4111 1111 1111 1111')),
  card('full-width digits and ideographic spaces', fullWidth('4111\u30001111\u30001111\u30001111')),
  ssn('full-width digits and hyphens', fullWidth('536-22-1234')),
  phone('full-width digits and parentheses', fullWidth('(555) 234-5678')),
  iban('full-width letters and digits', fullWidth('DE89 3704 0044 0532 0130 00')),
  card('Arabic-Indic digits', '٤١١١ ١١١١ ١١١١ ١١١١'),
  card('a space between every digit', [...'4111111111111111'].join(' ')),
  card('a dot between every digit', [...'4111111111111111'].join('.')),
  card('two spaces between every digit and a zero-width space', `4\u200b  ${[...'111111111111111'].join('  ')}`),
  card('a space between every digit and two between groups', ['4111', '1111', '1111', '1111'].map((g) => [...g].join(' ')).join('  ')),
  ssn('a space between every digit', [...'536221234'].join(' ')),
  ssn('a dot between every digit', [...'536221234'].join('.')),
  ssn('thin spaces between every digit', [...'536221234'].join('\u2009')),
  phone('a space between every digit', [...'5552345678'].join(' ')),
  ssn('a hyphen between every digit', [...'536221234'].join('-')),
  ssn('a space between every character, its hyphens too', [...'536-22-1234'].join(' ')),
  card('a space between every character, its hyphens too', [...'4111-1111-1111-1111'].join(' ')),
  phone('a space between every character, its dots too', [...'555.234.5678'].join(' ')),
  iban('a space between every character', [...'GB82WEST12345698765432'].join(' ')),
  iban('a Cyrillic E inside', 'GB82 W\u0415ST 1234 5698 7654 32'),
  iban('Greek capitals inside', 'GB82 WEST 1234 5698 7654 32'.replace('W', 'W').replace('E', '\u0395').replace('T', '\u03a4')),
  swift('Cyrillic capitals inside', 'D\u0415U\u0422D\u0415FF'),
  email('a Cyrillic o inside', 'j\u043ehn.smith@example.com'),
  ip('one-dot leaders for dots', '192\u2024168\u20241\u202417'),
  ip('small full stops for dots', '10\ufe520\ufe5212\ufe527'),
  ip('modifier colons in an IPv6 address', '2001\ua789db8\ua78985a3\ua789\ua7898a2e\ua789370\ua7897334'),
  email('a small at sign and a one-dot leader', 'john.smith\ufe6bexample\u2024com'),
  phone('one-dot leaders for dots', '555\u2024234\u20245678'),
  ...[0xb7, 0x2022, 0x2219, 0x22c5, 0x30fb].map((c) =>
    phone(`a ${hex(c)} dot between groups`, ['555', '234', '5678'].join(String.fromCharCode(c))),
  ),
  ...[0x200e, 0x200f, 0x202a, 0x202c, 0x2066, 0x2069].map((c) =>
    card(`a ${hex(c)} direction mark inside`, `4111 ${String.fromCharCode(c)}1111 1111 1111`),
  ),
  card('a strike-through on every digit', '4111 1111 1111 1111'.replace(/\d/g, '$&\u0336')),
  ssn('an underline on every character', '536-22-1234'.replace(/./g, '$&\u0332')),
  ssn('accents and a double underline on its digits', '536-22-1234'.replace(/\d/g, '$&\u0301\u0333')),
  phone('a slash through every digit', '(555) 234-5678'.replace(/\d/g, '$&\u0338')),
  iban(
    'a space between every character and two between groups',
    ['DE89', '3704', '0044', '0532', '0130', '00'].map((g) => [...g].join(' ')).join('  '),
  ),
  iban('two spaces between every character', [...'NL91ABNA0417164300'].join('  ')),
  iban('a dot between every character', [...'GB82WEST12345698765432'].join('.')),
  iban('a hyphen between every character', [...'GB82WEST12345698765432'].join('-')),
  {
    name: 'a space between every character',
    classifier: 'us-passport',
    around: 'Passport number @ on file',
    value: [...'C03005988'].join(' '),
  },
  { name: 'a dot between every character', classifier: 'dea-number', around: 'DEA @ on file', value: [...'BJ6125341'].join('.') },
  {
    name: 'a hyphen between every character',
    classifier: 'us-drivers-license',
    around: "Driver's license @ on file",
    value: [...'D1234567'].join('-'),
  },
  card('a hyphen between every digit', [...'4111111111111111'].join('-')),
  ssn('an en dash between every digit', [...'536221234'].join('\u2013')),
  card('one space between digits and three between groups', ['4111', '1111', '1111', '1111'].map((g) => [...g].join(' ')).join('   ')),
  card('two spaces between digits and four between groups', ['4111', '1111', '1111', '1111'].map((g) => [...g].join('  ')).join('    ')),
  card('superscript digits', superscript('4111 1111 1111 1111')),
  ssn('superscript digits', superscript('536-22-1234')),
  ...STYLED.filter(([, zero]) => zero !== null).map(([name, zero, one]) =>
    card(`${name} digits`, styledDigits('4111 1111 1111 1111', zero, one)),
  ),
  ...STYLED.map(([name, zero, one]) => ssn(`${name} digits`, styledDigits('536-22-1234', zero, one))),
];

/** The one finding of the case's classifier on the value, with the text it was found in. */
function findIn(text: string, classifier: string): Finding[] {
  return scanText(text, { classifiers: [classifier] });
}

describe('normalising Unicode evasion', () => {
  it.each(CASES)('when a $classifier is written with $name, then it is found exactly where it is written, marked obfuscated', (c) => {
    for (const prefix of ['', '😀 👍🏽 ']) {
      const text = prefix + c.around.replace('@', c.value);
      const found = findIn(text, c.classifier);
      expect(found, text).toHaveLength(1);
      const [f] = found;
      expect(text.slice(f.start, f.end)).toBe(c.value);
      expect(f.start).toBe(text.indexOf(c.value));
      expect(f.text).toBe(c.value);
      expect(f.explanation.obfuscated).toBe(true);
      expect(f.explanation.obfuscation).toMatch(/^Written with .+ to evade detection \(\+\d+\)$/);
      // The bonus over the same value written plainly (the normalised text), up to 100.
      const [plain] = findIn(normaliseForScan(text).text, c.classifier);
      expect(f.score).toBe(Math.min(100, plain.score + 10));
      expect(f.explanation.score).toBe(f.score);
    }
  });

  it('when a value is wrapped with no-break spaces, then it is found but not marked (word processors write them)', () => {
    const text = 'Visa card 4111\u00a01111\u00a01111\u00a01111 exp 09/28';
    const [f] = findIn(text, 'credit-card');
    expect(f.text).toBe('4111\u00a01111\u00a01111\u00a01111');
    expect(f.explanation.obfuscated).toBeUndefined();
    expect(f.score).toBe(findIn(text.replace(/\u00a0/g, ' '), 'credit-card')[0].score);
  });

  it('when invisible characters stand just before and after a value, then the span starts and ends at its visible characters', () => {
    const text = 'SSN \u200b536\u200b-22-1234\u200b\u00ad ok';
    const [f] = findIn(text, 'us-ssn');
    expect(f.text).toBe('536\u200b-22-1234');
    expect(f.start).toBe(5);
  });

  it('when the value lies past the first block of a long text, then its offsets are still exact', () => {
    const pad = 'The quarterly review is on the agenda for the team meeting next week. '.repeat(6000);
    const value = '5\u200d3\u200d6-22-1234';
    const text = `${pad}my SSN: ${value} ${pad}SSN ０７８-０５-１１２１ end`;
    const found = findIn(text, 'us-ssn');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([value, '０７８-０５-１１２１']);
  });

  it('when a word is underlined with combining marks, then the word classifiers find it as written, the last mark included', () => {
    const word = 'Confidential'.replace(/./g, '$&\u0332');
    const text = `This is ${word}.`;
    const found = scanText(text).filter((f) => f.classifier === 'corporate-confidential');
    expect(found.map((f) => f.text)).toContain(word);
    for (const f of found) expect(f.explanation.obfuscation).toContain('combining marks');
  });

  it('when a word is split by an invisible character, then the word classifiers find it as written', () => {
    const text = 'This is strictly con\u200bfidential.';
    const found = scanText(text).filter((f) => f.text.includes('\u200b'));
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.explanation.obfuscation).toContain('invisible characters');
  });
});

describe('custom classifiers', () => {
  const custom = (rules: CustomClassifier['rules']): CustomClassifier => ({
    name: 'Test',
    description: '',
    proximity: 100,
    minimumTotalScore: 10,
    match: 'any',
    rules,
  });
  const ctx = { dictionaries: [{ name: 'Projects', terms: ['Falcon'], caseSensitive: true, wholeWords: true }] };

  it('when an employee id is written with full-width characters, then the regex rule matches it where it is written', () => {
    const c = custom([{ type: 'regex', pattern: 'EMP-\\d{4}', exclude: 'EMP-0000', weight: 20, maxScore: 100 }]);
    const text = '😀 ids: EMP-1234, ＥＭＰ－５６７８, EMP\u200b-0000';
    const t = testCustomClassifier(c, text, ctx);
    expect(t.matches.map((m) => m.text)).toEqual(['EMP-1234', 'ＥＭＰ－５６７８']);
    expect(t.matches[1].explanation).toContain('written to evade detection');
    expect(t.matches[0].explanation).not.toContain('evade');
  });

  it('when a word or dictionary term has a zero-width character inside, then it still matches', () => {
    const c = custom([
      { type: 'words', words: ['secret'], weight: 10, maxScore: 100 },
      { type: 'dictionary', dictionary: 'Projects', weight: 10, maxScore: 100 },
    ]);
    const text = 'the sec\u200bret project Fal\u00adcon';
    expect(testCustomClassifier(c, text, ctx).matches.map((m) => m.text)).toEqual(['sec\u200bret', 'Fal\u00adcon']);
  });
});

describe('look-alikes that stay as they are', () => {
  it.each([
    ['a list of five numbers', 'Pick 1 2 3 4 5 from the list.'],
    ['a list of six numbers', 'Rooms 1 2 3 4 5 6 are free.'],
    ['dates with dots', 'Signed on 1.2.2024 and 3.4.2025, due 5.6.2026.'],
    ['a version', 'Upgrade to 1.2.3.4 then 1.2.3.4.5.6 today.'],
    ['a decimal after single digits', 'Values 1 2 3 4 5 6 7.5 and so on.'],
    ['single digits glued to a longer number', 'Codes 12 3 4 5 6 7 8 9 apply.'],
    ['single digits on separate lines', 'Items:\n1\n2\n3\n4\n5\n6\n7\n8\n9\n'],
    ['prose with no-break spaces', 'Meet at 10\u00a0am in Room\u00a012 with Dr.\u00a0Smith.'],
    ['steps numbered with hyphens', 'Follow steps 1-2-3-4-5-6 in order.'],
    ['mathematical letters', 'The 𝐀𝐁𝐂 of 𝑥 and 𝕐.'],
    ['scores spaced out with hyphens', 'Scores 1 - 2 - 3 and 4 - 5 - 6 - 7 today.'],
    ['accents written as combining marks', 'Cafe\u0301 re\u0301sume\u0301 and nai\u0308ve, room 12.'],
    ['words written in Cyrillic and Greek', 'Привет, ТАК и МОРЕ; ΟΧΙ and ΤΟ. Room 12.'],
    ['letters and digits spelled out', 'Rows A B C D E F G H I J K L M N O P and seats 1 2 3 4 5 6 are free.'],
  ])('when the text has %s, then no digits are joined and nothing is found obfuscated', (_, text) => {
    const n = normaliseForScan(text);
    expect(n.text.replace(/ /g, '')).toBe(text.replace(/[ \u00a0]/g, ''));
    expect(n.changedAt).toHaveLength(0);
    for (const f of scanText(text)) expect(f.explanation.obfuscated).toBeUndefined();
  });
});

/** Every offset of a normalised text mapped back to the original. */
const originals = (n: Normalised): number[] => Array.from({ length: n.text.length }, (_, i) => n.map!.original(i));

/**
 * normaliseForScan against folding every code unit: equal with the run check; equal without it
 * too unless runs were joined (scanText asks for those only when its index pass saw single digits).
 */
function expectLikeEveryUnit(text: string): Normalised {
  const every = normaliseEveryUnit(text, true);
  const checks = joinedRuns(every) ? [normaliseForScan(text)] : [normaliseForScan(text), normaliseForScan(text, false)];
  for (const fast of checks) {
    expect(fast.text).toBe(every.text);
    if (every.map === null) expect(fast.map).toBeNull();
    else expect(originals(fast)).toEqual(originals(every));
    expect([...fast.changedAt]).toEqual([...every.changedAt]);
    expect([...fast.changeKind]).toEqual([...every.changeKind]);
  }
  return every;
}

/**
 * What scanText must find: the scan of the text with every code unit folded, runs joined and
 * values in disguise rewritten, placed back. scanText rewrites only where its index pass saw a
 * reason to: this checks those reasons.
 */
function referenceScan(text: string): Finding[] {
  const every = normaliseEveryUnit(text, true);
  return every.map === null ? scanInBlocks(text, {}, DEFAULT_SIZES) : mapFindings(text, every, scanInBlocks(every.text, {}, DEFAULT_SIZES));
}

describe('normaliseForScan', () => {
  it('when the text is plain ASCII without spaced-out digits, then it is returned itself with no map', () => {
    const text = 'Hello, the invoice 4711 is due on 2024-01-02. Call 555-234-5678.';
    const n = normaliseForScan(text);
    expect(n.text).toBe(text);
    expect(n.map).toBeNull();
  });

  it('when characters are removed and digits joined, then the map leads each kept character back to the original', () => {
    const text = '😀 a\u200bb ４, 1 2 3 4 5 6 7 x';
    const n = normaliseForScan(text);
    expect(n.text).toBe('😀 ab 4, 1234567 x');
    for (let i = 0; i < n.text.length; i++) {
      const o = text.charCodeAt(n.map!.original(i));
      expect(n.text.charCodeAt(i) === o || o === 0xff14).toBe(true);
    }
    expect(changesIn(n, 0, 5)).toBe(INVISIBLE);
    expect(changesIn(n, text.indexOf('1'), text.indexOf('7') + 1)).toBe(SPACED_OUT);
    expect(changesIn(n, text.indexOf('x'), text.length)).toBe(0);
  });

  it('when two spaces separate every digit, then the digits are joined (scanText asks only when its pass saw a chain of single digits, or the text has Unicode)', () => {
    expect(normaliseForScan('card 4  1  1  1  1  1  1  1 ok').text).toBe('card 41111111 ok');
    expect(normaliseForScan('card 4  1  1  1  1  1  1  1 ok', false).map).toBeNull();
  });

  it('when mail has a few characters that fold, then the text, map and changes are those of folding every code unit', () => {
    // Folding characters (Latin-1 and beyond), other non-ASCII, and spaced-out runs some texts join.
    const inserts = [
      '\u00a0',
      '\u00ad',
      '\u2014',
      '\u200b',
      '\uff14',
      '\u0663',
      '\u3000',
      '’',
      'é',
      '😀',
      '中',
      '4 1 1 1 1 1 1 1',
      '5.3.6.2.2.1.2',
      '5-3-6-2-2-1-2-3-4',
      '²',
      '①',
      '𝟒',
      '𝐀',
      '🯵',
      '\ud835',
      'W\u0415ST',
      'ТАК',
      '1\u0336',
      'e\u0301',
      'x\u0332',
    ];
    let seed = 11;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    let folded = 0;
    for (let round = 0; round < 120; round++) {
      let text = generateCorpus(200 + next(6000), round + 1);
      for (let k = 1 + next(6); k > 0; k--) {
        const at = next(text.length + 1);
        text = text.slice(0, at) + inserts[next(inserts.length)] + text.slice(at);
      }
      if (expectLikeEveryUnit(text).map !== null) folded++;
    }
    expect(folded).toBeGreaterThan(60);
  });

  it('when mail is written in another script, with a few characters that fold, then the result is that of folding every code unit', () => {
    // Mostly code units above U+00A0: the fast path's search for them gives way to reading every
    // unit somewhere inside the text; the folds before and after that point must all be found.
    const words = ['Привет', 'счёт', 'номер', 'Ελλάδα', 'λογαριασμός', 'שלום', '口座番号'];
    const folds = [
      '\u00a0',
      '\u2014',
      '\u200b',
      '\uff14',
      '\u0663',
      '\u3000',
      '4\u20091\u20091\u20091',
      '𝟒',
      '⁵',
      '𝐀',
      'W\u0415ST',
      'x\u043e',
    ];
    let seed = 5;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let round = 0; round < 40; round++) {
      const parts: string[] = [];
      for (let k = 20 + next(400); k > 0; k--) parts.push(next(9) === 0 ? folds[next(folds.length)] : words[next(words.length)]);
      expectLikeEveryUnit(parts.join(' '));
    }
  });

  it('when many characters fold or a lone surrogate is there, then the result is still that of folding every code unit', () => {
    for (const text of [
      'a\u00a0'.repeat(500),
      `x \ud800 1\u2014 2 \u00a0 3`,
      `x \udc00\u2014 1\u2019 2`,
      `’ \ud83d\ude00 1\u2014 2 \ud83d`,
      `${'\u2009'.repeat(40)} 4 1 1 1 1 1 1 1`,
    ])
      expectLikeEveryUnit(text);
  });

  it('when mail has values spaced out digit by digit in any spacing normalisation joins, or in disguise, with or without characters that fold, then scanText finds what the scan of the fully normalised and rewritten text finds', () => {
    // Spacings: one space, two, one or two with wider gaps between groups (up to four spaces),
    // dots; lists and tables of single digits that must stay apart.
    const values = [
      '4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7',
      '4  5  3  9  1  4  8  8  0  3  4  3  6  4  6  7',
      '4 5 3 9   1 4 8 8   0 3 4 3   6 4 6 7',
      '4  5  3  9    1  4  8  8    0  3  4  3    6  4  6  7',
      '4.5.3.9.1.4.8.8.0.3.4.3.6.4.6.7',
      '4-5-3-9-1-4-8-8-0-3-4-3-6-4-6-7',
      '5 3 6 - 2 2 - 1 2 3 4',
      '1 - 2 - 3 - 4 - 5 - 6 - 7 - 8',
      '𝟒𝟓𝟑𝟗 𝟏𝟒𝟖𝟖 𝟎𝟑𝟒𝟑 𝟔𝟒𝟔𝟕',
      '1-2-3-4-5-6',
      'G B 8 2 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 2',
      'G.B.8.2.W.E.S.T.1.2.3.4.5.6.9.8.7.6.5.4.3.2',
      'I B A N E S 1 6 0 8 3 6 4 5 5 7 3 3 8 6 2 8 2 4 2 6 6 0',
      'A B 1 2 3 4 5 6 C',
      // Values in disguise that only the rewrites read.
      '4539_1488_0343_6467',
      'AB_12_34_56_C',
      'O21000021',
      '192[.]168[.]1[.]20',
      'five three six two two eight eight one five',
      'd a n a @ e x a m p l e . o r g',
      'D E 8 9  3 7 0 4  0 0 4 4  0 5 3 2  0 1 3 0  0 0',
      'C 0 3 0 0 5 9 8 8',
      'B-J-6-1-2-5-3-4-1',
      'A B C 1 2 3 4 5 6 7',
      '5 3 6  2 2  1 2 3 4',
      '1  2  3  4  5  6  7  8',
      '1    2    3    4    5    6    7',
      '1 2 3 4 5 6',
    ];
    const folds = ['\u00a0', '\u2014', '\u200b', '\u2019', 'é', '\uff14', '²', '𝐀', '7\u0336', ''];
    let seed = 3;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    let found = 0;
    for (let round = 0; round < 80; round++) {
      let text = generateCorpus(300 + next(3000), round + 101);
      for (const insert of [values[next(values.length)], folds[next(folds.length)], `Card ${values[next(values.length)]} exp 09/28`]) {
        const at = text.indexOf(' ', next(text.length));
        if (at >= 0) text = `${text.slice(0, at + 1)}${insert} ${text.slice(at + 1)}`;
      }
      const ours = scanText(text);
      expect(ours).toEqual(referenceScan(text));
      found += ours.filter((f) => f.explanation.obfuscated).length;
    }
    expect(found).toBeGreaterThan(40);
  });

  it('when random ASCII mail is scanned, then the results equal a scan without normalisation', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const text = generateCorpus(4000, seed);
      expect(scanText(text)).toEqual(scanInBlocks(text, {}, DEFAULT_SIZES));
    }
    const big = generateCorpus(600_000, 7);
    expect(scanText(big)).toEqual(scanInBlocks(big, {}, DEFAULT_SIZES));
  });
});

describe('digits spaced out with two spaces', () => {
  it('when a card is written with two spaces between every digit in ASCII text then the full scan finds it where it is written', () => {
    const text = 'Visa 4  5  3  9  1  4  8  8  0  3  4  3  6  4  6  7 exp 09/28';
    const cards = scanText(text).filter((f) => f.classifier === 'credit-card');
    expect(cards.map((f) => [text.slice(f.start, f.end), f.explanation.obfuscated])).toEqual([
      ['4  5  3  9  1  4  8  8  0  3  4  3  6  4  6  7', true],
    ]);
  });

  it.each([
    ['one space between digits, three between groups', '4 5 3 9   1 4 8 8   0 3 4 3   6 4 6 7'],
    ['two spaces between digits, four between groups', '4  5  3  9    1  4  8  8    0  3  4  3    6  4  6  7'],
    [
      'two spaces between digits, four between groups, a no-break space in the text',
      '4  5  3  9    1  4  8  8    0  3  4  3    6  4  6  7\u00a0',
    ],
  ])('when a card is written with %s then the full scan finds it where it is written', (_, value) => {
    const text = `Visa ${value} exp 09/28`;
    const cards = scanText(text).filter((f) => f.classifier === 'credit-card');
    expect(cards.map((f) => [text.slice(f.start, f.end), f.explanation.obfuscated])).toEqual([[value.trimEnd(), true]]);
  });

  it('when a short list of digits is spaced the same way then nothing is joined into a value', () => {
    expect(scanText('ranks 1  2  3  4  5  6  7  8 done')).toEqual([]);
  });
});

describe('grouped values in disguise (unusual separators, letters for digits)', () => {
  const DISGUISED: Case[] = [
    ...['_', '/', '*', ',', '|', '~', ':', '#', '=', '\\'].map((sep) =>
      card(`'${sep}' between groups`, ['4539', '1488', '0343', '6467'].join(sep)),
    ),
    ...['_', '/', '*', '~'].map((sep) => ssn(`'${sep}' between groups`, ['536', '22', '1234'].join(sep))),
    ...['_', '*', '~', '|'].map((sep) => phone(`'${sep}' between groups`, ['555', '234', '5678'].join(sep))),
    card(`'+' between groups`, ['4539', '1488', '0343', '6467'].join('+')),
    { name: 'each group in brackets', classifier: 'credit-card', around: 'Visa card [@] exp 09/28', value: '4539] [1488] [0343] [6467' },
    { name: 'each group in parentheses', classifier: 'credit-card', around: 'Visa card (@) exp 09/28', value: '4539)(1488)(0343)(6467' },
    { name: 'its dots defanged in brackets', classifier: 'ip-address', around: 'Server @ is down', value: '192[.]168[.]1[.]20' },
    { name: 'its dots defanged in parentheses', classifier: 'ip-address', around: 'Server @ is down', value: '10(.)0(.)12(.)5' },
    card('a spaced hyphen between groups', '4539 - 1488 - 0343 - 6467'),
    card('two spaces between groups', '4539  1488  0343  6467'),
    card('an Amex layout with underscores', '3782_822463_10005'),
    card('a letter O for a zero', '4539 1488 O343 6467'),
    card('a lower-case l for a one', '4539 l488 0343 6467'),
    card('a capital I for a one and underscores', '4539_I488_0343_6467'),
    ssn('a letter O for a zero and an l for a one', '536-22-l2O4'),
    phone('a letter O for a zero', '(555) 234-567O'),
    {
      name: 'underscores, the expiry date just after',
      classifier: 'credit-card',
      around: 'Visa @ 09/28',
      value: '4539_1488_0343_6467',
    },
  ];

  it.each(DISGUISED)('when a $classifier is written with $name, then it is found where it is written, marked obfuscated', (c) => {
    const text = c.around.replace('@', c.value);
    const found = findIn(text, c.classifier);
    expect(found, text).toHaveLength(1);
    const [f] = found;
    expect(f.text).toBe(c.value);
    expect(f.start).toBe(text.indexOf(c.value));
    expect(f.explanation.obfuscated).toBe(true);
    expect(f.explanation.obfuscation).toMatch(/unusual or mixed separators|letters for digits/);
    // The same score as the value rewritten (its normalised text), plus the bonus.
    const [plain] = findIn(normaliseEveryUnit(text, true).text, c.classifier);
    expect(f.score).toBe(Math.min(100, plain.score + 10));
  });

  it.each([
    ['amounts with thousands separators', 'Invoice total 4,539,148,803 and 123,456,789 paid'],
    ['dates and times', 'Sent 2024/05/06 10:30:45, again 06/05/2024 at 10:30'],
    ['a version string with underscores', 'Installed build 4539_1488_0343 yesterday'],
    ['groups in the cells of a row', 'card\t4539\t1488\t0343\t6467'],
    ['separators that merely differ in an SSN', 'ssn 321-02.3456 and 321 02-3456'],
    ['a word of look-alike letters', 'lol OIl 1O 4539 hello IOOI'],
    ['a phone number with a slash after its area code', 'O: 331/373-3328'],
    ['five groups with defanged dots', 'build 1[.]2[.]3[.]4[.]5 out'],
    ['a defanged group over 255', 'ip 300[.]1[.]1[.]1 here'],
    ['a countdown with spaced dots', 'The 3 . 2 . 1 . 0 countdown'],
  ])('when the text has %s, then nothing is rewritten', (_, text) => {
    const n = normaliseEveryUnit(text, true);
    expect(n.text).toBe(text);
    expect(rewroteValues(n)).toBe(false);
  });

  it('when a phone number has a slash after its area code, then it is found as written and not marked obfuscated', () => {
    const [f] = findIn('Office: 415/555-0134', 'us-phone');
    expect([f.text, f.explanation.obfuscated]).toEqual(['415/555-0134', undefined]);
  });
});

describe('email addresses written out', () => {
  it.each([
    ['the at sign in brackets', 'dana.whitlock [at] harborlane [dot] org'],
    ['the at sign in parentheses, a plain dot', 'events(at)thegranarylofts.com'],
    ['the at sign in braces', 'ops{at}example.net'],
    ['the at sign in angle brackets and a bracketed full stop', 'ops <at> example [.] io'],
    ['the at sign in capitals', 'sales [AT] example [DOT] com'],
    ['spaces around the at sign and the dot', 'r.obi88 @ gmail . com'],
    ['dots of the local part written out too', 'john [dot] smith (at) example (dot) co (dot) uk'],
    ['the at sign and the dots as bare words', 'priya dot nair at brightwaterlabs dot io'],
    ['a bare at and a bracketed dot', 'ops at example [dot] net'],
    ['the words in capitals', 'sales AT example DOT com'],
    ['every character spaced out', 'd a n a . w h i t l o c k @ h a r b o r l a n e . o r g'],
  ])('when an address is written with %s, then it is found where it is written, marked obfuscated', (_, value) => {
    const text = `Please write to ${value} by Friday.`;
    const found = findIn(text, 'email-address');
    expect(found, text).toHaveLength(1);
    const [f] = found;
    expect([f.text, f.start]).toEqual([value, text.indexOf(value)]);
    expect(f.explanation.obfuscated).toBe(true);
    expect(f.explanation.obfuscation).toMatch(/at sign or dots written out/);
  });

  it('when an address written out ends the text, then it is found', () => {
    const text = 'Write to john dot doe at example dot com';
    expect(findIn(text, 'email-address').map((f) => f.text)).toEqual(['john dot doe at example dot com']);
  });

  it('when bare at and dot words come many times, then the text is read in one pass', () => {
    const text = `${'me at '.repeat(20_000)}${'a dot '.repeat(60_000)}com`;
    expect(findIn(text, 'email-address')).toEqual([]);
  });

  it('when spaced at signs come before a dotted run longer than a domain may be, then no address is read there', () => {
    const text = `${'x @ '.repeat(20_000)}${'a.'.repeat(100_000)}com`;
    expect(normaliseEveryUnit(text, true).text).toBe(text);
    expect(findIn(text, 'email-address')).toEqual([]);
  });

  it('when an address spaced out character by character ends a sentence, then the full stop is not part of it', () => {
    const text = 'Write to j o e @ e x a m p l e . c o m. Thanks';
    expect(findIn(text, 'email-address').map((f) => f.text)).toEqual(['j o e @ e x a m p l e . c o m']);
  });

  it.each([
    ['single characters around an at sign', 'x @ y and a @ b'],
    ['digits spaced out around an at sign', 'score: 3 @ 4 . 5 0 each'],
    ['a spaced-out word that is no top-level domain', 'meet @ n o o n . t o d a y'],
    ['a time in parentheses', 'Let us meet (at) noon . Bye for now'],
    ['an at sign for "at"', 'Lunch @ Joe’s place. See you @ home.Later'],
    ['a price', 'Apples @ 10 . 30 each'],
    ['a handle', 'Follow us @ acme on the web'],
    ['"at" before a web address', 'Find us at acme.com or at www.example.org today'],
    ['"at" and "dot" in a sentence', 'Meet me at noon dot Bye. Prices peaked at the dot com boom, at least dot for dot com'],
    ['"at" and "dot" far apart', `We met at the office ${'and talked '.repeat(30)}about the dot com boom`],
  ])('when the text has %s, then nothing is rewritten and no address is found', (_, text) => {
    expect(rewroteValues(normaliseEveryUnit(text, true))).toBe(false);
    expect(findIn(text, 'email-address')).toEqual([]);
  });
});

describe('HTML character references left in plain text', () => {
  it.each([
    card('&nbsp; between groups', '4539&nbsp;1488&nbsp;0343&nbsp;6467'),
    card('&#160; between groups', '4539&#160;1488&#160;0343&#160;6467'),
    card('&#x202F; between groups', '4539&#x202F;1488&#x202F;0343&#x202F;6467'),
    ssn('&shy; inside', '536-22-12&shy;34'),
    ssn('&ndash; for its hyphens', '536&ndash;22&ndash;1234'),
    phone('&#8209; for its hyphen', '(555) 234&#8209;5678'),
  ])('when a $classifier is written with $name, then it is found where it is written, marked obfuscated', (c) => {
    const text = c.around.replace('@', c.value);
    const found = findIn(text, c.classifier);
    expect(found, text).toHaveLength(1);
    const [f] = found;
    expect([f.text, f.start]).toEqual([c.value, text.indexOf(c.value)]);
    expect(f.explanation.obfuscation).toMatch(/HTML character references/);
  });

  it('when the text has other references, then nothing is rewritten', () => {
    const text = 'AT&amp;T paid 1,234 &lt;USD&gt; &copy; 2026 &#169; &nbsp';
    expect(rewroteValues(normaliseEveryUnit(text, true))).toBe(false);
  });
});
