/** The walkthrough, in order: the seven setup steps (with optional extras after steps 6 and 7) and the final check. */
import { enableEncryption } from './steps/01-enable-encryption.ts';
import { registerWithRes } from './steps/02-register-with-res.ts';
import { encryptionProfiles } from './steps/03-encryption-profiles.ts';
import { enableDlp } from './steps/04-enable-dlp.ts';
import { messageActions } from './steps/05-message-actions.ts';
import { dlpPolicy } from './steps/06-dlp-policy.ts';
import { previewImpact } from './steps/06a-preview-impact.ts';
import { outgoingPolicy } from './steps/07-outgoing-policy.ts';
import { subjectFlag } from './steps/07a-subject-flag.ts';
import { finalCheck } from './steps/08-final-check.ts';
import type { Lesson } from './types.ts';

export const lessons: readonly Lesson[] = [
  enableEncryption,
  registerWithRes,
  encryptionProfiles,
  enableDlp,
  messageActions,
  dlpPolicy,
  previewImpact,
  outgoingPolicy,
  subjectFlag,
  finalCheck,
];

/** The lessons progress counts ("Tutorial 5/8") and a jump applies: the optional ones are extras. */
export const requiredLessons: readonly Lesson[] = lessons.filter((l) => !l.optional);

/** A lesson's name in lists: its number, or "6a" / "7a" for the optional lesson after lesson 6 / 7. */
export const lessonLabel = (l: Lesson): string => (l.optional ? `${l.number}a` : String(l.number));
