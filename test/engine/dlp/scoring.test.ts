/**
 * Context and supporting information (reference §8.2): a lone card number or SSN scores below the
 * default Low boundary (10); with supporting information it scores as a match. Near-misses with
 * negative words are not reported at all. Every finding carries its explanation.
 */
import { describe, expect, it } from 'vitest';
import { scanText, DEFAULT_SCALE } from '../../../src/engine/dlp/index.ts';
import { bestScore } from './helpers.ts';

const LOW = DEFAULT_SCALE.low;

describe('credit card supporting information', () => {
  it.each([
    ['a lone number', '4999-9999-9999-9996', false],
    ['an expiry date follows', '4999-9999-9999-9996 01/09', true],
    ['the issuer is named', 'Visa 4999-9999-9999-9996', true],
    ['two card numbers are together', '4999-9999-9999-9996 and 4012-8888-8888-1881', true],
    ['a date (not an expiry) follows', '4999-9999-9999-9996 on 2023-12-25', false],
  ])('when %s, then the card %s match', (_when, text, matches) => {
    expect(bestScore('credit-card', text) >= LOW).toBe(matches);
  });
});

describe('SSN supporting information', () => {
  it.each([
    ['a lone number', '321-02-3456', false],
    ['a month and day follow', '321-02-3456 July 4', true],
    ['a full date follows', '321-02-3456 7/4/1980', true],
    ['only month/day follow', '321-02-3456 7/4', false],
    ['two SSNs are together', '321-02-3456 and 321-02-3457', true],
    ['"SSN" precedes it', 'SSN: 321-02-3456', true],
    ['a name precedes it', 'Joe Smith 321-02-3456', true],
    ['a state and ZIP follow', '321-02-3456 CA 94066', true],
  ])('when %s, then the SSN %s match', (_when, text, matches) => {
    expect(bestScore('us-ssn', text) >= LOW).toBe(matches);
  });
});

describe('context and near-misses', () => {
  it('when a routing number has banking words near it, then it scores as a match', () => {
    expect(bestScore('aba-routing', 'routing number is: 101205681')).toBeGreaterThanOrEqual(LOW);
    expect(bestScore('aba-routing', '101205681')).toBeLessThan(LOW);
  });

  it('when a number is called an order number, then no card is reported', () => {
    expect(scanText('Order 4012888888881881 shipped', { classifiers: ['credit-card'] })).toEqual([]);
  });

  it('when a tracking number passes Luhn, then it is not reported', () => {
    expect(scanText('Tracking: 4012888888881881', { classifiers: ['credit-card'] })).toEqual([]);
  });

  it('when context words are far away, then they do not count', () => {
    const far = `SSN ${'x '.repeat(60)}321-02-3456`;
    expect(bestScore('us-ssn', far)).toBeLessThan(LOW);
  });

  it('when a long context phrase starts before the window and ends inside it, then it counts', () => {
    // "social security number" (22 characters) ends 2 characters inside the 60-character window.
    expect(bestScore('us-ssn', `social security number ${'x'.repeat(56)} 321-02-3456`)).toBeGreaterThanOrEqual(LOW);
    // Three characters further: it ends just before the window.
    expect(bestScore('us-ssn', `social security number ${'x'.repeat(59)} 321-02-3456`)).toBeLessThan(LOW);
  });

  it('when a 9-digit number passes the ABA checksum beside an account, then the passport shape gives way on that span', () => {
    const ids = scanText('121000358 / 4410023388').map((f) => f.classifier);
    expect(ids).toContain('aba-routing');
    expect(ids).not.toContain('us-passport');
  });

  it('when a 9-digit number passes the ABA checksum alone, then it names no type (a routing number needs banking context)', () => {
    expect(scanText('121000358')).toEqual([]);
    expect(scanText('121000358', { classifiers: ['aba-routing'] })[0].score).toBeLessThan(5);
  });

  it('when a passport number has context, then the passport finding stays', () => {
    const f = scanText('my passport number is 912803456', { classifiers: ['us-passport'] });
    expect(f).toHaveLength(1);
    expect(f[0].score).toBeGreaterThanOrEqual(60);
  });
});

describe('explanations', () => {
  it('when a card matches, then the finding says the pattern, the validation, the context and the score', () => {
    const [f] = scanText('Visa 4012-8888-8888-1881 exp 01/27', { classifiers: ['credit-card'] });
    expect(f.explanation.pattern).toContain('4-4-4-4');
    expect(f.explanation.validation).toMatch(/Luhn/);
    expect(f.explanation.contextWords).toContain('visa');
    expect(f.explanation.supporting.join()).toMatch(/01\/27/);
    expect(f.explanation.baseScore).toBeLessThan(LOW);
    expect(f.explanation.score).toBe(f.score);
    expect(f.text).toBe('4012-8888-8888-1881');
  });

  it('when results are cloned as plain data, then nothing is lost', () => {
    const findings = scanText('SSN 321-02-3456, card 4012888888881881 visa, host 10.0.0.1');
    expect(structuredClone(findings)).toEqual(findings);
  });

  it('when a text holds non-ASCII characters, then offsets are UTF-16 code units', () => {
    const text = '😀 é SSN 321-02-3456';
    const [f] = scanText(text, { classifiers: ['us-ssn'] });
    expect(text.slice(f.start, f.end)).toBe('321-02-3456');
  });
});

describe('word classifiers', () => {
  it('when source code is pasted, then code markers are found case-sensitively', () => {
    const ids = scanText('#include <stdio.h>\nint main() { printf("hi"); return 0; }', { classifiers: ['source-code'] }).map((f) => f.text);
    expect(ids).toEqual(['#include', 'int main(', 'printf(', 'return 0;']);
    expect(scanText('INT MAIN( and #INCLUDE', { classifiers: ['source-code'] })).toEqual([]);
  });

  it('when corporate financial terms appear, then each is a finding weighted by the term', () => {
    const f = scanText('FORM 10-Q: net income rose; net   income again', { classifiers: ['corporate-financials'] });
    expect(f.map((x) => x.text)).toEqual(['FORM 10-Q', 'net income', 'net   income']);
  });

  it('when a term is part of a longer word, then it does not match', () => {
    expect(scanText('outpatients mergers2', { classifiers: ['health-terms'] }).map((f) => f.text)).toEqual([]);
  });
});
