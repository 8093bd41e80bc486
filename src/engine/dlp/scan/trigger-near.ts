/**
 * Whether the index holds a hit of a trigger word (Registry.triggerWords) near a value: the checks
 * that read the text around a value for such a word (not-real.ts, licence-states.ts) run only
 * when the index's keyword pass saw one, so most values pay a few array reads, not a slice.
 */
import type { TextIndex } from './index-model.ts';

/** Hits looked at either side of the value by default: a handful of words. */
const STEPS = 8;

/**
 * Whether a hit with `trigger` starts within [from, to), looking from hit `after` (the first hit
 * starting at or after the value) a few hits back and forward.
 */
export function triggerNear(
  ix: TextIndex,
  triggers: Uint8Array,
  trigger: number,
  after: number,
  from: number,
  to: number,
  steps = STEPS,
): boolean {
  const { hitStart, hitPhrase } = ix;
  for (let h = after - 1; h >= 0 && h >= after - steps; h--) {
    if (hitStart[h] < from) break;
    if (triggers[hitPhrase[h]] === trigger) return true;
  }
  for (let h = after; h < hitStart.length && h < after + steps; h++) {
    if (hitStart[h] >= to) break;
    if (triggers[hitPhrase[h]] === trigger && hitStart[h] >= from) return true;
  }
  return false;
}
