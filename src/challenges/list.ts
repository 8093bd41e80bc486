/** The troubleshooting challenges, in the order the Challenges page lists them (gentlest first). */
import { dlpNotOnMailPolicy } from './steps/01-dlp-not-on-mail-policy.ts';
import { earlierOutgoingPolicy } from './steps/02-earlier-outgoing-policy.ts';
import { matchedContentLoggingOff } from './steps/03-matched-content-logging-off.ts';
import { scaleSendsToIgnore } from './steps/04-scale-sends-to-ignore.ts';
import { lowerSeverityInheritsDeliver } from './steps/05-lower-severity-inherits-deliver.ts';
import { proximityTooSmall } from './steps/06-proximity-too-small.ts';
import { policySenderFilter } from './steps/07-policy-sender-filter.ts';
import { dlpGloballyDisabled } from './steps/08-dlp-globally-disabled.ts';
import { profileNotProvisioned } from './steps/09-profile-not-provisioned.ts';
import { encryptOnlyIfTlsFails } from './steps/10-encrypt-only-if-tls-fails.ts';
import { encryptionSizeLimit } from './steps/11-encryption-size-limit.ts';
import { clusterMemberSerial } from './steps/12-cluster-member-serial.ts';
import { envelopeLocked } from './steps/13-envelope-locked.ts';
import type { Challenge } from './types.ts';

export const challenges: readonly Challenge[] = [
  dlpNotOnMailPolicy,
  earlierOutgoingPolicy,
  matchedContentLoggingOff,
  scaleSendsToIgnore,
  lowerSeverityInheritsDeliver,
  proximityTooSmall,
  policySenderFilter,
  dlpGloballyDisabled,
  profileNotProvisioned,
  encryptOnlyIfTlsFails,
  encryptionSizeLimit,
  clusterMemberSerial,
  envelopeLocked,
];
