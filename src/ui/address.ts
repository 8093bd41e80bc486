/**
 * Addresses inside the app: hash routes (`#/simulation/compose`), which work from any static host,
 * and their query (`#/monitor/quarantines?edit=NAME`), which gives forms and details deep links
 * that Back and Forward follow.
 */

/** The link to a page. */
export const href = (path: string): string => `#${path}`;

/** A page's link with one query parameter: `?add` without a value, else `?key=value`. */
export const queryHref = (page: string, key: string, value?: string): string =>
  value === undefined ? `${page}?${key}` : `${page}?${key}=${encodeURIComponent(value)}`;

/** The page of an address, without its query (`#/monitor/quarantines?edit=X` → `/monitor/quarantines`). */
export const hashPath = (hash: string): string => hash.replace(/^#/, '').split('?')[0] || '/';

/** The query of an address (the current one unless given), as parameters. */
export const hashQuery = (hash: string = location.hash): URLSearchParams => new URLSearchParams(hash.split('?')[1] ?? '');

/** Calls `onchange` on every change of the address; returns the cleanup, so `$effect(() => followHash(…))` stops with its component. */
export function followHash(onchange: () => void): () => void {
  window.addEventListener('hashchange', onchange);
  return () => window.removeEventListener('hashchange', onchange);
}
