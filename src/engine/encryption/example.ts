/**
 * The profile page's "Example Message" preview: a sample message really encrypted with the profile
 * (so the envelope is the genuine article), the notification it produces, the envelope page and the
 * opened message as the recipient would see it. Nothing is stored at the key service.
 */
import type { EncryptionProfile } from '../config/schema/index.ts';
import { decryptEnvelope } from './decrypt.ts';
import { encryptMessage } from './encrypt.ts';
import { parseEnvelopeHtml } from './envelope.ts';
import type { NotificationTemplates } from './notification.ts';
import { renderOpenedMessage } from './opened-page.ts';
import type { RandomBytes } from './random.ts';
import type { PlainMessage } from './types.ts';

/** The preview, as plain strings. */
export interface ExamplePreview {
  readonly notification: {
    readonly from: string;
    readonly to: readonly string[];
    readonly subject: string;
    readonly text: string;
    readonly html: string;
  };
  readonly fileName: string;
  readonly envelopeHtml: string;
  readonly openedHtml: string;
}

/** The sample message the preview encrypts. */
export const EXAMPLE_MESSAGE: PlainMessage = {
  from: 'sender@example.com',
  to: ['recipient@example.net'],
  subject: 'Example secure message',
  text: 'This is an example of a message encrypted with this profile.\n\nThe body and attachments are encrypted; the headers are not.',
  attachments: [{ name: 'example.txt', contentType: 'text/plain', data: new TextEncoder().encode('Example attachment') }],
};

/** Builds the preview for a profile (as edited, possibly not yet submitted). */
export async function examplePreview(
  profile: EncryptionProfile,
  templates: NotificationTemplates,
  now: number,
  random: RandomBytes,
): Promise<ExamplePreview> {
  const outcome = await encryptMessage(
    {
      message: EXAMPLE_MESSAGE,
      profile,
      templates,
      accountNumber: 'example',
      maxMessageSize: Number.MAX_SAFE_INTEGER,
      hostname: 'esa.example.com',
    },
    { now, messageId: 'example', random },
  );
  if (!outcome.ok) throw new Error(`example message failed to encrypt: ${outcome.error.message}`);
  const { notification, resKey } = outcome.value;
  const content = await decryptEnvelope(parseEnvelopeHtml(notification.envelopeHtml)!, resKey);
  if (!content) throw new Error('example envelope failed to open');
  return {
    notification: {
      from: notification.from,
      to: notification.to,
      subject: notification.subject,
      text: notification.text,
      html: notification.html,
    },
    fileName: notification.attachments[0].name,
    envelopeHtml: notification.envelopeHtml,
    openedHtml: renderOpenedMessage(content, { reply: true, replyAll: profile.secureReplyAll, forward: profile.secureForwarding }),
  };
}
