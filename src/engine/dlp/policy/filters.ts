/**
 * The policy's filters (reference §8.5): senders and recipients (apply to / exempt, address
 * patterns) and attachments (file types, extensions, minimum size). The message has already been
 * matched to an outgoing mail policy; splitting a message per recipient is the pipeline's job, so
 * here a recipient filter applies when at least one recipient is covered.
 */
import type { DlpPolicy } from '../../config/schema/index.ts';
import type { ScanPart, ScannableMessage } from '../types.ts';
import { addressMatches } from '../../model/address.ts';
import { matchesFileTypes } from './file-types.ts';

const anyMatch = (patterns: readonly string[], address: string): boolean => patterns.some((p) => addressMatches(p, address));

/** Why the sender/recipient filters exclude the message, or null when the policy applies. */
export function addressFilterProblem(policy: DlpPolicy, message: Pick<ScannableMessage, 'sender' | 'recipients'>): string | null {
  const s = policy.senders;
  if (s) {
    const hit = anyMatch(s.addresses, message.sender);
    if (s.mode === 'apply' && !hit) return `sender ${message.sender} is not in the policy's sender list`;
    if (s.mode === 'exempt' && hit) return `sender ${message.sender} is exempt`;
  }
  const r = policy.recipients;
  if (r) {
    const covered = message.recipients.filter((a) => (r.mode === 'apply' ? anyMatch(r.addresses, a) : !anyMatch(r.addresses, a)));
    if (covered.length === 0) return r.mode === 'apply' ? "no recipient is in the policy's recipient list" : 'every recipient is exempt';
  }
  return null;
}

/**
 * The parts the policy scans. Without an attachment filter: all of them. With one: only the
 * attachments of the chosen types and at least the minimum size (the body is not scanned), and
 * everything inside such an attachment (archive members, a forwarded message's parts).
 */
export function partsInScope(policy: DlpPolicy, parts: readonly ScanPart[]): ScanPart[] {
  const f = policy.attachments;
  if (!f) return [...parts];
  const matches = (a: NonNullable<ScanPart['attachment']>) =>
    a.size >= f.minimumSizeBytes &&
    (f.fileTypes.length + f.customExtensions.length === 0 || matchesFileTypes(a.filename, a.contentType, f.fileTypes, f.customExtensions));
  // A file inside a matching archive (or forwarded message) is in scope with it, as the archive's contents.
  return parts.filter((p) => p.kind === 'attachment' && p.attachment !== undefined && [p.attachment, ...(p.within ?? [])].some(matches));
}
