/** Placing a match in its part, with the surrounding text kept for matched content logging. */
import type { CustomMatchExplanation, FindingExplanation, MatchedContent, ScanPart } from '../types.ts';

/** Characters of context kept either side of a match. */
export const CONTEXT_CHARS = 40;
/** Matches kept per classifier in a verdict. */
export const MAX_MATCHES_PER_CLASSIFIER = 50;

/** A match in `part` with 40 characters either side (line breaks shown as spaces). */
export function matchedContent(
  part: ScanPart,
  classifier: string,
  start: number,
  end: number,
  score: number,
  explanation: FindingExplanation | CustomMatchExplanation,
): MatchedContent {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return {
    classifier,
    part: part.kind,
    partName: part.name,
    start,
    end,
    text: part.text.slice(start, end),
    before: flat(part.text.slice(Math.max(0, start - CONTEXT_CHARS), start)),
    after: flat(part.text.slice(end, end + CONTEXT_CHARS)),
    score,
    explanation,
  };
}
