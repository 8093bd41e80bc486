/**
 * The mocked Registered Envelope Service as a service: the provisioning desk (requests, fulfilled
 * on the simulated clock), the admin portal (accounts, appliances, domains, administrators,
 * messages; Lock, Unlock, Expire) and the recipient's side (register, open an envelope, secure
 * reply and forward). Crypto (password hashing, decryption, encryption) always runs before the
 * transaction that stores its outcome; each change is one transaction.
 */
import { fail, ok, type Result } from '../engine/errors.ts';
import { encryptMessage } from '../engine/encryption/encrypt.ts';
import { FALLBACK_TEMPLATES } from '../engine/encryption/notification.ts';
import { cryptoRandom, type RandomBytes } from '../engine/encryption/random.ts';
import type { PlainAttachment } from '../engine/encryption/types.ts';
import { HOUR } from '../engine/clock.ts';
import { settleRequests } from '../engine/res/fulfilment.ts';
import { PROVISIONING_ADDRESS, PROVISIONING_FROM, requestFromEmail, type DeskReply } from '../engine/res/provisioning-email.ts';
import type { MailboxItem } from '../engine/mailflow/types.ts';
import { expireMessage, lockMessage, unlockMessage } from '../engine/res/messages.ts';
import {
  decideOpen,
  readEnvelope,
  settleOpen,
  type OpenDecision,
  type OpenedEnvelope,
  type OpenRequest,
} from '../engine/res/open-envelope.ts';
import {
  administratorsOf,
  appliancesOf,
  domainsOf,
  portalMessage,
  requestStatus,
  type PortalAppliance,
  type PortalMessage,
} from '../engine/res/portal.ts';
import { acceptRequest, DEFAULT_FULFILMENT_BUSINESS_DAYS, nextAccountNumber } from '../engine/res/provisioning-request.ts';
import { register, type RegistrationInput } from '../engine/res/recipients.ts';
import { composeResponse, ORIGINS, profileOf, RES_MAX_MESSAGE_BYTES, type ResponseKind } from '../engine/res/reply.ts';
import type { ProvisioningRequestInput } from '../engine/res/types.ts';
import type { EnvelopeKey, ProvisioningRequest, ResAccount, ResMessage } from '../engine/encryption/key-service.ts';
import type { PlaygroundDb } from '../db/schema.ts';
import type { ServiceContext } from './context.ts';
import type { SecureReplyInput, SecureForwardInput, SecureResponse, RecipientInfo } from '../api/res.ts';

/** How soon a request with a TAC case open is answered. */
const TAC_RESPONSE_MS = HOUR;

/** Host name the key service's own notifications come from. */
const RES_HOST = 'res.cisco.com';

/** Test and scenario hooks: randomness and the desk's delay. */
export interface ResServiceOptions {
  readonly random?: RandomBytes;
  readonly fulfilmentBusinessDays?: number;
}

/** Request ids follow on from the number of requests (`REQ-00001`, …). */
const requestId = (n: number) => `REQ-${String(n).padStart(5, '0')}`;

/** The desk's context for a new request, over the rows as they are. */
function deskContext(accounts: ResAccount[], all: ProvisioningRequest[], now: number, businessDays: number) {
  return {
    accounts,
    pending: all.filter((r) => r.status === 'pending'),
    now,
    id: requestId(all.length + 1),
    newAccountNumber: () => nextAccountNumber([...accounts.map((a) => a.number), ...all.map((r) => r.accountNumber)]),
    businessDays,
  };
}

/**
 * The desk reads its mailbox (emails to stg-cres-provisioning@cisco.com not read yet become
 * requests, oldest first), then answers every request whose time has come: accounts are created or
 * extended, and each email request's reply lands in the sender's mailbox at its time. Call with the
 * current simulated time; it is cheap when nothing is new.
 */
export async function settleRes(db: PlaygroundDb, now: number, businessDays = DEFAULT_FULFILMENT_BUSINESS_DAYS): Promise<void> {
  await db.transaction('rw', db.resAccounts, db.resRequests, db.mailboxes, async () => {
    const arrived = await db.mailboxes.where('address').equals(PROVISIONING_ADDRESS).toArray();
    let all = await db.resRequests.toArray();
    const read = new Set(all.map((r) => r.email?.mailboxId));
    const unread = arrived
      .flatMap((m) => (m.id !== undefined && !read.has(m.id) ? [{ ...m, id: m.id }] : []))
      .sort((a, b) => a.at - b.at || a.id - b.id);
    if (unread.length) {
      const accounts = await db.resAccounts.toArray();
      for (const item of unread) {
        const request = requestFromEmail(item, deskContext(accounts, all, item.at, businessDays));
        await db.resRequests.add(request);
        all = [...all, request];
      }
    }
    const pending = all.filter((r) => r.status === 'pending');
    if (!pending.some((r) => r.fulfilAt <= now)) return;
    const settled = settleRequests(await db.resAccounts.toArray(), pending, now);
    await db.resAccounts.bulkPut([...settled.accounts]);
    await db.resRequests.bulkPut([...settled.fulfilled]);
    if (settled.replies.length) await db.mailboxes.bulkAdd(settled.replies.map(replyItem));
  });
}

