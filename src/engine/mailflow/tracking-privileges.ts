/**
 * Message Tracking as one user sees it: DLP matched content is withheld from a role without DLP Tracking Privileges
 * (administrators always see it), and the view says it was withheld, so the page can explain why.
 */
import { maySeeMatchedContent, type GrantableRole, type UserRole } from '../model/users.ts';
import type { TrackingRecord } from './types.ts';

/** A tracking record as a user may see it, and whether matched content was withheld from them. */
export interface TrackingView {
  readonly record: TrackingRecord;
  readonly matchedContentHidden: boolean;
}

/** The record for a viewer of `role`, given the roles granted DLP Tracking Privileges. */
export function viewFor(record: TrackingRecord, role: UserRole, granted: readonly GrantableRole[] = []): TrackingView {
  if (maySeeMatchedContent(role, granted) || !record.dlp.matchedContent?.length) return { record, matchedContentHidden: false };
  return { record: { ...record, dlp: { ...record.dlp, matchedContent: null } }, matchedContentHidden: true };
}
