/**
 * The DLP Incidents report's Time Range on the simulated clock (GMT): the last day, week, 30 or 90
 * days, or a custom range, as the appliance's drop-down offers; and the labels of time buckets.
 */
import { fromGmtInput, toGmtInput } from '../tracking/query.ts';

export type RangeChoice = 'day' | 'week' | '30d' | '90d' | 'custom';

const DAY = 86_400_000;
/** The drop-down's choices, in the appliance's order. */
export const RANGE_CHOICES: readonly { value: RangeChoice; label: string; days?: number }[] = [
  { value: 'day', label: 'Day', days: 1 },
  { value: 'week', label: 'Week', days: 7 },
  { value: '30d', label: '30 days', days: 30 },
  { value: '90d', label: '90 days', days: 90 },
  { value: 'custom', label: 'Custom range…' },
];

/** What the Time Range control holds. */
export interface RangeForm {
  choice: RangeChoice;
  /** `YYYY-MM-DDTHH:mm`, GMT. */
  customFrom: string;
  customTo: string;
}

export const defaultRange = (now: number): RangeForm => ({
  choice: 'week',
  customFrom: toGmtInput(now - 7 * DAY),
  customTo: toGmtInput(now),
});

/** The range in ms (both ends included), or the problem with a custom range. */
export function resolveRange(f: RangeForm, now: number): { from: number; to: number } | { problem: string } {
  const preset = RANGE_CHOICES.find((c) => c.value === f.choice)?.days;
  if (preset !== undefined) return { from: now - preset * DAY, to: now };
  const from = fromGmtInput(f.customFrom);
  const to = fromGmtInput(f.customTo);
  if (from === null || to === null) return { problem: 'Enter both the start and the end of the range.' };
  if (from > to) return { problem: 'The start of the range is after its end.' };
  // The end minute counts whole, as in Message Tracking.
  return { from, to: to + 59_999 };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A time bucket's label: `14:00` for hours, `12 Jan` for days and weeks (GMT). */
export function bucketLabel(start: number, bucketMs: number): string {
  const d = new Date(start);
  const pad = (n: number) => String(n).padStart(2, '0');
  return bucketMs < DAY
    ? `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCHours())}:00`
    : `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]}`;
}

/** The width of a bucket in words, for captions. */
export const bucketName = (bucketMs: number): string => (bucketMs < DAY ? 'hour' : bucketMs === DAY ? 'day' : 'week');
