/**
 * A table over the keyword table's phrase ids, built on first use: `value` for each word of each
 * group, 0 elsewhere, so a pass over a text's hits asks one array per hit. The words must be
 * registered (some classifier's words): `add` then finds them rather than adding them.
 */
import { registry } from './registry.ts';

export function phraseTable(groups: readonly (readonly [words: readonly string[], value: number])[]): () => Uint8Array {
  let table: Uint8Array | null = null;
  return () => {
    if (table) return table;
    const { keywords } = registry();
    const built = new Uint8Array(keywords.phrases.length);
    for (const [words, value] of groups) for (const w of words) built[keywords.add(w)] = value;
    return (table = built);
  };
}
