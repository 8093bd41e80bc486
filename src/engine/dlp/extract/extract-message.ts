/**
 * A message's scannable text: the subject, the text body, the HTML body converted to text (left
 * out when it says the same as the text body, so findings are not counted twice), and the
 * attachments the engine can read — plain text, CSV, HTML, DOCX, XLSX, PPTX and PDF. Anything else
 * becomes an "unscannable attachment" note instead of an error.
 */
import type { ScanPart, ScannableMessage } from '../types.ts';
import { extensionOf } from '../policy/file-types.ts';
import { htmlToText } from './html-to-text.ts';
import { docxText, pptxText, xlsxText } from './office.ts';
import { pdfText } from './pdf.ts';

const TEXT_EXT = new Set([
  'txt',
  'text',
  'csv',
  'tsv',
  'log',
  'md',
  'json',
  'xml',
  'eml',
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
const OFFICE: Readonly<Record<string, (d: Uint8Array) => string>> = {
  docx: docxText,
  docm: docxText,
  xlsx: xlsxText,
  xlsm: xlsxText,
  pptx: pptxText,
  pptm: pptxText,
};
const OFFICE_MIME: Readonly<Record<string, string>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
};

const decode = (d: Uint8Array): string => new TextDecoder('utf-8').decode(d);
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Reads one attachment into a part. */
export async function attachmentPart(a: ScannableMessage['attachments'][number]): Promise<ScanPart> {
  const ext = extensionOf(a.filename);
  const mime = a.contentType.toLowerCase().split(';')[0].trim();
  const base = {
    kind: 'attachment' as const,
    name: a.filename || '(unnamed attachment)',
    attachment: { filename: a.filename, contentType: a.contentType, size: a.content.length },
  };
  try {
    if (ext === 'pdf' || mime === 'application/pdf') {
      const r = await pdfText(a.content);
      return 'text' in r ? { ...base, text: r.text } : { ...base, text: '', unscannable: `PDF text could not be extracted (${r.error})` };
    }
    const office = OFFICE[ext] ?? OFFICE[OFFICE_MIME[mime] ?? ''];
    if (office) return { ...base, text: office(a.content) };
    if (ext === 'htm' || ext === 'html' || mime === 'text/html') return { ...base, text: htmlToText(decode(a.content)) };
    if (TEXT_EXT.has(ext) || mime.startsWith('text/')) return { ...base, text: decode(a.content) };
    return { ...base, text: '', unscannable: `file type ${ext ? `.${ext}` : mime || 'unknown'} is not scanned for text` };
  } catch (e) {
    return { ...base, text: '', unscannable: `could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** The parts of a message the DLP engine scans. */
export async function extractMessageText(message: ScannableMessage): Promise<ScanPart[]> {
  const parts: ScanPart[] = [];
  if (message.subject) parts.push({ kind: 'subject', name: 'Subject', text: message.subject });
  if (message.text) parts.push({ kind: 'body', name: 'Body (text)', text: message.text });
  if (message.html) {
    const text = htmlToText(message.html);
    if (text && squash(text) !== squash(message.text)) parts.push({ kind: 'body', name: 'Body (HTML)', text });
  }
  for (const a of message.attachments) parts.push(await attachmentPart(a));
  return parts;
}
