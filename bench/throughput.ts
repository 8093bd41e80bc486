/**
 * Timing helpers (1 MB = 10^6 UTF-16 code units). The machine the bench runs on is shared and
 * loaded, so a single best-of time drifts with whatever else runs. Every workload is therefore
 * warmed up, then all workloads run once per round, in turn, for several rounds: load changes hit
 * them alike, and the median per workload ignores the odd stalled run (GC, a neighbour's build).
 */

/** A workload timed by `interleave`. */
export interface Task {
  readonly name: string;
  /** Characters processed by one run, for MB/s. */
  readonly chars: number;
  readonly run: () => unknown;
}

/** One workload's timings in milliseconds, in round order. */
export interface Timing {
  readonly name: string;
  readonly chars: number;
  readonly times: readonly number[];
}

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** MB/s of a timing, from its median run. */
export const mbPerSecond = (t: Timing): number => t.chars / 1e3 / median(t.times);

/** Spread of a timing as MB/s of its slowest and fastest runs. */
export const mbRange = (t: Timing): readonly [number, number] => [
  t.chars / 1e3 / Math.max(...t.times),
  t.chars / 1e3 / Math.min(...t.times),
];

/** Warms every task up (twice: the optimiser needs a second look), then runs them in turn for `rounds` rounds. */
export async function interleave(tasks: readonly Task[], rounds: number): Promise<Map<string, Timing>> {
  for (const t of tasks) {
    await t.run();
    await t.run();
  }
  const times = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const t of tasks) {
      const start = performance.now();
      await t.run();
      times.get(t.name)!.push(performance.now() - start);
    }
  }
  return new Map(tasks.map((t) => [t.name, { name: t.name, chars: t.chars, times: times.get(t.name)! }]));
}

/** The floor: one pass of a trivial regex. */
export function floorPass(text: string): number {
  const re = /\d{4}/g;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}
