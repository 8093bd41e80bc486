/**
 * The desk fulfilling accepted requests once their time has come on the simulated clock: a new
 * account is created, or the serials, domains and administrators are added to an existing one.
 * Applied lazily, whenever the key service is asked anything, so advancing the clock is enough.
 */
import type { ProvisioningRequest, ResAccount } from '../encryption/key-service.ts';

/** What settling changed: accounts to store and requests now fulfilled. */
export interface Settled {
  readonly accounts: readonly ResAccount[];
  readonly fulfilled: readonly ProvisioningRequest[];
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

/** Applies every pending request due at `now`, oldest first. */
export function settleRequests(accounts: readonly ResAccount[], requests: readonly ProvisioningRequest[], now: number): Settled {
  const due = requests
    .filter((r) => r.status === 'pending' && r.fulfilAt <= now)
    .sort((a, b) => a.fulfilAt - b.fulfilAt || a.submittedAt - b.submittedAt);
  const changed = new Map<string, ResAccount>();
  for (const r of due) {
    const current = changed.get(r.accountNumber) ?? accounts.find((a) => a.number === r.accountNumber);
    changed.set(r.accountNumber, applyRequest(current, r));
  }
  return { accounts: [...changed.values()], fulfilled: due.map((r) => ({ ...r, status: 'fulfilled' as const })) };
}
