/** The walkthrough, in order: the seven setup steps and the final check. */
import { enableEncryption } from './steps/01-enable-encryption.ts';
import { registerWithRes } from './steps/02-register-with-res.ts';
import { encryptionProfiles } from './steps/03-encryption-profiles.ts';
import { enableDlp } from './steps/04-enable-dlp.ts';
import { messageActions } from './steps/05-message-actions.ts';
import { dlpPolicy } from './steps/06-dlp-policy.ts';
import { outgoingPolicy } from './steps/07-outgoing-policy.ts';
import { finalCheck } from './steps/08-final-check.ts';
import type { Lesson } from './types.ts';

export const lessons: readonly Lesson[] = [
  enableEncryption,
  registerWithRes,
  encryptionProfiles,
  enableDlp,
  messageActions,
  dlpPolicy,
  outgoingPolicy,
  finalCheck,
];
