/** The troubleshooting challenges, in the order the Challenges page lists them (gentlest first). */
import { dlpNotOnMailPolicy } from './steps/01-dlp-not-on-mail-policy.ts';
import { profileNotProvisioned } from './steps/09-profile-not-provisioned.ts';
import type { Challenge } from './types.ts';

export const challenges: readonly Challenge[] = [dlpNotOnMailPolicy, profileNotProvisioned];

export const challengeById = (id: string): Challenge | undefined => challenges.find((c) => c.id === id);
