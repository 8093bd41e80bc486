/**
 * The quarantine pages' addresses and wording: the page, the Add/Edit form and a quarantine's
 * messages each have a deep link, so Back works and tests can open them directly.
 */
import { OUTBREAK_QUARANTINE } from '../../engine/config/defaults.ts';
import type { ApplianceConfig, PolicyQuarantine } from '../../engine/config/schema/index.ts';
import { queryHref } from '../address.ts';

export const PAGE = '#/monitor/quarantines';
export const addHref = queryHref(PAGE, 'add');
export const editHref = (name: string): string => queryHref(PAGE, 'edit', name);
export const messagesHref = (name: string): string => queryHref(PAGE, 'messages', name);

/** "1 day", "36 hours". */
export function retentionLabel(r: PolicyQuarantine['retention']): string {
  const unit = r.unit === 'days' ? 'day' : 'hour';
  return `${r.value} ${unit}${r.value === 1 ? '' : 's'}`;
}

/** True for the Outbreak quarantine, whose retention each mail policy sets (Outbreak Filters), not the quarantine. */
export const retentionPerPolicy = (q: PolicyQuarantine): boolean => q.system && q.name === OUTBREAK_QUARANTINE;

/** The Retention Period column: the period, or where it is set instead. */
export const retentionCell = (q: PolicyQuarantine): string =>
  retentionPerPolicy(q) ? 'Set per mail policy (Outbreak Filters)' : retentionLabel(q.retention);

/** The DLP message actions that send messages (or copies) to a quarantine. */
export const actionsUsing = (config: ApplianceConfig, name: string): string[] =>
  config.dlp.messageActions
    .filter((a) => (a.primary.kind === 'quarantine' && a.primary.quarantine === name) || a.copyToQuarantine === name)
    .map((a) => a.name);

/** A new policy quarantine with the appliance's defaults. */
export function newQuarantine(): PolicyQuarantine {
  return {
    name: '',
    system: false,
    retention: { value: 10, unit: 'days' },
    defaultAction: 'delete',
    freeUpSpace: true,
    releaseExtras: { modifySubject: null, addXHeader: null, stripAttachments: false },
    users: { localUsers: [], externalGroups: [], customRoles: [] },
  };
}
