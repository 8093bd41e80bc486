/**
 * What the envelope page shows before it is opened (date, security level, From, To), read from the
 * inert JSON block the securedoc page carries. Display only: the key service re-reads and verifies
 * the whole envelope when the recipient opens it, so nothing here is trusted.
 */

/** The visible, unencrypted part of an envelope. */
export interface EnvelopeMeta {
  readonly messageId: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly sentAt: number;
  readonly security: 'high' | 'medium' | 'none';
  readonly algorithm: string;
}

const BLOCK = /<script type="application\/json" id="res-envelope">([\s\S]*?)<\/script>/;

/** The envelope's visible metadata, or null when the file is not a Registered Envelope. */
export function readEnvelopeMeta(html: string): EnvelopeMeta | null {
  const m = BLOCK.exec(html);
  if (!m) return null;
  try {
    const d = JSON.parse(m[1]) as Record<string, unknown>;
    const levels = ['high', 'medium', 'none'];
    if (d.format !== 'cisco-registered-envelope' || typeof d.messageId !== 'string' || typeof d.from !== 'string') return null;
    if (
      !Array.isArray(d.to) ||
      !d.to.every((x) => typeof x === 'string') ||
      typeof d.sentAt !== 'number' ||
      !levels.includes(d.security as string)
    )
      return null;
    return {
      messageId: d.messageId,
      from: d.from,
      to: d.to as string[],
      sentAt: d.sentAt,
      security: d.security as EnvelopeMeta['security'],
      algorithm: String(d.algorithm ?? ''),
    };
  } catch {
    return null;
  }
}

/** The envelope's label for a security level. */
export const SECURITY_NAMES: Readonly<Record<EnvelopeMeta['security'], string>> = {
  high: 'High',
  medium: 'Medium',
  none: 'No Password Required',
};
