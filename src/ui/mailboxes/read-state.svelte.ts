/**
 * Which mailbox items the user has opened, for unread badges. A UI preference, so it lives in
 * localStorage rather than in the engine's tables (the worker owns those).
 */
const STORAGE_KEY = 'mailbox-read';

export class ReadState {
  #ids = $state.raw<ReadonlySet<number>>(new Set());

  constructor(private readonly storage: Storage | null = typeof localStorage === 'undefined' ? null : localStorage) {
    try {
      const list: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
      if (Array.isArray(list)) this.#ids = new Set(list.filter((n): n is number => typeof n === 'number'));
    } catch {
      // A broken entry only means everything shows as unread.
    }
  }

  isRead = (id: number | undefined): boolean => id !== undefined && this.#ids.has(id);

  markRead(id: number | undefined): void {
    if (id === undefined || this.#ids.has(id)) return;
    this.#ids = new Set([...this.#ids, id]);
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify([...this.#ids]));
    } catch {
      // Storage full or disabled: unread badges reset on reload, nothing else is lost.
    }
  }
}
