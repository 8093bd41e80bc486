/**
 * The WebAssembly index pass against the TypeScript reference: on every kind of text, both give
 * the same tokens, links, shape bits and keys, keyword hits and punctuation triggers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/engine/dlp/classifiers/registry.ts';
import { KeywordTable } from '../../../src/engine/dlp/scan/keywords.ts';
import { indexTextJs } from '../../../src/engine/dlp/scan/text-index-js.ts';
import { indexTextWasm } from '../../../src/engine/dlp/scan/text-index-wasm.ts';
import { wasmScanner } from '../../../src/engine/dlp/scan/wasm/scanner-module.ts';
import { tokenShapes } from '../../../src/engine/dlp/scan/token-shapes.ts';
import { indexText, type TextIndex } from '../../../src/engine/dlp/scan/text-index.ts';
import { SEP_SPACE, shapeKey } from '../../../src/engine/dlp/scan/index-model.ts';
import { scanText } from '../../../src/engine/dlp/index.ts';
import { shapeInterest } from '../../../src/engine/dlp/scan/chain-shapes.ts';
import { generateCorpus } from '../../../bench/corpus.ts';

const keywords = registry().keywords;
const fields = ['tokStart', 'tokEnd', 'tokDigits', 'link', 'numberAt', 'hitPhrase', 'hitStart', 'hitEnd', 'at', 'colon'] as const;

/** The index as plain arrays (shape bits recomputed from the tokens for the reference). */
function plain(ix: TextIndex) {
  const shapes = ix.shapes ?? tokenShapes(ix);
  return {
    ...Object.fromEntries(fields.map((f) => [f, [...ix[f]]])),
    digitBits: [...shapes.digitBits],
    keys: [...shapes.keys],
    numberText: ix.numberText,
  };
}

function expectSame(text: string, table = keywords, from = 0, to = text.length): TextIndex {
  const wasm = indexTextWasm(text, table, from, to);
  expect(wasm, 'WebAssembly should be available in Node').not.toBeNull();
  expect(plain(wasm!)).toEqual(plain(indexTextJs(text, table, from, to)));
  return wasm!;
}

const emlDir = new URL('../../fixtures/corpus/eml/', import.meta.url);

