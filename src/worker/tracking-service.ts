/**
 * Monitor > Message Tracking as a service, built to stay quick on 100,000 tracked messages. Every
 * criterion that has an index is answered from it as a set of MIDs (keys only, never whole
 * records); the sets are intersected, ordered newest first by walking the receivedAt index, and
 * only the requested page of records is read. Criteria the indexes answer only in part (Subject
 * is, begins with, contains a fragment with spaces or punctuation; Subject is empty) are checked on
 * the records the indexes left, or over the date range when nothing else narrowed it.
 */
import { builtinClassifiers } from '../engine/dlp/classifiers/registry.ts';
import type { SeverityLevel } from '../engine/dlp/types.ts';
import type { TrackingRecord } from '../engine/mailflow/types.ts';
import type { ServiceContext } from './context.ts';
import type { TextOp, TrackingDetails, TrackingQuery, TrackingRow, TrackingResult } from '../api/tracking.ts';
import { viewFor } from '../engine/mailflow/tracking-privileges.ts';
import type { UserRole } from '../engine/model/users.ts';
import { DEFAULT_SCOPE, machineScope } from '../engine/scope.ts';
import { effectiveCommitted } from '../db/views/levels.ts';

// Case and surrounding spaces are not significant, on either side: the form trims what is typed, so a
// subject that ends in a space ("ヽ༼ຈل͜ຈ༽ﾉ ") must still be found by Is.
const text = (op: TextOp, value: string) => {
  const v = value.trim().toLowerCase();
  return (raw: string) => {
    const s = raw.trim().toLowerCase();
    return op === 'is' ? s === v : op === 'begins' ? s.startsWith(v) : s.includes(v);
  };
};

/** The longest word (two or more letters and digits) of what is searched for, lower-cased. */
const longestWord = (value: string): string | undefined =>
  value
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1)
    .sort((a, b) => b.length - a.length)[0];

/**
 * Whether the subject criterion is answered by the subjectWords index alone: Subject contains one
 * word of letters and digits ("invoice"). Such a word can only occur inside one of the subject's
 * words, all of which are indexed (pipeline.ts), so every record the index gives matches and none
 * needs reading — the search that read every record of a week's invoices reads none.
 */
const subjectByIndexAlone = (q: TrackingQuery): boolean =>
  q.subject?.op === 'contains' && /^[\p{L}\p{N}]{2,}$/u.test(q.subject.value.trim().toLowerCase());

/** A predicate for every criterion (applied after the index narrowed the set). */
export function matches(q: TrackingQuery): (r: TrackingRecord) => boolean {
  const checks: ((r: TrackingRecord) => boolean)[] = [];
  if (q.sender?.value) checks.push((r) => text(q.sender!.op, q.sender!.value)(r.envelopeFrom));
  if (q.recipient?.value) checks.push((r) => r.recipients.some(text(q.recipient!.op, q.recipient!.value)));
  if (q.subject?.op === 'empty') checks.push((r) => r.subject.trim() === '');
  else if (q.subject?.value) checks.push((r) => text(q.subject!.op as TextOp, q.subject!.value)(r.subject));
  if (q.from !== undefined) checks.push((r) => r.receivedAt >= q.from!);
  if (q.to !== undefined) checks.push((r) => r.receivedAt <= q.to!);
  if (q.events?.length) checks.push((r) => q.events!.some((e) => r.eventTypes.includes(e)));
  if (q.dlpPolicy) checks.push((r) => r.dlpPolicies.includes(q.dlpPolicy!));
  if (q.severities?.length) checks.push((r) => q.severities!.includes(r.dlpSeverity as SeverityLevel));
  if (q.mid !== undefined) checks.push((r) => r.mid === q.mid);
  if (q.attachment) checks.push((r) => r.attachments.some((a) => a.toLowerCase().includes(q.attachment!.toLowerCase())));
  if (q.messageId) checks.push((r) => r.messageIdHeader.includes(q.messageId!));
  if (q.host) checks.push((r) => r.host === q.host);
  return (r) => checks.every((c) => c(r));
}

const toRow = (r: TrackingRecord): TrackingRow => ({
  mid: r.mid,
  receivedAt: r.receivedAt,
  envelopeFrom: r.envelopeFrom,
  recipients: r.recipients,
  subject: r.subject,
  eventTypes: r.eventTypes,
  dlpSeverity: r.dlpSeverity,
  dlpPolicies: r.dlpPolicies,
  lastEvent: r.events.at(-1)?.text ?? '',
});

/** An indexed criterion: its index and the MIDs it allows; `exact` when the index answers it fully. */
interface KeySet {
  readonly index: string;
  readonly keys: () => Promise<number[]>;
  readonly exact: boolean;
}

/** Above this many candidates, order them by walking the receivedAt index rather than reading them. */
const READ_TO_SORT = 2000;
const BATCH = 500;

