/**
 * Accuracy on whole messages (test/fixtures/dlp-mime-3): each .eml is read as the appliance reads
 * it (readScannable: MIME, transfer encodings, charsets, encoded words), its parts are extracted
 * as DLP extracts them (subject, text and HTML bodies, attachments, archives, documents, forwarded
 * messages) and every part is scanned. Labels name a value and where it is, not offsets: a finding
 * matches a label of its classifier with the same canonical value in the same place.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractMessageText, scanText } from '../src/engine/dlp/index.ts';
import type { ScanPart } from '../src/engine/dlp/types.ts';
import { readScannable } from '../src/engine/mailflow/eml.ts';
import { LABELLED, rates, type Score } from './mail-accuracy.ts';

/** The set's folder. */
export const MIME_SET_DIR = fileURLToPath(new URL('../test/fixtures/dlp-mime-3/', import.meta.url));
/** The second MIME set: mail as clients and business systems write it (Outlook and Gmail HTML, Office attachments, notifications, threads). */
export const MIME_SET_7_DIR = fileURLToPath(new URL('../test/fixtures/dlp-mime-7/', import.meta.url));

/** One labelled value: its classifier, canonical value and place ("subject", "body", "html", an attachment's name or path, "forwarded"). */
export interface MimeLabel {
  readonly entity: string;
  readonly value: string;
  readonly where: string;
}
/** One message of the set. */
export interface MimeCase {
  readonly file: string;
  readonly half: 'tune' | 'heldout';
  readonly category: string;
  readonly tricks: readonly string[];
  readonly labels: readonly MimeLabel[];
}

