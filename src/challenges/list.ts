/** The troubleshooting challenges, in the order the Challenges page lists them (gentlest first). */
import { dlpNotOnMailPolicy } from './steps/01-dlp-not-on-mail-policy.ts';
import { profileNotProvisioned } from './steps/09-profile-not-provisioned.ts';
import { encryptOnlyIfTlsFails } from './steps/10-encrypt-only-if-tls-fails.ts';
import { encryptionSizeLimit } from './steps/11-encryption-size-limit.ts';
import { clusterMemberSerial } from './steps/12-cluster-member-serial.ts';
import { envelopeLocked } from './steps/13-envelope-locked.ts';
import type { Challenge } from './types.ts';

export const challenges: readonly Challenge[] = [
  dlpNotOnMailPolicy,
  profileNotProvisioned,
  encryptOnlyIfTlsFails,
  encryptionSizeLimit,
  clusterMemberSerial,
  envelopeLocked,
];

export const challengeById = (id: string): Challenge | undefined => challenges.find((c) => c.id === id);
