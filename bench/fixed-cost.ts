/**
 * The fixed cost of a scan: nanoseconds per scanText call on a one-word text and on
 * 60-character lines of prose with nothing to find (one with a keyword), over a million calls
 * each in interleaved rounds.
 */
import { scanText } from '../src/engine/dlp/index.ts';
import { median } from './throughput.ts';

/** The texts timed, by name. */
export const FIXED_TEXTS: readonly (readonly [string, string])[] = [
  ['hello', 'hello'],
  ['60-char line', 'Thanks for the notes, I will go over the draft tomorrow, am.'],
  // A keyword ("meeting") makes the index non-empty: the word classifiers run on it.
  ['60-char line with a keyword', 'Thanks, see you at the meeting tomorrow at the usual place ok'],
];

/** Nanoseconds per call of `scan` on each of FIXED_TEXTS: medians of `rounds` rounds of `calls / rounds` calls each. */
export function fixedCost(scan: (text: string) => unknown = scanText, calls = 1_000_000, rounds = 5): Map<string, number> {
  const per = Math.round(calls / rounds);
  for (const [, t] of FIXED_TEXTS) for (let i = 0; i < per; i++) scan(t);
  const times = new Map<string, number[]>(FIXED_TEXTS.map(([name]) => [name, []]));
  for (let r = 0; r < rounds; r++)
    for (const [name, t] of FIXED_TEXTS) {
      const start = performance.now();
      for (let i = 0; i < per; i++) scan(t);
      times.get(name)!.push(((performance.now() - start) * 1e6) / per);
    }
  return new Map([...times].map(([name, ns]) => [name, median(ns)]));
}
