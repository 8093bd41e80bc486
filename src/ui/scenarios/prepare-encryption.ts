/**
 * "Prepare encryption": what a scenario that encrypts needs outside the configuration. Provisioning
 * lives at the simulated Registered Envelope Service, so it cannot travel in a configuration file.
 * This reuses the tutorial's own lesson 2 solution (send the provisioning request, advance the
 * simulated clock day by day until the account exists — as a learner would), then provisions every
 * committed RES profile that is not yet provisioned. It never submits or commits configuration, so
 * the learner's pending changes are left alone (lesson 3's solution would commit them).
 */
import { fail, type Result } from '../../engine/errors.ts';
import type { TutorialPort } from '../../tutorial/types.ts';

/** What was done, for the notice. */
export interface Prepared {
  readonly provisioned: readonly string[];
  readonly already: readonly string[];
  readonly daysAdvanced: number;
}

/** Registers the appliance at the RES if needed and provisions the committed profiles. */
export async function prepareEncryption(api: TutorialPort): Promise<Result<Prepared>> {
  const view = await api.config.view();
  const enc = view.committed.encryption;
  if (!enc.enabled || !enc.profiles.some((p) => p.keyService === 'res')) {
    return fail(
      'encryption.provision-disabled',
      undefined,
      'Load the scenario and commit it first: the committed configuration has no encryption profile to provision.',
    );
  }
  const before = await api.clock.now();
  const registered = await api.tutorial.solve('register-with-res');
  if (!registered.ok) return registered;
  const provisioned: string[] = [];
  const already: string[] = [];
  for (const row of await api.encryption.provisioningStatus()) {
    if (row.status === 'provisioned') already.push(row.profile);
    if (row.status !== 'not-provisioned') continue;
    const r = await api.encryption.provision(row.profile);
    if (!r.ok) return r;
    provisioned.push(row.profile);
  }
  return { ok: true, value: { provisioned, already, daysAdvanced: Math.round(((await api.clock.now()) - before) / 86_400_000) } };
}
