/**
 * Reading ZIP archives safely: the central directory is read first (names, sizes, flags), each
 * member is inflated on its own: in one call when even deflate's largest expansion of it fits the
 * message's expansion budget, else with fflate's streaming inflater, which stops at the budget
 * whatever the directory claims. Password-protected members are reported, not
 * guessed at. ZIP64 archives (over 4 GB or 65 535 members) are refused: no message carries one.
 */
import { Inflate, inflateSync } from 'fflate';
import { Encrypted, TooLargeExpanded, type ExpansionBudget } from './limits.ts';

/** One file in an archive, as its central directory describes it. */
export interface ZipMember {
  readonly name: string;
  /** The size the directory claims once inflated. */
  readonly size: number;
  readonly encrypted: boolean;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

const u16 = (d: Uint8Array, at: number): number => d[at]! | (d[at + 1]! << 8);
const u32 = (d: Uint8Array, at: number): number => (u16(d, at) | (u16(d, at + 2) << 16)) >>> 0;
const utf8 = new TextDecoder('utf-8');
// Small steps: one push of a bomb's compressed bytes can inflate a thousandfold before the count is checked.
const INFLATE_STEP = 4096;
/** The most a deflate stream can expand (one 258-byte match per ~2 bits). */
const MAX_EXPANSION = 1032;

/** The members of an archive (directories left out); throws with a reason when it is not a readable ZIP. */
export function zipMembers(data: Uint8Array): ZipMember[] {
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of at most 64 KB.
  let end = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 65535); at--) {
    if (u32(data, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error('not a ZIP archive (no central directory)');
  const count = u16(data, end + 10);
  const dirOffset = u32(data, end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new Error('ZIP64 archives are not read');
  const members: ZipMember[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || u32(data, at) !== 0x02014b50) throw new Error('the ZIP central directory is damaged');
    const nameLength = u16(data, at + 28);
    const name = utf8.decode(data.subarray(at + 46, at + 46 + nameLength));
    if (!name.endsWith('/')) {
      members.push({
        name,
        encrypted: (u16(data, at + 8) & 1) === 1,
        method: u16(data, at + 10),
        compressedSize: u32(data, at + 20),
        size: u32(data, at + 24),
        localOffset: u32(data, at + 42),
      });
    }
    at += 46 + nameLength + u16(data, at + 30) + u16(data, at + 32);
  }
  return members;
}

/** A member's bytes, counted against `budget` as they are inflated (throws TooLargeExpanded past it). */
export function readMember(data: Uint8Array, m: ZipMember, budget: ExpansionBudget): Uint8Array {
  if (m.encrypted) throw new Encrypted();
  if (m.size > budget.left) throw new TooLargeExpanded(budget.limit);
  const local = m.localOffset;
  if (local + 30 > data.length || u32(data, local) !== 0x04034b50) throw new Error(`the ZIP entry ${m.name} is damaged`);
  const start = local + 30 + u16(data, local + 26) + u16(data, local + 28);
  const raw = data.subarray(start, start + m.compressedSize);
  if (m.method === 0) {
    budget.used += raw.length;
    return raw;
  }
  if (m.method !== 8) throw new Error(`compression method ${m.method} is not supported`);
  // Deflate expands at most 1032-fold: a member that stays within the budget even so is inflated
  // in one call. Most members of an office document are a few hundred bytes, and the streaming
  // inflater's 32 kB window and growing buffers cost more than their inflating.
  if (raw.length * MAX_EXPANSION <= budget.limit - budget.used) {
    const out = inflateSync(raw);
    budget.used += out.length;
    return out;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    budget.used += chunk.length;
    // The directory's size can lie: the inflated bytes themselves are what is counted.
    if (budget.used > budget.limit) throw new TooLargeExpanded(budget.limit);
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < raw.length; at += INFLATE_STEP)
      inflater.push(raw.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= raw.length);
  } catch (e) {
    // A member that is not read leaves its share of the budget to the other parts.
    budget.used -= size;
    throw e;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
