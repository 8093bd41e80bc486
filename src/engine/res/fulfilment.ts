/**
 * The desk fulfilling accepted requests once their time has come on the simulated clock: a new
 * account is created, or the serials, domains and administrators are added to an existing one.
 * Applied lazily, whenever the key service is asked anything, so advancing the clock is enough.
 */
import type { ProvisioningRequest, ResAccount } from '../encryption/key-service.ts';
import { replyTo, type DeskReply } from './provisioning-email.ts';

/** What settling changed: accounts to store, requests now answered, and the replies to email requests. */
export interface Settled {
  readonly accounts: readonly ResAccount[];
  /** Requests now fulfilled or refused. */
  readonly fulfilled: readonly ProvisioningRequest[];
  readonly replies: readonly DeskReply[];
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** One request applied to its account (created if it does not exist yet). */
export function applyRequest(account: ResAccount | undefined, r: ProvisioningRequest): ResAccount {
  if (!account) {
    return {
      number: r.accountNumber,
      name: r.accountName,
      deployment: r.deployment,
      administrators: [...r.administrators],
      domains: [...r.domains],
      serials: [...r.serials],
      createdAt: r.fulfilAt,
      updatedAt: r.fulfilAt,
    };
  }
  return {
    ...account,
    administrators: union(account.administrators, r.administrators),
    domains: union(account.domains, r.domains),
    serials: union(account.serials, r.serials),
    updatedAt: r.fulfilAt,
  };
}

/** Applies every pending request due at `now`, oldest first; refused ones change no account. Email requests get their reply. */
export function settleRequests(accounts: readonly ResAccount[], requests: readonly ProvisioningRequest[], now: number): Settled {
  const due = requests
    .filter((r) => r.status === 'pending' && r.fulfilAt <= now)
    .sort((a, b) => a.fulfilAt - b.fulfilAt || a.submittedAt - b.submittedAt);
  const changed = new Map<string, ResAccount>();
  const replies: DeskReply[] = [];
  for (const r of due) {
    if (r.refusal?.length) {
      const reply = replyTo(r, undefined);
      if (reply) replies.push(reply);
      continue;
    }
    const current = changed.get(r.accountNumber) ?? accounts.find((a) => a.number === r.accountNumber);
    const next = applyRequest(current, r);
    changed.set(r.accountNumber, next);
    const reply = replyTo(r, next);
    if (reply) replies.push(reply);
  }
  return {
    accounts: [...changed.values()],
    fulfilled: due.map((r) => ({ ...r, status: r.refusal?.length ? ('refused' as const) : ('fulfilled' as const) })),
    replies,
  };
}
