/** Email Address: local part, @, a domain of at least two labels ending in a top-level domain. */
import type { CandidateSink, ClassifierDef } from './types.ts';
import type { TextIndex } from '../scan/text-index.ts';
import { columnHeader } from '../scan/table-columns.ts';
import { isDomainLabel, isEmailLocal, isLetter } from '../scan/char-codes.ts';

const TLD = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{2,59})$/;

/**
 * The number of labels of the domain text[from, to) (labels of 1–63 characters, none starting
 * with '-', the last a top-level domain), or 0 when it is not one. Read from character codes:
 * this runs on every '@'.
 */
function domainLabels(text: string, from: number, to: number): number {
  let labels = 0;
  let start = from;
  for (let p = from; p <= to; p++) {
    if (p < to && text.charCodeAt(p) !== 46) continue;
    const length = p - start;
    if (length === 0 || length > 63 || text.charCodeAt(start) === 45) return 0;
    labels++;
    if (p === to && !TLD.test(text.slice(start, to))) return 0;
    start = p + 1;
  }
  return labels;
}

/** Extensions of files that are no top-level domain anyone mails to (image@2x.png is a file name). */
const FILE_EXTENSIONS = new Set(
  'png jpg jpeg gif webp svg bmp ico tif tiff heic avif pdf doc docx xls xlsx ppt pptx txt csv json xml js css htm html mp3 mp4 wav mov avi mkv psd ai eps ttf woff woff2 map log tmp bak'.split(
    ' ',
  ),
);
/** A retina scale suffix as a domain's first label: "2x", "3x", "1.5x". */
const SCALE = /^\d+x$/i;

/** Whether the "domain" text[from, to) is a file name's tail: a scale suffix or a file extension. */
function fileName(text: string, from: number, to: number): boolean {
  const dot = text.indexOf('.', from);
  if (dot > from && SCALE.test(text.slice(from, dot))) return true;
  return FILE_EXTENSIONS.has(text.slice(text.lastIndexOf('.', to) + 1, to).toLowerCase());
}

/**
 * A message's or an event's identifier looks like an address: "Message-ID: <…@host>",
 * "message-id=<…>" in a mail log, a reply's references, a calendar entry's "UID:…@google.com".
 */
const MESSAGE_ID_LABEL = /(?:message-?id|msgid|in-reply-to|references)\s*[:=]\s*(?:<[^<>\s]*>\s*)*$/i;
const UID_LABEL = /(?:^|\n)UID[:;]$/;

/** Whether the address-shaped text at s is an identifier (MESSAGE_ID_LABEL before its "<", or UID_LABEL). */
function isMessageId(text: string, s: number): boolean {
  // An identifier's left part may hold what no mailbox's does ("<CAF=x9Q2…@mail.gmail.com>"): the
  // address read starts after it, and its "<" is further back.
  let b = s;
  while (b > 0 && s - b < 100 && isIdentifierChar(text.charCodeAt(b - 1))) b--;
  return text.charCodeAt(b - 1) === 60
    ? MESSAGE_ID_LABEL.test(text.slice(Math.max(0, b - 200), b - 1))
    : UID_LABEL.test(text.slice(Math.max(0, s - 5), s));
}

/** A table column's header naming messages' identifiers ("MESSAGEID", "Message-ID", "message_id", "Msg ID"). */
const MESSAGE_ID_HEADER = /^(?:x-?)?(?:message|msg|internet)[-_ ]?(?:message)?[-_ ]?id$/i;

/** Whether the address at [start, end), in angle brackets, stands in a column headed as messages' identifiers (a load file's, a mail log's). */
function underMessageIdHeader(ix: TextIndex, start: number, end: number): boolean {
  if (ix.text.charCodeAt(start - 1) !== 60) return false;
  const header = columnHeader(ix, start, end);
  return header !== null && MESSAGE_ID_HEADER.test(ix.text.slice(header[0], header[1]));
}

/** Fewest characters of a generated identifier's left part. */
const MIN_GENERATED = 24;
/** Fewest digits of a timestamp opening a generated identifier (a date and a time: 20260314183207). */
const MIN_STAMP = 12;

