/** Navigation helpers for pages with sub-views in the hash (`#/page?edit=…`). */
import { hashPath } from '../address.ts';

/** The path part of the current hash, without the query. */
export const currentPath = (): string => hashPath(location.hash);

/**
 * Returns to a page's main view — but only while the learner is still on that page: a Submit that
 * finishes after they moved on must not pull them back.
 */
export function returnTo(path: string): void {
  const target = path.replace(/^#/, '');
  if (currentPath() === target) location.hash = target;
}
