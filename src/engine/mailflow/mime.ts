/**
 * Messages as `.eml` files: parsing a real message (postal-mime) into what the composer sends, and
 * writing any message back out (mimetext). Broken or oversized input is refused with a reason.
 */
import PostalMime from 'postal-mime';
import { createMimeMessage } from 'mimetext/browser';
import { fail, ok, type Result } from '../errors.ts';
import { decodeText, encodingByBom } from '../model/text-decoding.ts';
import type { Attachment, OutgoingMessage } from './types.ts';

import { MAX_MESSAGE_BYTES, MAX_MIME_DEPTH } from '../model/message-limits.ts';

export { MAX_MESSAGE_BYTES, MAX_MIME_DEPTH };

/**
 * The bytes postal-mime reads. A file with a byte order mark (a message saved as UTF-16 or UTF-8 by
 * a text editor) is decoded to text first; anything else stays bytes, since each MIME part names its own charset.
 */
function asParserInput(raw: Uint8Array | string): Result<Uint8Array | string> {
  if (typeof raw === 'string') return ok(raw.replace(/^\uFEFF/, ''));
  return encodingByBom(raw).bomLength ? decodeText(raw) : ok(raw);
}

/** Why the start of a file cannot be a message (checked before parsing), or null. */
function shapeProblem(input: Uint8Array | string): string | null {
  // The first line (or two, after a postmark) is all that is needed here; 64 KB bounds the copy for
  // a file that is one long line. Decoding the whole head of every file was a fifth of a folder's check.
  const head = typeof input === 'string' ? input.slice(0, 65536) : latin1(input.subarray(0, firstLinesEnd(input, 65536)));
  // A message saved from an mbox starts with its "From sender date" postmark line; the headers follow.
  const firstLine = /^(?:From [^\r\n]*\r?\n)?([^\r\n]*)/.exec(head)![1]!;
  if (!/^[!-9;-~]+:/.test(firstLine)) {
    return `No message headers (From, To, Subject, Content-Type…) were found: the first line is not a “Name: value” header field.`;
  }
  const hasBody = typeof input === 'string' ? /\r?\n\r?\n/.test(input) : hasBlankLine(input);
  if (!hasBody) return 'It has headers but no body: no blank line ends the headers.';
  return null;
}

/** Where the first two lines end (after the second line feed), at most `limit` bytes in. */
function firstLinesEnd(bytes: Uint8Array, limit: number): number {
  const first = bytes.indexOf(0x0a);
  const second = first < 0 || first >= limit ? -1 : bytes.indexOf(0x0a, first + 1);
  return Math.min(limit, second < 0 ? bytes.length : second + 1);
}

/** Bytes as characters of the same codes (ASCII headers; other bytes only need to stay non-ASCII). */
const latin1Decoder = new TextDecoder('latin1');
const latin1 = (bytes: Uint8Array): string => latin1Decoder.decode(bytes);

/** Whether the bytes hold an empty line (LF LF or CRLF CRLF, and the mixed forms). */
function hasBlankLine(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) {
    if (bytes[i + 1] === 0x0a || (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a)) return true;
  }
  return false;
}

type Address = { address?: string; name?: string; group?: Address[] };
const flatten = (list: Address[] | undefined): string[] =>
  (list ?? []).flatMap((a) => (a.group ? flatten(a.group) : a.address ? [a.address] : []));
const display = (a: Address | undefined): string => (!a?.address ? '' : a.name ? `${a.name} <${a.address}>` : a.address);

