/**
 * Outgoing Content Filters: the appliance's names for conditions and actions, one-line summaries
 * for the table, new blank conditions and actions for the form, and the list edits (move, delete,
 * the Content Filters column of a policy) as plain functions the pages submit.
 */
import type { ApplianceConfig, ContentFilter, FilterAction, FilterCondition, OutgoingFilters } from '../../engine/config/schema/index.ts';
import { ACTION_LABELS } from '../../engine/mailflow/content-filters/labels.ts';
import { DEFAULT_POLICY } from '../../engine/mailflow/policy-match.ts';

export { ACTION_LABELS };
type Outgoing = ApplianceConfig['outgoingPolicies'];

/** Add Condition > the appliance's condition names. */
export const CONDITION_LABELS: Readonly<Record<FilterCondition['type'], string>> = {
  subject: 'Subject Header',
  header: 'Other Header',
  'header-exists': 'Other Header (exists)',
  body: 'Message Body',
  'body-or-attachment': 'Message Body or Attachment',
  'attachment-content': 'Attachment Content',
  'attachment-name': 'Attachment File Info: Filename',
  'attachment-type': 'Attachment File Info: File type',
  'attachment-size': 'Attachment File Info: Size',
  'message-size': 'Message Size',
  'envelope-sender': 'Envelope Sender',
  'envelope-recipient': 'Envelope Recipient',
};

/** A blank condition of a type, as Add Condition shows it. */
export function newCondition(type: FilterCondition['type']): FilterCondition {
  switch (type) {
    case 'header':
      return { type, header: 'X-', match: 'contains', value: '', negate: false };
    case 'header-exists':
      return { type, header: 'X-', negate: false };
    case 'envelope-sender':
    case 'envelope-recipient':
      return { type, addresses: [], negate: false };
    case 'attachment-type':
      return { type, extensions: [], negate: false };
    case 'attachment-size':
    case 'message-size':
      return { type, comparison: 'at-least', bytes: 1_048_576 };
    default:
      return { type, match: 'contains', value: '', negate: false };
  }
}

/** A blank action of a type; encryption actions start with the first profile. */
export function newAction(type: FilterAction['type'], c: ApplianceConfig): FilterAction {
  const profile = c.encryption.profiles[0]?.name ?? '';
  switch (type) {
    case 'encrypt-on-delivery':
    case 'encrypt-deliver-now':
      return { type, rule: 'always', profile, subject: '$Subject' };
    case 'add-header':
      return { type, header: 'X-', value: '' };
    case 'quarantine':
      return { type, quarantine: c.quarantines.find((q) => !q.system)?.name ?? c.quarantines[0]?.name ?? '' };
    case 'notify':
      return { type, toSender: true, addresses: [], subject: '[Content Filter Notification] $Subject', template: null };
    default:
      return { type };
  }
}

const quoted = (c: { match: 'contains' | 'regex'; value: string; negate: boolean }) =>
  `${c.negate ? 'does not ' : ''}${c.match === 'contains' ? (c.negate ? 'contain' : 'contains') : c.negate ? 'match' : 'matches'} ${c.match === 'regex' ? `/${c.value}/` : `“${c.value}”`}`;

/** One condition as a line: `Subject Header contains “[SEND SECURE]”`. */
export function conditionText(c: FilterCondition): string {
  const label = CONDITION_LABELS[c.type];
  switch (c.type) {
    case 'header':
      return `Header ${c.header} ${quoted(c)}`;
    case 'header-exists':
      return `Header ${c.header} ${c.negate ? 'does not exist' : 'exists'}`;
    case 'envelope-sender':
    case 'envelope-recipient':
      return `${label} ${c.negate ? 'is not' : 'is'} ${c.addresses.join(', ')}`;
    case 'attachment-type':
      return `Attachment file type ${c.negate ? 'is not' : 'is'} ${c.extensions.join(', ')}`;
    case 'attachment-size':
    case 'message-size':
      return `${label} ${c.comparison === 'at-least' ? '≥' : '<'} ${c.bytes} bytes`;
    default:
      return `${label} ${quoted(c)}`;
  }
}

/** One action as a line: `Encrypt on Delivery (CRES_HIGH)`. */
export function actionText(a: FilterAction): string {
  const label = ACTION_LABELS[a.type];
  switch (a.type) {
    case 'encrypt-on-delivery':
    case 'encrypt-deliver-now':
      return `${label}: profile ${a.profile}${a.rule === 'tls-failed' ? ', only if TLS fails' : ''}`;
    case 'add-header':
      return `${label}: ${a.header}: ${a.value}`;
    case 'quarantine':
      return `${label}: ${a.quarantine}`;
    case 'notify':
      return `${label}: ${[...(a.toSender ? ['the sender'] : []), ...a.addresses].join(', ') || 'nobody'}`;
    default:
      return label;
  }
}

