/**
 * Turning one block's index into scored findings: term hits for the word/phrase classifiers, and
 * for pattern classifiers find → dedupe → context and supporting information → score. Only
 * candidates that start in the block's owned region [own, ownEnd) become findings; the others are
 * still looked at as neighbours and dedupe partners, exactly as in a whole-text scan.
 */
import type { Finding } from '../types.ts';
import type { Candidate } from '../classifiers/types.ts';
import type { CompiledClassifier } from '../classifiers/registry.ts';
import type { TextIndex } from './text-index.ts';

const DEFAULT_WINDOW = 60;

/** Word/phrase classifiers: one pass over the keyword hits serves all of them. */
export function termFindings(classifiers: readonly CompiledClassifier[], ix: TextIndex, own: number, ownEnd: number, out: Finding[]): void {
  for (let h = 0; h < ix.hitPhrase.length; h++) {
    if (ix.hitStart[h] < own || ix.hitStart[h] >= ownEnd) continue;
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

/** Words of `set` found within `window` characters of [start, end), or null (no array for the common miss). */
function wordsNear(ix: TextIndex, set: ReadonlySet<number>, start: number, end: number, window: number, firstOnly = false): string[] | null {
  if (set.size === 0) return null;
  let found: string[] | null = null;
  const from = start - window;
  const to = end + window;
  for (let h = firstHitFrom(ix, from); h < ix.hitStart.length && ix.hitStart[h] <= to; h++) {
    if (ix.hitEnd[h] < from || !set.has(ix.hitPhrase[h])) continue;
    // A context word inside the match itself (an IBAN's letters) does not count.
    if (ix.hitStart[h] >= start && ix.hitEnd[h] <= end) continue;
    const w = ix.text.slice(ix.hitStart[h], ix.hitEnd[h]).toLowerCase();
    if (found === null) found = [w];
    else if (!found.includes(w)) found.push(w);
    if (firstOnly) return found;
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

/** One pattern classifier over the index. */
export function patternFindings(c: CompiledClassifier, ix: TextIndex, own: number, ownEnd: number, out: Finding[]): void {
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
    if (cand.start < own || cand.start >= ownEnd) continue;
    const near = wordsNear(ix, c.context, cand.start, cand.end, window);
    if (near === null) {
      if (cand.needsContext) continue;
      // Without a context word, a negative word (order, tracking…) settles it before anything else is looked at.
      if (wordsNear(ix, c.negative, cand.start, cand.end, window, true) !== null) continue;
    }
    const contextWords = near ?? [];
    const supporting = [...(cand.supporting ?? []), ...(def.supporting ? def.supporting(ix.text, cand.start, cand.end) : [])];
    if (def.pairWithin) {
      // Candidates are sorted by start: the nearest other one is a neighbour in the list (the previous first).
      const prev = cands[i - 1];
      const next = cands[i + 1];
      const other = prev !== undefined && Math.abs(prev.start - cand.start) <= def.pairWithin ? prev : next !== undefined && Math.abs(next.start - cand.start) <= def.pairWithin ? next : null;
      if (other) supporting.push(`another ${def.name} nearby ("${ix.text.slice(other.start, other.end)}")`);
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
