/**
 * Encrypting one message, as the appliance does on delivery: check the size limit, draw a fresh
 * key, encrypt body and attachments (headers stay clear), and produce the notification message with
 * its securedoc envelope, plus the key and metadata to store at the key service. Pure apart from
 * WebCrypto: nothing is stored here, so the caller finishes the crypto before opening a transaction.
 */
import { headerAddress } from '../model/address.ts';
import type { EncryptionProfile } from '../config/schema/index.ts';
import { errorMessages, type AppError, type ErrorCode } from '../errors.ts';
import type { EnvelopeKey, MessageOrigin, ResMessage } from './key-service.ts';
import { toBase64, utf8 } from './bytes.ts';
import { newMessageKey, seal } from './cipher.ts';
import { associatedData, KEY_SERVER_URL, type EnvelopeData } from './envelope.ts';
import { renderEnvelopePage, securedocFileName } from './envelope-html.ts';
import { applianceSender, encryptedSubject, notificationBodies, substitute, type NotificationTemplates } from './notification.ts';
import { encodePayload, messageSize } from './payload.ts';
import type { RandomBytes } from './random.ts';
import type { FailureNotification, NotificationMessage, PlainMessage } from './types.ts';

/** Everything encryption needs besides the message: the profile and the appliance's settings. */
export interface EncryptInput {
  readonly message: PlainMessage;
  readonly profile: EncryptionProfile;
  readonly templates: NotificationTemplates;
  /** The key service account the appliance is provisioned with. */
  readonly accountNumber: string;
  /** "Maximum message size to encrypt", in bytes. */
  readonly maxMessageSize: number;
  /** The encrypt action's subject; `$Subject` (the original subject) when absent. */
  readonly subjectTemplate?: string;
  /** The appliance's host name, for the failure notification's sender. */
  readonly hostname: string;
  readonly origin?: MessageOrigin;
  readonly inReplyTo?: string | null;
}

/** The simulation's environment: time, the key service's id for the message, randomness. */
export interface EncryptEnv {
  readonly now: number;
  readonly messageId: string;
  readonly random: RandomBytes;
}

/** A successfully encrypted message: deliver `notification`, store `resMessage` and `resKey`. */
export interface EncryptedMessage {
  readonly notification: NotificationMessage;
  readonly resMessage: ResMessage;
  readonly resKey: EnvelopeKey;
}

/** Why a message was not encrypted. */
export type EncryptionFailureReason =
  'too-large' | 'not-enabled' | 'unknown-profile' | 'not-provisioned' | 'local-key-server' | 'no-recipients';

/**
 * A message that could not be encrypted. It is NOT delivered in clear (that would defeat the
 * policy that asked for encryption): the mail flow drops it, logs `detail` in tracking and sends
 * `notification` (the profile's encryption failure notification) to the sender.
 */
export interface EncryptionFailure {
  readonly reason: EncryptionFailureReason;
  readonly detail: string;
  readonly notification: FailureNotification;
  readonly sizeBytes?: number;
  readonly limitBytes?: number;
}

/** The outcome: a `Result` whose failure also carries the typed failure for tracking. */
export type EncryptOutcome =
  | { readonly ok: true; readonly value: EncryptedMessage }
  | { readonly ok: false; readonly error: AppError; readonly failure: EncryptionFailure };

const CODES: Readonly<Record<EncryptionFailureReason, ErrorCode>> = {
  'too-large': 'encryption.too-large',
  'not-enabled': 'encryption.not-enabled',
  'unknown-profile': 'encryption.unknown-profile',
  'not-provisioned': 'encryption.not-provisioned',
  'local-key-server': 'encryption.local-key-server-unreachable',
  'no-recipients': 'encryption.no-recipients',
};

