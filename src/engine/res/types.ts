/**
 * The mocked Registered Envelope Service's state, as plain rows: customer accounts and the
 * provisioning requests that create or extend them, recipient accounts, and per message the key
 * and the metadata (who, when, profile settings, lock/expiry, opens, read receipts). The message
 * content itself is never stored here: it travels only inside the envelope, as with the real service.
 * The rows the appliance side also uses (accounts, provisioning requests, message keys and
 * metadata) are defined in `engine/encryption/key-service.ts`; this file holds the service's own.
 */
import type { Deployment } from '../encryption/key-service.ts';

/** What the learner sends to the provisioning desk. */
export interface ProvisioningRequestInput {
  /** The organisation's account name (cloud customers end it with HOSTED). */
  readonly accountName?: string;
  /** An existing account to add to, by number, instead of a name. */
  readonly accountNumber?: string;
  /** An existing account to add to, by name or number, as the provisioning email may give it. */
  readonly existingAccount?: string;
  readonly deployment?: Deployment;
  readonly administrators?: readonly string[];
  readonly serials?: readonly string[];
  readonly domains?: readonly string[];
}

/** A browser that ticked "Remember me on this computer". */
export interface DeviceToken {
  readonly token: string;
  readonly issuedAt: number;
}

/** A recipient's registration at the key service (one per email address). */
export interface RecipientAccount {
  /** Lower-case address. */
  readonly address: string;
  readonly registeredAt: number;
  /** `pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>`. */
  readonly passwordHash: string;
  /** Shown when the password field is clicked, so the recipient knows the page is genuine. */
  readonly phrase: string;
  readonly failedAttempts: number;
  readonly lockedUntil: number | null;
  readonly deviceTokens: readonly DeviceToken[];
}

/** A message's status at a moment. */
export type MessageStatus = 'active' | 'locked' | 'expired';
