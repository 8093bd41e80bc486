/** Hostile .eml files: each is refused with its own reason (never a thrown error, never a hang); real variants still read. */
import { describe, expect, it } from 'vitest';
import { MAX_MIME_DEPTH, parseEml } from '../../../src/engine/mailflow/mime.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const HEAD = 'From: a@example.com\r\nTo: b@example.com\r\nSubject: Hello\r\nMIME-Version: 1.0\r\n';
/** A message whose multiparts nest `depth` levels deep. */
const nested = (depth: number) => {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    open += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
    close = `--b${i}--\r\n${close}`;
  }
  return HEAD + open + 'Content-Type: text/plain\r\n\r\nVisa 4111 1111 1111 1111\r\n' + close;
};
const utf16le = (s: string, bom: boolean) => {
  const out = new Uint8Array((bom ? 2 : 0) + 2 * s.length);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) out.set([s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8], (bom ? 2 : 0) + 2 * i);
  return out;
};
let seed = 7;
const random = (n: number) => Uint8Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);

describe('hostile .eml files are refused with a reason', () => {
  it.each([
    ['empty', new Uint8Array(), 'mail.eml-empty', /empty/],
    ['one byte', enc('x'), 'mail.eml-broken', /No message headers/],
    ['4 KB of random bytes (fixed seed)', random(4096), 'mail.eml-broken', /No message headers/],
    ['NUL bytes', new Uint8Array(1000), 'mail.eml-broken', /No message headers/],
    ['UTF-16 without a byte order mark', utf16le(`${HEAD}\r\nbody\r\n`, false), 'mail.eml-broken', /No message headers/],
    ['text with no headers', enc('Hello,\r\nplease find the card below.\r\n'), 'mail.eml-broken', /No message headers/],
    ['headers only', enc(HEAD), 'mail.eml-broken', /headers but no body/],
    [
      'a postmark line then prose',
      enc('From a@example.com Thu Feb 22 11:20:31 2024\r\nHello there\r\n\r\nbody\r\n'),
      'mail.eml-broken',
      /No message headers/,
    ],
    [
      'a header name with a non-ASCII byte',
      Uint8Array.from([...enc('Sub'), 0xe9, ...enc('ject: x\r\n\r\nbody\r\n')]),
      'mail.eml-broken',
      /No message headers/,
    ],
    [
      'a C1 byte in a header name',
      Uint8Array.from([...enc('Sub'), 0x85, ...enc('ject: x\r\n\r\nbody\r\n')]),
      'mail.eml-broken',
      /No message headers/,
    ],
    ['10 MB of one line', enc('a'.repeat(10 * 1024 * 1024)), 'mail.eml-broken', /No message headers/],
    ['a multipart nested 500 deep', enc(nested(500)), 'mail.eml-too-deep', /more than 50 levels deep/],
    ['a multipart nested 10,000 deep', enc(nested(10_000)), 'mail.eml-too-deep', /more than 50 levels deep/],
    ['a multipart nested 51 deep', enc(nested(MAX_MIME_DEPTH + 1)), 'mail.eml-too-deep', /nested too deeply/],
    ['UTF-16 with a mark, cut short', utf16le(`${HEAD}\r\nbody`, true).subarray(0, 41), 'text.bad-encoding', /odd number of bytes/],
    ['21 MB', new Uint8Array(21 * 1024 * 1024), 'mail.too-large', /21\.0 MB/],
  ])('when the file is %s then it is refused as %s', async (_, bytes, code, reason) => {
    const r = await parseEml(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(reason);
    }
  });
});

describe('real variants still read', () => {
  it.each([
    ['plain UTF-8', enc(`${HEAD}\r\nbody\r\n`)],
    ['UTF-8 with a byte order mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...enc(`${HEAD}\r\nbody\r\n`)])],
    ['UTF-16LE with a byte order mark', utf16le(`${HEAD}\r\nbody\r\n`, true)],
    ['an mbox postmark line first', enc(`From a@example.com Thu Feb 22 11:20:31 2024\r\n${HEAD}\r\nbody\r\n`)],
    ['LF line ends', enc(`${HEAD}\r\nbody\r\n`.replace(/\r\n/g, '\n'))],
    ['headers and an empty body', enc(`${HEAD}\r\n`)],
  ])('when the message is %s then its headers and body are read', async (_, bytes) => {
    const r = await parseEml(bytes);
    expect(r).toMatchObject({ ok: true, value: { subject: 'Hello', to: ['b@example.com'] } });
  });

  it('when multiparts nest exactly to the limit then the innermost text is read', async () => {
    const r = await parseEml(enc(nested(MAX_MIME_DEPTH)));
    expect(r).toMatchObject({ ok: true, value: { text: expect.stringContaining('4111 1111 1111 1111') } });
  });
});
