/**
 * Byte helpers shared by the envelope code: UTF-8, base64 (without Node's Buffer, so the same code
 * runs in the worker) and concatenation.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes of a string. */
export const utf8 = (s: string): Uint8Array => encoder.encode(s);

/** The string of UTF-8 bytes; throws on invalid UTF-8 (callers treat that as a damaged envelope). */
export const fromUtf8 = (b: Uint8Array): string => decoder.decode(b);

/** Base64 of bytes (chunked, because String.fromCharCode(...big) overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Bytes of a base64 string, or null when it is not canonical base64. */
export function fromBase64(s: string): Uint8Array | null {
  if (!BASE64.test(s)) return null;
  const binary = atob(s);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The bytes of several arrays, one after the other. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A copy backed by a plain ArrayBuffer, as WebCrypto's typings require. */
export const plainBytes = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b);
