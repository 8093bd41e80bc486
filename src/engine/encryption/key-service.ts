/** The key service's rows the appliance side also uses: customer accounts and provisioning requests, per-message keys and metadata. */
import type { EnvelopeAlgorithm } from './cipher.ts';
import type { SecurityLevel } from './envelope.ts';

/** On-premises appliances, or Cisco's cloud (hosted) appliances whose account names end with HOSTED. */
export type Deployment = 'on-premises' | 'cloud';

/** A customer account at the key service. */
export interface ResAccount {
  readonly number: string;
  readonly name: string;
  readonly deployment: Deployment;
  readonly administrators: readonly string[];
  readonly domains: readonly string[];
  /** Serial numbers of the appliances allowed to provision and encrypt for this account. */
  readonly serials: readonly string[];
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** An accepted request: it creates or extends an account once the desk fulfils it. */
export interface ProvisioningRequest {
  readonly id: string;
  readonly submittedAt: number;
  /** When the desk fulfils it (simulated clock). */
  readonly fulfilAt: number;
  /** `refused`: the desk's reply explained what was wrong; nothing was added (decided on arrival, told at `fulfilAt`). */
  readonly status: 'pending' | 'fulfilled' | 'refused';
  readonly kind: 'new-account' | 'add-to-account';
  readonly accountNumber: string;
  readonly accountName: string;
  readonly deployment: Deployment;
  /** Normalised entries this request adds (duplicates of what the account already holds removed). */
  readonly administrators: readonly string[];
  readonly serials: readonly string[];
  readonly domains: readonly string[];
  /** What the desk did with the request, for the learner (e.g. "added to existing account"). */
  readonly notes: readonly string[];
  /** Requests sent by email: who wrote (the reply goes there), the subject, the mailbox item read. */
  readonly email?: { readonly from: string; readonly subject: string; readonly mailboxId: number };
  /** What was wrong, in the reply's words; set on a request the desk will refuse. */
  readonly refusal?: readonly string[];
  /** The Cisco TAC case opened for immediate assistance, if any. */
  readonly tacCase?: string;
}

/** Where an envelope came from. */
export type MessageOrigin = 'appliance' | 'secure-reply' | 'secure-reply-all' | 'secure-forward';

/** The read receipt the sender gets when a recipient first opens an envelope. */
export interface ReadReceipt {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly reader: string;
  readonly at: number;
}

/** One opening of an envelope. */
export interface OpenEvent {
  readonly address: string;
  readonly at: number;
}

/** What the key service knows about one encrypted message. */
export interface ResMessage {
  readonly id: string;
  readonly accountNumber: string;
  readonly sender: string;
  /** Every envelope recipient (to, cc, bcc), lower-case. */
  readonly recipients: readonly string[];
  /** The notification's (encrypted) subject. */
  readonly subject: string;
  readonly sentAt: number;
  readonly profileName: string;
  readonly security: SecurityLevel;
  readonly algorithm: EnvelopeAlgorithm;
  readonly readReceipts: boolean;
  readonly allowReplyAll: boolean;
  readonly allowForward: boolean;
  readonly origin: MessageOrigin;
  readonly inReplyTo: string | null;
  readonly lockedAt: number | null;
  readonly lockReason: string;
  readonly expiresAt: number | null;
  readonly opens: readonly OpenEvent[];
  readonly receipts: readonly ReadReceipt[];
}

/** A per-message key, held only by the key service. */
export interface EnvelopeKey {
  readonly messageId: string;
  readonly algorithm: EnvelopeAlgorithm;
  /** Base64 of the raw key bytes. */
  readonly key: string;
  readonly createdAt: number;
}
