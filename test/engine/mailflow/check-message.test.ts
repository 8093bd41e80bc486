/** Checking a message under a configuration: outgoing policy match, DLP settings, order of policies. */
import { describe, expect, it } from 'vitest';
import { createPolicyFromTemplate, type ScannableMessage } from '../../../src/engine/dlp/index.ts';
import { checkMessage } from '../../../src/engine/mailflow/check-message.ts';
import { defaultConfig } from '../../../src/engine/config/defaults.ts';
import type { ApplianceConfig } from '../../../src/engine/config/schema/index.ts';

const message = (over: Partial<ScannableMessage> = {}): ScannableMessage => ({
  subject: 'Details',
  text: 'Visa 4012 8888 8888 1881 exp 08/27, SSN: 321-02-3456',
  html: '',
  attachments: [],
  sender: 'alice@example.com',
  recipients: ['bob@partner.net'],
  ...over,
});

function config(): ApplianceConfig {
  const c = defaultConfig();
  c.dlp.enabled = true;
  c.dlp.licenseAccepted = true;
  c.dlp.policies = [createPolicyFromTemplate('glba', 'GLBA', 'Encrypt'), createPolicyFromTemplate('pci-dss', 'PCI', 'Drop')];
  c.outgoingPolicies.defaultPolicy.dlp = { mode: 'enabled', policies: ['PCI', 'GLBA'] };
  c.outgoingPolicies.policies = [
    { name: 'Finance', senders: ['@finance.example.com'], recipients: [], dlp: { mode: 'enabled', policies: ['PCI'] } },
  ];
  return c;
}

describe('checkMessage', () => {
  it('when several policies are violated, then the first in DLP Policy Manager order decides and all are reported', async () => {
    const r = await checkMessage(config(), message());
    expect(r.outgoingPolicy).toBe('Default Policy');
    expect(r.dlpPolicies).toEqual(['GLBA', 'PCI']);
    expect(r.verdict?.policy).toBe('GLBA');
    expect(r.verdict?.action).toBe('Encrypt');
    expect(r.violations.map((v) => v.policy)).toEqual(['GLBA', 'PCI']);
  });

  it('when the sender matches a custom outgoing policy, then its DLP policies apply', async () => {
    const r = await checkMessage(config(), message({ sender: 'cfo@finance.example.com' }));
    expect(r.outgoingPolicy).toBe('Finance');
    expect(r.dlpPolicies).toEqual(['PCI']);
    expect(r.verdict?.action).toBe('Drop');
  });

  it("when the outgoing policy uses the default settings, then the Default Policy's DLP policies apply", async () => {
    const c = config();
    c.outgoingPolicies.policies[0].dlp = { mode: 'default' };
    expect((await checkMessage(c, message({ sender: 'cfo@finance.example.com' }))).dlpPolicies).toEqual(['GLBA', 'PCI']);
  });

  it('when a DLP policy is disabled, then it is skipped', async () => {
    const c = config();
    c.dlp.policies[0].enabled = false;
    expect((await checkMessage(c, message())).dlpPolicies).toEqual(['PCI']);
  });

  it('when DLP is off globally, then nothing is evaluated', async () => {
    const c = config();
    c.dlp.enabled = false;
    const r = await checkMessage(c, message());
    expect(r.verdict).toBeNull();
    expect(r.notes).toEqual(['DLP is disabled globally.']);
  });

  it('when nothing sensitive is sent, then there is no verdict', async () => {
    const r = await checkMessage(config(), message({ text: 'Lunch at noon?' }));
    expect(r.verdict).toBeNull();
    expect(r.results.every((x) => x.severity === 'ignore')).toBe(true);
  });
});