export function createTrackingService(ctx: ServiceContext) {
  const { db } = ctx;
  const t = db.tracking;
  const keysOf = async (c: { primaryKeys(): Promise<unknown[]> }) => (await c.primaryKeys()) as number[];
  type Indexed = 'envelopeFrom' | 'recipients' | 'attachments' | 'messageIdHeader' | 'eventTypes' | 'dlpSeverity' | 'subjectWords';
  /**
   * The MIDs having any of `values` in an index, one equality read each (a plain key range is read
   * in one go; anyOf walks a cursor step by step, which is far slower on large tables).
   */
  async function anyOfKeys(index: Indexed, values: readonly string[]): Promise<number[]> {
    const lists = await Promise.all(values.map((v) => keysOf(t.where(index).equals(v))));
    return lists.length === 1 ? lists[0] : [...new Set(lists.flat())];
  }
  /**
   * An index's distinct values, kept from one search to the next while the table holds the same
   * messages (its count and its last MID unchanged): walking the subjectWords index's distinct
   * words (every invoice and ticket number in 100,000 subjects) took most of a Subject contains
   * search. A message added, here or in another tab, changes the stamp; a value kept whose
   * messages were removed only costs one lookup that finds none.
   */
  const distinct = new Map<Indexed, { stamp: string; values: string[] }>();
  async function distinctValues(index: Indexed): Promise<string[]> {
    const [count, last] = await Promise.all([t.count(), t.orderBy('mid').lastKey()]);
    const stamp = `${count}:${String(last)}`;
    const kept = distinct.get(index);
    if (kept?.stamp === stamp) return kept.values;
    const values = (await t.orderBy(index).uniqueKeys()) as string[];
    distinct.set(index, { stamp, values });
    return values;
  }
  /** Values of an index that satisfy `keep` (reading the index's distinct keys only), then their MIDs. */
  const byIndexValues = (index: Indexed, keep: (v: string) => boolean) => async () =>
    anyOfKeys(index, (await distinctValues(index)).filter(keep));
  const textKeys = (index: 'envelopeFrom' | 'recipients', c: { op: TextOp; value: string }): KeySet => {
    const v = c.value.toLowerCase();
    // Addresses are stored lower-case, so the index compares exactly as the form does.
    const keys =
      c.op === 'is'
        ? () => keysOf(t.where(index).equals(v))
        : c.op === 'begins'
          ? () => keysOf(t.where(index).startsWith(v))
          : byIndexValues(index, (s) => s.includes(v));
    return { index, keys, exact: true };
  };

  /** The indexed criteria of a query, most selective first; the date range is handled apart. */
  function keySets(q: TrackingQuery): KeySet[] {
    const sets: KeySet[] = [];
    const ranged = q.from !== undefined || q.to !== undefined;
    const [from, to] = [q.from ?? 0, q.to ?? Number.MAX_SAFE_INTEGER];
    if (q.mid !== undefined) sets.push({ index: 'mid', keys: () => keysOf(t.where('mid').equals(q.mid!)), exact: true });
    if (q.messageId) {
      const id = q.messageId;
      // A header holds one <id>, so containing a whole <id> means being it; a fragment is looked for
      // among the distinct header values.
      const whole = id.startsWith('<') && id.endsWith('>');
      sets.push({
        index: 'messageIdHeader',
        keys: whole ? () => keysOf(t.where('messageIdHeader').equals(id)) : byIndexValues('messageIdHeader', (s) => s.includes(id)),
        exact: true,
      });
    }
    if (q.sender?.value) sets.push(textKeys('envelopeFrom', q.sender));
    if (q.recipient?.value) sets.push(textKeys('recipients', q.recipient));
    if (q.attachment) {
      const v = q.attachment.toLowerCase();
      sets.push({ index: 'attachments', keys: byIndexValues('attachments', (s) => s.toLowerCase().includes(v)), exact: true });
    }
    if (q.subject?.value && q.subject.op !== 'empty') {
      // Is and Begins With: the longest word narrows most; the whole subject is then compared on
      // those records. Contains: whatever the subject contains, its longest word lies inside one of
      // the subject's words, so the few distinct indexed words containing it give the candidates.
      const word = longestWord(q.subject.value);
      if (word)
        sets.push({
          index: 'subjectWords',
          keys:
            q.subject.op === 'contains'
              ? byIndexValues('subjectWords', (w) => w.includes(word))
              : () => keysOf(t.where('subjectWords').equals(word)),
          exact: subjectByIndexAlone(q),
        });
    }
    if (q.dlpPolicy) sets.push({ index: 'dlpPolicies', keys: () => keysOf(t.where('dlpPolicies').equals(q.dlpPolicy!)), exact: true });
    if (q.severities?.length) {
      const sevs = [...q.severities];
      sets.push(
        ranged
          ? {
              index: '[dlpSeverity+receivedAt]',
              keys: async () =>
                (
                  await Promise.all(sevs.map((s) => keysOf(t.where('[dlpSeverity+receivedAt]').between([s, from], [s, to], true, true))))
                ).flat(),
              exact: true,
            }
          : { index: 'dlpSeverity', keys: () => anyOfKeys('dlpSeverity', sevs), exact: true },
      );
    }
    if (q.events?.length) sets.push({ index: 'eventTypes', keys: () => anyOfKeys('eventTypes', q.events!), exact: true });
    if (q.host) sets.push({ index: 'host', keys: () => keysOf(t.where('host').equals(q.host!)), exact: true });
    return sets;
  }

  /**
   * Criteria no index answers exactly (checked on records). Any subject criterion is one: even Is and
   * Begins With, whose word narrows only approximately, and which have no word at all to look up
   * when the subject searched is only punctuation or single characters (`\\`, `'`, `;`).
   */
  const residual = (q: TrackingQuery, sets: readonly KeySet[]) =>
    sets.some((s) => !s.exact) || q.subject?.op === 'empty' || (!!q.subject?.value && !subjectByIndexAlone(q));

  /** Keeps the MIDs whose records pass `keep`, reading records in batches. */
  async function filterRecords(mids: readonly number[], keep: (r: TrackingRecord) => boolean): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < mids.length; i += BATCH) {
      const batch = await t.bulkGet(mids.slice(i, i + BATCH));
      for (const r of batch) if (r && keep(r)) out.push(r.mid);
    }
    return out;
  }

  /** The MIDs of every match, newest first, and the indexes used. */
  async function orderedMatches(q: TrackingQuery): Promise<{ mids: number[]; indexes: string[] }> {
    const range = t.where('receivedAt').between(q.from ?? 0, q.to ?? Number.MAX_SAFE_INTEGER, true, true);
    const sets = keySets(q);
    const check = matches(q);
    if (sets.length === 0) {
      // Only the date range (and perhaps Subject contains / is empty): its keys, newest first.
      const ordered = (await keysOf(range)).reverse();
      return { mids: residual(q, sets) ? await filterRecords(ordered, check) : ordered, indexes: ['receivedAt'] };
    }
    let candidates: Set<number> | null = null;
    const indexes: string[] = [];
    for (const s of sets) {
      const keys = await s.keys();
      indexes.push(s.index);
      candidates = candidates === null ? new Set(keys) : new Set(keys.filter((k) => candidates!.has(k)));
      if (candidates.size === 0) return { mids: [], indexes };
    }
    const found = candidates!;
    if (found.size <= READ_TO_SORT) {
      // Few enough to read: check everything on the records and sort them.
      const records = (await t.bulkGet([...found])).filter((r): r is TrackingRecord => !!r && check(r));
      records.sort((a, b) => b.receivedAt - a.receivedAt || b.mid - a.mid);
      return { mids: records.map((r) => r.mid), indexes };
    }
    // Many: the receivedAt index (keys only) gives the date range and the order at once.
    indexes.push('receivedAt');
    const ordered = (await keysOf(range)).reverse().filter((k) => found.has(k));
    return { mids: residual(q, sets) ? await filterRecords(ordered, check) : ordered, indexes };
  }

  return {
    /** Searches tracking; `total` counts every match, `rows` is the requested page, newest first. */
    async search(q: TrackingQuery): Promise<TrackingResult> {
      const offset = Math.max(0, q.offset ?? 0);
      const limit = Math.max(0, q.limit ?? 100);
      // Keys only until the page: a key range is read in one go, whereas offset() on a reversed
      // cursor steps through every skipped row.
      const { mids, indexes } = await orderedMatches(q);
      const page = (await t.bulkGet(mids.slice(offset, offset + limit))).filter((r): r is TrackingRecord => !!r);
      return { total: mids.length, rows: page.map(toRow), index: indexes[0] ?? 'none', indexes };
    },

    /** The whole record of one MID, with the MIDs split from it. */
    /**
     * A message's details as `role` sees them: without DLP Tracking Privileges (set on the machine that processed it)
     * a role other than Administrator gets no matched content.
     */
    async details(mid: number, role: UserRole = 'administrator'): Promise<TrackingDetails | null> {
      const stored = await db.tracking.get(mid);
      if (!stored) return null;
      const related =
        stored.parentMid !== null ? [stored.parentMid] : ((await db.tracking.where('parentMid').equals(mid).primaryKeys()) as number[]);
      const scope = (await db.config.get(machineScope(stored.host))) ? machineScope(stored.host) : DEFAULT_SCOPE;
      const granted = (await effectiveCommitted(db, scope)).dlp.trackingPrivileges;
      return { ...viewFor(stored, role, granted), related };
    },

    /** Built-in classifier id → display name, so matched content names its classifier as the appliance does. */
    classifierNames: async (): Promise<Record<string, string>> => Object.fromEntries(builtinClassifiers.map((c) => [c.id, c.name])),
  };
}
