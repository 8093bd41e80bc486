/**
 * The search form's state and its translation into the tracking service's query, the date range on
 * the simulated clock (always GMT, as the simulation logs), and the CSV export of results.
 */
import type { SeverityLevel } from '../../engine/dlp/types.ts';
import type { TrackingEventType } from '../../engine/mailflow/types.ts';
import type { TextOp, TrackingQuery, TrackingRow } from '../../api/tracking.ts';
import { formatSimTime } from '../shared/format.ts';
import { EVENT_LABELS } from './labels.ts';

export type RangeChoice = 'hour' | 'day' | 'week' | 'custom';

/** Everything the search form holds. */
export interface SearchForm {
  sender: { op: TextOp; value: string };
  recipient: { op: TextOp; value: string };
  subject: { op: TextOp | 'empty'; value: string };
  range: RangeChoice;
  /** Custom range, as `YYYY-MM-DDTHH:mm` in GMT (the datetime-local field's format). */
  customFrom: string;
  customTo: string;
  events: TrackingEventType[];
  /** '' for any DLP policy. */
  dlpPolicy: string;
  severities: SeverityLevel[];
  mid: string;
  messageId: string;
  attachment: string;
  /** Cisco IronPort Host: one cluster member, or '' for all members. */
  host: string;
}

const HOUR = 3_600_000;
const SPANS: Record<Exclude<RangeChoice, 'custom'>, number> = { hour: HOUR, day: 24 * HOUR, week: 7 * 24 * HOUR };

/** `YYYY-MM-DDTHH:mm` in GMT. */
export const toGmtInput = (ms: number): string => new Date(ms).toISOString().slice(0, 16);
/** The inverse of toGmtInput; null for an empty or unreadable value. */
export function fromGmtInput(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const ms = Date.parse(`${value}:00Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** A cleared form; the custom range starts as the last day on the simulated clock. */
export function emptyForm(now: number): SearchForm {
  return {
    sender: { op: 'begins', value: '' },
    recipient: { op: 'begins', value: '' },
    subject: { op: 'begins', value: '' },
    range: 'week',
    customFrom: toGmtInput(now - SPANS.day),
    customTo: toGmtInput(now),
    events: [],
    dlpPolicy: '',
    severities: [],
    mid: '',
    messageId: '',
    attachment: '',
    host: '',
  };
}

/** Problems the service cannot report (it would just find nothing): shown next to the fields. */
export function formProblems(f: SearchForm): { mid?: string; range?: string } {
  const out: { mid?: string; range?: string } = {};
  if (f.mid.trim() !== '' && !/^\d+$/.test(f.mid.trim())) out.mid = 'A MID is a whole number, such as 12.';
  if (f.range === 'custom') {
    const from = fromGmtInput(f.customFrom);
    const to = fromGmtInput(f.customTo);
    if (from === null || to === null) out.range = 'Enter both the start and the end of the range.';
    else if (from > to) out.range = 'The start of the range is after its end.';
  }
  return out;
}

/** The service query for a form at simulated time `now` (without paging). */
export function toQuery(f: SearchForm, now: number): TrackingQuery {
  const text = <T extends { value: string }>(c: T) => (c.value.trim() ? { ...c, value: c.value.trim() } : undefined);
  const dlp = f.events.includes('dlp-violation');
  // A custom end minute includes that whole minute.
  const customTo = fromGmtInput(f.customTo);
  const [from, to] =
    f.range === 'custom'
      ? [fromGmtInput(f.customFrom) ?? undefined, customTo === null ? undefined : customTo + 59_999]
      : [now - SPANS[f.range], now];
  return {
    sender: text(f.sender),
    recipient: text(f.recipient),
    subject: f.subject.op === 'empty' ? { op: 'empty', value: '' } : text(f.subject),
    from,
    to,
    events: f.events.length ? [...f.events] : undefined,
    dlpPolicy: dlp && f.dlpPolicy ? f.dlpPolicy : undefined,
    severities: dlp && f.severities.length ? [...f.severities] : undefined,
    mid: /^\d+$/.test(f.mid.trim()) ? Number(f.mid.trim()) : undefined,
    messageId: f.messageId.trim() || undefined,
    attachment: f.attachment.trim() || undefined,
    host: f.host || undefined,
  };
}

/** One CSV field (RFC 4180): quoted when needed; a leading = + - @ is defused so spreadsheets show it as text. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The results as CSV with a header row, CRLF line ends. */
export function resultsCsv(rows: readonly TrackingRow[]): string {
  const header = [
    'Received (GMT)',
    'MID',
    'Envelope Sender',
    'Envelope Recipients',
    'Subject',
    'Message Events',
    'DLP Severity',
    'DLP Policies',
    'Last Event',
  ];
  const lines = rows.map((r) =>
    [
      formatSimTime(r.receivedAt),
      r.mid,
      r.envelopeFrom,
      r.recipients.join('; '),
      r.subject,
      r.eventTypes.map((e) => EVENT_LABELS[e]).join('; '),
      r.dlpSeverity === 'none' ? '' : r.dlpSeverity,
      r.dlpPolicies.join('; '),
      r.lastEvent,
    ]
      .map(csvField)
      .join(','),
  );
  return [header.map(csvField).join(','), ...lines].join('\r\n') + '\r\n';
}
