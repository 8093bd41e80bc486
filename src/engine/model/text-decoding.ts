/**
 * Decoding a text file's bytes by its byte order mark: UTF-8 (with or without a BOM), UTF-16LE and
 * UTF-16BE. One function for every place that reads a user's file as text (configuration import in
 * the browser and the command line, .eml files), so a file saved as UTF-16 by a Windows editor is
 * read as what it says rather than as garbage that happens to parse, and bytes that are not text
 * are refused with the position of the first bad byte.
 */
import { fail, ok, type Result } from '../errors.ts';

/** The encodings a text file is read in, named as the error messages name them. */
export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

/** The encoding a file's first bytes announce, and how many bytes the mark takes (UTF-8 without a mark: 0). */
export function encodingByBom(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'UTF-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'UTF-16LE', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'UTF-16BE', bomLength: 2 };
  return { encoding: 'UTF-8', bomLength: 0 };
}

/** Decodes a text file's bytes by its byte order mark (none = UTF-8); the mark is not part of the text. */
export function decodeText(bytes: Uint8Array): Result<string> {
  const { encoding, bomLength } = encodingByBom(bytes);
  const body = bytes.subarray(bomLength);
  if (encoding === 'UTF-8') {
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) {
      return fail('text.bad-encoding', undefined, `Byte ${bad + bomLength + 1} is not valid UTF-8; save the file as UTF-8 text.`);
    }
    return ok(new TextDecoder('utf-8', { ignoreBOM: true }).decode(body));
  }
  if (body.length % 2 !== 0) {
    return fail(
      'text.bad-encoding',
      undefined,
      `It is marked as ${encoding} but has an odd number of bytes (${bytes.length}), so it is cut short.`,
    );
  }
  // TextDecoder's 'utf-16be' label needs full ICU; swapping the bytes keeps one code path on every runtime.
  const little = encoding === 'UTF-16LE' ? body : swapPairs(body);
  const bad = firstUnpairedSurrogate(little);
  if (bad >= 0)
    return fail('text.bad-encoding', undefined, `Bytes ${bad + bomLength + 1}–${bad + bomLength + 2} are not valid ${encoding}.`);
  return ok(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(little));
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  return out;
}

/** Offset of the first code unit that is a surrogate without its partner, or -1 (little-endian input). */
function firstUnpairedSurrogate(le: Uint8Array): number {
  for (let i = 0; i < le.length; i += 2) {
    const unit = le[i]! | (le[i + 1]! << 8);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 2 < le.length ? le[i + 2]! | (le[i + 3]! << 8) : 0;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return i;
  }
  return -1;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // [continuation bytes, lowest and highest second byte]: the narrow ranges exclude overlongs, surrogates and values past U+10FFFF.
    const [n, lo, hi] =
      b >= 0xc2 && b <= 0xdf
        ? [1, 0x80, 0xbf]
        : b === 0xe0
          ? [2, 0xa0, 0xbf]
          : b === 0xed
            ? [2, 0x80, 0x9f]
            : b >= 0xe1 && b <= 0xef
              ? [2, 0x80, 0xbf]
              : b === 0xf0
                ? [3, 0x90, 0xbf]
                : b === 0xf4
                  ? [3, 0x80, 0x8f]
                  : b >= 0xf1 && b <= 0xf3
                    ? [3, 0x80, 0xbf]
                    : [0, 0, 0];
    if (n === 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}
