/**
 * Optional lesson after 7: encrypt on a subject flag. An active outgoing content filter whose
 * subject condition looks for [SEND SECURE] and whose action encrypts with an existing profile,
 * enabled on the Default outgoing mail policy, committed.
 */
import type { SectionValue } from '../../api/engine-api.ts';
import type { ApplianceConfig, ContentFilter } from '../../engine/config/schema/index.ts';
import { configured, submitAndCommit } from '../checks.ts';
import type { Lesson } from '../types.ts';
import body from './07a-subject-flag.md?raw';

const FLAG = '[SEND SECURE]';
const NAME = 'send_secure';

/** The learner's flag filter: active, a subject condition that finds the flag, an encryption action with a real profile. */
function flagFilters(c: ApplianceConfig): ContentFilter[] {
  const profiles = new Set(c.encryption.profiles.map((p) => p.name));
  return (c.outgoingPolicies.contentFilters ?? []).filter(
    (f) =>
      f.active &&
      f.conditions.some(
        (k) => k.type === 'subject' && !k.negate && (k.match === 'contains' ? k.value === FLAG : /SEND\\? ?SECURE/i.test(k.value)),
      ) &&
      f.actions.some((a) => (a.type === 'encrypt-on-delivery' || a.type === 'encrypt-deliver-now') && profiles.has(a.profile)),
  );
}

/** True when such a filter exists. */
export const hasFlagFilter = (c: ApplianceConfig): boolean => flagFilters(c).length > 0;

/** True when the Default Policy enables such a filter. */
export function flagFilterEnabled(c: ApplianceConfig): boolean {
  const setting = c.outgoingPolicies.defaultPolicy.contentFilters;
  return setting?.mode === 'enabled' && flagFilters(c).some((f) => setting.filters.includes(f.name));
}

/** The outgoing policies with the flag filter added (if missing) and enabled on the Default Policy. */
const withFlagFilter = (c: ApplianceConfig): SectionValue<'outgoingPolicies'> => {
  const o = c.outgoingPolicies;
  const profile = c.encryption.profiles.find((p) => p.name === 'CRES_MED')?.name ?? c.encryption.profiles[0]?.name ?? 'CRES_MED';
  const filter: ContentFilter = {
    name: NAME,
    description: 'Encrypt when the sender flags the subject',
    active: true,
    rule: 'any',
    conditions: [{ type: 'subject', match: 'contains', value: FLAG, negate: false }],
    actions: [{ type: 'encrypt-on-delivery', rule: 'always', profile, subject: '$Subject' }],
  };
  const filters = (o.contentFilters ?? []).filter((f) => f.name !== NAME);
  const current = o.defaultPolicy.contentFilters;
  const enabled = current?.mode === 'enabled' ? current.filters.filter((n) => n !== NAME) : [];
  return {
    ...o,
    contentFilters: [...filters, filter],
    defaultPolicy: { ...o.defaultPolicy, contentFilters: { mode: 'enabled', filters: [...enabled, NAME] } },
  };
};

export const subjectFlag: Lesson = {
  id: 'subject-flag',
  number: 7,
  optional: true,
  // Not "subject" in the title: the progress dot's name would then answer to the composer's Subject label.
  title: 'Encrypt on a [SEND SECURE] flag',
  body,
  steps: [
    {
      id: 'filter',
      title: 'Add an outgoing content filter: Subject contains [SEND SECURE] → Encrypt on Delivery',
      check: configured(hasFlagFilter),
      hint: 'Mail Policies > Outgoing Content Filters > Add Filter…: a Subject Header condition containing [SEND SECURE], the action Encrypt on Delivery with CRES_MED. Submit, Commit.',
      showMe: { path: '/mail-policies/outgoing-content-filters', target: 'Add Filter…' },
    },
    {
      id: 'enable',
      title: 'Enable it in the Content Filters column of the Default Policy',
      check: configured(flagFilterEnabled),
      hint: 'Outgoing Mail Policies: click the Content Filters column of the Default Policy, Enable Content Filters, tick the filter, Submit, Commit.',
      showMe: { path: '/mail-policies/outgoing-mail-policies', target: 'Default Policy' },
    },
  ],
  solve: (api) => submitAndCommit(api, 'outgoingPolicies', withFlagFilter, 'Encrypt on the [SEND SECURE] subject flag'),
};
