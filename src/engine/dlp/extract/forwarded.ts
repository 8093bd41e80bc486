/**
 * A forwarded message (a message/rfc822 or .eml attachment) read with postal-mime, the parser the
 * mail flow uses for .eml files, into the subject, bodies and attachments extraction walks.
 * Inline message/rfc822 parts are already merged into their parent's body by postal-mime.
 */
import PostalMime from 'postal-mime';
import { MAX_MIME_DEPTH } from '../../model/message-limits.ts';

/** What extraction reads of a forwarded message. */
export interface ForwardedMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly { filename: string; contentType: string; content: Uint8Array }[];
}

/** The forwarded message in `raw`; throws with postal-mime's reason when it cannot be parsed. */
export async function parseForwarded(raw: Uint8Array): Promise<ForwardedMessage> {
  const email = await PostalMime.parse(raw, { maxNestingDepth: MAX_MIME_DEPTH });
  return {
    subject: email.subject ?? '',
    text: email.text ?? '',
    html: email.html ?? '',
    attachments: email.attachments.map((a, i) => ({
      filename: a.filename || `attachment-${i + 1}${a.mimeType === 'message/rfc822' ? '.eml' : ''}`,
      contentType: a.mimeType || 'application/octet-stream',
      content: typeof a.content === 'string' ? new TextEncoder().encode(a.content) : new Uint8Array(a.content),
    })),
  };
}
