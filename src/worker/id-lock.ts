/**
 * The id lock: MIDs, ICIDs and DCIDs are read, used and written back under one lock shared by every
 * engine worker of the origin (each browser tab runs its own worker over the same database), so two
 * tabs never hand out the same number. Web Locks do this in the browser; where there are none
 * (Node, or a page served from a plain-http host, which is no secure context) the lock is shared by
 * the services of this process only, and the store's compare-and-swap of the counters inside its
 * write transaction (mail-service.ts) is what keeps ids apart across workers.
 */

/** Runs a task while holding the lock; tasks of one lock run one at a time. */
export type IdLock = <T>(task: () => Promise<T>) => Promise<T>;

/** The part of the Web Locks API used here (navigator.locks in windows and workers). */
interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

// Per database name: the tail of the in-process queue, for when there are no Web Locks.
const tails = new Map<string, Promise<unknown>>();

function processLock(name: string): IdLock {
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = (tails.get(name) ?? Promise.resolve()).then(task, task);
    tails.set(
      name,
      next.catch(() => undefined),
    );
    return next;
  };
}

/** The lock for a database's ids: Web Locks when the environment has them, else an in-process queue. */
export function idLock(dbName: string, locks: LockManagerLike | undefined = webLocks()): IdLock {
  const name = `dlp-playground:ids:${dbName}`;
  if (!locks) return processLock(name);
  return <T>(task: () => Promise<T>): Promise<T> => locks.request(name, task);
}

/** No lock at all (tests of the compare-and-swap alone). */
export const noIdLock: IdLock = (task) => task();

function webLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : undefined;
}
