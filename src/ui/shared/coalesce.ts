/**
 * Coalescing a refresh that many events ask for: a traffic run writes a batch every few hundred
 * milliseconds, and a page that re-asks the engine on every write spends the main thread (and the
 * worker) on answers nobody has time to read. At most one run at a time, at most one per interval;
 * asks that come meanwhile make one more run afterwards, so the last state is always shown.
 */

/** Returns `ask`: runs `run` now if it is free and has not run within `intervalMs`, else once later. */
export function coalesce(run: () => Promise<void>, intervalMs: number): () => void {
  let running = false;
  let wanted = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = -Infinity;

  const go = async () => {
    timer = null;
    wanted = false;
    running = true;
    last = performance.now();
    try {
      await run();
    } finally {
      running = false;
      if (wanted) ask();
    }
  };

  function ask(): void {
    wanted = true;
    if (running || timer) return;
    const wait = last + intervalMs - performance.now();
    if (wait <= 0) void go();
    else timer = setTimeout(() => void go(), wait);
  }

  return ask;
}
