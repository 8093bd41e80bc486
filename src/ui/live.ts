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

/** Calls `changed` now and after every change to what `read` touches (its answer itself is not needed). */
export function onChange(read: () => Promise<unknown>, changed: () => void): () => void {
  // A new revision on every run, so each change is reported even when the read's answer looks the same.
  let revision = 0;
  return follow(
    async () => {
      await read();
      return ++revision;
    },
    () => changed(),
  );
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
