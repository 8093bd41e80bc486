/**
 * Message Tracking's wording in one place: the Message Event names as the search form, the result
 * badges and the processing details show them, and how each event type is marked.
 */
import type { TrackingEventType } from '../../engine/mailflow/types.ts';

/** The Message Event checkboxes of the search form, in the appliance's order. */
export const SEARCH_EVENTS: readonly { type: TrackingEventType; label: string }[] = [
  { type: 'delivered', label: 'Delivered' },
  { type: 'dropped', label: 'Dropped' },
  { type: 'quarantined', label: 'Quarantined' },
  { type: 'dlp-violation', label: 'DLP Violations' },
  { type: 'encrypted', label: 'Encrypted' },
  { type: 'bounced', label: 'Bounced' },
];

/** A short name for each event type (badges and CSV). */
export const EVENT_LABELS: Readonly<Record<TrackingEventType, string>> = {
  delivered: 'Delivered',
  dropped: 'Dropped',
  quarantined: 'Quarantined',
  'dlp-violation': 'DLP Violation',
  encrypted: 'Encrypted',
  bounced: 'Bounced',
  released: 'Released',
  deleted: 'Deleted',
};

/** How an event reads at a glance: good (delivered), held, bad (lost), or informational. */
export const EVENT_TONE: Readonly<Record<TrackingEventType, 'ok' | 'warn' | 'bad' | 'info'>> = {
  delivered: 'ok',
  released: 'ok',
  quarantined: 'warn',
  'dlp-violation': 'warn',
  dropped: 'bad',
  bounced: 'bad',
  deleted: 'bad',
  encrypted: 'info',
};

/** The Message Tracking page's address, and a message's details (deep link). */
export const TRACKING = '#/monitor/message-tracking';
export const midHref = (mid: number): string => `${TRACKING}?mid=${mid}`;
