/** Timing helpers: best of several runs after a warm-up, in MB/s (1 MB = 10^6 UTF-16 code units). */

/** MB/s of `fn` over a text of `chars` characters: warm-up, then the best of `runs`. */
export async function mbPerSecond(chars: number, fn: () => unknown, runs = 3): Promise<number> {
  await fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t);
  }
  return chars / 1e6 / (best / 1000);
}

/** The floor: one pass of a trivial regex. */
export function floorPass(text: string): number {
  const re = /\d{4}/g;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}
