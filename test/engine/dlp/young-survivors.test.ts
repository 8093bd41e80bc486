/**
 * A long text must not slow the short messages scanned after it. V8 makes the arrays of an array
 * literal in the old generation once most of them outlive a young collection (see kept-list.ts);
 * a long text's findings teach it that for every list they keep. Short messages then kept about
 * 600 kB of young objects alive through each young collection, and scanned 13 % slower. This runs
 * the scanner in a Node that reports each young collection and checks what survives them.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./young-survivors.ts', import.meta.url));

describe('young collections after a long text', () => {
  it('keep next to nothing alive while short messages are scanned', { timeout: 120_000 }, () => {
    const r = spawnSync(process.execPath, ['--trace-gc-nvp', '--import', 'tsx', SCRIPT], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 110_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const after = r.stdout.slice(r.stdout.indexOf('SHORT MESSAGES\n'));
    // Young collections ("gc=s") while the short messages ran, and the bytes each kept alive.
    // The first may still hold what the long text's scan left; the median of the rest is steady.
    const survived = [...after.matchAll(/gc=s .*?new_space_survived=(\d+)/g)].map((m) => Number(m[1])).slice(1);
    expect(survived.length).toBeGreaterThan(3);
    const median = survived.sort((a, b) => a - b)[survived.length >> 1];
    // Some 5–75 kB with every kept list made by keptList; 600–700 kB with array literals.
    expect(median).toBeLessThan(150_000);
  });
});
