import { describe, expect, it } from 'vitest';
import type { ContentFilter, FilterCondition } from '../../../../src/engine/config/schema/index.ts';
import { conditionHolds, filterSubject } from '../../../../src/engine/mailflow/content-filters/conditions.ts';
import { filterMatches } from '../../../../src/engine/mailflow/content-filters/evaluate.ts';
import { message } from '../helpers.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const msg = message({
  subject: '[SEND SECURE] Q3 payroll',
  text: 'Please find the payroll attached.',
  headers: { 'X-Classification': 'Internal' },
  attachments: [{ filename: 'Payroll.CSV', contentType: 'text/csv', content: bytes('name,salary\nBob,5000\n') }],
});
const subject = filterSubject(msg, ['bob@partner.example']);
const text = (type: 'subject' | 'body' | 'body-or-attachment' | 'attachment-content' | 'attachment-name', value: string, over = {}) =>
  ({ type, match: 'contains', value, negate: false, ...over }) as FilterCondition;

const cases: [string, FilterCondition, boolean][] = [
  ['the subject contains the bracketed flag literally', text('subject', '[SEND SECURE]'), true],
  ['the subject flag differs in case (the appliance is case sensitive)', text('subject', '[send secure]'), false],
  ['a regular expression with (?i) matches the flag in any case', text('subject', '(?i)\\[send secure\\]', { match: 'regex' }), true],
  ['a regex of letters none of which are in the subject', text('subject', '[XZ]', { match: 'regex' }), false],
  ['the subject "does not contain" a word it has', text('subject', 'payroll', { negate: true }), false],
  ['an invalid regex never matches', text('subject', '(unclosed', { match: 'regex' }), false],
  ['the body contains a word of the text part', text('body', 'payroll attached'), true],
  ['the body does not see attachment content', text('body', 'salary'), false],
  ['the attachment content is searched', text('attachment-content', 'Bob,5000'), true],
  ['body or attachment finds attachment text', text('body-or-attachment', 'salary'), true],
  ['body or attachment ignores the subject', text('body-or-attachment', 'SEND SECURE'), false],
  ['the attachment name matches a regex', text('attachment-name', '^Payroll\\.', { match: 'regex' }), true],
  [
    'an other header contains the value',
    { type: 'header', header: 'x-classification', match: 'contains', value: 'Internal', negate: false },
    true,
  ],
  ['an absent header never contains', { type: 'header', header: 'X-Secure', match: 'contains', value: 'yes', negate: false }, false],
  ['a header exists', { type: 'header-exists', header: 'X-Classification', negate: false }, true],
  ['a header does not exist', { type: 'header-exists', header: 'X-Secure', negate: true }, true],
  ['the envelope sender is in the domain', { type: 'envelope-sender', addresses: ['@example.com'], negate: false }, true],
  ['the envelope sender is another address', { type: 'envelope-sender', addresses: ['carol@example.com'], negate: false }, false],
  ['a recipient of this group is in the domain', { type: 'envelope-recipient', addresses: ['@partner.example'], negate: false }, true],
  ['the attachment type is csv (extension in any case)', { type: 'attachment-type', extensions: ['csv'], negate: false }, true],
  ['the attachment type is not pdf', { type: 'attachment-type', extensions: ['pdf'], negate: true }, true],
  ['an attachment is at least 10 bytes', { type: 'attachment-size', comparison: 'at-least', bytes: 10 }, true],
  ['an attachment is at least 1 MB', { type: 'attachment-size', comparison: 'at-least', bytes: 1_000_000 }, false],
  ['the message is less than 1 MB', { type: 'message-size', comparison: 'less-than', bytes: 1_000_000 }, true],
];

describe('content filter conditions', () => {
  it.each(cases)('when %s then the condition holds: %s', async (_, condition, expected) => {
    expect(await conditionHolds(condition, subject)).toBe(expected);
  });
});

const filter = (rule: 'all' | 'any', conditions: FilterCondition[]): ContentFilter => ({
  name: 'f',
  description: '',
  active: true,
  rule,
  conditions,
  actions: [{ type: 'drop' }],
});

describe('the Apply Rule', () => {
  const yes = text('subject', 'SEND');
  const no = text('subject', 'nothing like this');
  it.each([
    ['all', [yes, yes], true],
    ['all', [yes, no], false],
    ['any', [no, yes], true],
    ['any', [no, no], false],
    ['all', [], true],
    ['any', [], true],
  ] as const)('when the rule is %s over %j then the filter matches: %s', async (rule, conditions, expected) => {
    expect(await filterMatches(filter(rule, [...conditions]), subject)).toBe(expected);
  });
});
