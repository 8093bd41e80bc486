/**
 * Content filter conditions: each one a pure test of the message as it stands when the filter runs
 * (earlier filters may have added headers). Text is matched literally (case sensitive, as the
 * appliance's regular expressions are) or with a user-entered regular expression on re2js, so no
 * pattern can hang the worker. Bodies and attachments are read by the DLP engine's extractor.
 */
import type { FilterCondition } from '../../config/schema/index.ts';
import { extractMessageText } from '../../dlp/index.ts';
import type { ScanPart } from '../../dlp/types.ts';
import { addressMatches } from '../../model/address.ts';
import { findAll, validatePattern } from '../../model/regex.ts';
import { messageSize } from '../size.ts';
import type { OutgoingMessage } from '../types.ts';

/** What the conditions look at: the message, the recipients of this policy group, and its text parts (read once, lazily). */
export interface FilterSubject {
  readonly message: OutgoingMessage;
  readonly recipients: readonly string[];
  readonly parts: () => Promise<readonly ScanPart[]>;
}

/** A filter subject that extracts the message's text on first use only. */
export function filterSubject(message: OutgoingMessage, recipients: readonly string[]): FilterSubject {
  let parts: Promise<ScanPart[]> | null = null;
  const scannable = () => ({
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments: message.attachments.map((a) => ({ ...a })),
    sender: message.envelopeFrom,
    recipients: [...recipients],
  });
  return { message, recipients, parts: () => (parts ??= extractMessageText(scannable())) };
}

/** True when `text` contains the value literally, or matches it as a (valid) regular expression. */
export function textMatches(match: 'contains' | 'regex', value: string, text: string): boolean {
  if (match === 'contains') return text.includes(value);
  // A pattern that does not compile never matches (Submit refuses it; this guards an imported config).
  return validatePattern(value).ok && findAll(value, text, 1).length > 0;
}

const headerValue = (m: OutgoingMessage, header: string): string | undefined => {
  const key = Object.keys(m.headers).find((k) => k.toLowerCase() === header.toLowerCase());
  if (key !== undefined) return m.headers[key];
  const standard: Record<string, string> = { subject: m.subject, from: m.from, to: m.to.join(', '), cc: m.cc.join(', ') };
  return standard[header.toLowerCase()] || undefined;
};

async function texts(condition: FilterCondition['type'], s: FilterSubject): Promise<string[]> {
  const m = s.message;
  switch (condition) {
    case 'subject':
      return [m.subject];
    case 'attachment-name':
      return m.attachments.map((a) => a.filename);
    case 'body':
      return (await s.parts()).filter((p) => p.kind === 'body').map((p) => p.text);
    case 'attachment-content':
      return (await s.parts()).filter((p) => p.kind === 'attachment').map((p) => p.text);
    case 'body-or-attachment':
      return (await s.parts()).filter((p) => p.kind !== 'subject').map((p) => p.text);
    default:
      return [];
  }
}

/** Whether one condition holds for the message. */
export async function conditionHolds(c: FilterCondition, s: FilterSubject): Promise<boolean> {
  const m = s.message;
  switch (c.type) {
    case 'subject':
    case 'body':
    case 'body-or-attachment':
    case 'attachment-content':
    case 'attachment-name': {
      const hit = (await texts(c.type, s)).some((t) => textMatches(c.match, c.value, t));
      return hit !== c.negate;
    }
    case 'header': {
      const value = headerValue(m, c.header);
      return (value !== undefined && textMatches(c.match, c.value, value)) !== c.negate;
    }
    case 'header-exists':
      return (headerValue(m, c.header) !== undefined) !== c.negate;
    case 'envelope-sender':
      return c.addresses.some((p) => addressMatches(p, m.envelopeFrom)) !== c.negate;
    case 'envelope-recipient':
      return s.recipients.some((r) => c.addresses.some((p) => addressMatches(p, r))) !== c.negate;
    case 'attachment-type': {
      const wanted = new Set(c.extensions.map((e) => e.toLowerCase()));
      const ext = (name: string) => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');
      return m.attachments.some((a) => wanted.has(ext(a.filename))) !== c.negate;
    }
    case 'message-size':
      return compare(c.comparison, messageSize(m), c.bytes);
    case 'attachment-size':
      return m.attachments.some((a) => compare(c.comparison, a.content.byteLength, c.bytes));
  }
}

const compare = (how: 'at-least' | 'less-than', actual: number, bytes: number) => (how === 'at-least' ? actual >= bytes : actual < bytes);
