/**
 * Secure Reply, Reply All and Forward from an opened envelope. Reply is open to every registered
 * recipient; Reply All and Forward only when the sender's profile enabled them. The response is a
 * new message composed here and encrypted by the same code as the appliance's (same settings as the
 * original, keys and metadata stored under the original's account).
 */
import { defaultEncryptionProfile } from '../config/defaults.ts';
import type { EncryptionProfile } from '../config/schema/index.ts';
import { fail, ok, type Result } from '../errors.ts';
import { isEmailAddress } from '../model/address.ts';
import { formatDate } from '../encryption/html.ts';
import type { OpenedContent, PlainAttachment, PlainMessage } from '../encryption/types.ts';
import type { MessageOrigin, ResMessage } from '../encryption/key-service.ts';

/** Which response. */
export type ResponseKind = 'reply' | 'reply-all' | 'forward';

/** What the recipient writes. */
export interface ResponseInput {
  readonly kind: ResponseKind;
  /** The recipient who responds (lower-case). */
  readonly address: string;
  readonly text: string;
  readonly attachments?: readonly PlainAttachment[];
  /** Forward only: where to. */
  readonly to?: readonly string[];
}

/** The key service's size limit for secure replies (it is not bound by any appliance's setting). */
export const RES_MAX_MESSAGE_BYTES = 25 * 1024 ** 2;

/** The origin recorded for each response kind. */
export const ORIGINS: Readonly<Record<ResponseKind, MessageOrigin>> = {
  reply: 'secure-reply',
  'reply-all': 'secure-reply-all',
  forward: 'secure-forward',
};

/** The settings the response is encrypted with: the original message's. */
export function profileOf(m: ResMessage): EncryptionProfile {
  return {
    ...defaultEncryptionProfile(m.profileName),
    security: m.security,
    algorithm: m.algorithm,
    readReceipts: m.readReceipts,
    secureReplyAll: m.allowReplyAll,
    secureForwarding: m.allowForward,
  };
}

const prefixed = (prefix: string, subject: string) =>
  subject.toLowerCase().startsWith(prefix.toLowerCase()) ? subject : `${prefix} ${subject}`;

function quoted(c: OpenedContent): string {
  const header = [
    `From: ${c.from}`,
    `Sent: ${formatDate(c.sentAt)}`,
    `To: ${c.to.join(', ')}`,
    ...(c.cc.length ? [`Cc: ${c.cc.join(', ')}`] : []),
    `Subject: ${c.subject}`,
  ];
  return `\n\n-----Original Message-----\n${header.join('\n')}\n\n${c.text}`;
}

/** Checks the permission and composes the response; the caller encrypts it. */
export function composeResponse(input: ResponseInput, original: ResMessage, content: OpenedContent): Result<PlainMessage> {
  const self = input.address;
  const base = { from: self, text: `${input.text}${quoted(content)}` };
  if (input.kind === 'reply-all' && !original.allowReplyAll) return fail('res.reply-all-not-allowed');
  if (input.kind === 'forward' && !original.allowForward) return fail('res.forward-not-allowed');
  if (input.kind === 'forward') {
    const to = [...new Set((input.to ?? []).map((a) => a.trim().toLowerCase()).filter((a) => a !== ''))];
    if (!to.length || !to.every(isEmailAddress))
      return fail('res.forward-no-recipients', undefined, to.filter((a) => !isEmailAddress(a)).join(', ') || undefined);
    return ok({
      ...base,
      to,
      subject: prefixed('Fw:', content.subject),
      attachments: [...content.attachments, ...(input.attachments ?? [])],
    });
  }
  const others = (list: readonly string[]) =>
    list.filter((a) => a.toLowerCase() !== self && a.toLowerCase() !== content.from.toLowerCase());
  return ok({
    ...base,
    to: input.kind === 'reply-all' ? [content.from, ...others(content.to)] : [content.from],
    cc: input.kind === 'reply-all' ? others(content.cc) : [],
    subject: prefixed('Re:', content.subject),
    attachments: [...(input.attachments ?? [])],
  });
}
