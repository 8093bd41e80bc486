/** Lesson 6: a PCI-DSS policy whose Critical action encrypts, with lower severities inheriting. */
import { configured, submitAndCommit } from '../checks.ts';
import type { Lesson } from '../types.ts';
import body from './06-dlp-policy.md?raw';
import { ACTION_NAME } from './05-message-actions.ts';

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
      title: `Critical severity: “${ACTION_NAME}”; High, Medium and Low inherit`,
      check: configured((c) =>
        c.dlp.policies.some(
          (p) =>
            p.template === 'pci-dss' &&
            p.actions.critical === ACTION_NAME &&
            p.actions.high === null &&
            p.actions.medium === null &&
            p.actions.low === null,
        ),
      ),
      hint: 'In Severity Settings choose the action for Critical and leave the others on “inherit”.',
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
        const policy = {
          ...(existing ?? createPolicyFromTemplate('pci-dss')),
          enabled: true,
          actions: { critical: ACTION_NAME, high: null, medium: null, low: null },
        };
        return { ...c.dlp, policies: existing ? c.dlp.policies.map((p) => (p === existing ? policy : p)) : [...c.dlp.policies, policy] };
      },
      'PCI-DSS DLP policy',
    );
  },
};