/**
 * An identifier a mail system generated, in angle brackets with no label before them (a
 * Message-ID quoted in prose: "<BN7PR11MB1858D80764839A22A6D6BACF7D2D4B65557B6EA7@BN7PR11MB1858.namprd07.prod.outlook.com>",
 * "<91BD5BA3-D7D9-A52F-31F6-9A0558453AAE@gmail.com>"): a long left part of capitals, digits and
 * hyphens, a third of it digits at least. No one's mailbox is written so.
 */
function generatedIdentifier(text: string, start: number, at: number): boolean {
  if (text.charCodeAt(start - 1) !== 60) return false;
  // (Or a timestamp's digits, a dot and a random part, as Postfix and many relays make them:
  // "<20260314183207.rck61la0yc@relay.example.co>".)
  let lead = start;
  while (lead < at && text.charCodeAt(lead) >= 48 && text.charCodeAt(lead) <= 57) lead++;
  if (lead - start >= MIN_STAMP && lead < at && (text.charCodeAt(lead) === 46 || text.charCodeAt(lead) === 45)) return true;
  if (hexGroups(text, start, at)) return true;
  if (at - start < MIN_GENERATED) return false;
  let digits = 0;
  for (let p = start; p < at; p++) {
    const c = text.charCodeAt(p);
    if (c >= 48 && c <= 57) digits++;
    else if (!((c >= 65 && c <= 90) || c === 45)) return false;
  }
  return digits * 3 >= at - start;
}

/** Fewest hexadecimal digits in each of a generated left part's groups ("a01d9b79.e1aeb3"). */
const MIN_HEX_GROUP = 6;

/**
 * Whether text[start, at) is groups of hexadecimal digits, at least two, joined by dots or hyphens,
 * with digits and letters both: a relay's random identifier ("<a01d9b79.e1aeb3@…>",
 * "<938962384879.3789e1ca@…>"), no one's mailbox.
 */
function hexGroups(text: string, start: number, at: number): boolean {
  let groups = 0;
  let run = 0;
  let digits = 0;
  let letters = 0;
  for (let p = start; p <= at; p++) {
    const c = p < at ? text.charCodeAt(p) : 46;
    if (c === 46 || c === 45) {
      if (run < MIN_HEX_GROUP) return false;
      groups++;
      run = 0;
    } else if (c >= 48 && c <= 57) {
      digits++;
      run++;
    } else if ((c >= 97 && c <= 102) || (c >= 65 && c <= 70)) {
      letters++;
      run++;
    } else return false;
  }
  return groups >= 2 && digits > 0 && letters > 0;
}

/**
 * The hosts mail services name their messages' identifiers after, where no one has a mailbox:
 * Gmail's ("<CAKz=VP2x…@mail.gmail.com>"; its mailboxes are "@gmail.com") and Exchange Online's
 * ("<…@BN7PR11MB1858.namprd07.prod.outlook.com>").
 */
const MESSAGE_ID_HOST = /^(?:mail\.gmail\.com|[a-z0-9.-]*\.prod\.(?:outlook|exchangelabs)\.com)$/i;

/**
 * A video meeting's address for room systems: the meeting's number before the "@", a conferencing
 * service's domain after it ("27877801318@cobaltridge-mfg.webex.com", "1151104431@t.plcm.vc",
 * "84712345678@zoomcrc.com"). A dial string, no one's mailbox.
 */
const CONFERENCING_DOMAIN = /(?:^|\.)(?:webex\.com|zoomcrc\.com|plcm\.vc|bjn\.vc|pexip\.me|lync\.com)$/i;
function roomSystemDial(text: string, start: number, at: number, end: number): boolean {
  let digits = 0;
  while (start + digits < at && text.charCodeAt(start + digits) >= 48 && text.charCodeAt(start + digits) <= 57) digits++;
  return digits >= 6 && CONFERENCING_DOMAIN.test(text.slice(at + 1, end));
}

/** A character of a Message-ID's left part: printable, not a space, a bracket or a quote. */
const isIdentifierChar = (c: number): boolean => c > 32 && c < 127 && c !== 60 && c !== 62 && c !== 34;

/** Whether a path follows the domain ending at `e` after a colon, as in an SSH remote ("git@github.com:acme/infra.git"). */
function sshRemote(text: string, e: number): boolean {
  if (text.charCodeAt(e) !== 58) return false;
  const c = text.charCodeAt(e + 1);
  return isDomainLabel(c) || c === 47 || c === 126;
}

