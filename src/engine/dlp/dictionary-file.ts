/**
 * Custom DLP dictionary term files (DLP Policy Manager > Advanced Settings > Custom DLP
 * Dictionaries): reading an imported text file — one term per line — and writing an export in
 * UTF-8 or ISO-8859-1, the two encodings the appliance offers. Pure: bytes in, terms or bytes out.
 * Every problem a learner can cause (an empty, huge or binary file, the wrong encoding, a term
 * Latin-1 cannot hold) is a value with a plain sentence, never an exception.
 */
import { firstInvalidUtf8 } from '../model/text-decoding.ts';

/** The encodings of Import / Export Dictionary. */
export type DictionaryEncoding = 'utf-8' | 'iso-8859-1';

/** The encodings with the labels the appliance shows. */
export const DICTIONARY_ENCODINGS: readonly { value: DictionaryEncoding; label: string }[] = [
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'iso-8859-1', label: 'ISO-8859-1' },
];

/** The largest term file accepted (1 MB). */
export const MAX_DICTIONARY_FILE_BYTES = 1024 * 1024;

/** The longest term, as the configuration schema allows it (counted, like the schema, in UTF-16 code units). */
export const MAX_TERM_LENGTH = 200;

/** What can be wrong with a term file, or with terms that must be written to one. */
export type DictionaryFileProblemCode = 'empty' | 'too-large' | 'binary' | 'utf-16' | 'not-utf-8' | 'term-too-long' | 'not-latin-1';

/** A problem with a sentence to show, and the offending lines when there are some. */
export interface DictionaryFileProblem {
  readonly code: DictionaryFileProblemCode;
  readonly message: string;
  readonly details?: readonly string[];
}

/** The outcome of reading or writing a term file. */
export type DictionaryFileResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: DictionaryFileProblem };

/** Terms cleaned up from lines of text: trimmed, blank lines and repeats dropped, first occurrence kept. */
export interface CleanTerms {
  readonly terms: string[];
  readonly blankLines: number;
  /** Each term that appeared more than once (listed once). */
  readonly duplicates: string[];
}

/** An imported file: its terms and what was done to read it, for the learner to review before Submit. */
export interface ImportedTerms extends CleanTerms {
  /** The encoding actually used (a UTF-8 byte order mark wins over the choice). */
  readonly encoding: DictionaryEncoding;
  readonly bom: boolean;
  readonly lineEndings: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
  /** Things worth knowing that did not stop the import. */
  readonly notes: string[];
}

const problem = (code: DictionaryFileProblemCode, message: string, details?: string[]): { ok: false; problem: DictionaryFileProblem } => ({
  ok: false,
  problem: details?.length ? { code, message, details } : { code, message },
});

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Splits text into lines on LF, CRLF or a lone CR; the break that ends the last line does not start another. */
function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Trims each line, drops blank lines and repeated terms (exact repeats: case sensitivity is chosen later). */
export function cleanTerms(lines: readonly string[]): CleanTerms {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const terms: string[] = [];
  let blankLines = 0;
  for (const line of lines) {
    const term = line.trim();
    if (!term) blankLines++;
    else if (seen.has(term)) repeated.add(term);
    else {
      seen.add(term);
      terms.push(term);
    }
  }
  return { terms, blankLines, duplicates: [...repeated] };
}

/** The terms of a text typed one per line (the form's Terms field). */
export const termsFromText = (text: string): CleanTerms => cleanTerms(splitLines(text));

/** Terms the configuration would refuse (too long), each named by its beginning. */
export function termProblems(terms: readonly string[]): string[] {
  return terms.flatMap((t) =>
    t.length > MAX_TERM_LENGTH ? [`“${t.slice(0, 24)}…” has ${t.length} characters; a term can have at most ${MAX_TERM_LENGTH}.`] : [],
  );
}

/** A content (Text Resources) dictionary line: a term, a tab and a weight. DLP dictionaries have no weights. */
const WEIGHTED = /^(.*\S)\t+-?\d+(?:\.\d+)?$/;

/** The terms with a content dictionary's trailing tab-and-weight removed (and repeats dropped again). */
export const stripWeights = (terms: readonly string[]): CleanTerms => cleanTerms(terms.map((t) => WEIGHTED.exec(t)?.[1] ?? t));

/** How many terms carry a content dictionary weight. */
export const weightedCount = (terms: readonly string[]): number => terms.filter((t) => WEIGHTED.test(t)).length;

/** File signatures of common binary formats, so the refusal can say what the file looks like. */
const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive or an Office document (.docx, .xlsx)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an older Office document (.doc, .xls)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
];

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

/** The line (1-based) that byte `offset` is on. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Why the bytes are not text, or null. Tabs, line and form feeds are text; a final Ctrl-Z (old DOS editors) is tolerated. */
function binaryReason(bytes: Uint8Array): string | null {
  const sig = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (sig) return `It looks like ${sig.what}.`;
  const end = bytes[bytes.length - 1] === 0x1a ? bytes.length - 1 : bytes.length;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f) {
      return `It contains the control byte 0x${b.toString(16).padStart(2, '0').toUpperCase()} on line ${lineAt(bytes, i)}.`;
    }
  }
  return null;
}

