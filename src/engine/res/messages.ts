/**
 * Sender-side control of one message at the key service: status (active, locked, expired), Lock,
 * Unlock and Expire from the admin portal, and recording who opened it, with the read receipt the
 * sender gets on each recipient's first opening when the profile asked for read receipts.
 */
import { fail, ok, type Result } from '../errors.ts';
import { formatDate } from '../encryption/html.ts';
import type { ReadReceipt, ResMessage } from '../encryption/key-service.ts';
import type { MessageStatus } from './types.ts';

/** The message's status now: a lock wins over an expiry date that has passed. */
export function messageStatus(m: ResMessage, now: number): MessageStatus {
  if (m.lockedAt !== null) return 'locked';
  if (m.expiresAt !== null && m.expiresAt <= now) return 'expired';
  return 'active';
}

/** Locks the message so no recipient can open it (the reason is shown to recipients). */
export function lockMessage(m: ResMessage, now: number, reason = ''): Result<ResMessage> {
  if (m.lockedAt !== null) return fail('res.message-already-locked');
  return ok({ ...m, lockedAt: now, lockReason: reason.trim().slice(0, 500) });
}

/** Unlocks a locked message (an expiry date still applies). */
export function unlockMessage(m: ResMessage): Result<ResMessage> {
  if (m.lockedAt === null) return fail('res.message-not-locked');
  return ok({ ...m, lockedAt: null, lockReason: '' });
}

/** Sets the expiry date: at or before now the message is expired at once; a later date re-opens it until then. */
export function expireMessage(m: ResMessage, at: number): Result<ResMessage> {
  if (!Number.isFinite(at) || at < 0) return fail('res.bad-expiry');
  return ok({ ...m, expiresAt: Math.floor(at) });
}

/** The read receipt sent to the sender when `reader` opens the message. */
export function readReceiptFor(m: ResMessage, reader: string, at: number): ReadReceipt {
  return {
    to: m.sender,
    subject: `Read: ${m.subject}`,
    text: `Your secure message "${m.subject}" sent ${formatDate(m.sentAt)} was opened by ${reader} on ${formatDate(at)}.`,
    reader,
    at,
  };
}

/** Records an opening; a read receipt is produced on the reader's first opening if enabled. */
export function recordOpen(m: ResMessage, reader: string, at: number): { message: ResMessage; receipt: ReadReceipt | null } {
  const first = !m.opens.some((o) => o.address === reader);
  const receipt = m.readReceipts && first ? readReceiptFor(m, reader, at) : null;
  return {
    message: { ...m, opens: [...m.opens, { address: reader, at }], receipts: receipt ? [...m.receipts, receipt] : m.receipts },
    receipt,
  };
}
