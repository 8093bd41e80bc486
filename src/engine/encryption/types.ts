/**
 * The plain data the encryption engine takes and gives: the message the mail flow hands over, and
 * the notification message (with its securedoc envelope attachment) that is delivered instead.
 * Plain objects and Uint8Arrays only, so they cross the worker boundary and fit in IndexedDB.
 */

/** One attachment of a message. */
export interface PlainAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly data: Uint8Array;
}

/** A message as the mail flow hands it to encryption. Headers stay in clear; body and attachments are encrypted. */
export interface PlainMessage {
  readonly from: string;
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  readonly bcc?: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly attachments?: readonly PlainAttachment[];
  /** The size the mail flow measured, if it did; otherwise estimated from the parts (see `messageSize`). */
  readonly sizeBytes?: number;
}

/** The message delivered in place of the original: clear headers, the notification text, the envelope. */
export interface NotificationMessage {
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  /** The encrypted subject: the action's subject with `$Subject` replaced by the original subject. */
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Exactly one: `securedoc_YYYYMMDDThhmmss.html`, the Registered Envelope. */
  readonly attachments: readonly PlainAttachment[];
  /** The envelope page itself (the attachment's text), for convenience. */
  readonly envelopeHtml: string;
  /** The message's id at the key service (for tracking, lock, expire). */
  readonly resMessageId: string;
}

/** The notification the sender gets when a message could not be encrypted. */
export interface FailureNotification {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
}

/** A decrypted message, as the recipient sees it after opening the envelope. */
export interface OpenedContent {
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly sentAt: number;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly PlainAttachment[];
}

/** What the recipient may do with the opened message. */
export interface SecureActions {
  readonly reply: boolean;
  readonly replyAll: boolean;
  readonly forward: boolean;
}
