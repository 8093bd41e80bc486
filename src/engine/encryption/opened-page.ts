/**
 * The opened message as the key service's page shows it after decryption: headers, the text body
 * and the attachment list, with the secure actions the sender allowed. Text only (escaped): the
 * sender's HTML body is returned separately for the UI to sanitise.
 */
import { escapeHtml, formatDate, textToHtml } from './html.ts';
import type { OpenedContent, SecureActions } from './types.ts';

/** The decrypted message page, as an HTML fragment. */
export function renderOpenedMessage(c: OpenedContent, actions: SecureActions): string {
  const row = (label: string, value: string) => `<dt>${label}</dt><dd>${escapeHtml(value)}</dd>`;
  const buttons = [actions.reply && 'Reply', actions.replyAll && 'Reply All', actions.forward && 'Forward'].filter(Boolean);
  const files = c.attachments.map((a) => `<li>${escapeHtml(a.name)} (${a.data.length} bytes)</li>`).join('');
  return `<article class="secure-message">
<div class="secure-actions">${buttons.map((b) => `<button type="button">${b}</button>`).join('')}</div>
<dl>${row('From:', c.from)}${row('To:', c.to.join(', '))}${c.cc.length ? row('Cc:', c.cc.join(', ')) : ''}${row('Sent:', formatDate(c.sentAt))}${row('Subject:', c.subject)}</dl>
<div class="secure-body">${textToHtml(c.text)}</div>
${files ? `<ul class="secure-attachments">${files}</ul>` : ''}
</article>`;
}
