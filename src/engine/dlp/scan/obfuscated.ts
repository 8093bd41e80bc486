/**
 * Findings of a normalised text (normalise.ts) placed back in the original: offsets mapped, the
 * text as written, and a finding whose span was changed by the normalisation marked obfuscated
 * and scored higher — writing a value to slip past DLP makes it worse, not better.
 */
import type { Finding, FindingExplanation } from '../types.ts';
import { changesIn, describeChanges, isCombiningMark, LINE_WRAPS, QUOTED_PRINTABLE, type Normalised } from './normalise.ts';
import { ScanFinding } from './findings.ts';
import { isDigit, isLetter, splitsPair } from './char-codes.ts';

/** Added to an obfuscated finding's score (up to 100). */
export const OBFUSCATION_BONUS = 10;

/** Per explanation and kinds of change, its obfuscated version (explanations are shared, so are these). */
const marked = new WeakMap<FindingExplanation, Map<number, FindingExplanation>>();

function obfuscatedExplanation(e: FindingExplanation, kinds: number): FindingExplanation {
  let byKinds = marked.get(e);
  if (!byKinds) marked.set(e, (byKinds = new Map()));
  let out = byKinds.get(kinds);
  if (!out) {
    const score = Math.min(100, e.score + OBFUSCATION_BONUS);
    const obfuscation = `Written with ${describeChanges(kinds)} to evade detection (+${score - e.score})`;
    byKinds.set(kinds, (out = Object.freeze({ ...e, score, obfuscated: true, obfuscation })));
  }
  return out;
}

/** The findings of `n.text` as findings of `original` (the text `n` was made from). */
export function mapFindings(original: string, n: Normalised, found: readonly Finding[]): Finding[] {
  const map = n.map!;
  return found.map((f) => {
    const start = map.original(f.start);
    // The span ends just after its last character kept (removed characters inside it are in it);
    // a styled digit of the supplementary planes is kept as its high half, so its low half comes
    // too, and so do the marks drawn on that last character.
    const last = map.original(f.end - 1);
    let end = splitsPair(original, last + 1) ? last + 2 : last + 1;
    while (end < original.length && isCombiningMark(original.charCodeAt(end))) end++;
    // A digit written as a word ends where the word does.
    if (isLetter(original.charCodeAt(last)) && isDigit(n.text.charCodeAt(f.end - 1)))
      while (end < original.length && isLetter(original.charCodeAt(end))) end++;
    // A line break that wrapping put inside the value is read through, but is no evasion; nor is
    // quoted-printable left undecoded.
    const kinds = changesIn(n, start, end) & ~(LINE_WRAPS | QUOTED_PRINTABLE);
    const text = original.slice(start, end);
    if (kinds === 0 && start === f.start && end === f.end && text === f.text) return f;
    const explanation = kinds === 0 ? f.explanation : obfuscatedExplanation(f.explanation, kinds);
    return new ScanFinding(f.classifier, start, end, text, explanation.score, explanation);
  });
}
