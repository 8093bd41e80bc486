/**
 * Custom classifiers at the edges, one table per class of bug once found: a match longer than the
 * proximity, nested and overlapping matches, zero-width patterns, proximity at its bounds, matches at
 * the text's ends, Unicode that changes length when lower-cased or splits into surrogate pairs, odd
 * dictionary terms, an exclude pattern longer than the text, and minimum total scores at the extremes.
 */
import { describe, expect, it } from 'vitest';
import { testCustomClassifier } from '../../../src/engine/dlp/index.ts';
import type { CustomClassifier } from '../../../src/engine/config/schema/index.ts';

type Rule = CustomClassifier['rules'][number];
const regex = (pattern: string, weight = 10, exclude = ''): Rule => ({ type: 'regex', pattern, exclude, weight, maxScore: 0 });
const words = (w: string[], weight = 10): Rule => ({ type: 'words', words: w, weight, maxScore: 0 });
const classifier = (rules: Rule[], over: Partial<CustomClassifier> = {}): CustomClassifier => ({
  name: 'Edge',
  description: '',
  proximity: 100,
  minimumTotalScore: 1,
  match: 'any',
  rules,
  ...over,
});
const dictionaries = [
  { name: 'Odd', terms: [' ', ',', 'secret'], caseSensitive: false, wholeWords: true },
  { name: 'Empty', terms: [], caseSensitive: false, wholeWords: false },
  { name: 'Halves', terms: ['\uD83D', '\uDE00'], caseSensitive: true, wholeWords: false },
];
const run = (c: CustomClassifier, text: string) => testCustomClassifier(c, text, { dictionaries });
const spans = (c: CustomClassifier, text: string) => run(c, text).matches.map((m) => [m.start, m.end, m.text]);
const digits120 = '1'.repeat(120);

describe('a match longer than the proximity', () => {
  it('when [0-9]{12,} with proximity 100 meets 120 digits, then it is one match that counts alone', () => {
    const t = run(classifier([regex('[0-9]{12,}', 20)]), digits120);
    expect(t.matches.map((m) => [m.start, m.end, m.runningScore])).toEqual([[0, 120, 20]]);
    expect([t.matched, t.totalScore, t.riskFactor]).toEqual([true, 20, 20]);
  });

  it.each([
    ['several long runs, proximity 1', '[0-9]{12,}', `${digits120} ${digits120} ${digits120}`, 1, 10],
    ['long runs close together, proximity 300', '[0-9]{12,}', `${digits120} ${digits120}`, 300, 20],
    ['a run of 500 digits, proximity 12', '\\d{12,}', '9'.repeat(500), 12, 10],
  ])('when %s, then the runs count alone or together as expected', (_, pattern, text, proximity, total) => {
    expect(run(classifier([regex(pattern)], { proximity }), text).totalScore).toBe(total);
  });

  it('when a long match needs a neighbour for "all", then the two do not count together beyond the proximity', () => {
    const c = classifier([words(['secret']), regex('[0-9]{12,}')], { match: 'all', proximity: 50 });
    const far = run(c, `secret ${digits120}`);
    expect(far.matched).toBe(false);
    expect(far.explanation).toMatch(/^Not every rule matched within 50 characters/);
    expect(run(c, 'secret 123456789012').matched).toBe(true);
  });
});

describe('nested and overlapping matches', () => {
  // \d{3} finds four pieces inside the one 12-digit run that [0-9]{12,} finds.
  const nested = (proximity: number, match: 'any' | 'all' = 'any') =>
    classifier([regex('\\d{3}', 1), regex('[0-9]{12,}', 10)], { proximity, match });

  it.each([
    [5, 'any', 10, true, [1, 10, 1, 1, 1]],
    [5, 'all', 10, false, [1, 10, 1, 1, 1]],
    [12, 'any', 14, true, [1, 11, 12, 13, 14]],
    [12, 'all', 14, true, [1, 11, 12, 13, 14]],
  ] as const)('when the run nests pieces and the proximity is %i with "%s", then the total is %i', (p, match, total, matched, running) => {
    const t = run(nested(p, match), '123456789012');
    expect([t.totalScore, t.matched]).toEqual([total, matched]);
    // Matches come by start: the first piece, the whole run, then the other three pieces.
    expect(t.matches.map((m) => m.runningScore)).toEqual(running);
  });

  it('when matches of two rules overlap, then both are kept and the running score never drops below one match', () => {
    const t = run(classifier([words(['project falcon']), words(['falcon'])], { proximity: 20 }), 'project falcon');
    expect(t.matches.map((m) => [m.start, m.end])).toEqual([
      [0, 14],
      [8, 14],
    ]);
    expect(t.matches.map((m) => m.runningScore)).toEqual([10, 20]);
  });
});

