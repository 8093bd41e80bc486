/**
 * Text attachments (plain text, CSV, HTML, RTF's bytes) decoded as a reader would see them: a byte
 * order mark first (UTF-8, UTF-16 LE/BE), then the Content-Type's charset, then UTF-16 without a
 * mark recognised by its NUL bytes, then UTF-8 when the bytes are valid UTF-8, else Windows-1252
 * (which the WHATWG decoder also uses for ISO-8859-1). Never throws: a UTF-16 file is not turned
 * into NUL-riddled garbage, and a Latin-1 file keeps its accents.
 */
import { encodingByBom, firstInvalidUtf8 } from '../../model/text-decoding.ts';

// Windows-1252's 0x80–0x9F (0 = unassigned, kept as the C1 control). Decoded here because some Node
// releases' TextDecoder treats 'windows-1252' as ISO-8859-1 and turns € or “ ” into control characters.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];
const WINDOWS_1252 = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'ascii',
  'us-ascii',
  'iso_8859-1',
]);

/** Windows-1252 (the WHATWG reading of ISO-8859-1 and ASCII too). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || b : b));
    s += String.fromCharCode(...chunk);
  }
  return s;
}

/** The charset parameter of a Content-Type, lower-cased ('' when none). */
const charsetOf = (contentType: string): string => /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? '';

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  return out;
}

// TextDecoder's 'utf-16be' needs full ICU in some runtimes; swapping the bytes works everywhere.
const utf16 = (bytes: Uint8Array, bigEndian: boolean): string =>
  new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bigEndian ? swapPairs(bytes) : bytes);

/** 'le' or 'be' when the bytes look like UTF-16 without a mark (mostly ASCII: one byte of each pair is NUL). */
function guessUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.1) return 'le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.1) return 'be';
  return null;
}

function byLabel(bytes: Uint8Array, label: string): string | null {
  if (WINDOWS_1252.has(label)) return decodeWindows1252(bytes);
  if (label === 'utf-16be' || label === 'unicodefffe') return utf16(bytes, true);
  if (label === 'utf-16' || label === 'utf-16le' || label === 'ucs-2') return utf16(bytes, guessUtf16(bytes) === 'be');
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null; // a label the runtime does not know: fall back to sniffing
  }
}

/** The text of a text file's bytes; `contentType` may carry a charset. */
export function decodeTextBytes(bytes: Uint8Array, contentType = ''): string {
  const { encoding, bomLength } = encodingByBom(bytes);
  if (bomLength) {
    const body = bytes.subarray(bomLength);
    return encoding === 'UTF-8' ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(body) : utf16(body, encoding === 'UTF-16BE');
  }
  const charset = charsetOf(contentType);
  const labelled = charset ? byLabel(bytes, charset) : null;
  if (labelled !== null) return labelled;
  const guess = guessUtf16(bytes);
  if (guess) return utf16(bytes, guess === 'be');
  if (firstInvalidUtf8(bytes) < 0) return new TextDecoder('utf-8').decode(bytes);
  return decodeWindows1252(bytes);
}
