/** An inline reply's answer and the quoted question above it (scan/quoted-question.ts). */
import { describe, expect, it } from 'vitest';
import { quotedQuestionAbove } from '../../../src/engine/dlp/scan/quoted-question.ts';

/** The question's text read for the first occurrence of `value` in `text`, or null. */
const questionFor = (text: string, value: string): string | null => {
  const range = quotedQuestionAbove(text, text.indexOf(value));
  return range === null ? null : text.slice(range[0], range[1]);
};

describe('quotedQuestionAbove', () => {
  it('when an answer opens the line under a quoted question, then the question is read', () => {
    expect(questionFor('> Your NHS number?\n\nIt is 773 397 7657.', '773')).toBe('> Your NHS number?');
  });
  it('when the question is wrapped over quoted lines, then its lines are read together', () => {
    expect(questionFor('> intro\n>\n> Please send the routing\n> number for payroll\n>\n021000021', '0210')).toBe(
      '> Please send the routing\n> number for payroll',
    );
  });
  it('when the value is itself quoted, then it answers nothing', () => {
    expect(questionFor('> Your NHS number?\n> 773 397 7657', '773')).toBeNull();
  });
  it('when the value stands far into its line, then the line is more than an answer', () => {
    expect(questionFor(`> Your NHS number?\n\n${'we talked about many things today and '.repeat(2)}773 397 7657`, '773')).toBeNull();
  });
  it('when the line above is not quoted, then there is no question', () => {
    expect(questionFor('Your NHS number?\n\n773 397 7657', '773')).toBeNull();
  });
  it('when three blank lines stand between, then the answer is to something else', () => {
    expect(questionFor('> Your NHS number?\n\n\n\n773 397 7657', '773')).toBeNull();
  });
  it('when the question is very long, then only its end is read', () => {
    const question = questionFor(`> ${'word '.repeat(500)}account number?\n\n4403918277`, '4403');
    expect(question!.length).toBeLessThanOrEqual(240);
    expect(question!.endsWith('account number?')).toBe(true);
  });
});
