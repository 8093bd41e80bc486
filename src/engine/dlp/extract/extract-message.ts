/**
 * A message's scannable text: the subject, the text body, the HTML body converted to text (left
 * out when it says the same as the text body, so findings are not counted twice), and the
 * attachments the engine can read — plain text, CSV, HTML, RTF, DOCX, XLSX, PPTX and PDF, ZIP
 * archives member by member and forwarded messages part by part (both recursively, within
 * limits.ts). A part inside another is named by its path ("archive.zip › inner.zip › cards.csv").
 * Anything that cannot be read, or that a limit stops, becomes a note on its part instead of an error.
 */
import type { ScanPart, ScannableMessage } from '../types.ts';
import { attachmentFileTypes, extensionOf } from '../policy/file-types.ts';
import { decodeTextBytes, decodeWindows1252 } from './decode-text.ts';
import { htmlToText } from './html-to-text.ts';
import { EXTRACT_LIMITS, ExpansionBudget, sizeText, type ExtractLimits } from './limits.ts';

// The readers load on first use (lazy chunks): a message without such an attachment never needs
// them, and the engine worker starts without them.
const office = () => import('./office.ts');
const zip = () => import('./zip.ts');

const TEXT_EXT = new Set([
  'txt',
  'text',
  'csv',
  'tsv',
  'log',
  'md',
  'json',
  'xml',
  'ics',
  'vcf',
  'c',
  'h',
  'cpp',
  'java',
  'js',
  'ts',
  'py',
  'php',
  'rb',
  'go',
  'sql',
  'sh',
  'cs',
  'pl',
]);
const OFFICE: Readonly<Record<string, 'docxText' | 'xlsxText' | 'pptxText'>> = {
  docx: 'docxText',
  docm: 'docxText',
  xlsx: 'xlsxText',
  xlsm: 'xlsxText',
  pptx: 'pptxText',
  pptm: 'pptxText',
};
const OFFICE_MIME: Readonly<Record<string, string>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
};
const ZIP_MIME = new Set(['application/zip', 'application/x-zip-compressed', 'application/x-zip']);
const RTF_MIME = new Set(['application/rtf', 'text/rtf', 'application/x-rtf', 'text/richtext']);

type Attachment = ScannableMessage['attachments'][number];
type Container = NonNullable<ScanPart['attachment']>;
type Body = Pick<ScannableMessage, 'subject' | 'text' | 'html'> & { readonly attachments: readonly Attachment[] };

