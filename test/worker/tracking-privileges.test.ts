import { describe, expect, it } from 'vitest';
import { createPolicyFromTemplate } from '../../src/engine/dlp/index.ts';
import { newMessageAction } from '../../src/engine/config/defaults.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import { fresh } from '../helpers/fresh.ts';
import { cardMessage } from '../helpers/card-message.ts';

/** DLP on with matched content logging, PCI-DSS delivering, on the Default outgoing policy; `granted` as DLP Tracking Privileges. */
async function cardLogged(svc: EngineApi, granted?: ('operator' | 'help-desk')[]): Promise<number> {
  const { candidate } = await svc.config.view();
  const pci = createPolicyFromTemplate('pci-dss');
  const deliver = newMessageAction('Deliver');
  pci.actions = { ...pci.actions, critical: 'Deliver', high: 'Deliver', medium: 'Deliver', low: 'Deliver' };
  const dlp = {
    ...candidate.dlp,
    enabled: true,
    licenseAccepted: true,
    matchedContentLogging: true,
    messageActions: [deliver],
    policies: [pci],
  };
  expect((await svc.config.submit('dlp', granted ? { ...dlp, trackingPrivileges: granted } : dlp, 'DLP')).ok).toBe(true);
  const policies = { policies: [], defaultPolicy: { dlp: { mode: 'enabled' as const, policies: [pci.name] } } };
  expect((await svc.config.submit('outgoingPolicies', policies, 'Policies')).ok).toBe(true);
  expect((await svc.config.commit('DLP')).ok).toBe(true);
  const sent = await svc.mail.send(cardMessage());
  if (!sent.ok) throw new Error(sent.error.code);
  return sent.value.mids[0];
}

describe('Message Tracking honours DLP Tracking Privileges', () => {
  it('when none are granted then the administrator sees matched content and an operator does not', async () => {
    const { svc } = await fresh();
    const mid = await cardLogged(svc);
    const admin = await svc.tracking.details(mid);
    expect(admin?.matchedContentHidden).toBe(false);
    expect(admin?.record.dlp.matchedContent?.length).toBeGreaterThan(0);
    const operator = await svc.tracking.details(mid, 'operator');
    expect(operator?.matchedContentHidden).toBe(true);
    expect(operator?.record.dlp.matchedContent).toBeNull();
  });

  it('when Operator is granted then an operator sees it and a help desk user still does not', async () => {
    const { svc } = await fresh();
    const mid = await cardLogged(svc, ['operator']);
    expect((await svc.tracking.details(mid, 'operator'))?.record.dlp.matchedContent?.length).toBeGreaterThan(0);
    expect((await svc.tracking.details(mid, 'help-desk'))?.matchedContentHidden).toBe(true);
  });

  it('when the grant is only submitted, not committed, then it does not apply yet', async () => {
    const { svc } = await fresh();
    const mid = await cardLogged(svc);
    const { candidate } = await svc.config.view();
    expect((await svc.config.submit('dlp', { ...candidate.dlp, trackingPrivileges: ['operator'] }, 'TP')).ok).toBe(true);
    expect((await svc.tracking.details(mid, 'operator'))?.matchedContentHidden).toBe(true);
    expect((await svc.config.commit('TP')).ok).toBe(true);
    expect((await svc.tracking.details(mid, 'operator'))?.matchedContentHidden).toBe(false);
  });

  it('when a role that is not the appliance’s is granted then the configuration refuses it and nothing changes', async () => {
    const { svc } = await fresh();
    const { candidate } = await svc.config.view();
    const r = await svc.config.submit('dlp', { ...candidate.dlp, trackingPrivileges: ['guest' as 'operator'] }, 'TP');
    expect(r.ok).toBe(false);
    expect((await svc.config.view()).candidate.dlp.trackingPrivileges).toBeUndefined();
  });
});