/** The address addressAround read last (one object, no allocation per '@'). */
const found = { start: 0, end: 0 };

/**
 * The address around the separator text[at, at + width) (an '@', or a percent-encoded "%40"):
 * its bounds in `found` and the number of its domain's labels, or 0 when there is none (no
 * local part, a domain of fewer than two labels, a file name's tail).
 */
function addressAround(text: string, at: number, width: number): number {
  let s = at;
  for (;;) {
    if (s > 0 && isEmailLocal(text.charCodeAt(s - 1))) s--;
    // An apostrophe inside a name ("john.o'brien@…"), between two letters of the local part.
    else if (s > 1 && s < at && text.charCodeAt(s - 1) === 39 && isLetter(text.charCodeAt(s)) && isLetter(text.charCodeAt(s - 2))) s--;
    else break;
  }
  while (s < at && text.charCodeAt(s) === 46) s++;
  // A masked address shows a letter or two of its local part after the stars ("p******n@outlook.com"): no address.
  // (Stars, not one: an X12 segment's "EM*billing@…" has its element separator there.)
  if (s === at || (text.charCodeAt(s - 1) === 42 && text.charCodeAt(s - 2) === 42)) return 0;
  const from = at + width;
  let e = from;
  while (e < text.length && (isDomainLabel(text.charCodeAt(e)) || text.charCodeAt(e) === 46)) e++;
  while (e > from && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
  const labels = domainLabels(text, from, e);
  if (labels < 2 || fileName(text, from, e) || sshRemote(text, e)) return 0;
  found.start = s;
  found.end = e;
  return labels;
}

/** One validation text per label count (findings keep it). */
const validations: string[] = [];
const validation = (labels: number): string => (validations[labels] ??= `domain of ${labels} labels with a valid top-level domain`);

/**
 * Addresses written into a link's query, the '@' percent-encoded ("login_hint=jo%40example.com",
 * "?email=jo.roe%40acme.io" in a tracking link or a log's request line): the span is the text as
 * written. A native look for "%40" (rare in mail) before anything is read, over the indexed
 * stretch only (a long text is indexed block by block): its "40" is a token of the index.
 */
function urlEncoded(ix: TextIndex, out: CandidateSink): void {
  const { text } = ix;
  const n = ix.tokStart.length;
  if (n === 0) return;
  const last = ix.tokEnd[n - 1];
  const places = encodedAts(text);
  for (let k = 0; k < places.length; k++) {
    const a = places[k];
    if (a < ix.tokStart[0] - 1 || a >= last) continue;
    const labels = addressAround(text, a, 3);
    if (labels > 0) out.add(found.start, found.end, 40, 'local part %40 domain (percent-encoded)', validation(labels));
  }
}

/** Where "%40" stands in the text last asked about: one look per text, however many blocks it is indexed in. */
let encodedText = '';
let encodedAtList: number[] = [];
function encodedAts(text: string): readonly number[] {
  if (text !== encodedText) {
    encodedAtList = [];
    for (let a = text.indexOf('%40'); a >= 0; a = text.indexOf('%40', a + 3)) encodedAtList.push(a);
  }
  // Kept as this very string, so the next block's check is one of identity, not of every
  // character of an equal text scanned again.
  encodedText = text;
  return encodedAtList;
}

export const emailAddress: ClassifierDef = {
  id: 'email-address',
  name: 'Email Address',
  description:
    'Email addresses: a local part, "@" and a domain of at least two labels ending in a top-level domain (internationalised xn-- domains included).',
  context: ['email', 'e-mail', 'mail', 'contact', 'address'],
  contextScore: 60,
  address: true,
  evident: 0,
  find(ix, _ctx, out) {
    const { text } = ix;
    let lastEnd = -1;
    for (const a of ix.at) {
      const labels = addressAround(text, a, 1);
      if (labels === 0 || found.start < lastEnd) continue;
      lastEnd = found.end;
      if (
        isMessageId(text, found.start) ||
        underMessageIdHeader(ix, found.start, found.end) ||
        roomSystemDial(text, found.start, a, found.end) ||
        generatedIdentifier(text, found.start, a) ||
        MESSAGE_ID_HOST.test(text.slice(a + 1, found.end))
      )
        continue;
      out.add(found.start, found.end, 40, 'local part @ domain', validation(labels));
    }
    urlEncoded(ix, out);
  },
};
