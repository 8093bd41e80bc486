/** Custom classifiers: rule types, weights and caps, proximity, all/any, minimum score; regex safety and validation. */
import { describe, expect, it } from 'vitest';
import { testCustomClassifier, validatePattern } from '../../../src/engine/dlp/index.ts';
import type { CustomClassifier } from '../../../src/engine/config/schema/index.ts';

const base = (over: Partial<CustomClassifier>): CustomClassifier => ({
  name: 'Test',
  description: '',
  proximity: 100,
  minimumTotalScore: 10,
  match: 'any',
  rules: [],
  ...over,
});
const ctx = { dictionaries: [{ name: 'Projects', terms: ['Falcon', 'Osprey'], caseSensitive: true, wholeWords: true }] };

describe('custom classifier scoring', () => {
  it('when a regex rule matches three times, then each adds its weight up to the Max Score', () => {
    const c = base({ rules: [{ type: 'regex', pattern: 'EMP-\\d{4}', exclude: '', weight: 20, maxScore: 50 }] });
    const t = testCustomClassifier(c, 'EMP-0001 EMP-0002 EMP-0003', ctx);
    expect(t.matches.map((m) => m.contribution)).toEqual([20, 20, 10]);
    expect(t.matches.map((m) => m.runningScore)).toEqual([20, 40, 50]);
    expect(t.totalScore).toBe(50);
    expect(t.riskFactor).toBe(50);
    expect(t.matched).toBe(true);
  });

  it('when a match is covered by the exclude pattern, then it does not count', () => {
    const c = base({ rules: [{ type: 'regex', pattern: 'EMP-\\d{4}', exclude: 'EMP-0000', weight: 20, maxScore: 100 }] });
    expect(testCustomClassifier(c, 'EMP-0000 EMP-1234', ctx).matches.map((m) => m.text)).toEqual(['EMP-1234']);
  });

  it('when regexes are case sensitive, then a lower-case variant does not match', () => {
    const c = base({ rules: [{ type: 'regex', pattern: 'EMP-\\d{4}', exclude: '', weight: 20, maxScore: 100 }] });
    expect(testCustomClassifier(c, 'emp-1234', ctx).matched).toBe(false);
  });

  it('when the total stays under the minimum total score, then the classifier does not match', () => {
    const c = base({ minimumTotalScore: 30, rules: [{ type: 'words', words: ['secret, covert'], weight: 10, maxScore: 100 }] });
    const t = testCustomClassifier(c, 'a secret plan', ctx);
    expect(t.totalScore).toBe(10);
    expect(t.matched).toBe(false);
    expect(t.riskFactor).toBe(0);
    expect(t.explanation).toMatch(/below the minimum/);
  });

  it('when "all" rules are required and one is missing, then it does not match and says which', () => {
    const c = base({
      match: 'all',
      rules: [
        { type: 'words', words: ['project'], weight: 10, maxScore: 10 },
        { type: 'dictionary', dictionary: 'Projects', weight: 30, maxScore: 30 },
      ],
    });
    expect(testCustomClassifier(c, 'project Falcon', ctx).matched).toBe(true);
    const t = testCustomClassifier(c, 'project falcon', ctx);
    expect(t.matched).toBe(false);
    expect(t.problems.join()).toMatch(/Rule 2/);
  });

  it('when matches are farther apart than the proximity, then they do not count together', () => {
    const c = base({
      proximity: 30,
      minimumTotalScore: 40,
      match: 'all',
      rules: [
        { type: 'words', words: ['ssn'], weight: 20, maxScore: 20 },
        { type: 'entity', entity: 'us-ssn', weight: 30, maxScore: 30 },
      ],
    });
    expect(testCustomClassifier(c, 'SSN 321-02-3456', ctx).totalScore).toBe(50);
    const far = testCustomClassifier(c, `SSN ${'filler '.repeat(10)}321-02-3456`, ctx);
    expect(far.matched).toBe(false);
  });

  it('when an entity rule is used, then every validated candidate counts, even without context', () => {
    const c = base({ rules: [{ type: 'entity', entity: 'credit-card', weight: 40, maxScore: 100 }] });
    expect(testCustomClassifier(c, 'x 4012888888881881 y', ctx).riskFactor).toBe(40);
  });

  it('when the total exceeds 100, then the risk factor is capped at 100', () => {
    const c = base({ rules: [{ type: 'words', words: ['alpha'], weight: 60, maxScore: 0 }] });
    expect(testCustomClassifier(c, 'alpha alpha alpha', ctx).riskFactor).toBe(100);
  });

  it('when a dictionary is missing, then the problem is reported, not thrown', () => {
    const c = base({ rules: [{ type: 'dictionary', dictionary: 'Nope', weight: 10, maxScore: 10 }] });
    expect(testCustomClassifier(c, 'text', ctx).problems).toEqual(['Rule 1: dictionary "Nope" does not exist.']);
  });

  it('when the result is cloned as plain data, then nothing is lost', () => {
    const c = base({ rules: [{ type: 'words', words: ['alpha'], weight: 10, maxScore: 0 }] });
    const t = testCustomClassifier(c, 'alpha', ctx);
    expect(structuredClone(t)).toEqual(t);
  });
});

describe('regular expression safety', () => {
  it("when a catastrophic pattern meets 50,000 a's and a !, then it returns (linear-time engine)", () => {
    const c = base({ rules: [{ type: 'regex', pattern: '(a+)+$', exclude: '', weight: 10, maxScore: 10 }] });
    const t = testCustomClassifier(c, `${'a'.repeat(50_000)}!`, ctx);
    expect(t.matched).toBe(false);
    expect(t.matches).toEqual([]);
  });
});

describe('validatePattern', () => {
  it.each([
    ['\\d{3}-\\d{4}-\\d', null],
    ['[a-zA-Z]\\d{7}', null],
    ['ab(c', 2],
    ['a**', 1],
    ['[z-a]', 1],
    ['x\\', 1],
    ['(?<=a)b', 0],
    ['', 0],
  ] as const)('when the pattern is %j, then the error position is %s', (pattern, position) => {
    const r = validatePattern(pattern);
    if (position === null) expect(r).toEqual({ ok: true });
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.position).toBe(position);
        expect(r.message.length).toBeGreaterThan(5);
      }
    }
  });

  it('when a rule has an invalid pattern, then the playground reports it instead of throwing', () => {
    const c = base({ rules: [{ type: 'regex', pattern: 'ab(c', exclude: '', weight: 10, maxScore: 10 }] });
    expect(testCustomClassifier(c, 'abc', ctx).problems[0]).toMatch(/^Rule 1: Invalid regular expression/);
  });
});