/** Where a part sits: its name's prefix, the attachments around it, how deep, the shared budget. */
interface Place {
  readonly prefix: string;
  readonly within: readonly Container[];
  readonly archiveDepth: number;
  readonly messageDepth: number;
  readonly limits: ExtractLimits;
  readonly budget: ExpansionBudget;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const SEP = ' › ';

/** A content type for an archive member, from its extension (what a mail client would label it). */
function typeOf(filename: string): string {
  const ext = extensionOf(filename);
  if (ext === 'eml') return 'message/rfc822';
  return attachmentFileTypes.find((t) => t.extensions.includes(ext))?.mimeTypes[0] ?? 'application/octet-stream';
}

/** The text parts of a (possibly forwarded) message. */
async function messageParts(m: Body, at: Place): Promise<ScanPart[]> {
  const inside = at.within.at(-1);
  const part = (kind: 'subject' | 'body', name: string, text: string): ScanPart => {
    const why =
      text.length > at.limits.partBytes
        ? `not scanned: ${sizeText(text.length)} of text is over the ${sizeText(at.limits.partBytes)} limit for one part`
        : undefined;
    if (inside) return attachmentPart(at.prefix + name, inside, at.within.slice(0, -1), why === undefined ? text : '', why);
    return why === undefined ? { kind, name: at.prefix + name, text } : { kind, name: at.prefix + name, text: '', unscannable: why };
  };
  const parts: ScanPart[] = [];
  if (m.subject) parts.push(part('subject', 'Subject', m.subject));
  if (m.text) parts.push(part('body', 'Body (text)', m.text));
  if (m.html) {
    const text = htmlToText(m.html);
    if (text && squash(text) !== squash(m.text)) parts.push(part('body', 'Body (HTML)', text));
  }
  for (const a of m.attachments) parts.push(...(await attachmentParts(a, at)));
  return parts;
}

/**
 * An attachment's part, built key by key in one order: object spreads of a base here took half of
 * extraction's time on traffic messages.
 */
function attachmentPart(
  name: string,
  attachment: PartFile,
  within: readonly PartFile[] | undefined,
  text: string,
  unscannable?: string,
): ScanPart {
  const p: Mutable<ScanPart> = { kind: 'attachment', name, text, attachment };
  if (within) p.within = within;
  if (unscannable !== undefined) p.unscannable = unscannable;
  return p;
}

type PartFile = NonNullable<ScanPart['attachment']>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One attachment (or archive member) as parts: itself, then whatever it contains. */
async function attachmentParts(a: Attachment, at: Place): Promise<ScanPart[]> {
  const ext = extensionOf(a.filename);
  const mime = a.contentType.toLowerCase().split(';')[0].trim();
  const meta = { filename: a.filename, contentType: a.contentType, size: a.content.length };
  const name = at.prefix + (a.filename || '(unnamed attachment)');
  const within = at.within.length ? at.within : undefined;
  const placed = (text: string) => attachmentPart(name, meta, within, text);
  const note = (unscannable: string): ScanPart[] => [attachmentPart(name, meta, within, '', unscannable)];
  if (a.content.length > at.limits.partBytes)
    return note(`not scanned: ${sizeText(a.content.length)} is over the ${sizeText(at.limits.partBytes)} limit for one part`);
  // Where the parts inside an archive or a forwarded message are placed (made only for those).
  const inner = (): Place => ({ ...at, prefix: name + SEP, within: [...at.within, meta] });
  try {
    if (ext === 'zip' || ZIP_MIME.has(mime)) {
      if (at.archiveDepth >= at.limits.archiveDepth)
        return note(`not scanned: archives nested more than ${at.limits.archiveDepth} deep are not opened`);
      return [placed(''), ...(await zipParts(a.content, { ...inner(), archiveDepth: at.archiveDepth + 1 }))];
    }
    if (ext === 'eml' || mime === 'message/rfc822') {
      if (at.messageDepth >= at.limits.messageDepth)
        return note(`not scanned: messages forwarded more than ${at.limits.messageDepth} deep are not opened`);
      const forwarded = await (await import('./forwarded.ts')).parseForwarded(a.content);
      return [placed(''), ...(await messageParts(forwarded, { ...inner(), messageDepth: at.messageDepth + 1 }))];
    }
    if (ext === 'pdf' || mime === 'application/pdf') {
      const r = await (await import('./pdf.ts')).pdfText(a.content);
      return 'text' in r ? [placed(r.text)] : note(`PDF text could not be extracted (${r.error})`);
    }
    const reader = OFFICE[ext] ?? OFFICE[OFFICE_MIME[mime] ?? ''];
    if (reader) return [placed((await office())[reader](a.content, at.budget))];
    if (ext === 'rtf' || RTF_MIME.has(mime)) return [placed((await import('./rtf.ts')).rtfText(decodeWindows1252(a.content)))];
    if (ext === 'htm' || ext === 'html' || mime === 'text/html') return [placed(htmlToText(decodeTextBytes(a.content, a.contentType)))];
    if (TEXT_EXT.has(ext) || mime.startsWith('text/')) return [placed(decodeTextBytes(a.content, a.contentType))];
    return note(`file type ${ext ? `.${ext}` : mime || 'unknown'} is not scanned for text`);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return note(reason.startsWith('not scanned') ? reason : `could not be read (${reason})`);
  }
}

/** An archive's members, each read by type as if it were attached (nested archives too). */
async function zipParts(data: Uint8Array, at: Place): Promise<ScanPart[]> {
  const { readMember, zipMembers } = await zip();
  const members = zipMembers(data);
  const parts: ScanPart[] = [];
  for (const [i, m] of members.entries()) {
    const name = at.prefix + m.name;
    if (i >= at.limits.archiveMembers) {
      const rest = members.length - i;
      const archive = at.within.at(-1)!;
      parts.push({
        kind: 'attachment',
        name: at.prefix.slice(0, -SEP.length),
        text: '',
        attachment: archive,
        within: at.within.slice(0, -1),
        unscannable: `not scanned: ${rest} more member${rest === 1 ? '' : 's'} past the limit of ${at.limits.archiveMembers} per archive`,
      });
      break;
    }
    let content: Uint8Array;
    try {
      // A member the directory says is over the part limit is not inflated only to be refused.
      if (m.size > at.limits.partBytes)
        throw new Error(`not scanned: ${sizeText(m.size)} is over the ${sizeText(at.limits.partBytes)} limit for one part`);
      content = readMember(data, m, at.budget);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      const attachment = { filename: m.name, contentType: typeOf(m.name), size: m.size };
      parts.push({
        kind: 'attachment',
        name,
        text: '',
        attachment,
        within: at.within,
        unscannable: reason.startsWith('not scanned') ? reason : `could not be read (${reason})`,
      });
      continue;
    }
    parts.push(...(await attachmentParts({ filename: m.name, contentType: typeOf(m.name), content }, at)));
  }
  return parts;
}

/** The parts of a message the DLP engine scans (`limits` for tests; the engine's by default). */
export async function extractMessageText(message: ScannableMessage, limits: ExtractLimits = EXTRACT_LIMITS): Promise<ScanPart[]> {
  const at: Place = { prefix: '', within: [], archiveDepth: 0, messageDepth: 0, limits, budget: new ExpansionBudget(limits.expandedBytes) };
  return messageParts(message, at);
}
