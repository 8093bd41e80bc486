/**
 * The recipient's side: opening a securedoc envelope. The page is parsed back (refused if it is not
 * a whole envelope), the key service checks the message (known, addressed to this recipient, not
 * locked or expired) and the recipient (per security level: High asks for the password every time,
 * Medium also accepts a remembered browser, No Password Required opens directly), releases the key,
 * and the body is verified and decrypted. Two steps, so the crypto runs before any transaction:
 * `decideOpen` reads a snapshot and does the crypto; `settleOpen` applies the outcome to fresh rows.
 */
import { fail, ok, type AppError, type Result } from '../errors.ts';
import { isEmailAddress } from '../model/address.ts';
import { decryptEnvelope } from '../encryption/decrypt.ts';
import { parseEnvelopeHtml, type ParsedEnvelope, type SecurityLevel } from '../encryption/envelope.ts';
import { formatDate } from '../encryption/html.ts';
import type { RandomBytes } from '../encryption/random.ts';
import type { OpenedContent, SecureActions } from '../encryption/types.ts';
import type { EnvelopeKey, ReadReceipt, ResMessage } from '../encryption/key-service.ts';
import { messageStatus, recordOpen } from './messages.ts';
import { verifyPassword } from './password.ts';
import { isLockedOut, knowsDevice, MAX_FAILED_ATTEMPTS, newDeviceToken, recordFailure, recordSuccess } from './recipients.ts';
import type { RecipientAccount } from './types.ts';

/** What the envelope form sends. */
export interface OpenRequest {
  readonly html: string;
  readonly address: string;
  readonly password?: string;
  readonly rememberMe?: boolean;
  readonly deviceToken?: string;
}

/** What the key service holds about this envelope and recipient. */
export interface OpenSnapshot {
  readonly message: ResMessage | undefined;
  readonly key: EnvelopeKey | undefined;
  readonly recipient: RecipientAccount | undefined;
}

/** An opened envelope, as the recipient's browser shows it. */
export interface OpenedEnvelope {
  readonly messageId: string;
  readonly security: SecurityLevel;
  readonly content: OpenedContent;
  readonly actions: SecureActions;
  /** The read receipt to deliver to the sender (first opening by this recipient, if enabled). */
  readonly readReceipt: ReadReceipt | null;
  /** Issued when "Remember me on this computer" was ticked: the browser keeps it. */
  readonly deviceToken: string | null;
  /** The recipient's personal security phrase, shown so they know the page is genuine. */
  readonly phrase: string | null;
}

/** The outcome of the checks and the crypto, before anything is stored. */
export type OpenDecision =
  | { readonly kind: 'refused'; readonly error: AppError }
  | { readonly kind: 'wrong-password'; readonly address: string; readonly messageId: string }
  | {
      readonly kind: 'granted';
      readonly address: string;
      readonly messageId: string;
      readonly content: OpenedContent;
      /** Signed in with a password or a remembered browser (not just a password-free envelope). */
      readonly authenticated: boolean;
      readonly rememberDevice: boolean;
    };

/** Why opening is for: reading, or a secure reply/forward (which always needs a signed-in recipient). */
export type OpenPurpose = 'read' | 'respond';

const refused = (r: Result<never>): OpenDecision => {
  if (r.ok) throw new Error('unreachable');
  return { kind: 'refused', error: r.error };
};

/** Parses the envelope page; the service then loads the snapshot for its message id. */
export function readEnvelope(html: string): Result<ParsedEnvelope> {
  const parsed = parseEnvelopeHtml(html);
  return parsed ? ok(parsed) : fail('res.envelope-malformed');
}