/** The messages of one half (or both), as labels.json lists them. */
export function loadMimeCases(half?: 'tune' | 'heldout', dir = MIME_SET_DIR): MimeCase[] {
  const labels = JSON.parse(readFileSync(`${dir}labels.json`, 'utf8')) as Record<
    string,
    { category: string; tricks?: string[]; labels: MimeLabel[] }
  >;
  return Object.entries(labels)
    .map(([file, c]) => ({
      file,
      half: file.split('/')[0] as 'tune' | 'heldout',
      category: c.category,
      tricks: c.tricks ?? [],
      labels: c.labels,
    }))
    .filter((c) => !half || c.half === half)
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** A value as the labels write it: letters and digits (upper case); addresses in lower case; IP addresses with their dots and colons. */
export function canonicalValue(entity: string, raw: string): string {
  const s = raw.normalize('NFKC');
  if (entity === 'email-address')
    return s
      .toLowerCase()
      .replace(/\s*[[({]\s*(?:at)\s*[\])}]\s*|\s+at\s+/g, '@')
      .replace(/\s*[[({]\s*(?:dot|\.)\s*[\])}]\s*|\s+dot\s+/g, '.')
      .replace(/\s+/g, '');
  if (entity === 'ip-address') return s.toLowerCase().replace(/[^0-9a-f.:]/g, '');
  // A phone number as its ten national digits (a written +1 or 1 before them dropped).
  if (entity === 'us-phone') return s.replace(/[^0-9]/g, '').replace(/^1(?=\d{10}$)/, '');
  return s.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/** Where a part is, in the labels' words: the two bodies are one place (a label may name either). */
function placeOf(part: ScanPart): string {
  const path = part.name.split(' › ');
  const forwarded = (w: { contentType: string; filename: string }) => w.contentType === 'message/rfc822' || /\.eml$/i.test(w.filename);
  if (path.length > 1 && (part.within?.some(forwarded) || path.slice(0, -1).some((p) => /\.eml$/i.test(p)))) return 'forwarded';
  if (part.kind === 'subject') return 'subject';
  if (part.kind === 'body') return 'body';
  return path.join('/').toLowerCase();
}
const labelPlace = (where: string): string => (where === 'html' ? 'body' : where.toLowerCase());

/** One finding or label, keyed for matching. */
const keyOf = (entity: string, value: string, place: string) => `${entity}\u0000${value}\u0000${place}`;

/** What one message gave: matched, missed and extra keys (as "entity value @ place"). */
export interface MimeOutcome {
  readonly file: string;
  readonly category: string;
  readonly tricks: readonly string[];
  readonly tp: number;
  readonly missed: readonly string[];
  readonly extra: readonly string[];
  /** Set when the message could not be read. */
  readonly error?: string;
}

/** Scans one message and matches its findings to its labels as sets: a value is labelled once per place, however often it is written there. */
export async function scoreMimeCase(c: MimeCase, dir = MIME_SET_DIR): Promise<MimeOutcome> {
  const read = await readScannable(readFileSync(`${dir}messages/${c.file}`));
  const wanted = new Set(c.labels.map((l) => keyOf(l.entity, canonicalValue(l.entity, l.value), labelPlace(l.where))));
  if (!read.ok)
    return {
      file: c.file,
      category: c.category,
      tricks: c.tricks,
      tp: 0,
      missed: [...wanted].map(show),
      extra: [],
      error: read.error.message,
    };
  const found = new Set<string>();
  for (const part of await extractMessageText(read.value)) {
    const place = placeOf(part);
    for (const f of scanText(part.text)) {
      if (LABELLED.has(f.classifier)) found.add(keyOf(f.classifier, canonicalValue(f.classifier, part.text.slice(f.start, f.end)), place));
    }
  }
  const missed = [...wanted].filter((k) => !found.has(k)).map(show);
  const extra = [...found].filter((k) => !wanted.has(k)).map(show);
  const tp = wanted.size - missed.length;
  return { file: c.file, category: c.category, tricks: c.tricks, tp, missed, extra };
}
const show = (k: string) => {
  const [entity, value, place] = k.split('\u0000');
  return `${entity} ${value} @ ${place}`;
};

/** Aggregate scores of a run. */
export interface MimeReport {
  readonly messages: number;
  readonly unreadable: number;
  readonly micro: Score;
  readonly byCategory: ReadonlyMap<string, Score>;
  readonly byEntity: ReadonlyMap<string, Score>;
  /** Recall per trick a message uses (its labels' hits and misses). */
  readonly byTrick: ReadonlyMap<string, Score>;
  /** Messages of the negative category with any finding. */
  readonly flaggedNegatives: number;
  readonly outcomes: readonly MimeOutcome[];
}

/** Scores every message. */
export async function scoreMime(cases: readonly MimeCase[], dir = MIME_SET_DIR): Promise<MimeReport> {
  const outcomes: MimeOutcome[] = [];
  for (const c of cases) outcomes.push(await scoreMimeCase(c, dir));
  const tally = () => new Map<string, { tp: number; fp: number; fn: number }>();
  const byCategory = tally();
  const byEntity = tally();
  const byTrick = tally();
  const bump = (m: Map<string, { tp: number; fp: number; fn: number }>, k: string, d: Partial<{ tp: number; fp: number; fn: number }>) => {
    const t = m.get(k) ?? m.set(k, { tp: 0, fp: 0, fn: 0 }).get(k)!;
    t.tp += d.tp ?? 0;
    t.fp += d.fp ?? 0;
    t.fn += d.fn ?? 0;
  };
  const micro = { tp: 0, fp: 0, fn: 0 };
  for (const o of outcomes) {
    const d = { tp: o.tp, fp: o.extra.length, fn: o.missed.length };
    micro.tp += d.tp;
    micro.fp += d.fp;
    micro.fn += d.fn;
    bump(byCategory, o.category, d);
    for (const t of o.tricks) bump(byTrick, t, { tp: o.tp, fn: o.missed.length });
  }
  // Per entity: the labels matched and missed, and the findings nobody asked for.
  for (const c of cases) {
    const o = outcomes.find((x) => x.file === c.file)!;
    const missed = o.missed.map((m) => m.split(' ')[0]);
    for (const l of c.labels) {
      const i = missed.indexOf(l.entity);
      if (i >= 0) {
        missed.splice(i, 1);
        bump(byEntity, l.entity, { fn: 1 });
      } else bump(byEntity, l.entity, { tp: 1 });
    }
    for (const e of o.extra) bump(byEntity, e.split(' ')[0], { fp: 1 });
  }
  const scored = (m: Map<string, { tp: number; fp: number; fn: number }>) =>
    new Map([...m].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => [k, rates(v)]));
  return {
    messages: outcomes.length,
    unreadable: outcomes.filter((o) => o.error).length,
    micro: rates(micro),
    byCategory: scored(byCategory),
    byEntity: scored(byEntity),
    byTrick: scored(byTrick),
    flaggedNegatives: outcomes.filter((o) => o.category === 'negative' && o.extra.length > 0).length,
    outcomes,
  };
}

/** The report as Markdown (aggregates only: fit for the held-out half). */
export function formatMimeReport(title: string, r: MimeReport): string {
  const f = (x: number) => x.toFixed(3);
  const row = (k: string, s: Score) => `| ${k} | ${s.tp} | ${s.fp} | ${s.fn} | ${f(s.p)} | ${f(s.r)} | ${f(s.f1)} |`;
  const head = '| | tp | fp | fn | P | R | F1 |\n|---|---|---|---|---|---|---|';
  return [
    `### ${title}: ${r.messages} messages (${r.unreadable} unreadable), micro P ${f(r.micro.p)} R ${f(r.micro.r)} F1 ${f(r.micro.f1)}; negative messages flagged: ${r.flaggedNegatives}`,
    '',
    head,
    ...[...r.byCategory].map(([k, s]) => row(k, s)),
    '',
    head,
    ...[...r.byEntity].map(([k, s]) => row(k, s)),
    '',
    '| trick | tp | fn | recall |\n|---|---|---|---|',
    ...[...r.byTrick].map(([k, s]) => `| ${k} | ${s.tp} | ${s.fn} | ${f(s.r)} |`),
  ].join('\n');
}
