/**
 * Mail the recipient's side produces, delivered into the simulated mailboxes: read receipts to the
 * sender, and encrypted secure replies and forwards.
 */
import type { MailboxItem } from '../engine/mailflow/types.ts';
import type { NotificationMessage } from '../engine/encryption/types.ts';
import type { ReadReceipt } from '../engine/encryption/key-service.ts';
import type { ServiceContext } from './context.ts';

/** Puts a read receipt in the original sender's mailbox. */
export async function deliverReadReceipt(ctx: ServiceContext, r: ReadReceipt): Promise<void> {
  const item: MailboxItem = {
    address: r.to,
    at: r.at,
    kind: 'read-receipt',
    mid: 0,
    from: 'Registered Envelope Service <res-notify@res.example.com>',
    to: [r.to],
    cc: [],
    subject: r.subject,
    text: r.text,
    html: '',
    attachments: [],
    headers: {},
    messageId: `<receipt.${r.at}@res.example.com>`,
  };
  await ctx.db.mailboxes.add(item);
}

/** Delivers a secure reply or forward (an encrypted notification) to each of its recipients. */
export async function deliverSecureResponse(ctx: ServiceContext, n: NotificationMessage): Promise<void> {
  const at = await ctx.now();
  const to = [...n.to, ...n.cc, ...n.bcc];
  await ctx.db.mailboxes.bulkAdd(
    to.map((address) => ({
      address,
      at,
      kind: 'encrypted' as const,
      mid: 0,
      from: n.from,
      to: n.to,
      cc: n.cc,
      subject: n.subject,
      text: n.text,
      html: n.html,
      attachments: n.attachments.map((a) => ({ filename: a.name, contentType: a.contentType, content: a.data })),
      headers: {},
      messageId: `<${n.resMessageId}@res.example.com>`,
      resMessageId: n.resMessageId,
    })),
  );
}