/** Checks everything and decrypts. Only a wrong password changes state; the caller applies it with `settleOpen`. */
export async function decideOpen(
  req: OpenRequest,
  envelope: ParsedEnvelope,
  snap: OpenSnapshot,
  now: number,
  purpose: OpenPurpose = 'read',
): Promise<OpenDecision> {
  const { message, key, recipient } = snap;
  const address = req.address.trim().toLowerCase();
  const messageId = envelope.data.messageId;
  if (!message || !key) return refused(fail('res.envelope-unknown'));
  if (!isEmailAddress(address) || !message.recipients.includes(address))
    return refused(fail('res.not-a-recipient', undefined, `(${address})`));
  const status = messageStatus(message, now);
  if (status === 'locked')
    return refused(fail('res.message-locked', undefined, message.lockReason ? `Reason: ${message.lockReason}` : undefined));
  if (status === 'expired') return refused(fail('res.message-expired', undefined, `It expired ${formatDate(message.expiresAt!)}.`));

  // The key service's record decides the level, never the (forgeable) envelope. Responding always
  // needs a signed-in recipient, even for password-free envelopes ("some features need registration").
  const level = purpose === 'respond' && message.security === 'none' ? 'medium' : message.security;
  let authenticated = false;
  if (level !== 'none') {
    if (!recipient) return refused(fail(purpose === 'respond' ? 'res.reply-requires-registration' : 'res.registration-required'));
    if (isLockedOut(recipient, now))
      return refused(fail('res.recipient-locked-out', undefined, `Try again after ${formatDate(recipient.lockedUntil!)}.`));
    const remembered = level === 'medium' && knowsDevice(recipient, req.deviceToken);
    if (!remembered) {
      if (!req.password) return refused(fail('res.password-required'));
      if (!(await verifyPassword(req.password, recipient.passwordHash))) return { kind: 'wrong-password', address, messageId };
    }
    authenticated = true;
  }
  const content = await decryptEnvelope(envelope, key);
  if (!content) return refused(fail('res.envelope-tampered'));
  return {
    kind: 'granted',
    address,
    messageId,
    content,
    authenticated,
    rememberDevice: authenticated && !!req.rememberMe && !!req.password,
  };
}

/** The rows to store and the answer, from a decision applied to freshly read rows. */
export interface SettledOpen {
  readonly result: Result<OpenedEnvelope>;
  readonly message?: ResMessage;
  readonly recipient?: RecipientAccount;
}

/** Applies a decision: counts a failure (locking after five), or records the opening and its read receipt. */
export function settleOpen(
  d: OpenDecision,
  fresh: { message: ResMessage; recipient: RecipientAccount | undefined },
  now: number,
  random: RandomBytes,
  recordReading = true,
): SettledOpen {
  if (d.kind === 'refused') return { result: { ok: false, error: d.error } };
  if (d.kind === 'wrong-password') {
    if (!fresh.recipient) return { result: fail('res.registration-required') };
    const recipient = recordFailure(fresh.recipient, now);
    const left = MAX_FAILED_ATTEMPTS - recipient.failedAttempts;
    const result = isLockedOut(recipient, now)
      ? fail<OpenedEnvelope>('res.recipient-locked-out', undefined, `Try again after ${formatDate(recipient.lockedUntil!)}.`)
      : fail<OpenedEnvelope>(
          'res.wrong-password',
          undefined,
          `${left} attempt${left === 1 ? '' : 's'} left before the account is locked for one hour.`,
        );
    return { result, recipient };
  }
  const token = d.rememberDevice ? newDeviceToken(random) : null;
  const recipient = fresh.recipient && d.authenticated ? recordSuccess(fresh.recipient, now, token) : undefined;
  const opened = recordReading ? recordOpen(fresh.message, d.address, now) : { message: fresh.message, receipt: null };
  const registered = !!fresh.recipient;
  return {
    result: ok({
      messageId: d.messageId,
      security: fresh.message.security,
      content: d.content,
      actions: {
        reply: registered,
        replyAll: registered && fresh.message.allowReplyAll,
        forward: registered && fresh.message.allowForward,
      },
      readReceipt: opened.receipt,
      deviceToken: token,
      phrase: fresh.recipient?.phrase ?? null,
    }),
    message: recordReading ? opened.message : undefined,
    recipient,
  };
}
