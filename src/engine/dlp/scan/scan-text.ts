/**
 * scanText: the built-in classifiers over one text, as one readable pipeline —
 * index (one pass) → find validated candidates → context and supporting information → dedupe →
 * score → weak shapes give way to checksum-validated ones on the same span.
 */
import type { Finding } from '../types.ts';
import type { Candidate } from '../classifiers/types.ts';
import { registry, type CompiledClassifier } from '../classifiers/registry.ts';
import { indexText, type TextIndex } from './text-index.ts';

/** Options of scanText. */
export interface ScanOptions {
  /** Classifier ids to run (default: all built-ins). Unknown ids are ignored. */
  readonly classifiers?: readonly string[];
}

const DEFAULT_WINDOW = 60;

/** Runs the built-in classifiers over a text; every validated candidate is returned with its score. */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  const reg = registry();
  const selected = options.classifiers ? options.classifiers.map((id) => reg.byId.get(id)).filter((c): c is CompiledClassifier => !!c) : reg.all;
  if (selected.length === 0 || text.length === 0) return [];
  const ix = indexText(text, reg.keywords);
  const findings: Finding[] = [];
  const termClassifiers = selected.filter((c) => c.def.terms);
  if (termClassifiers.length) termFindings(termClassifiers, ix, findings);
  for (const c of selected) if (!c.def.terms) patternFindings(c, ix, findings);
  return yieldWeakShapes(findings).sort((a, b) => a.start - b.start || a.end - b.end || (a.classifier < b.classifier ? -1 : a.classifier > b.classifier ? 1 : 0));
}

/** Word/phrase classifiers: one pass over the keyword hits serves all of them. */
function termFindings(classifiers: readonly CompiledClassifier[], ix: TextIndex, out: Finding[]): void {
  for (let h = 0; h < ix.hitPhrase.length; h++) {
    const id = ix.hitPhrase[h];
    for (const c of classifiers) {
      const weight = c.terms.get(id);
      if (weight === undefined) continue;
      const phrase = ix.text.slice(ix.hitStart[h], ix.hitEnd[h]);
      out.push({
        classifier: c.def.id,
        start: ix.hitStart[h],
        end: ix.hitEnd[h],
        text: phrase,
        score: weight,
        explanation: { pattern: `term "${phrase}"`, validation: 'whole words', contextWords: [], supporting: [], baseScore: weight, score: weight },
      });
    }
  }
}

/** First hit index whose start may fall at or after `pos` (hits are in text order, give or take a prefix). */
function firstHitFrom(ix: TextIndex, pos: number): number {
  let lo = 0;
  let hi = ix.hitStart.length;
  const target = pos - 16;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.hitStart[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words of `set` found within `window` characters of [start, end). */
function wordsNear(ix: TextIndex, set: ReadonlySet<number>, start: number, end: number, window: number): string[] {
  if (set.size === 0) return [];
  const found: string[] = [];
  const from = start - window;
  const to = end + window;
  for (let h = firstHitFrom(ix, from); h < ix.hitStart.length && ix.hitStart[h] <= to; h++) {
    if (ix.hitEnd[h] < from || !set.has(ix.hitPhrase[h])) continue;
    // A context word inside the match itself (an IBAN's letters) does not count.
    if (ix.hitStart[h] >= start && ix.hitEnd[h] <= end) continue;
    const w = ix.text.slice(ix.hitStart[h], ix.hitEnd[h]).toLowerCase();
    if (!found.includes(w)) found.push(w);
  }
  return found;
}

/** Overlapping candidates of one classifier: keep the longer, then the stronger. */
function dedupe(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end || b.base - a.base);
  const kept: Candidate[] = [];
  for (const c of cands) {
    const prev = kept[kept.length - 1];
    if (prev && c.start < prev.end) {
      if (c.end - c.start > prev.end - prev.start) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept;
}

function patternFindings(c: CompiledClassifier, ix: TextIndex, out: Finding[]): void {
  const def = c.def;
  const raw: Candidate[] = [];
  let hits: number[] | null = null;
  def.find!(ix, {
    contextHits: () => {
      if (hits) return hits;
      hits = [];
      for (let h = 0; h < ix.hitPhrase.length; h++) if (c.context.has(ix.hitPhrase[h])) hits.push(h);
      return hits;
    },
  }, raw);
  if (raw.length === 0) return;
  const cands = dedupe(raw);
  const window = def.window ?? DEFAULT_WINDOW;
  for (let i = 0; i < cands.length; i++) {
    const cand = cands[i];
    const contextWords = wordsNear(ix, c.context, cand.start, cand.end, window);
    if (cand.needsContext && contextWords.length === 0) continue;
    // Without a context word, a negative word (order, tracking…) settles it before anything else is looked at.
    if (contextWords.length === 0 && wordsNear(ix, c.negative, cand.start, cand.end, window).length > 0) continue;
    const supporting = [...(cand.supporting ?? []), ...(def.supporting ? def.supporting(ix.text, cand.start, cand.end) : [])];
    if (def.pairWithin) {
      // Candidates are sorted by start: the nearest other one is a neighbour in the list.
      const near = [cands[i - 1], cands[i + 1]].find((o) => o !== undefined && Math.abs(o.start - cand.start) <= def.pairWithin!);
      if (near) supporting.push(`another ${def.name} nearby ("${ix.text.slice(near.start, near.end)}")`);
    }
    const supported = contextWords.length > 0 || supporting.length > 0;
    const both = contextWords.length > 0 && supporting.length > 0 ? 10 : 0;
    const score = supported ? Math.min(100, Math.max(cand.base, def.contextScore) + both) : cand.base;
    out.push({
      classifier: def.id,
      start: cand.start,
      end: cand.end,
      text: ix.text.slice(cand.start, cand.end),
      score,
      explanation: { pattern: cand.pattern, validation: cand.validation, contextWords, supporting, baseScore: cand.base, score },
    });
  }
}

/** A weak shape (any 9 digits as a passport) without context gives way to a checksum-validated finding on the same span. */
function yieldWeakShapes(findings: Finding[]): Finding[] {
  const reg = registry();
  const validated = new Set<string>();
  for (const f of findings) if (reg.byId.get(f.classifier)?.def.checksum) validated.add(`${f.start}:${f.end}`);
  if (validated.size === 0) return findings;
  return findings.filter((f) => !(reg.byId.get(f.classifier)?.def.weak && f.score === f.explanation.baseScore && validated.has(`${f.start}:${f.end}`)));
}