/** The desk's reply as a mailbox item (it comes from Cisco, not through the appliance: no MID). */
const replyItem = (r: DeskReply): MailboxItem => ({
  address: r.to,
  at: r.at,
  kind: 'message',
  mid: 0,
  from: PROVISIONING_FROM,
  to: [r.to],
  cc: [],
  subject: r.subject,
  text: r.text,
  html: '',
  attachments: [],
  headers: {},
  messageId: `<${r.at}.${r.to.replace(/[^a-z0-9.]/gi, '.')}@cisco.com>`,
});

/** The `res` part of the service: the key service's desk, portal and recipient side. */
export function createResService(ctx: ServiceContext, options: ResServiceOptions = {}) {
  const { db } = ctx;
  const random = options.random ?? cryptoRandom;

  const businessDays = options.fulfilmentBusinessDays ?? DEFAULT_FULFILMENT_BUSINESS_DAYS;

  /** The time now, with new emails read and due requests applied. */
  async function settledNow(): Promise<number> {
    const now = await ctx.now();
    await settleRes(db, now, businessDays);
    return now;
  }

  async function accounts(): Promise<ResAccount[]> {
    await settledNow();
    return (await db.resAccounts.toArray()).sort((a, b) => a.number.localeCompare(b.number));
  }

  /** Changes one message in one transaction. */
  async function changeMessage(id: string, change: (m: ResMessage) => Result<ResMessage>): Promise<Result<PortalMessage>> {
    const now = await ctx.now();
    return db.transaction('rw', db.resMessages, async () => {
      const m = await db.resMessages.get(id);
      if (!m) return fail<PortalMessage>('res.unknown-message');
      const r = change(m);
      if (!r.ok) return r;
      await db.resMessages.put(r.value);
      return ok(portalMessage(r.value, now));
    });
  }

  /** Loads what the key service knows for an envelope and decides (crypto included, nothing stored yet). */
  async function decide(req: OpenRequest, purpose: 'read' | 'respond') {
    const now = await ctx.now();
    const envelope = readEnvelope(req.html);
    if (!envelope.ok) return { now, decision: { kind: 'refused', error: envelope.error } as OpenDecision };
    const id = envelope.value.data.messageId;
    const snapshot = {
      message: await db.resMessages.get(id),
      key: await db.resKeys.get(id),
      recipient: await db.resRecipients.get(req.address.trim().toLowerCase()),
    };
    return { now, decision: await decideOpen(req, envelope.value, snapshot, now, purpose) };
  }

  /** Applies a decision to fresh rows in one transaction, with a response's message and key if any. */
  function store(d: OpenDecision, now: number, recordReading: boolean, response?: { message: ResMessage; key: EnvelopeKey }) {
    return db.transaction('rw', db.resMessages, db.resRecipients, db.resKeys, async (): Promise<Result<OpenedEnvelope>> => {
      if (d.kind === 'refused') return { ok: false, error: d.error };
      const message = await db.resMessages.get(d.messageId);
      if (!message) return fail('res.envelope-unknown');
      const s = settleOpen(d, { message, recipient: await db.resRecipients.get(d.address) }, now, random, recordReading);
      if (s.message) await db.resMessages.put(s.message);
      if (s.recipient) await db.resRecipients.put(s.recipient);
      if (response && s.result.ok) {
        await db.resMessages.add(response.message);
        await db.resKeys.add(response.key);
      }
      return s.result;
    });
  }

  async function respond(
    kind: ResponseKind,
    req: OpenRequest & { text: string; attachments?: readonly PlainAttachment[]; to?: readonly string[] },
  ): Promise<Result<SecureResponse>> {
    const { now, decision } = await decide(req, 'respond');
    if (decision.kind !== 'granted') {
      // Refused, or a wrong password (which still counts towards the lock-out).
      const r = await store(decision, now, false);
      if (r.ok) throw new Error('a refused decision cannot succeed');
      return r;
    }
    const original = await db.resMessages.get(decision.messageId);
    if (!original) return fail('res.envelope-unknown');
    const composed = composeResponse(
      { kind, address: decision.address, text: req.text, attachments: req.attachments, to: req.to },
      original,
      decision.content,
    );
    if (!composed.ok) return composed;
    const outcome = await encryptMessage(
      {
        message: composed.value,
        profile: profileOf(original),
        templates: FALLBACK_TEMPLATES,
        accountNumber: original.accountNumber,
        maxMessageSize: RES_MAX_MESSAGE_BYTES,
        hostname: RES_HOST,
        origin: ORIGINS[kind],
        inReplyTo: original.id,
      },
      { now, messageId: ctx.newId(), random },
    );
    if (!outcome.ok) return { ok: false, error: outcome.error };
    const { notification, resMessage, resKey } = outcome.value;
    const stored = await store(decision, now, false, { message: resMessage, key: resKey });
    return stored.ok ? ok({ notification, messageId: resMessage.id }) : stored;
  }

  return {
    /** A provisioning request given to the desk directly (scenarios, challenges, tests); people email it. */
    async requestProvisioning(input: ProvisioningRequestInput): Promise<Result<ProvisioningRequest>> {
      const now = await settledNow();
      return db.transaction('rw', db.resAccounts, db.resRequests, async () => {
        const result = acceptRequest(input, deskContext(await db.resAccounts.toArray(), await db.resRequests.toArray(), now, businessDays));
        if (result.ok) await db.resRequests.add(result.value);
        return result;
      });
    },

    /** Opens a Cisco TAC case for a pending request: the answer comes within the hour instead of a business day. */
    async openCase(requestId: string): Promise<Result<ProvisioningRequest>> {
      const now = await settledNow();
      const answered = await db.transaction('rw', db.resRequests, async (): Promise<Result<ProvisioningRequest>> => {
        const r = await db.resRequests.get(requestId);
        if (!r) return fail('res.case-unknown-request', undefined, `(${requestId})`);
        if (r.status !== 'pending') return fail('res.case-not-pending');
        if (r.tacCase) return fail('res.case-already-open', undefined, `(${r.tacCase})`);
        const cases = (await db.resRequests.toArray()).filter((x) => x.tacCase).length;
        const next = { ...r, tacCase: String(698_100_001 + cases), fulfilAt: Math.min(r.fulfilAt, now + TAC_RESPONSE_MS) };
        await db.resRequests.put(next);
        return ok(next);
      });
      return answered;
    },

    /** Every provisioning request, newest first, with its status now. */
    async requests(): Promise<ProvisioningRequest[]> {
      const now = await settledNow();
      const rows = await db.resRequests.toArray();
      return rows
        .map((r) => ({ ...r, status: requestStatus(r, now) }))
        .sort((a, b) => b.submittedAt - a.submittedAt || b.id.localeCompare(a.id));
    },

    /** Portal: accounts, by number. */
    accounts,
    /** Portal: appliances (serial numbers) and their accounts. */
    appliances: async (): Promise<PortalAppliance[]> => appliancesOf(await accounts()),
    /** Portal: domains and their accounts. */
    domains: async () => domainsOf(await accounts()),
    /** Portal: account administrators. */
    administrators: async () => administratorsOf(await accounts()),

    /** Portal: messages sent, newest first (optionally one account's or one sender's). */
    async messages(filter: { accountNumber?: string; sender?: string } = {}): Promise<PortalMessage[]> {
      const now = await ctx.now();
      let rows = await db.resMessages.orderBy('sentAt').reverse().toArray();
      if (filter.accountNumber) rows = rows.filter((m) => m.accountNumber === filter.accountNumber);
      if (filter.sender) rows = rows.filter((m) => m.sender === filter.sender!.toLowerCase());
      return rows.map((m) => portalMessage(m, now));
    },

    /** Portal: one message's details. */
    async message(id: string): Promise<Result<PortalMessage>> {
      const m = await db.resMessages.get(id);
      return m ? ok(portalMessage(m, await ctx.now())) : fail('res.unknown-message');
    },

    /** Portal: Lock: no recipient can open the message until it is unlocked. */
    lock: (id: string, reason = ''): Promise<Result<PortalMessage>> =>
      ctx.now().then((now) => changeMessage(id, (m) => lockMessage(m, now, reason))),
    /** Portal: Unlock. */
    unlock: (id: string): Promise<Result<PortalMessage>> => changeMessage(id, unlockMessage),
    /** Portal: Expire at a date (now or earlier expires at once). */
    expire: (id: string, at: number): Promise<Result<PortalMessage>> => changeMessage(id, (m) => expireMessage(m, at)),

    /** Recipient: registers an address (password rule, personal security phrase). */
    async register(input: RegistrationInput): Promise<Result<{ address: string }>> {
      const now = await ctx.now();
      const address = String(input.address ?? '')
        .trim()
        .toLowerCase();
      const account = await register(input, await db.resRecipients.get(address), now, random);
      if (!account.ok) return account;
      return db.transaction('rw', db.resRecipients, async () => {
        if (await db.resRecipients.get(address)) return fail<{ address: string }>('res.already-registered');
        await db.resRecipients.add(account.value);
        return ok({ address });
      });
    },

    /** Recipient: what the envelope form shows for an address (registered? security phrase). */
    async recipient(address: string): Promise<RecipientInfo> {
      const a = address.trim().toLowerCase();
      const row = await db.resRecipients.get(a);
      return { address: a, registered: !!row, phrase: row?.phrase ?? null, lockedUntil: row?.lockedUntil ?? null };
    },

    /** Recipient: opens an envelope page; records the opening and any read receipt. */
    async openEnvelope(req: OpenRequest): Promise<Result<OpenedEnvelope>> {
      const { now, decision } = await decide(req, 'read');
      return store(decision, now, true);
    },

    /** Recipient: Secure Reply (or Reply All with `all: true`) to the sender, encrypted. */
    reply: (input: SecureReplyInput): Promise<Result<SecureResponse>> => respond(input.all ? 'reply-all' : 'reply', input),
    /** Recipient: Secure Message Forwarding, when the sender allowed it. */
    forward: (input: SecureForwardInput): Promise<Result<SecureResponse>> => respond('forward', input),
  };
}
