/**
 * Holds Monaco's idle-time prefetch while the page runs something heavier. A traffic run keeps both
 * cores busy (the engine worker, the database) while the page thread looks idle, so the prefetch's
 * steps ran then — and Monaco's first editor, made off screen, was a 80–460 ms task in the middle
 * of the run. A held prefetch waits between steps; opening an editor is never held (its page is
 * not the one holding).
 */
let holds = 0;
let waiting: (() => void)[] = [];

/** Holds the prefetch until the returned function is called (calling it again does nothing). */
export function holdPrefetch(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holds > 0) return;
    const go = waiting;
    waiting = [];
    for (const resolve of go) resolve();
  };
}

/** Resolves at once when nothing holds the prefetch, else when the last hold is released. */
export const prefetchGate = (): Promise<void> => (holds === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve)));
