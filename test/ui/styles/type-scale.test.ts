/**
 * The smaller text sizes come from the theme's two steps (--text-sm, --text-xs), not from literal
 * em values: a dozen near-equal sizes read as no design, and each size of a typeface is one more
 * font the browser sets up on the first layout (a blocking call to its own process on Linux).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../helpers/files-under.ts';

const root = new URL('../../../src/ui/', import.meta.url).pathname;

/** Literal font sizes below 1em in `source`, as written. */
function literalSmallSizes(source: string): string[] {
  return [...source.matchAll(/font-size:\s*(0?\.\d+)em\b/g)].map((m) => m[0]);
}

describe('the type scale', () => {
  it('finds a literal small size, and not the scale’s own steps', () => {
    expect(literalSmallSizes('a { font-size: 0.85em; } b { font-size: var(--text-sm); } c { font-size: 1.05rem; }')).toEqual([
      'font-size: 0.85em',
    ]);
  });

  it('when a page styles smaller text then it uses --text-sm or --text-xs', () => {
    const theme = readFileSync(join(root, 'styles/theme.css'), 'utf8');
    expect(theme).toMatch(/--text-sm:\s*0\.9em/);
    expect(theme).toMatch(/--text-xs:\s*0\.8em/);
    const found = filesUnder(root, /\.(svelte|css)$/).flatMap((file) =>
      literalSmallSizes(readFileSync(file, 'utf8')).map((s) => `${file.slice(root.length)}: ${s}`),
    );
    expect(found).toEqual([]);
  });
});
