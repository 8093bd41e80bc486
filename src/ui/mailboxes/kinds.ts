/** What each kind of mailbox item is called on badges and in lists. */
import { isHostMailbox } from '../../db/views/mailboxes.ts';
import type { MailboxKind } from '../../engine/mailflow/types.ts';

const LABELS: Record<MailboxKind, string> = {
  message: 'Message',
  encrypted: 'Encrypted',
  'dlp-notification': 'DLP notification',
  'filter-notification': 'Content filter notification',
  bcc: 'Bcc copy',
  'read-receipt': 'Read receipt',
  'failure-notice': 'Failure notice',
  'alternate-host': 'Alternate host',
  'released-copy': 'Released copy',
};

/** The kinds in the order badges list them. */
export const kindOrder = Object.keys(LABELS) as MailboxKind[];

/** A kind's label, e.g. "Bcc copy". */
export const kindLabel = (kind: MailboxKind): string => LABELS[kind] ?? kind;

/** How a mailbox is named in the list. */
export const mailboxName = (address: string): string => (isHostMailbox(address) ? address.slice(5) : address);
