/** decodeText: a text file's bytes read by their byte order mark, or refused with the first bad byte. */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/engine/model/text-decoding.ts';

const TEXT = '{"name": "Zürich € 😀", "line": "two\\nlines"}\n';
const utf16le = (s: string) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const utf16be = (s: string) => {
  const le = utf16le(s);
  return le.map((_, i) => le[i ^ 1]!);
};
const cat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it.each([
    ['UTF-8 without a mark', utf8(TEXT)],
    ['UTF-8 with a mark', cat([0xef, 0xbb, 0xbf], utf8(TEXT))],
    ['UTF-16LE with a mark', cat([0xff, 0xfe], utf16le(TEXT))],
    ['UTF-16BE with a mark', cat([0xfe, 0xff], utf16be(TEXT))],
  ])('when the text is saved as %s then it decodes to the same string, without the mark', (_, bytes) => {
    expect(decodeText(bytes)).toEqual({ ok: true, value: TEXT });
  });

  it('when the file is empty then it is the empty string (emptiness is for the caller to judge)', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, value: '' });
  });

  it.each([
    ['a Latin-1 é', cat(utf8('{"a": "caf'), [0xe9], utf8('"}')), /Byte 11 is not valid UTF-8/],
    ['a stray continuation byte', cat([0x41, 0x80]), /Byte 2 is not valid UTF-8/],
    ['an overlong slash', cat([0xc0, 0xaf]), /Byte 1 is not valid UTF-8/],
    ['an encoded surrogate', cat([0xed, 0xa0, 0x80]), /Byte 1 is not valid UTF-8/],
    ['a sequence cut at the end', cat(utf8('ok'), [0xe2, 0x82]), /Byte 3 is not valid UTF-8/],
    ['a code point past U+10FFFF', cat([0xf4, 0x90, 0x80, 0x80]), /Byte 1 is not valid UTF-8/],
    ['a mark after a UTF-8 mark and a bad byte', cat([0xef, 0xbb, 0xbf, 0xff]), /Byte 4 is not valid UTF-8/],
    ['UTF-16LE of odd length', cat([0xff, 0xfe], utf16le('{}'), [0x20]), /UTF-16LE .* odd number of bytes \(7\)/],
    ['UTF-16BE of odd length', cat([0xfe, 0xff, 0x00]), /UTF-16BE .* odd number of bytes \(3\)/],
    [
      'UTF-16LE with a lone high surrogate',
      cat([0xff, 0xfe], utf16le('a'), [0x3d, 0xd8], utf16le('b')),
      /Bytes 5–6 are not valid UTF-16LE/,
    ],
    ['UTF-16BE with a lone low surrogate', cat([0xfe, 0xff, 0xdc, 0x00]), /Bytes 3–4 are not valid UTF-16BE/],
  ])('when the bytes hold %s then it is refused, saying where', (_, bytes, reason) => {
    const r = decodeText(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('text.bad-encoding');
      expect(r.error.message).toMatch(reason);
    }
  });

  it('when bytes are random (fixed seed) then they are either refused or decoded, never thrown on', () => {
    let seed = 42;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: 1 + (n % 50) }, next);
      const r = decodeText(bytes);
      if (r.ok) expect(typeof r.value).toBe('string');
      else expect(r.error.code).toBe('text.bad-encoding');
    }
  });
});
