/**
 * The composer's draft: the form's fields, turning them into an `OutgoingMessage` and back, and
 * keeping them in localStorage so a reload does not lose a half-written message. Attachments are
 * kept only while their bytes fit a 1 MB budget (localStorage holds a few MB at most, as text);
 * larger ones are listed as "not kept" after a reload.
 */
import type { Attachment, OutgoingMessage } from '../../engine/mailflow/types.ts';
import { DEFAULT_SAMPLE_SENDER } from '../../engine/mailflow/samples.ts';

const STORAGE_KEY = 'compose-draft';
/** Attachment bytes kept across a reload, in total. */
export const KEPT_ATTACHMENT_BYTES = 1024 * 1024;

/** Comma- (or semicolon-) separated addresses, as typed in To, Cc and Bcc. */
export const splitAddresses = (s: string): string[] =>
  s
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter(Boolean);

const toBase64 = (bytes: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};
const fromBase64 = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

interface Stored {
  envelopeFrom: string;
  from: string;
  fromFollows: boolean;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; base64: string }[];
  dropped: { filename: string; size: number }[];
}

export class Draft {
  envelopeFrom = $state(DEFAULT_SAMPLE_SENDER);
  /** The From header; follows the envelope sender until edited. */
  from = $state(DEFAULT_SAMPLE_SENDER);
  fromFollows = $state(true);
  to = $state('');
  cc = $state('');
  bcc = $state('');
  subject = $state('');
  text = $state('');
  html = $state('');
  /** Raw: byte arrays must not be wrapped in proxies. */
  attachments = $state.raw<Attachment[]>([]);
  /** Attachments that were too large to keep across the last reload. */
  dropped = $state.raw<{ filename: string; size: number }[]>([]);

  constructor(private readonly storage: Storage | null = typeof localStorage === 'undefined' ? null : localStorage) {
    this.restore();
  }

  /** Sets the envelope sender; the From header follows unless it was edited. */
  setEnvelopeFrom(value: string): void {
    this.envelopeFrom = value;
    if (this.fromFollows) this.from = value;
  }

  setFrom(value: string): void {
    this.from = value;
    this.fromFollows = value.trim() === '' || value === this.envelopeFrom;
  }

  /** The draft as the service takes it (plain data). */
  message(): OutgoingMessage {
    const to = splitAddresses(this.to);
    const cc = splitAddresses(this.cc);
    const bcc = splitAddresses(this.bcc);
    return {
      envelopeFrom: this.envelopeFrom.trim(),
      recipients: [...new Set([...to, ...cc, ...bcc])],
      from: this.from.trim() || this.envelopeFrom.trim(),
      to,
      cc,
      subject: this.subject,
      text: this.text,
      html: this.html,
      attachments: this.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      headers: {},
      messageId: '',
    };
  }

  /** Fills the form from a message (a sample, an imported .eml). Bcc is what is not in To or Cc. */
  load(m: OutgoingMessage, keep: { envelopeFrom?: boolean; bcc?: boolean } = {}): void {
    const shown = new Set([...m.to, ...m.cc].map((a) => a.toLowerCase()));
    if (!keep.envelopeFrom) this.envelopeFrom = m.envelopeFrom || this.envelopeFrom;
    this.from = m.from || this.envelopeFrom;
    this.fromFollows = this.from === this.envelopeFrom;
    this.to = m.to.join(', ');
    this.cc = m.cc.join(', ');
    if (!keep.bcc) this.bcc = m.recipients.filter((r) => !shown.has(r.toLowerCase())).join(', ');
    this.subject = m.subject;
    this.text = m.text;
    this.html = m.html;
    this.attachments = [...m.attachments];
    this.dropped = [];
  }

  addAttachment(a: Attachment): void {
    this.attachments = [...this.attachments, a];
  }

  removeAttachment(index: number): void {
    this.attachments = this.attachments.filter((_, i) => i !== index);
  }

  /** Back to an empty message from the default sender. */
  clear(): void {
    this.load({
      envelopeFrom: DEFAULT_SAMPLE_SENDER,
      recipients: [],
      from: DEFAULT_SAMPLE_SENDER,
      to: [],
      cc: [],
      subject: '',
      text: '',
      html: '',
      attachments: [],
      headers: {},
      messageId: '',
    });
    this.envelopeFrom = DEFAULT_SAMPLE_SENDER;
    this.from = DEFAULT_SAMPLE_SENDER;
    this.fromFollows = true;
  }

  /** Writes the draft to localStorage (called on every change). */
  save(): void {
    if (!this.storage) return;
    let budget = KEPT_ATTACHMENT_BYTES;
    const attachments: Stored['attachments'] = [];
    const dropped: Stored['dropped'] = [];
    for (const a of this.attachments) {
      if (a.content.byteLength <= budget) {
        budget -= a.content.byteLength;
        attachments.push({ filename: a.filename, contentType: a.contentType, base64: toBase64(a.content) });
      } else dropped.push({ filename: a.filename, size: a.content.byteLength });
    }
    const stored: Stored = {
      envelopeFrom: this.envelopeFrom,
      from: this.from,
      fromFollows: this.fromFollows,
      to: this.to,
      cc: this.cc,
      bcc: this.bcc,
      subject: this.subject,
      text: this.text,
      html: this.html,
      attachments,
      dropped,
    };
    try {
      this.storage.setItem(STORAGE_KEY, JSON.stringify(stored));
    } catch {
      // Storage full or disabled: the draft still works, it just will not survive a reload.
    }
  }

  private restore(): void {
    let s: Partial<Stored> | null = null;
    try {
      s = JSON.parse(this.storage?.getItem(STORAGE_KEY) ?? 'null');
    } catch {
      s = null;
    }
    if (!s || typeof s !== 'object') return;
    const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
    this.envelopeFrom = str(s.envelopeFrom, DEFAULT_SAMPLE_SENDER);
    this.from = str(s.from, this.envelopeFrom);
    this.fromFollows = s.fromFollows !== false;
    this.to = str(s.to);
    this.cc = str(s.cc);
    this.bcc = str(s.bcc);
    this.subject = str(s.subject);
    this.text = str(s.text);
    this.html = str(s.html);
    try {
      this.attachments = (Array.isArray(s.attachments) ? s.attachments : []).map((a) => ({
        filename: str(a.filename, 'attachment'),
        contentType: str(a.contentType, 'application/octet-stream'),
        content: fromBase64(str(a.base64)),
      }));
    } catch {
      this.attachments = [];
    }
    this.dropped = Array.isArray(s.dropped) ? s.dropped.filter((d) => typeof d?.filename === 'string') : [];
  }
}
