/**
 * The columns the DLP Incidents tables share (per policy and per sender): names as the appliance
 * labels them, how each is read from a row, and the tables as CSV.
 */
import type { IncidentCounts } from '../../engine/reports/dlp-incidents.ts';
import { csvField } from '../tracking/query.ts';

/** A figure column of the incident tables. */
export interface FigureColumn {
  readonly key: string;
  readonly label: string;
  readonly value: (r: IncidentCounts) => number;
  /** A severity column shows its severity's colour mark. */
  readonly severity?: 'critical' | 'high' | 'medium' | 'low';
}

export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  { key: 'total', label: 'Total', value: (r) => r.total },
  { key: 'critical', label: 'Critical', value: (r) => r.severity.critical, severity: 'critical' },
  { key: 'high', label: 'High', value: (r) => r.severity.high, severity: 'high' },
  { key: 'medium', label: 'Medium', value: (r) => r.severity.medium, severity: 'medium' },
  { key: 'low', label: 'Low', value: (r) => r.severity.low, severity: 'low' },
  { key: 'clear', label: 'Delivered (clear)', value: (r) => r.outcome.clear },
  { key: 'encrypted', label: 'Delivered (encrypted)', value: (r) => r.outcome.encrypted },
  { key: 'dropped', label: 'Dropped', value: (r) => r.outcome.dropped },
  { key: 'quarantined', label: 'Quarantined', value: (r) => r.outcome.quarantined },
];

/** Severities in the report's order with their labels and colour variables. */
export const SEVERITY_SERIES = [
  { key: 'critical', label: 'Critical', color: '--sev-critical' },
  { key: 'high', label: 'High', color: '--sev-high' },
  { key: 'medium', label: 'Medium', color: '--sev-medium' },
  { key: 'low', label: 'Low', color: '--sev-low' },
] as const;

/** A table as CSV: the name column, then every figure column; CRLF line ends. */
export function incidentsCsv<T extends IncidentCounts>(nameLabel: string, name: (r: T) => string, rows: readonly T[]): string {
  const header = [nameLabel, ...FIGURE_COLUMNS.map((c) => c.label)];
  const lines = rows.map((r) => [name(r), ...FIGURE_COLUMNS.map((c) => c.value(r))].map(csvField).join(','));
  return [header.map(csvField).join(','), ...lines].join('\r\n') + '\r\n';
}
