/**
 * The limits on what extraction reads, in one place: how deep archives and forwarded messages
 * nest, how many bytes a message may expand to (zip members, Office XML), how many archive members
 * are read and how large one part may be. Whatever a limit stops becomes a "not scanned" note on
 * the part, never a silent skip, a hang or a crash.
 */
import { MAX_MESSAGE_BYTES } from '../../model/message-limits.ts';

/** The extraction limits (tests pass smaller ones). */
export interface ExtractLimits {
  /** Archives inside archives: a ZIP at this depth is noted, not opened (the top-level attachment is depth 1). */
  readonly archiveDepth: number;
  /** Forwarded messages inside forwarded messages. */
  readonly messageDepth: number;
  /** The bytes a message's archives and Office files may inflate to, all together. */
  readonly expandedBytes: number;
  /** Members read from one archive. */
  readonly archiveMembers: number;
  /** The largest part scanned (an attachment, an archive member, a body). */
  readonly partBytes: number;
}

/** The limits the engine uses: one part as large as the largest message, 50 MB expanded (as the Office guard had). */
export const EXTRACT_LIMITS: ExtractLimits = {
  archiveDepth: 3,
  messageDepth: 3,
  expandedBytes: 50 * 1024 * 1024,
  archiveMembers: 1000,
  partBytes: MAX_MESSAGE_BYTES,
};

/** A size in words: "50 MB", "12.5 KB". */
export const sizeText = (n: number): string =>
  n >= 1048576 ? `${+(n / 1048576).toFixed(1)} MB` : n >= 1024 ? `${+(n / 1024).toFixed(1)} KB` : `${n} bytes`;

/** The bytes left to inflate for one message; shared by every archive and Office file in it. */
export class ExpansionBudget {
  used = 0;
  constructor(readonly limit: number) {}
  /** The bytes that may still be inflated. */
  get left(): number {
    return Math.max(0, this.limit - this.used);
  }
}

/** Thrown when a part would inflate past the budget; the part becomes a "not scanned" note. */
export class TooLargeExpanded extends Error {
  constructor(limit: number) {
    super(`not scanned: too large when expanded (limit ${sizeText(limit)} expanded per message)`);
  }
}

/** Thrown for a password-protected archive or member. */
export class Encrypted extends Error {
  constructor() {
    super('not scanned: encrypted (password-protected)');
  }
}
