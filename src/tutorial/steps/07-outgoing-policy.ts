/** Lesson 7: DLP enabled on the Default outgoing mail policy with every DLP policy. */
import type { SectionValue } from '../../api/engine-api.ts';
import type { ApplianceConfig } from '../../engine/config/schema/index.ts';
import { configured, submitAndCommit } from '../checks.ts';
import type { Lesson } from '../types.ts';
import body from './07-outgoing-policy.md?raw';

/** True when the Default Policy has DLP enabled with every DLP policy (and there is one). */
export function everyDlpPolicyInUse(c: ApplianceConfig): boolean {
  const dlp = c.outgoingPolicies.defaultPolicy.dlp;
  return dlp.mode === 'enabled' && c.dlp.policies.length > 0 && c.dlp.policies.every((p) => dlp.policies.includes(p.name));
}

/** The outgoing mail policies with DLP enabled on the Default Policy, every DLP policy selected. */
export const useEveryDlpPolicy = (c: ApplianceConfig): SectionValue<'outgoingPolicies'> => ({
  ...c.outgoingPolicies,
  defaultPolicy: { dlp: { mode: 'enabled', policies: c.dlp.policies.map((p) => p.name) } },
});

export const outgoingPolicy: Lesson = {
  id: 'outgoing-policy',
  number: 7,
  title: 'Apply the DLP policy to the Default outgoing mail policy',
  body,
  steps: [
    {
      id: 'enable-all',
      title: 'Enable DLP on the Default Policy with all DLP policies',
      check: configured(everyDlpPolicyInUse),
      hint: 'Click the DLP column of the Default Policy, change the pulldown to Enable DLP (Customize settings), tick Enable All, Submit, Commit.',
      showMe: { path: '/mail-policies/outgoing-mail-policies', target: 'Default Policy' },
    },
  ],
  solve: (api) => submitAndCommit(api, 'outgoingPolicies', useEveryDlpPolicy, 'DLP on the Default outgoing mail policy'),
};
