/** Custom DLP dictionary term files: reading imports (BOM, line endings, repeats, refusals) and writing exports. */
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../../src/engine/model/text-decoding.ts';
import {
  cleanTerms,
  dictionaryFileName,
  encodeDictionaryFile,
  MAX_DICTIONARY_FILE_BYTES,
  parseDictionaryFile,
  stripWeights,
  termProblems,
  termsFromText,
  type DictionaryEncoding,
} from '../../../src/engine/dlp/dictionary-file.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => Uint8Array.from(b);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const BOM = bytes(0xef, 0xbb, 0xbf);

function parsed(b: Uint8Array, encoding: DictionaryEncoding = 'utf-8') {
  const r = parseDictionaryFile(b, encoding);
  if (!r.ok) throw new Error(`expected a successful import, got ${r.problem.code}: ${r.problem.message}`);
  return r.value;
}

function refused(b: Uint8Array, encoding: DictionaryEncoding = 'utf-8') {
  const r = parseDictionaryFile(b, encoding);
  if (r.ok) throw new Error(`expected a refusal, got terms ${JSON.stringify(r.value.terms)}`);
  return r.problem;
}

describe('parseDictionaryFile: reading terms', () => {
  it('when the file has one term per line, then each line is a term in file order', () => {
    const v = parsed(utf8('Project Falcon\nProject Osprey\nCodename Kestrel\n'));
    expect(v.terms).toEqual(['Project Falcon', 'Project Osprey', 'Codename Kestrel']);
    expect(v.lineEndings).toBe('lf');
    expect(v.bom).toBe(false);
    expect(v.notes).toEqual([]);
  });

  it('when the file starts with a UTF-8 byte order mark, then the mark is not part of the first term', () => {
    const v = parsed(concat(BOM, utf8('Straße\nCafé\n')));
    expect(v.terms).toEqual(['Straße', 'Café']);
    expect(v.bom).toBe(true);
  });

  it('when the file has a UTF-8 byte order mark but ISO-8859-1 was chosen, then it is read as UTF-8 and a note says so', () => {
    const v = parsed(concat(BOM, utf8('Café\n')), 'iso-8859-1');
    expect(v.terms).toEqual(['Café']);
    expect(v.encoding).toBe('utf-8');
    expect(v.notes.join(' ')).toContain('byte order mark');
  });

  it.each([
    ['CRLF (Windows)', 'alpha\r\nbeta\r\ngamma\r\n', 'crlf'],
    ['lone CR (classic Mac)', 'alpha\rbeta\rgamma', 'cr'],
    ['mixed', 'alpha\r\nbeta\ngamma', 'mixed'],
    ['no line break at all', 'alpha', 'none'],
  ] as const)('when lines end in %s, then no carriage return is left in a term', (_, text, endings) => {
    const v = parsed(utf8(text));
    expect(v.terms.every((t) => !t.includes('\r'))).toBe(true);
    expect(v.lineEndings).toBe(endings);
    expect(v.terms[0]).toBe('alpha');
  });

  it('when lines are blank or only spaces, then they are dropped and counted', () => {
    const v = parsed(utf8('\n  alpha  \n\n   \n\tbeta\n\n'));
    expect(v.terms).toEqual(['alpha', 'beta']);
    expect(v.blankLines).toBe(4);
  });

  it('when a term repeats, then the first occurrence is kept and the repeat reported once', () => {
    const v = parsed(utf8('alpha\nbeta\nalpha\n alpha \nbeta\nAlpha\n'));
    expect(v.terms).toEqual(['alpha', 'beta', 'Alpha']);
    expect(v.duplicates).toEqual(['alpha', 'beta']);
  });

  it('when an ISO-8859-1 file is imported as ISO-8859-1, then each byte is its Latin-1 character (not Windows-1252)', () => {
    const v = parsed(bytes(0x43, 0x61, 0x66, 0xe9, 0x0a, 0x80, 0x41), 'iso-8859-1');
    expect(v.terms).toEqual(['Café', '\u0080A']);
    expect(v.encoding).toBe('iso-8859-1');
  });

  it('when a UTF-8 file with accents is imported as ISO-8859-1, then a note warns about garbled characters', () => {
    const v = parsed(utf8('Café\n'), 'iso-8859-1');
    expect(v.terms).toEqual(['CafÃ©']);
    expect(v.notes.join(' ')).toContain('also valid UTF-8');
  });

  it('when terms carry a content dictionary weight, then a note says so and stripWeights removes them', () => {
    const v = parsed(utf8('alpha\t1\nbeta\t2.5\ngamma\n'));
    expect(v.terms).toEqual(['alpha\t1', 'beta\t2.5', 'gamma']);
    expect(v.notes.join(' ')).toContain('2 terms end in a tab and a number');
    expect(stripWeights(v.terms).terms).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('when the file ends in a DOS end-of-file mark (Ctrl-Z), then it is ignored', () => {
    expect(parsed(concat(utf8('alpha\nbeta\n'), bytes(0x1a))).terms).toEqual(['alpha', 'beta']);
  });
});

describe('parseDictionaryFile: refusals', () => {
  it('when the file is empty, then it is refused', () => {
    expect(refused(new Uint8Array()).code).toBe('empty');
  });

  it.each([
    ['only blank lines', utf8('\n\r\n   \n')],
    ['only a byte order mark', BOM],
  ])('when the file has %s, then it is refused as having no terms', (_, b) => {
    const p = refused(b);
    expect(p.code).toBe('empty');
    expect(p.message).toContain('no terms');
  });

  it('when the file is larger than 1 MB, then it is refused with its size', () => {
    const p = refused(new Uint8Array(MAX_DICTIONARY_FILE_BYTES + 1).fill(0x61));
    expect(p.code).toBe('too-large');
    expect(p.message).toContain('at most 1 MB');
  });

  it('when the file is exactly 1 MB of terms, then it is accepted', () => {
    const line = utf8('term\n');
    const b = new Uint8Array(MAX_DICTIONARY_FILE_BYTES);
    for (let i = 0; i + line.length <= b.length; i += line.length) b.set(line, i);
    b.fill(0x0a, b.length - (b.length % line.length));
    expect(parsed(b).terms).toEqual(['term']);
  });

  it.each([
    ['a PDF', concat(utf8('%PDF-1.7\n'), bytes(0x25, 0xe2, 0xe3)), 'PDF document'],
    ['a .docx (ZIP)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'Office document'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'PNG image'],
    ['a NUL byte', concat(utf8('alpha\nbe'), bytes(0x00), utf8('ta\n')), 'control byte 0x00 on line 2'],
    ['an escape byte', concat(utf8('alpha\n'), bytes(0x1b), utf8('[0m\n')), 'control byte 0x1B on line 2'],
  ])('when the file is binary (%s), then it is refused saying why', (_, b, why) => {
    const p = refused(b);
    expect(p.code).toBe('binary');
    expect(p.message).toContain(why);
  });

  it.each([
    ['little-endian', bytes(0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00)],
    ['big-endian', bytes(0xfe, 0xff, 0x00, 0x61, 0x00, 0x0a)],
  ])('when the file is UTF-16 (%s), then it is refused with the fix', (_, b) => {
    const p = refused(b);
    expect(p.code).toBe('utf-16');
    expect(p.message).toContain('Save it as UTF-8');
  });

  it('when UTF-8 is chosen for a Latin-1 file, then it is refused with the byte, the line and the other encoding to try', () => {
    const p = refused(bytes(0x61, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a));
    expect(p.code).toBe('not-utf-8');
    expect(p.message).toContain('byte 6, line 2');
    expect(p.message).toContain('ISO-8859-1');
  });

  it('when a line is longer than a term can be, then the file is refused naming the line', () => {
    const p = refused(utf8(`alpha\n${'x'.repeat(201)}\n`));
    expect(p.code).toBe('term-too-long');
    expect(p.details).toEqual(['Line 2: 201 characters']);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII', utf8('plain'), -1],
    ['accents, CJK and emoji', utf8('é 漢 😀'), -1],
    ['a lone continuation byte', bytes(0x61, 0x80), 1],
    ['an overlong slash', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a value past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a truncated sequence', bytes(0x61, 0xe2, 0x82), 1],
  ])('when the bytes are %s, then the first invalid offset is %#', (_, b, at) => {
    expect(firstInvalidUtf8(b)).toBe(at);
  });
});

describe('encodeDictionaryFile', () => {
  it('when exporting as UTF-8, then terms are written one per line with LF and no byte order mark', () => {
    const r = encodeDictionaryFile(['Straße', 'Café', '漢字'], 'utf-8');
    expect(r.ok && new TextDecoder().decode(r.value)).toBe('Straße\nCafé\n漢字\n');
    expect(r.ok && [...r.value.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
  });

  it('when exporting Latin-1 text as ISO-8859-1, then each character is one byte', () => {
    const r = encodeDictionaryFile(['Café', 'Straße', '±5 µg'], 'iso-8859-1');
    expect(r.ok && [...r.value]).toEqual([
      0x43, 0x61, 0x66, 0xe9, 0x0a, 0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x0a, 0xb1, 0x35, 0x20, 0xb5, 0x67, 0x0a,
    ]);
  });

  it('when a term has a character outside Latin-1, then ISO-8859-1 export is refused naming the line, the term and the characters', () => {
    const r = encodeDictionaryFile(['Café', 'Price €5', '漢字 😀', 'plain'], 'iso-8859-1');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe('not-latin-1');
    expect(r.problem.message).toContain('2 terms have characters that ISO-8859-1 cannot represent');
    expect(r.problem.details).toEqual(['Line 2 “Price €5”: € (U+20AC)', 'Line 3 “漢字 😀”: 漢 (U+6F22), 字 (U+5B57), 😀 (U+1F600)']);
  });

  it.each(['utf-8', 'iso-8859-1'] as const)('when a %s export is imported again, then the terms are the same', (encoding) => {
    const terms = ['Project Falcon', 'Café crème', 'Straße', 'naïve'];
    const r = encodeDictionaryFile(terms, encoding);
    expect(r.ok && parsed(r.value, encoding).terms).toEqual(terms);
  });
});

describe('terms typed in the form and file names', () => {
  it('when terms are typed with blank lines, repeats and CRLF, then the same clean-up applies as on import', () => {
    expect(termsFromText('a\r\n\r\nb\na\n')).toEqual({ terms: ['a', 'b'], blankLines: 1, duplicates: ['a'] });
    expect(cleanTerms([' x ', 'x'])).toEqual({ terms: ['x'], blankLines: 0, duplicates: ['x'] });
  });

  it('when a term is longer than 200 characters, then it is reported by its beginning', () => {
    expect(termProblems(['ok', 'y'.repeat(201)])).toEqual([`“${'y'.repeat(24)}…” has 201 characters; a term can have at most 200.`]);
  });

  it.each([
    ['Project Codenames', 'Project_Codenames.txt'],
    ['Ärzte/Kliniken', 'Ärzte_Kliniken.txt'],
    ['...', 'dictionary.txt'],
  ])('when the dictionary is named %s, then the export is %s', (name, file) => {
    expect(dictionaryFileName(name)).toBe(file);
  });
});
