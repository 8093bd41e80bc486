/** Message Tracking as its page asks and sees it: the search form, a results row, a page of results. */
import type { SeverityLevel } from '../engine/dlp/types.ts';
import type { TrackingEventType, TrackingRecord } from '../engine/mailflow/types.ts';
import type { TrackingView } from '../engine/mailflow/tracking-privileges.ts';

/** How a text criterion compares. */
export type TextOp = 'begins' | 'is' | 'contains';

/** The Message Tracking search form. */
export interface TrackingQuery {
  readonly sender?: { op: TextOp; value: string };
  readonly recipient?: { op: TextOp; value: string };
  readonly subject?: { op: TextOp | 'empty'; value: string };
  readonly from?: number;
  readonly to?: number;
  /** Message events, OR-combined. */
  readonly events?: readonly TrackingEventType[];
  /** With the DLP Violations event: one policy, and severities. */
  readonly dlpPolicy?: string;
  readonly severities?: readonly SeverityLevel[];
  readonly mid?: number;
  readonly attachment?: string;
  readonly messageId?: string;
  /** One cluster member's messages only (tracking is per machine); all members when absent. */
  readonly host?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** A message's details as the signed-in user may see them, and the MIDs it splintered into. */
export interface TrackingDetails extends TrackingView {
  readonly related: number[];
}

/** One row of the results list. */
export interface TrackingRow {
  readonly mid: number;
  readonly receivedAt: number;
  readonly envelopeFrom: string;
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly eventTypes: readonly TrackingEventType[];
  readonly dlpSeverity: TrackingRecord['dlpSeverity'];
  readonly dlpPolicies: readonly string[];
  readonly lastEvent: string;
}

/** A search's answer: every match counted, one page of rows, and the indexes that answered it. */
export interface TrackingResult {
  readonly total: number;
  readonly rows: TrackingRow[];
  /** The first (most selective) index used; 'receivedAt' when only the date range (or no index) applies. */
  readonly index: string;
  /** Every index used, in the order they were read. */
  readonly indexes: readonly string[];
}