describe('zero-width and whole-text patterns', () => {
  it.each([
    ['\\b', 'two words', []],
    [
      '(?:\\d{2}|bar)\\b\\b',
      '12 bar x',
      [
        [0, 2, '12'],
        [3, 6, 'bar'],
      ],
    ],
    ['(?s).+', 'all\nof it', [[0, 9, 'all\nof it']]],
    ['^\\d', '1 and 2', [[0, 1, '1']]],
    ['\\d$', '1 and 2', [[6, 7, '2']]],
  ])('when the pattern is %j on %j, then the matches are %j', (pattern, text, expected) => {
    expect(spans(classifier([regex(pattern)]), text)).toEqual(expected);
  });

  it('when a zero-width-only pattern runs on an empty text, then nothing matches and nothing throws', () => {
    expect(run(classifier([regex('\\b')]), '').explanation).toBe('No rule matched.');
  });
});

describe('proximity at its bounds', () => {
  it.each([
    [1, '12', 10],
    [2, '12', 20],
    [100_000, `1${' '.repeat(99_998)}2`, 20],
    [99_999, `1${' '.repeat(99_998)}2`, 10],
  ])('when the proximity is %i, then the two one-digit matches total %i', (proximity, text, total) => {
    expect(run(classifier([regex('\\d')], { proximity }), text).totalScore).toBe(total);
  });
});

describe('Unicode in texts and terms', () => {
  it.each([
    ['a length-changing capital before the term', words(['secret']), 'İİ secret', [[3, 9, 'secret']]],
    ['a final sigma', words(['οδοσ']), 'ΟΔΟΣ.', [[0, 4, 'ΟΔΟΣ']]],
    [
      'an emoji term',
      words(['😀']),
      '😀 x 😀',
      [
        [0, 2, '😀'],
        [5, 7, '😀'],
      ],
    ],
    ['a lone surrogate term inside an emoji', { type: 'dictionary', dictionary: 'Halves', weight: 10, maxScore: 0 } as Rule, 'x😀y', []],
    ['a dot over an astral character', regex('.'), '😀', [[0, 2, '😀']]],
    ['an astral class', regex('[😀-😂]+'), 'ok 😀😁!', [[3, 7, '😀😁']]],
  ])('when %s, then the matches sit on whole characters', (_, rule, text, expected) => {
    expect(spans(classifier([rule]), text)).toEqual(expected);
  });
});

describe('odd terms and exclude patterns', () => {
  it.each([
    [
      'a blank term and a comma in a dictionary',
      { type: 'dictionary', dictionary: 'Odd', weight: 10, maxScore: 0 } as Rule,
      'a , secret',
      [
        [2, 3, ','],
        [4, 10, 'secret'],
      ],
    ],
    ['an empty dictionary', { type: 'dictionary', dictionary: 'Empty', weight: 10, maxScore: 0 } as Rule, 'anything', []],
    ['words that are only separators', words([' , ', ',']), 'a , b', []],
    ['an exclude pattern longer than the text', regex('\\d{12}', 10, '[0-9]{1000,}'), '123456789012', [[0, 12, '123456789012']]],
    ['an exclude pattern covering the whole text', regex('\\d{3}', 10, '(?s).+'), '123 456', []],
  ])('when %s, then the matches are as listed', (_, rule, text, expected) => {
    expect(spans(classifier([rule]), text)).toEqual(expected);
  });

  it('when an entity rule names no built-in classifier, then the problem says so', () => {
    const t = run(classifier([{ type: 'entity', entity: 'not-a-classifier', weight: 10, maxScore: 0 }]), 'x');
    expect(t.problems).toEqual(['Rule 1: unknown entity "not-a-classifier"; choose one of the built-in classifiers.']);
  });
});

describe('minimum total score and weights at the extremes', () => {
  it.each([
    ['weight 0, minimum 0', 0, 0, 0, false, 0],
    ['weight 0.2 twice, minimum 0', 0.2, 0, 0.4, true, 1],
    ['weight 0.2 twice, minimum 0.5', 0.2, 0.5, 0.4, false, 0],
    ['the largest weight twice, the largest minimum', Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE, true, 100],
    ['weight 1e308 twice, minimum 1e308', 1e308, 1e308, Number.MAX_VALUE, true, 100],
    ['weight 10 twice, minimum 1e308', 10, 1e308, 20, false, 0],
  ])('when %s, then the total, matched flag and risk factor hold together', (_, weight, minimumTotalScore, total, matched, risk) => {
    const t = run(classifier([regex('\\d', weight)], { minimumTotalScore }), '1 2');
    expect([t.totalScore, t.matched, t.riskFactor]).toEqual([total, matched, risk]);
  });

  it('when every matching rule weighs 0, then the explanation says so instead of "below the minimum 0"', () => {
    expect(run(classifier([regex('\\d', 0)], { minimumTotalScore: 0 }), '1').explanation).toMatch(/weight 0/);
  });
});