/** The Content Filters column: the enabled filter names in table order, "(use default)" or "Disabled". */
export function filtersColumn(config: ApplianceConfig, setting: OutgoingFilters): string {
  if (setting.mode === 'default') return '(use default)';
  if (setting.mode === 'disabled') return 'Disabled';
  const names = (config.outgoingPolicies.contentFilters ?? []).map((f) => f.name).filter((n) => setting.filters.includes(n));
  return names.length ? names.join(', ') : 'Enabled (no filters selected)';
}

/** A policy's own Content Filters setting (absent: Use Default Settings; Disabled for the Default Policy). */
export function filtersSetting(o: Outgoing, policy: string): OutgoingFilters {
  if (policy === DEFAULT_POLICY) return o.defaultPolicy.contentFilters ?? { mode: 'disabled' };
  return o.policies.find((p) => p.name === policy)?.contentFilters ?? { mode: 'default' };
}

/** The outgoing mail policies that enable a filter by name (not through "use default"). */
export function filterUses(o: Outgoing, filter: string): string[] {
  const uses = (s: OutgoingFilters | undefined) => s?.mode === 'enabled' && s.filters.includes(filter);
  return [
    ...o.policies.filter((p) => uses(p.contentFilters)).map((p) => p.name),
    ...(uses(o.defaultPolicy.contentFilters) ? [DEFAULT_POLICY] : []),
  ];
}

/** The section with a policy's Content Filters setting replaced. */
export function withFiltersSetting(o: Outgoing, policy: string, setting: OutgoingFilters): Outgoing {
  if (policy === DEFAULT_POLICY) {
    return { ...o, defaultPolicy: { ...o.defaultPolicy, contentFilters: setting.mode === 'default' ? { mode: 'disabled' } : setting } };
  }
  return { ...o, policies: o.policies.map((p) => (p.name === policy ? { ...p, contentFilters: setting } : p)) };
}

const renameIn = (s: OutgoingFilters | undefined, from: string, to: string | null): OutgoingFilters | undefined =>
  s?.mode === 'enabled' ? { mode: 'enabled', filters: s.filters.flatMap((n) => (n === from ? (to === null ? [] : [to]) : [n])) } : s;

/** The section with a filter added or replaced (a rename follows into the policies that enable it). */
export function withFilter(o: Outgoing, filter: ContentFilter, originalName: string | null): Outgoing {
  const list = o.contentFilters ?? [];
  const at = originalName === null ? -1 : list.findIndex((f) => f.name === originalName);
  const contentFilters = at < 0 ? [...list, filter] : list.map((f, i) => (i === at ? filter : f));
  if (originalName === null || originalName === filter.name) return { ...o, contentFilters };
  return {
    ...o,
    contentFilters,
    policies: o.policies.map((p) =>
      p.contentFilters ? { ...p, contentFilters: renameIn(p.contentFilters, originalName, filter.name) } : p,
    ),
    defaultPolicy: {
      ...o.defaultPolicy,
      ...(o.defaultPolicy.contentFilters
        ? { contentFilters: renameIn(o.defaultPolicy.contentFilters, originalName, filter.name) as typeof o.defaultPolicy.contentFilters }
        : {}),
    },
  };
}

/** The section without a filter, and without it in the policies that enabled it. */
export function withoutFilter(o: Outgoing, name: string): Outgoing {
  return {
    ...o,
    contentFilters: (o.contentFilters ?? []).filter((f) => f.name !== name),
    policies: o.policies.map((p) => (p.contentFilters ? { ...p, contentFilters: renameIn(p.contentFilters, name, null) } : p)),
    defaultPolicy: {
      ...o.defaultPolicy,
      ...(o.defaultPolicy.contentFilters
        ? { contentFilters: renameIn(o.defaultPolicy.contentFilters, name, null) as typeof o.defaultPolicy.contentFilters }
        : {}),
    },
  };
}

/** The section with the filter at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function moveFilter(o: Outgoing, index: number, by: -1 | 1): Outgoing {
  const list = [...(o.contentFilters ?? [])];
  const to = index + by;
  if (to < 0 || to >= list.length) return o;
  [list[index], list[to]] = [list[to], list[index]];
  return { ...o, contentFilters: list };
}