/** Reads an .eml file into an outgoing message (envelope from the From/To/Cc headers). */
export async function parseEml(raw: Uint8Array | string): Promise<Result<OutgoingMessage>> {
  const size = typeof raw === 'string' ? raw.length : raw.byteLength;
  if (size === 0) return fail('mail.eml-empty');
  if (size > MAX_MESSAGE_BYTES)
    return fail('mail.too-large', undefined, `It is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_MESSAGE_BYTES / 1048576} MB.`);
  const input = asParserInput(raw);
  if (!input.ok) return input;
  const shape = shapeProblem(input.value);
  if (shape) return fail('mail.eml-broken', undefined, shape);
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(input.value, { maxNestingDepth: MAX_MIME_DEPTH });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    // postal-mime says so only in words; its limit is ours, so the learner sees ours.
    if (/nesting depth/i.test(reason))
      return fail(
        'mail.eml-too-deep',
        undefined,
        `Its parts are nested more than ${MAX_MIME_DEPTH} levels deep (multipart inside multipart).`,
      );
    return fail('mail.eml-broken', undefined, reason);
  }
  // A bare MIME entity (only Content-Type) still imports; the composer asks for what is missing.
  const validHeaders = email.headers.filter((h) => /^[a-z0-9][a-z0-9-]*$/.test(h.key));
  if (validHeaders.length === 0 || validHeaders.length < email.headers.length / 2)
    return fail('mail.eml-broken', undefined, 'No message headers (From, To, Subject, Content-Type…) were found.');
  const from = email.from as Address | undefined;
  const to = flatten(email.to as Address[]);
  const cc = flatten(email.cc as Address[]);
  const bcc = flatten(email.bcc as Address[]);
  // The envelope sender is the Return-Path when the message carries one, as a relayed copy would.
  const returnPath = email.returnPath?.replace(/^<|>$/g, '').trim();
  const envelopeFrom = returnPath || from?.address || email.sender?.address || '';
  const attachments: Attachment[] = email.attachments.map((a, i) => ({
    filename: a.filename || `attachment-${i + 1}${a.mimeType === 'message/rfc822' ? '.eml' : ''}`,
    contentType: a.mimeType || 'application/octet-stream',
    content: typeof a.content === 'string' ? new TextEncoder().encode(a.content) : new Uint8Array(a.content),
  }));
  return ok({
    envelopeFrom,
    recipients: [...new Set([...to, ...cc, ...bcc])],
    from: display(from) || envelopeFrom,
    to,
    cc,
    subject: email.subject ?? '',
    text: email.text ?? '',
    html: email.html ?? '',
    attachments,
    headers: {},
    messageId: email.messageId ?? '',
  });
}

const toBase64 = (bytes: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

/** Writes a message as the text of an .eml file. */
export function buildEml(
  message: Pick<OutgoingMessage, 'from' | 'to' | 'cc' | 'subject' | 'text' | 'html' | 'attachments' | 'headers' | 'messageId'> & {
    envelopeFrom?: string;
  },
  date: number,
): string {
  const msg = createMimeMessage();
  msg.setSender(message.from || message.envelopeFrom || 'unknown@example.invalid');
  if (message.to.length) msg.setTo([...message.to]);
  if (message.cc.length) msg.setCc([...message.cc]);
  msg.setSubject(message.subject);
  msg.setHeader('Date', new Date(date).toUTCString().replace('GMT', '+0000'));
  if (message.messageId) msg.setHeader('Message-ID', message.messageId);
  for (const [name, value] of Object.entries(message.headers)) msg.setHeader(name, value);
  msg.addMessage({ contentType: 'text/plain', data: message.text || ' ' });
  if (message.html) msg.addMessage({ contentType: 'text/html', data: message.html });
  for (const a of message.attachments) {
    const part = msg.addAttachment({ filename: a.filename, contentType: a.contentType, data: toBase64(a.content) });
    // mimetext writes the name inside quotes as it is, so a name with " or \ came back cut or changed;
    // RFC 2231's encoded form carries any name (quotes, backslashes, non-ASCII) exactly.
    part.setHeader('Content-Type', `${a.contentType}; name*=${rfc2231(a.filename)}`);
    part.setHeader('Content-Disposition', `attachment; filename*=${rfc2231(a.filename)}`);
  }
  return msg.asRaw();
}

/** A MIME parameter value in RFC 2231's encoded form: `UTF-8''` and the percent-encoded UTF-8 bytes. */
const rfc2231 = (value: string): string =>
  `UTF-8''${encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
