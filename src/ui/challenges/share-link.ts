/** A challenge's share link: this page of the app, opened on the Challenges page with that challenge marked. */
import { queryHref } from '../address.ts';

export const CHALLENGES_PATH = '/simulation/challenges';

/** The absolute address an instructor sends a class (works from whatever folder the app is served). */
export function challengeLink(id: string, base: string = location.href): string {
  const url = new URL(base);
  url.hash = queryHref(CHALLENGES_PATH, 'challenge', id);
  return url.toString();
}
