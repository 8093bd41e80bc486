/**
 * The key service's admin portal listings, computed from its state: accounts, appliances (serial
 * numbers and their account), domains, administrators, requests and messages sent with their
 * status now.
 */
import type { ProvisioningRequest, ResAccount, ResMessage } from '../encryption/key-service.ts';
import { messageStatus } from './messages.ts';
import type { MessageStatus } from './types.ts';

/** One appliance known to the service. */
export interface PortalAppliance {
  readonly serial: string;
  readonly accountNumber: string;
  readonly accountName: string;
}

/** One row of the Messages list. */
export interface PortalMessage {
  readonly id: string;
  readonly accountNumber: string;
  readonly sender: string;
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly sentAt: number;
  readonly status: MessageStatus;
  readonly expiresAt: number | null;
  readonly lockReason: string;
  readonly security: ResMessage['security'];
  readonly readReceipts: boolean;
  readonly allowReplyAll: boolean;
  readonly allowForward: boolean;
  readonly origin: ResMessage['origin'];
  readonly openedBy: ResMessage['opens'];
  readonly receipts: ResMessage['receipts'];
}

/** Every serial number with its account. */
export const appliancesOf = (accounts: readonly ResAccount[]): PortalAppliance[] =>
  accounts.flatMap((a) => a.serials.map((serial) => ({ serial, accountNumber: a.number, accountName: a.name })));

/** Every domain with its account. */
export const domainsOf = (accounts: readonly ResAccount[]): { domain: string; accountNumber: string }[] =>
  accounts.flatMap((a) => a.domains.map((domain) => ({ domain, accountNumber: a.number })));

/** Every administrator with its account. */
export const administratorsOf = (accounts: readonly ResAccount[]): { address: string; accountNumber: string }[] =>
  accounts.flatMap((a) => a.administrators.map((address) => ({ address, accountNumber: a.number })));

/** A message as the portal lists it, newest first by the caller. */
export function portalMessage(m: ResMessage, now: number): PortalMessage {
  return {
    id: m.id,
    accountNumber: m.accountNumber,
    sender: m.sender,
    recipients: m.recipients,
    subject: m.subject,
    sentAt: m.sentAt,
    status: messageStatus(m, now),
    expiresAt: m.expiresAt,
    lockReason: m.lockReason,
    security: m.security,
    readReceipts: m.readReceipts,
    allowReplyAll: m.allowReplyAll,
    allowForward: m.allowForward,
    origin: m.origin,
    openedBy: m.opens,
    receipts: m.receipts,
  };
}

/** A request's status now: pending ones whose time has come show as answered even before settling. */
export const requestStatus = (r: ProvisioningRequest, now: number): ProvisioningRequest['status'] =>
  r.status !== 'pending' || r.fulfilAt > now ? r.status : r.refusal?.length ? 'refused' : 'fulfilled';
