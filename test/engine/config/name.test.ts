/** The schema's name rule: what a display name may hold, and the message for each refusal. */
import { describe, expect, it } from 'vitest';
import { name } from '../../../src/engine/config/schema/common.ts';

const refusal = (s: string) => {
  const r = name.safeParse(s);
  return r.success ? null : r.error.issues.map((i) => i.message);
};

describe('configuration names', () => {
  it.each([
    ['Ω≈ç√∫˜µ≤≥÷', 'symbols'],
    ['田中さんにあげて下さい', 'two-byte characters'],
    ['👨‍👩‍👦 family', 'an emoji joined by zero-width joiners'],
    ['(ﾉಥ益ಥ）ﾉ\ufeff ┻━┻', 'an emoticon with a byte order mark inside'],
    ['بولندا، الإطلاق عل', 'right-to-left script'],
    ["'; DROP TABLE users--", 'SQL'],
    ['{{7*7}} ${7*7} %s', 'template syntax'],
  ])('when a name is %j (%s) then it is accepted', (s) => {
    expect(refusal(s)).toBeNull();
  });

  it.each([
    ['', 'A name is required.'],
    [' padded ', 'A name cannot start or end with spaces.'],
    ['\u200b', 'A name needs at least one visible character.'],
    ['\u180e', 'A name needs at least one visible character.'],
    ['a\u0007b', 'A name cannot contain control characters or line breaks.'],
    ['a\u007fb', 'A name cannot contain control characters or line breaks.'],
    ['a\u0085b', 'A name cannot contain control characters or line breaks.'],
    ['a\u2028b', 'A name cannot contain control characters or line breaks.'],
    ['\u202atest\u202a', 'A name cannot contain invisible text-direction characters (U+202A–U+202E, U+2066–U+2069).'],
    ['\u2066test\u2067', 'A name cannot contain invisible text-direction characters (U+202A–U+202E, U+2066–U+2069).'],
    ['<script>', 'A name cannot contain < or >.'],
  ])('when a name is %j then it is refused with “%s”', (s, message) => {
    expect(refusal(s)).toEqual([message]);
  });
});
