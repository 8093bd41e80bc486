/**
 * What a share link carries in its fragment (`#/share?c=PAYLOAD`): a configuration export, or a
 * scenario and a tutorial lesson. PAYLOAD is a format number, a dot, then the JSON compressed as a
 * zlib stream (deflate with an Adler-32 checksum of the JSON) in base64url — so `1.eNq…`, which any
 * zlib tool can read.
 *
 * Opening a link reads it in stages — length, format number, alphabet, base64url, zlib header,
 * inflation (stopped as soon as the output passes its limit, so a small link cannot expand into a
 * huge document), checksum, UTF-8, depth, JSON, shape — and stops at the first that fails with
 * a specific message. The checksum catches a link cut short or altered by hand or by a mail client;
 * it is not a signature (a static site has no secret to sign with): whatever a link carries is then
 * checked like an import file and shown before anything changes, and nothing in it is ever run.
 */
import { Inflate, zlibSync } from 'fflate';
import { depthError, textDepthProblem } from '../config/json-depth.ts';
import { jsonPath } from '../config/paths.ts';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../encryption/bytes.ts';
import { fail, ok, type Issue, type Result } from '../errors.ts';

/** The format number this simulator writes and reads. */
export const SHARE_FORMAT = 1;
/** The longest payload read: far above a configuration's link (a few kB), far below what strains a browser. */
export const MAX_SHARE_CHARS = 64 * 1024;
/** The most JSON a payload may inflate to; inflation stops there. */
export const MAX_SHARE_JSON_BYTES = 1024 * 1024;
/** Input handed to the inflater at a time: deflate expands at most ~1,032 to 1, so each step's output stays small. */
const INFLATE_STEP = 1024;

/** What a link shares. A configuration is the export document, still unchecked: it is validated as an import when opened. */
export type SharedState =
  | { readonly kind: 'config'; readonly export: unknown }
  | { readonly kind: 'scenario'; readonly scenario: string; readonly lesson: string | null };

/** A shared configuration as an import reads it: the export file's text. */
export const sharedConfigText = (s: Extract<SharedState, { kind: 'config' }>): string => `${JSON.stringify(s.export, null, 2)}\n`;

