/** The changed messages of a Preview impact as CSV (spreadsheet-safe fields, CRLF line ends). */
import type { ReplayRow } from '../../api/impact.ts';
import { outcomeLabel } from '../../engine/mailflow/impact.ts';
import { formatSimTime } from '../shared/format.ts';
import { csvField } from '../tracking/query.ts';

const HEADER = [
  'MID',
  'Received (GMT)',
  'Envelope Sender',
  'Envelope Recipients',
  'Subject',
  'Before',
  'Before Severity',
  'Before Policy',
  'After',
  'After Severity',
  'After Policy',
  'After Classifiers',
  'After Matched Content',
];

export function impactCsv(rows: readonly ReplayRow[]): string {
  const lines = rows.map((r) =>
    [
      r.mid,
      formatSimTime(r.at),
      r.from,
      r.recipients.join('; '),
      r.subject,
      outcomeLabel(r.before),
      r.before.severity,
      r.before.policy ?? '',
      outcomeLabel(r.after),
      r.after.severity,
      r.after.policy ?? '',
      r.after.classifiers.join('; '),
      r.after.matched?.join('; ') ?? '',
    ]
      .map(csvField)
      .join(','),
  );
  return [HEADER.map(csvField).join(','), ...lines].join('\r\n') + '\r\n';
}