/** Builds the failure outcome with the sender's failure notification. */
export function encryptionFailed(
  reason: EncryptionFailureReason,
  detail: string,
  message: PlainMessage,
  templates: Pick<NotificationTemplates, 'failureSubject' | 'failure'>,
  hostname: string,
  now: number,
  extra: Pick<EncryptionFailure, 'sizeBytes' | 'limitBytes'> = {},
): EncryptOutcome {
  const vars = { subject: message.subject, from: message.from, to: message.to, date: now };
  const notification: FailureNotification = {
    from: applianceSender(hostname),
    to: [message.from],
    subject: substitute(templates.failureSubject, vars),
    text: `${substitute(templates.failure, vars)}\n\nReason: ${detail}`,
  };
  const code = CODES[reason];
  return { ok: false, error: { code, message: `${errorMessages[code]} ${detail}` }, failure: { reason, detail, notification, ...extra } };
}

const lower = (list: readonly string[] | undefined) => (list ?? []).map((a) => a.toLowerCase());

/** Encrypts a message with a profile; fails (without any crypto) when it is over the size limit. */
export async function encryptMessage(input: EncryptInput, env: EncryptEnv): Promise<EncryptOutcome> {
  const { message: m, profile, templates } = input;
  const recipients = [...new Set([...lower(m.to), ...lower(m.cc), ...lower(m.bcc)])];
  if (recipients.length === 0)
    return encryptionFailed('no-recipients', 'The message has no recipients.', m, templates, input.hostname, env.now);
  const size = messageSize(m);
  if (size > input.maxMessageSize) {
    const detail = `Message size ${size} bytes exceeds the maximum message size to encrypt (${input.maxMessageSize} bytes).`;
    return encryptionFailed('too-large', detail, m, templates, input.hostname, env.now, {
      sizeBytes: size,
      limitBytes: input.maxMessageSize,
    });
  }

  const data: Omit<EnvelopeData, 'iv' | 'ciphertext' | 'mac'> = {
    format: 'cisco-registered-envelope',
    version: 1,
    keyServer: KEY_SERVER_URL,
    messageId: env.messageId,
    accountNumber: input.accountNumber,
    from: m.from,
    // Bcc recipients stay out of the envelope everyone receives; the key service still knows them.
    to: [...m.to, ...(m.cc ?? [])],
    sentAt: env.now,
    security: profile.security,
    algorithm: profile.algorithm,
  };
  const key = newMessageKey(profile.algorithm, env.random);
  const sealed = await seal(profile.algorithm, key, encodePayload(m, env.now), associatedData(data), env.random);
  const envelope: EnvelopeData = {
    ...data,
    iv: toBase64(sealed.iv),
    ciphertext: toBase64(sealed.ciphertext),
    mac: sealed.mac ? toBase64(sealed.mac) : null,
  };
  const envelopeHtml = renderEnvelopePage(envelope, { logoLink: profile.logoLink, locale: profile.locale });

  const vars = { subject: m.subject, from: m.from, to: m.to, date: env.now };
  const subject = encryptedSubject(input.subjectTemplate, vars);
  const bodies = notificationBodies(templates, vars);
  const notification: NotificationMessage = {
    from: m.from,
    to: [...m.to],
    cc: [...(m.cc ?? [])],
    bcc: [...(m.bcc ?? [])],
    subject,
    text: bodies.text,
    html: bodies.html,
    attachments: [{ name: securedocFileName(env.now), contentType: 'text/html', data: utf8(envelopeHtml) }],
    envelopeHtml,
    resMessageId: env.messageId,
  };
  const resMessage: ResMessage = {
    id: env.messageId,
    accountNumber: input.accountNumber,
    // The key service knows the sender by address: read receipts and Secure Reply go there, and the portal filters on it.
    sender: headerAddress(m.from).toLowerCase(),
    recipients,
    subject,
    sentAt: env.now,
    profileName: profile.name,
    security: profile.security,
    algorithm: profile.algorithm,
    readReceipts: profile.readReceipts,
    allowReplyAll: profile.secureReplyAll,
    allowForward: profile.secureForwarding,
    origin: input.origin ?? 'appliance',
    inReplyTo: input.inReplyTo ?? null,
    lockedAt: null,
    lockReason: '',
    expiresAt: null,
    opens: [],
    receipts: [],
  };
  const resKey: EnvelopeKey = { messageId: env.messageId, algorithm: profile.algorithm, key: toBase64(key), createdAt: env.now };
  return { ok: true, value: { notification, resMessage, resKey } };
}
