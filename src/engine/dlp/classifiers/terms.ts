/** Builds a word/phrase classifier's term list from "phrase:weight" entries. */
import type { Term } from './types.ts';

/** Parses `['diagnosis:20', …]`; a leading "=" makes the term case sensitive. */
export function terms(entries: readonly string[]): Term[] {
  return entries.map((e) => {
    const i = e.lastIndexOf(':');
    const raw = e.slice(0, i);
    const caseSensitive = raw.startsWith('=');
    return { text: caseSensitive ? raw.slice(1) : raw, weight: Number(e.slice(i + 1)), caseSensitive };
  });
}
