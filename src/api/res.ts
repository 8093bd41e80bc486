/** The Registered Envelope Service as the recipient's and administrator's pages see it: secure reply and forward, a recipient's registration. */
import type { NotificationMessage, PlainAttachment } from '../engine/encryption/types.ts';
import type { OpenRequest } from '../engine/res/open-envelope.ts';

/** Credentials and content of a secure reply (Reply, or Reply All with `all`). */
export interface SecureReplyInput extends Omit<OpenRequest, 'rememberMe'> {
  readonly text: string;
  readonly attachments?: readonly PlainAttachment[];
  readonly all?: boolean;
}

/** Credentials and content of a secure forward. */
export interface SecureForwardInput extends Omit<OpenRequest, 'rememberMe'> {
  readonly to: readonly string[];
  readonly text: string;
  readonly attachments?: readonly PlainAttachment[];
}

/** A sent secure reply or forward: the notification to deliver and its id at the key service. */
export interface SecureResponse {
  readonly notification: NotificationMessage;
  readonly messageId: string;
}

/** What the envelope form may show about an address before sign-in. */
export interface RecipientInfo {
  readonly address: string;
  readonly registered: boolean;
  /** Shown when the password field is clicked (anti-phishing). */
  readonly phrase: string | null;
  readonly lockedUntil: number | null;
}
