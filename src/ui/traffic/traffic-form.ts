/** The Traffic Generator form's draft and its translation into the service's options. */
import { DEFAULT_TRAFFIC, type TrafficOptions } from '../../engine/mailflow/traffic.ts';

/** What the form edits: text as typed, percentages and a span choice. */
export interface TrafficDraft {
  count: number;
  seed: number;
  senders: string;
  recipients: string;
  sensitivePercent: number;
  spanMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The time span choices, like the reports' time ranges. */
export const SPANS: readonly { label: string; ms: number }[] = [
  { label: 'All at the current time', ms: 0 },
  { label: 'The last hour', ms: HOUR },
  { label: 'The last day', ms: DAY },
  { label: 'The last 7 days', ms: 7 * DAY },
  { label: 'The last 30 days', ms: 30 * DAY },
  { label: 'The last 90 days', ms: 90 * DAY },
];

/** The form's starting values. */
export const defaultDraft = (): TrafficDraft => ({
  count: DEFAULT_TRAFFIC.count,
  seed: DEFAULT_TRAFFIC.seed,
  senders: DEFAULT_TRAFFIC.senders.join('\n'),
  recipients: DEFAULT_TRAFFIC.recipients.join('\n'),
  sensitivePercent: DEFAULT_TRAFFIC.sensitiveShare * 100,
  spanMs: DEFAULT_TRAFFIC.spanMs,
});

const list = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The options a draft asks for (the service checks them). */
export const toOptions = (d: TrafficDraft): TrafficOptions => ({
  count: Number(d.count),
  seed: Number(d.seed),
  senders: list(d.senders),
  recipients: list(d.recipients),
  sensitiveShare: Number(d.sensitivePercent) / 100,
  spanMs: d.spanMs,
});

/** "1 min 20 s", "45 s", "0.8 s". */
export function formatDuration(ms: number): string {
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