/** The payload of a link sharing `state`. */
export function encodeShare(state: SharedState): string {
  const bytes = zlibSync(utf8(JSON.stringify(state)), { level: 9 });
  return `${SHARE_FORMAT}.${toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** Reads a link's payload; a refusal says which stage failed and how. */
export function decodeShare(payload: string): Result<SharedState> {
  if (payload === '') return fail('share.empty');
  if (payload.length > MAX_SHARE_CHARS) {
    return fail('share.too-large', undefined, `It carries ${kb(payload.length)} of data; the limit is ${kb(MAX_SHARE_CHARS)}.`);
  }
  const head = /^(\d{1,6})\./.exec(payload);
  if (!head) return fail('share.damaged', undefined, 'It does not start with a format number and a dot (such as “1.”).');
  if (Number(head[1]) !== SHARE_FORMAT) {
    return fail('share.unknown-version', undefined, `The link is format ${Number(head[1])}; this simulator reads format ${SHARE_FORMAT}.`);
  }
  const data = payload.slice(head[0].length);
  const stray = /[^A-Za-z0-9_-]/.exec(data);
  if (stray) {
    return fail(
      'share.damaged',
      undefined,
      `It contains “${stray[0]}” (character ${head[0].length + stray.index + 1}), which a share link never has.`,
    );
  }
  const bytes =
    data.length % 4 === 1
      ? null
      : fromBase64(
          data
            .replace(/-/g, '+')
            .replace(/_/g, '/')
            .padEnd(Math.ceil(data.length / 4) * 4, '='),
        );
  if (!bytes || bytes.length < 6) return fail('share.damaged', undefined, 'Its data ends too early.');
  if (!zlibHeader(bytes)) return fail('share.damaged', undefined, 'Its data is not compressed the way this simulator writes it.');
  const inflated = inflateAtMost(bytes.subarray(2, -4), MAX_SHARE_JSON_BYTES);
  if (inflated === 'too-large') {
    return fail('share.too-large', undefined, `It expands to more than ${kb(MAX_SHARE_JSON_BYTES)}; a configuration is far smaller.`);
  }
  if (inflated === 'broken') return fail('share.damaged', undefined, 'Its compressed data is broken.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (adler32(inflated) !== view.getUint32(bytes.length - 4)) {
    return fail('share.damaged', undefined, 'Its checksum does not match what it carries.');
  }
  let text: string;
  try {
    text = fromUtf8(inflated);
  } catch {
    return fail('share.damaged', undefined, 'Its contents are not readable text.');
  }
  const deep = textDepthProblem(text);
  if (deep) return depthError(deep);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return fail('share.not-share', undefined, 'Its contents are not JSON.');
  }
  return readState(doc);
}

/** The shared state in a decoded document, or every problem with its shape. */
function readState(doc: unknown): Result<SharedState> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return fail('share.not-share', [{ path: '$', message: 'Not an object.' }]);
  const d = doc as Record<string, unknown>;
  const issues: Issue[] = [];
  const only = (keys: readonly string[]) => {
    for (const k of Object.keys(d)) if (!keys.includes(k)) issues.push({ path: jsonPath([k]), message: `Unknown field “${k}”.` });
  };
  if (d.kind === 'config') {
    only(['kind', 'export']);
    if (typeof d.export !== 'object' || d.export === null || Array.isArray(d.export)) {
      issues.push({ path: '$.export', message: 'Missing, or not a configuration export (an object).' });
    }
    return issues.length ? fail('share.not-share', issues) : ok({ kind: 'config', export: d.export });
  }
  if (d.kind === 'scenario') {
    only(['kind', 'scenario', 'lesson']);
    if (typeof d.scenario !== 'string' || !ID.test(d.scenario))
      issues.push({ path: '$.scenario', message: 'Missing, or not a scenario id.' });
    if (d.lesson !== null && (typeof d.lesson !== 'string' || !ID.test(d.lesson))) {
      issues.push({ path: '$.lesson', message: 'Not a lesson id (or null for none).' });
    }
    return issues.length
      ? fail('share.not-share', issues)
      : ok({ kind: 'scenario', scenario: d.scenario as string, lesson: d.lesson as string | null });
  }
  return fail('share.not-share', [{ path: '$.kind', message: 'Expected "config" or "scenario".' }]);
}

/** Scenario and lesson ids: lower-case words joined by hyphens. */
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

const kb = (n: number): string => `${Math.ceil(n / 1024)} kB`;

/** A zlib header without a preset dictionary (RFC 1950: method 8, window ≤ 32 kB, check bits). */
const zlibHeader = (b: Uint8Array): boolean => (b[0]! & 15) === 8 && b[0]! >> 4 <= 7 && ((b[0]! << 8) | b[1]!) % 31 === 0 && !(b[1]! & 32);

/** Inflates raw deflate data a step at a time, stopping as soon as the output passes `limit`. */
function inflateAtMost(data: Uint8Array, limit: number): Uint8Array | 'too-large' | 'broken' {
  const parts: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > limit) throw new TooLarge();
    parts.push(chunk);
    ended ||= final;
  });
  try {
    for (let at = 0; at < data.length; at += INFLATE_STEP) {
      inflater.push(data.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= data.length);
    }
  } catch (e) {
    return e instanceof TooLarge ? 'too-large' : 'broken';
  }
  if (!ended) return 'broken';
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

class TooLarge extends Error {}

/** The Adler-32 checksum a zlib stream ends with. */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length;) {
    // 5,552 bytes is the most that can be summed before the modulo without exceeding 2^32.
    for (const end = Math.min(i + 5552, bytes.length); i < end; i++) b += a += bytes[i]!;
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}
