/** Email encryption as the clients see it: the profile table's provisioning column, PXE Engine Updates, an encryption request. */
import type { EncryptionProfile } from '../engine/config/schema/index.ts';
import type { PlainMessage } from '../engine/encryption/types.ts';

/** One row of the profile table's provisioning column. */
export interface ProfileProvisioning {
  readonly profile: string;
  readonly keyService: EncryptionProfile['keyService'];
  /** `not-applicable` for a local key server, which is not provisioned. */
  readonly status: 'provisioned' | 'not-provisioned' | 'not-applicable';
  /** The button the table shows. */
  readonly action: 'Provision' | 'Re-provision' | null;
  readonly accountNumber: string | null;
  readonly provisionedAt: number | null;
}

/** PXE Engine Updates: the versions the simulated appliance ships with and the last manual check. */
export interface PxeUpdates {
  readonly engineVersion: string;
  readonly domainMappingsVersion: string;
  /** When the versions shown were installed (the appliance's build). */
  readonly installedAt: number;
  /** The last Update Now, or null if never. */
  readonly lastCheckAt: number | null;
}

/** What the mail flow asks to encrypt. */
export interface EncryptRequest {
  readonly message: PlainMessage;
  /** The encryption profile the action named. */
  readonly profile: string;
  /** The action's encrypted subject; `$Subject` by default. */
  readonly subject?: string;
  readonly scope?: string;
}

/** A message the appliance holds in its encryption queue because the key service did not answer. */
export interface EncryptionQueueEntry {
  readonly mid: number;
  readonly subject: string;
  readonly sender: string;
  readonly recipients: readonly string[];
  readonly profile: string;
  readonly queuedAt: number;
  /** Retries made so far. */
  readonly attempts: number;
  /** When it bounces (the profile's Encryption Queue Timeout after it was queued) if the key service has not answered. */
  readonly bouncesAt: number;
}
