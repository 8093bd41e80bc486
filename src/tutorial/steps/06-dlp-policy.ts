/** Lesson 6: a PCI-DSS policy whose Critical action encrypts with CRES_MED; lower severities inherit or are the learner's choice. */
import type { ApplianceConfig } from '../../engine/config/schema/index.ts';
import { configured, submitAndCommit } from '../checks.ts';
import type { Lesson } from '../types.ts';
import body from './06-dlp-policy.md?raw';
import { ACTION_NAME, deliversEncrypted, encryptActionName } from './05-message-actions.ts';

/**
 * True when a PCI-DSS policy's Critical severity uses an action that delivers encrypted with CRES_MED
 * (lesson 5's, whatever its name). High, Medium and Low may inherit or have their own actions: the
 * guide invites changing them.
 */
export function criticalEncryptsMedium(c: ApplianceConfig): boolean {
  return c.dlp.policies.some((p) => {
    if (p.template !== 'pci-dss') return false;
    const action = c.dlp.messageActions.find((a) => a.name === p.actions.critical);
    return !!action && deliversEncrypted(action, 'CRES_MED');
  });
}

const PAGE = '/mail-policies/dlp-policy-manager';

export const dlpPolicy: Lesson = {
  id: 'dlp-policy',
  number: 6,
  title: 'Create a DLP policy',
  body,
  steps: [
    {
      id: 'pci',
      title: 'Add a policy from the PCI-DSS template',
      check: configured((c) => c.dlp.policies.some((p) => p.template === 'pci-dss' && p.enabled)),
      hint: 'Add DLP Policy… → Regulatory Compliance → PCI-DSS.',
      showMe: { path: PAGE, target: 'Add DLP Policy' },
    },
    {
      id: 'critical',
      title: `Critical severity: your CRES_MED action (“${ACTION_NAME}”); lower severities inherit it or take your choice`,
      check: configured(criticalEncryptsMedium),
      hint: 'In Severity Settings choose your CRES_MED action for Critical; leave the others inheriting it, or change them if you wish.',
      showMe: { path: PAGE, target: 'Severity Settings' },
    },
  ],
  async solve(api) {
    // Loaded on demand: the template catalogue belongs to the engine, not to the tutorial panel.
    const { createPolicyFromTemplate } = await import('../../engine/dlp/index.ts');
    await submitAndCommit(
      api,
      'dlp',
      (c) => {
        const existing = c.dlp.policies.find((p) => p.template === 'pci-dss');
        const critical = encryptActionName(c, 'CRES_MED', ACTION_NAME) ?? ACTION_NAME;
        // As the guide: the lower severities inherit the Critical action; a learner's own choice for them stays.
        const policy = existing
          ? { ...existing, enabled: true, actions: { ...existing.actions, critical } }
          : { ...createPolicyFromTemplate('pci-dss'), enabled: true, actions: { critical, high: null, medium: null, low: null } };
        return { ...c.dlp, policies: existing ? c.dlp.policies.map((p) => (p === existing ? policy : p)) : [...c.dlp.policies, policy] };
      },
      'PCI-DSS DLP policy',
    );
  },
};
