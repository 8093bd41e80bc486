/** A challenge's share link: this app opened on the Challenges page with that challenge marked. */
import { appLink } from '../shared/share-link.ts';

export const CHALLENGES_PATH = '/simulation/challenges';

/** The absolute address an instructor sends a class. */
export const challengeLink = (id: string, base?: string): string => appLink(CHALLENGES_PATH, 'challenge', id, base);