describe('the WebAssembly index pass', () => {
  it('is available in Node (compiled from scanner.as.ts)', () => expect(wasmScanner()).not.toBeNull());

  // The module compares phrases as bytes: a phrase with an accent ("número de cuenta") would not
  // load, and every scan would fall back to the reference, several times slower.
  it('when the registry is loaded, then every phrase of its keyword table is ASCII', () => {
    const other = registry()
      .keywords.phrases.filter((p) => /[^\x00-\x7f]/.test(p.text))
      .map((p) => p.text);
    expect(other).toEqual([]);
  });

  // First, while the module's memory is still small: each longer text makes it grow.
  it('when the memory grows between two texts, then the next text is read from the new memory', () => {
    const before = wasmScanner()!.memory.buffer.byteLength;
    expectSame('ssn 078-05-1120');
    expectSame(`${'account 1234 '.repeat(5_000)}ssn 078-05-1120`);
    expectSame('card 4111 1111 1111 1111');
    expectSame(`${'x 99 '.repeat(40_000)}`);
    expectSame('ssn 078-05-1120 é');
    expect(wasmScanner()!.memory.buffer.byteLength).toBeGreaterThan(before);
  });

  it('when given the benchmark corpus, then it finds what the reference finds', () => {
    const ix = expectSame(generateCorpus(300_000, 7));
    expect(ix.tokStart.length).toBeGreaterThan(3000);
    expect(ix.hitPhrase.length).toBeGreaterThan(2000);
  });

  it('when given every real message of the corpus, then it finds what the reference finds', () => {
    const files = readdirSync(emlDir).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expectSame(readFileSync(new URL(f, emlDir), 'latin1'));
  });

  it('when given every labelled detection case, then it finds what the reference finds', () => {
    const cases = JSON.parse(readFileSync(new URL('../../fixtures/corpus/presidio-cases.json', import.meta.url), 'utf8')) as {
      text: string;
    }[];
    expectSame(cases.map((c) => c.text).join('\n'));
  });

  it.each([
    ['empty', ''],
    ['a token at the very end', 'card 4111111111111111'],
    ['runs across 64-byte blocks', `${'x'.repeat(60)}account 1234${'y'.repeat(61)} 5678 ssn`],
    ['a text of exactly 64 characters ending in a token', `${'a '.repeat(30)}1234`],
    ['a text of exactly 128 characters ending in a word', `${'b '.repeat(60)}account1 account`],
    [
      'identifiers of several words',
      'routingNumber NHSNumber accountNumberType socialSecurityNumber ni_number iPhone ALLCAPS SSNs x\\nPassport MasterCard nhsNo abcDe1Fg',
    ],
    ['an identifier across 64-byte blocks', `${'z'.repeat(60)}routingNumber ${'q'.repeat(50)}socialSecurity${'Number'.repeat(20)}`],
    ['an identifier at the very end', 'see accountNumber'],
    ['a token of 70 characters', `id ${'7'.repeat(70)} end`],
    ['a word of 70 letters and words over 16 letters', `${'q'.repeat(70)} confidentiality confidentialityx pharmaceuticals`],
    ['case and underscores', 'ACCOUNT Number: 123_account_SSN 45 _ssn_ a_b'],
    ["words sharing an anchor's first eight letters and length", 'beneficiarx BENEFICIARY beneficiary beneficiaryy'],
    ['multi-word, prefixed and case-sensitive phrases', 'account  number\n12; #include <x>; dl#9 Social\r\nSecurity for internal use only'],
    ['separators between tokens', '1 2-3.4/5\t6\n7\r\n8  9,10\u00a011'],
    ['non-ASCII text', 'Numéro de compte: 12345678 — ssn 078-05-1120 ☎ (415) 555-0100 😀 account\u00a0number 99'],
    ['a lone surrogate', 'x \ud800 1234 account'],
    ['emails and IPv6', 'mail a.b@example.com at fe80::1 and 2001:db8::ff00:42:8329'],
  ])('when given %s, then it finds what the reference finds', (_name, text) => {
    expectSame(text);
  });

  it('when long texts mix ASCII with other code units at every offset, then it finds what the reference finds', () => {
    // The module narrows the UTF-8 sixteen ASCII bytes at a time: non-ASCII at every alignment.
    const others = ['\u00a0', '§', '«', 'é', '\u00ff', '\u0100', '’', '\u2014', '中', '😀', '\ud800', '\udc00', '\uffff'];
    let seed = 5;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let round = 0; round < 40; round++) {
      let text = generateCorpus(300 + next(3000), round + 1);
      for (let k = next(40); k > 0; k--) {
        const at = next(text.length + 1);
        text = text.slice(0, at) + others[next(others.length)] + text.slice(at);
      }
      expectSame(text);
    }
  });

  it('when short texts (written by a loop, not encodeInto) hold other code units at many offsets, then it finds what the reference finds', () => {
    const others = ['\u00a0', 'é', '\u0100', '’', '中', '😀', '\ud800', '\udc00'];
    const base = 'ssn 078-05-1120 account 4111 1111 1111 1111 a@b.io fe80::1 card 12';
    for (let length = 1; length <= 70; length++)
      for (const other of others)
        for (let at = 0; at < length; at += 1 + (length >> 3)) {
          const text = (base.slice(0, at) + other + base.slice(at)).slice(0, length);
          expectSame(text);
          expectSame(`${base} ${text} ${base}`, keywords, base.length + 1, base.length + 1 + text.length);
        }
  });

  it('when given a range, then offsets are in the whole text and nothing outside is found', () => {
    const text = 'ssn 111 | account 222 333 | 444 ssn';
    const ix = expectSame(text, keywords, 6, 27);
    expect([...ix.tokStart].every((s) => s >= 6 && s < 27)).toBe(true);
  });

  it('when a run is longer than the one-call chunk, then it is still one token', () => {
    const text = `${'8'.repeat(1_100_000)}a 12 account`;
    const ix = expectSame(text);
    expect(ix.tokEnd[0] - ix.tokStart[0]).toBe(1_100_001);
  });

  it('when a text spans several chunks, then tokens are linked across the chunk boundary', () => {
    const text = `${'word '.repeat(209_715)}123 45 account 6789 `.repeat(2);
    expectSame(text);
  });

  // The module is given at most 1 MB at a time (CHUNK in text-index-wasm.ts).
  const CHUNK = 1 << 20;

  it('when the module lists the tokens of each shape set, then the lists are those the shape keys give', () => {
    const text = generateCorpus(300_000, 11);
    scanText(text); // every classifier has made its shape sets
    const ix = indexTextWasm(text, keywords)!;
    const { sets, interest } = shapeInterest();
    expect(ix.starts!.sets).toBe(sets);
    const { keys } = tokenShapes(ix);
    for (let t = 0; t < sets; t++) {
      const expected = [...keys.keys()].filter((i) => (interest[keys[i]] & (1 << t)) !== 0);
      expect([...ix.starts!.tokens.slice(ix.starts!.at[t], ix.starts!.at[t + 1])]).toEqual(expected);
    }
    expect(ix.starts!.tokens.length).toBeGreaterThan(1000);
  });

  it('when a grouped number straddles the chunk boundary, then its chain shape spans both chunks', () => {
    // The boundary falls after "4111 ": the first group ends one chunk, the other three start the next.
    const text = `${'q'.repeat(CHUNK - 7)} 4111 1111 1111 1111 x`;
    const ix = expectSame(text);
    expect(ix.shapes!.keys[0]).toBe(shapeKey(4, 4, SEP_SPACE, 4));
    expect(scanText(text, { classifiers: ['credit-card'] }).map((f) => f.text)).toEqual(['4111 1111 1111 1111']);
  });

  it('when a phrase runs past the bytes the module was given, then it is settled on the whole text', () => {
    const text = `${'q'.repeat(CHUNK - 10)} account  number 1234`;
    const ix = expectSame(text);
    const phrases = registry().keywords.phrases;
    expect([...ix.hitPhrase].map((id) => phrases[id].text)).toContain('account number');
  });

  it("when a phrase's prefix is before the bytes the module was given, then it is settled on the whole text", () => {
    const text = `${'q'.repeat(CHUNK - 2)} #include <stdio.h>`;
    const ix = expectSame(text);
    const phrases = registry().keywords.phrases;
    expect([...ix.hitPhrase].map((id) => phrases[id].text)).toContain('#include');
  });

  it('when phrase hits outnumber the room first given, then the module is given more and scans again', () => {
    const table = new KeywordTable();
    for (const p of ['z', 'z z', 'z z z']) table.add(p);
    table.seal();
    const ix = expectSame('z '.repeat(5000), table);
    expect(ix.hitPhrase.length).toBe(5000 + 4999 + 4998);
  });

  it('when a keyword table does not fit the module, then the TypeScript pass serves it, and the next table loads again', () => {
    const huge = new KeywordTable();
    for (let i = 0; i < 5000; i++) huge.add(`w${i.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)])}x`);
    huge.seal();
    const text = `ssn 123 ${huge.phrases[4321].text} 456`;
    expect(indexTextWasm(text, huge)).toBeNull();
    const ix = indexText(text, huge);
    expect([...ix.hitPhrase]).toEqual([4321]);
    expectSame('account 42');
  });

  it('when phrases differ from the text in whitespace, case or punctuation, then the eight-bytes-at-a-time check agrees with the reference', () => {
    // Texts and phrases over a small alphabet where whitespace runs, tabs and carriage returns
    // (which fold to ")" and "-" if folded blindly) meet the phrases at every position.
    const table = new KeywordTable();
    const phrases = ['a -b', 'a )b', 'ab cd', 'ab cd ef gh', 'abcdefghij k', 'a b', 'ab -', 'for internal use only'];
    for (const p of phrases) table.add(p);
    table.add('Ab Cd', true);
    table.seal();
    let seed = 5;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 8) % n;
    const alphabet = ['a', 'A', 'b', 'B', 'c', 'd', 'C', 'e', 'f', 'g', 'h', ' ', ' ', '  ', '\t', '\r', '\r\n', '\n', '-', ')', 'k'];
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 40 }, () => alphabet[random(alphabet.length)]).join('');
      expectSame(`${text} a \r-b a\t)b AB  CD ab\tcd Ab Cd aB cD for\tinternal use only for intern`, table);
    }
    const ix = expectSame('a \r-b | a  )b | ab\tcd | AB CD | Ab Cd | ab cd ef  gh | abcdefghij\tk | for  internal use only', table);
    expect([...ix.hitPhrase].map((id) => table.phrases[id].text)).toEqual([
      'a -b',
      'a )b',
      'ab cd',
      'ab cd',
      'ab cd',
      'Ab Cd',
      'ab cd',
      'ab cd ef gh',
      'abcdefghij k',
      'for internal use only',
    ]);
  });

  it('when another keyword table is used, then the module loads it and back again', () => {
    const other = new KeywordTable();
    other.add('zebra crossing');
    other.add('Quokka', true);
    other.seal();
    const text = 'a zebra  crossing, quokka, Quokka and account 42';
    const ix = expectSame(text, other);
    expect([...ix.hitPhrase].length).toBe(2);
    expectSame(text);
  });
});
