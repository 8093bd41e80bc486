/** The text around a value within its paragraph: what stands before a blank line is about something else. */

/** How far before a value and after it its paragraph is read by default. */
export const PARAGRAPH_BEFORE = 120;
export const PARAGRAPH_AFTER = 40;

/** The text around [start, end): up to `before` characters before it (not past a blank line) and `after` after it. */
export function paragraphAround(text: string, start: number, end: number, before = PARAGRAPH_BEFORE, after = PARAGRAPH_AFTER): string {
  const from = Math.max(0, start - before);
  const near = text.slice(from, Math.min(text.length, end + after));
  const gap = near.lastIndexOf('\n\n', start - from);
  return gap >= 0 ? near.slice(gap) : near;
}
