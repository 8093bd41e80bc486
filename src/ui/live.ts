/**
 * Following the database from the UI: a read re-runs whenever a table it read changes — the
 * worker's writes included (Dexie broadcasts them to every context) — and the page gets the new
 * answer. Reads are the shared views of `src/db/views/`, never domain rules written again here.
 */
import { liveQuery, RangeSet } from 'dexie';

/** Runs `next` with the read's answer now and after every change to what it read. Returns the unsubscribe. */
export function follow<T>(read: () => Promise<T>, next: (value: T) => void, onError: (e: unknown) => void = () => {}): () => void {
  const sub = liveQuery(read).subscribe({ next, error: onError });
  return () => sub.unsubscribe();
}

/**
 * Calls `changed` now and after every change to what `read` touches (its answer itself is not needed).
 * With `quietMs`, a change stops following for that long, then `read` runs once more and `changed`
 * is called again: a burst of writes (a traffic run stores a batch every few hundred milliseconds,
 * and a bulk write counts as a change to the whole table) costs one read per interval instead of
 * one per write, and the last change is still reported.
 */
export function onChange(read: () => Promise<unknown>, changed: () => void, quietMs = 0): () => void {
  // A new revision on every run, so each change is reported even when the read's answer looks the same.
  let revision = 0;
  let stop: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let first = true;
  const start = () => {
    timer = null;
    first = true;
    stop = follow(
      async () => {
        await read();
        return ++revision;
      },
      () => {
        changed();
        // The answer on (re)subscribing is the state now; a later one is a change: pause.
        if (first || quietMs <= 0) {
          first = false;
          return;
        }
        stop?.();
        stop = null;
        timer = setTimeout(start, quietMs);
      },
    );
  };
  start();
  return () => {
    stop?.();
    if (timer) clearTimeout(timer);
  };
}

/** A read as a Svelte store (`$store`): undefined until the first answer, then every new answer. */
export const live = <T>(read: () => Promise<T>) => liveQuery(read);

/**
 * Runs every followed read again. Called after the engine worker is restarted: a write it finished
 * just before it was stopped is in the database, but the broadcast that tells the pages may be lost.
 */
export function rereadAll(): void {
  // What Dexie does itself when a page comes back from the back-forward cache: "everything changed",
  // through its same-context event so cached answers are dropped too (firing Dexie.on.storagemutated
  // alone re-runs the reads against the cache).
  dispatchEvent(new CustomEvent('x-storagemutated-1', { detail: { all: new RangeSet(-Infinity, [[]]) } }));
}