/** Latin-1 decoding: each byte is the code point of the same value (TextDecoder would treat the label as Windows-1252). */
function decodeLatin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

function lineEndings(text: string): ImportedTerms['lineEndings'] {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf && 'crlf', cr && 'cr', lf && 'lf'].filter(Boolean) as ('crlf' | 'cr' | 'lf')[];
  return kinds.length === 0 ? 'none' : kinds.length > 1 ? 'mixed' : kinds[0]!;
}

/** The refusal of a file of this many bytes, or null; checked before reading, so a huge file is never loaded. */
export function sizeProblem(size: number): DictionaryFileProblem | null {
  return size > MAX_DICTIONARY_FILE_BYTES
    ? { code: 'too-large', message: `The file is ${(size / 1024 / 1024).toFixed(1)} MB; a dictionary file can be at most 1 MB.` }
    : null;
}

/**
 * Reads an imported term file in the chosen encoding. Refuses an empty file, one over 1 MB, binary
 * content, UTF-16, bytes that are not UTF-8 when UTF-8 is chosen, and terms longer than the schema allows.
 */
export function parseDictionaryFile(bytes: Uint8Array, chosen: DictionaryEncoding): DictionaryFileResult<ImportedTerms> {
  const size = sizeProblem(bytes.length);
  if (size) return { ok: false, problem: size };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return problem('utf-16', 'The file is saved as UTF-16 (Unicode). Save it as UTF-8 or ISO-8859-1 text and import it again.');
  }
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  const notes: string[] = [];
  const binary = binaryReason(body);
  if (binary) return problem('binary', `The file is not a text file with one term per line. ${binary}`);

  let encoding = chosen;
  if (bom && chosen !== 'utf-8') {
    encoding = 'utf-8';
    notes.push('The file starts with a UTF-8 byte order mark, so it was read as UTF-8.');
  }
  let text: string;
  if (encoding === 'utf-8') {
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) {
      return problem(
        'not-utf-8',
        `The file is not valid UTF-8 (byte ${bad + (bom ? 4 : 1)}, line ${lineAt(body, bad)}). If it was saved as ISO-8859-1 (Latin-1), import it again with that encoding.`,
      );
    }
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  } else {
    text = decodeLatin1(body);
    if (body.some((b) => b >= 0x80) && firstInvalidUtf8(body) < 0) {
      notes.push('The file is also valid UTF-8: if terms show characters such as “Ã©” instead of “é”, import it again as UTF-8.');
    }
  }
  if (text.endsWith('\u001a')) text = text.slice(0, -1);

  const clean = termsFromText(text);
  if (clean.terms.length === 0) {
    return problem('empty', bytes.length === 0 ? 'The file is empty.' : 'The file contains no terms: every line is blank.');
  }
  const lines = splitLines(text);
  const long = lines.flatMap((l, i) => (l.trim().length > MAX_TERM_LENGTH ? [`Line ${i + 1}: ${l.trim().length} characters`] : []));
  if (long.length) {
    return problem(
      'term-too-long',
      `${plural(long.length, 'line is', 'lines are')} longer than ${MAX_TERM_LENGTH} characters; a term is a word or phrase. Is this a list of terms?`,
      long.slice(0, 5),
    );
  }
  const weighted = weightedCount(clean.terms);
  if (weighted) {
    notes.push(
      `${plural(weighted, 'term ends', 'terms end')} in a tab and a number, like a content dictionary's weights. DLP dictionary terms have no weights: remove them.`,
    );
  }
  return { ok: true, value: { ...clean, encoding, bom, lineEndings: lineEndings(text), notes } };
}

/** Code point as the appliance's documentation writes it, e.g. U+20AC. */
const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Writes terms one per line (LF, with a final newline) in the chosen encoding. ISO-8859-1 can hold
 * only U+0000–U+00FF: other characters are refused with the terms that hold them, never replaced.
 */
export function encodeDictionaryFile(terms: readonly string[], encoding: DictionaryEncoding): DictionaryFileResult<Uint8Array> {
  const text = terms.map((t) => `${t}\n`).join('');
  if (encoding === 'utf-8') return { ok: true, value: new TextEncoder().encode(text) };
  const outside: string[] = [];
  terms.forEach((term, i) => {
    const chars = [...new Set([...term].filter((c) => c.codePointAt(0)! > 0xff))];
    if (chars.length) outside.push(`Line ${i + 1} “${term}”: ${chars.map((c) => `${c} (${codePoint(c)})`).join(', ')}`);
  });
  if (outside.length) {
    return problem(
      'not-latin-1',
      `${plural(outside.length, 'term has', 'terms have')} characters that ISO-8859-1 cannot represent. Export as UTF-8, or edit the ${outside.length === 1 ? 'term' : 'terms'}.`,
      outside,
    );
  }
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return { ok: true, value: bytes };
}

/** A file name for a dictionary's export: the name with anything unusual in file names replaced, plus .txt. */
export function dictionaryFileName(name: string): string {
  const base = name.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[_.]+|_+$/g, '');
  return `${base || 'dictionary'}.txt`;
}
