/** Explanations are plain data; findings explained alike share one frozen object (fewer objects kept per scan). */
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../src/engine/dlp/index.ts';

describe('finding explanations', () => {
  it('when two findings match alike, then they share one frozen explanation that says everything', () => {
    const [a, b] = scanText('Paid from checking 12345678901. Then from checking 98765432109.', { classifiers: ['us-bank-account'] });
    expect(a.explanation).toBe(b.explanation);
    expect(Object.isFrozen(a.explanation)).toBe(true);
    expect(a.explanation).toEqual({
      pattern: '8..17 digits',
      validation: 'length 8–17 digits (no check digit exists)',
      contextWords: ['checking'],
      supporting: [],
      baseScore: 2,
      score: 70,
    });
    expect(structuredClone(a)).toEqual(a);
  });

  it('when findings differ in context or supporting information, then each has its own explanation', () => {
    const gap = ' The quarterly review is on the agenda for the team meeting next week.';
    const [a, b] = scanText(`Paid from savings 12345678901.${gap}${gap} Then from checking 98765432109.`, {
      classifiers: ['us-bank-account'],
    });
    expect(a.explanation.contextWords).toEqual(['savings']);
    expect(b.explanation.contextWords).toEqual(['checking']);
    expect(a.explanation).not.toBe(b.explanation);
    const [card] = scanText('Visa 4111 1111 1111 1111 exp 09/28', { classifiers: ['credit-card'] });
    expect(card.explanation.supporting).toEqual(['expiry date "09/28"']);
    expect(Object.isFrozen(card.explanation)).toBe(false);
  });
});
