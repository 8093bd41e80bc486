/**
 * Every place where mail wrapping can break a printed value: at each of its spaces, and after
 * each of its hyphens (which stay at the line's end), on a line as long as wrapped lines are,
 * plain and in a quoted reply, with LF and with CRLF. The value must be found whole, the joint
 * inside it, as it is found unbroken; a break on a short line is another matter (mail-classes).
 */
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../src/engine/dlp/index.ts';

/** [classifier, label, the value as printed]. */
const VALUES: readonly (readonly [string, string, string])[] = [
  ['us-phone', 'my phone number is', '(415) 762-0134'],
  ['us-phone', 'my phone number is', '+1 415 762 0134'],
  ['us-phone', 'my phone number is', '415 762 0134'],
  ['us-phone', 'my phone number is', '415-762-0134'],
  ['us-phone', 'my phone number is', '+1 (415) 762-0134'],
  ['us-phone', 'my phone number is', '1-415-762-0134'],
  ['credit-card', 'my card number is', '4539 1488 0343 6467'],
  ['credit-card', 'my card number is', '4539-1488-0343-6467'],
  ['credit-card', 'my amex card number is', '3714 496353 98431'],
  ['us-ssn', 'my social security number is', '536 22 1234'],
  ['us-ssn', 'my social security number is', '536-22-1234'],
  ['us-itin', 'my ITIN is', '912 70 1234'],
  ['us-itin', 'my ITIN is', '912-70-1234'],
  ['uk-nino', 'my national insurance number is', 'AB 12 34 56 C'],
  ['uk-nino', 'my national insurance number is', 'AB 123456 C'],
  ['uk-nino', 'my national insurance number is', 'AB-12-34-56-C'],
  ['uk-nhs', 'my NHS number is', '943 476 5919'],
  ['uk-nhs', 'my NHS number is', '943-476-5919'],
  ['ca-sin', 'my SIN is', '130 692 544'],
  ['ca-sin', 'my SIN is', '130-692-544'],
  ['iban', 'our IBAN is', 'GB82 WEST 1234 5698 7654 32'],
  ['iban', 'our IBAN is', 'DE89 3704 0044 0532 0130 00'],
  ['iban', 'our IBAN is', 'FR14 2004 1010 0505 0001 3M02 606'],
  ['iban', 'our IBAN is', 'NL91-ABNA-0417-1643-00'],
  ['swift-bic', 'our BIC is', 'DEUT DE FF 500'],
  ['ndc', 'the NDC code is', '0777-3105-02'],
];

const LINE = 'Following up on the paperwork we talked about on the call yesterday afternoon,';

/** The text with the value broken at `at` (a space replaced by the joint, or the joint after a hyphen), and the value as broken. */
function broken(label: string, value: string, at: number, quote: string, newline: string): { text: string; value: string } {
  const joint = `${newline}${quote}`;
  const cut =
    value[at] === '-' ? `${value.slice(0, at + 1)}${joint}${value.slice(at + 1)}` : `${value.slice(0, at)}${joint}${value.slice(at + 1)}`;
  // The line before the break is 70-odd characters long, as a client wrapping at 76 leaves it.
  const before = `${quote}${LINE.slice(0, 70 - label.length - at)} ${label} `;
  return { text: `${before}${cut} and thanks.`, value: cut };
}

const cases = VALUES.flatMap(([id, label, value]) =>
  [...value].flatMap((c, at) =>
    c !== ' ' && c !== '-'
      ? []
      : ['', '> ', '>> '].flatMap((quote) =>
          ['\n', '\r\n'].map((newline) => ({
            id,
            label,
            value,
            at,
            quote,
            newline,
            name: `${value} broken at ${at}${quote ? ` quoted "${quote.trim()}"` : ''}${newline === '\n' ? '' : ' (CRLF)'}`,
          })),
        ),
  ),
);

describe('values broken by mail wrapping at any of their gaps', () => {
  it.each(VALUES)('%s %s %s is found unbroken', (id, label, value) => {
    const text = `${LINE} ${label} ${value} and thanks.`;
    expect(scanText(text).map((f) => [f.classifier, f.text])).toContainEqual([id, value]);
  });

  it('covers every gap of every form', () => {
    expect(cases.length).toBeGreaterThan(400);
  });

  it.each(cases)('$name', ({ id, label, value, at, quote, newline }) => {
    const b = broken(label, value, at, quote, newline);
    expect(scanText(b.text).map((f) => [f.classifier, f.text])).toContainEqual([id, b.value]);
  });
});
