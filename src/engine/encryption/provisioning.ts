/**
 * The Provision button of an encryption profile, on one appliance. The preconditions are checked
 * in the order the appliance meets them, and the first that fails is reported: encryption enabled
 * and licence accepted (committed), the profile committed with the hosted key service, the key
 * service account existing and fulfilled now, and the account holding this appliance's serial.
 */
import type { ApplianceConfig } from '../config/schema/index.ts';
import { fail, ok, type Result } from '../errors.ts';
import { formatDate } from './html.ts';
import type { ProvisioningRequest, ResAccount } from './key-service.ts';

/** What provisioning a profile records (per appliance scope and profile, outside the configuration). */
export interface ProvisioningRecord {
  readonly scope: string;
  readonly profile: string;
  readonly accountNumber: string;
  readonly accountName: string;
  readonly serial: string;
  readonly provisionedAt: number;
}

/** What the appliance can see when the button is pressed. */
export interface ProvisionCheckInput {
  readonly committed: ApplianceConfig;
  /** The candidate configuration when changes are pending (to say "commit first"). */
  readonly candidate?: ApplianceConfig;
  readonly profileName: string;
  /** Accounts as the key service holds them now (fulfilled requests applied). */
  readonly accounts: readonly ResAccount[];
  /** Requests not yet fulfilled. */
  readonly pendingRequests: readonly ProvisioningRequest[];
  readonly now: number;
}

const pendingUntil = (r: ProvisioningRequest) => `Request ${r.id} is pending until ${formatDate(r.fulfilAt)}.`;

/** Checks the preconditions; on success, which account the profile is provisioned with. */
export function checkProvisioning(input: ProvisionCheckInput): Result<ResAccount> {
  const { committed, profileName, accounts, pendingRequests } = input;
  const enc = committed.encryption;
  if (!enc.enabled || !enc.licenseAccepted) return fail('encryption.provision-disabled');

  const profile = enc.profiles.find((p) => p.name === profileName);
  if (!profile) {
    const pending = input.candidate?.encryption.profiles.some((p) => p.name === profileName);
    return fail(
      pending ? 'encryption.provision-profile-not-committed' : 'encryption.provision-unknown-profile',
      undefined,
      `“${profileName}”`,
    );
  }
  if (profile.keyService !== 'res') return fail('encryption.provision-local-key-service');

  const serial = committed.appliance.serialNumber;
  const linked = committed.resLink.accountNumber;
  const account = linked ? accounts.find((a) => a.number === linked) : accounts.find((a) => a.serials.includes(serial));
  if (!account) {
    const waiting = pendingRequests
      .filter((r) => (linked ? r.accountNumber === linked : r.serials.includes(serial)))
      .sort((a, b) => a.fulfilAt - b.fulfilAt)[0];
    if (waiting) return fail('encryption.provision-request-pending', undefined, pendingUntil(waiting));
    return linked
      ? fail('encryption.provision-unknown-account', undefined, `Account ${linked}.`)
      : fail('encryption.provision-no-account', undefined, `Serial number ${serial}.`);
  }
  if (!account.serials.includes(serial)) {
    const waiting = pendingRequests.find((r) => r.accountNumber === account.number && r.serials.includes(serial));
    if (waiting) return fail('encryption.provision-request-pending', undefined, pendingUntil(waiting));
    return fail(
      'encryption.provision-serial-not-on-account',
      undefined,
      `Account ${account.number} (${account.name}) does not list ${serial}.`,
    );
  }
  return ok(account);
}
