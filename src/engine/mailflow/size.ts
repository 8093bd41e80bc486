/** A message's size as the mail flow measures it (tracking, size limits, content filter size conditions). */
import type { OutgoingMessage } from './types.ts';

/** Approximate size on the wire: bodies plus base64-encoded attachments. */
export const messageSize = (m: OutgoingMessage): number =>
  m.subject.length + m.text.length + m.html.length + m.attachments.reduce((n, a) => n + Math.ceil(a.content.byteLength / 3) * 4, 0) + 200;
