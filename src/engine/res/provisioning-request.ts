/**
 * The provisioning desk: checks a request like a careful support engineer (complete serial numbers,
 * not VLNs or PAKs; valid administrator addresses and domains; the HOSTED suffix for cloud
 * customers) and decides whether it creates an account or extends the existing one the request
 * names. A new-account request for a name or a serial already on an account is refused as a
 * duplicate, so an organisation never ends up with two accounts. Accepted requests are fulfilled
 * after a delay.
 */
import { addBusinessDays } from '../clock.ts';
import { errorMessages, fail, ok, type ErrorCode, type Issue, type Result } from '../errors.ts';
import { isEmailAddress } from '../model/address.ts';
import { classifySerial } from '../model/serial.ts';
import type { Deployment, ProvisioningRequest, ResAccount } from '../encryption/key-service.ts';
import type { ProvisioningRequestInput } from './types.ts';

/** How long the desk takes, in business days, unless told otherwise. */
export const DEFAULT_FULFILMENT_BUSINESS_DAYS = 1;

/** What the desk knows when a request arrives. */
export interface DeskContext {
  /** Accounts as they are now (fulfilled requests applied). */
  readonly accounts: readonly ResAccount[];
  /** Accepted requests not yet fulfilled. */
  readonly pending: readonly ProvisioningRequest[];
  readonly now: number;
  /** The new request's id. */
  readonly id: string;
  /** Draws the number of a new account (deterministic in the service, see `nextAccountNumber`). */
  readonly newAccountNumber: () => string;
  readonly businessDays?: number;
}

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const HOSTED_SUFFIX = /HOSTED$/;

/** True for a bare domain name such as `example.com`. */
export const isDomainName = (s: string): boolean => DOMAIN.test(s);

/** The first account number in a fresh simulation. */
const FIRST_ACCOUNT_NUMBER = 310001;

/** The next account number after the ones in use: deterministic, so scenarios and tests repeat. */
export function nextAccountNumber(inUse: readonly string[]): string {
  const max = inUse.reduce((m, n) => Math.max(m, Number(n) || 0), FIRST_ACCOUNT_NUMBER - 1);
  return String(max + 1);
}

const normaliseName = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Trimmed, non-empty, de-duplicated entries. */
function entries(list: readonly string[] | undefined, normalise: (s: string) => string): string[] {
  return [...new Set((list ?? []).map((s) => normalise(s.trim())).filter((s) => s !== ''))];
}

interface Target {
  readonly number: string;
  readonly name: string;
  readonly deployment: Deployment;
  readonly existing: boolean;
  /** What the account holds already, or will once its pending requests are fulfilled. */
  readonly holds: { readonly administrators: Set<string>; readonly serials: Set<string>; readonly domains: Set<string> };
}

function targetOf(number: string, ctx: DeskContext): Target | null {
  const account = ctx.accounts.find((a) => a.number === number);
  const requests = ctx.pending.filter((r) => r.accountNumber === number);
  if (!account && requests.length === 0) return null;
  const first = account ?? requests[0];
  const all = [...(account ? [account] : []), ...requests];
  return {
    number,
    name: account?.name ?? requests[0].accountName,
    deployment: first.deployment,
    existing: true,
    holds: {
      administrators: new Set(all.flatMap((x) => x.administrators)),
      serials: new Set(all.flatMap((x) => x.serials)),
      domains: new Set(all.flatMap((x) => x.domains)),
    },
  };
}

/** The number of the account (or pending new account) with this name, if any. */
function numberByName(name: string, ctx: DeskContext): string | undefined {
  const n = normaliseName(name);
  return (
    ctx.accounts.find((a) => normaliseName(a.name) === n)?.number ??
    ctx.pending.find((r) => r.kind === 'new-account' && normaliseName(r.accountName) === n)?.accountNumber
  );
}

/** One thing wrong with a request: its code, the entry concerned, and where it was in the input. */
export interface DeskProblem {
  readonly code: ErrorCode;
  readonly path: string;
  readonly value?: string;
  /** The account concerned (a duplicate name, a serial already registered, nothing to add). */
  readonly account?: { readonly number: string; readonly name: string };
}

type Review =
  { readonly ok: true; readonly value: ProvisioningRequest } | { readonly ok: false; readonly problems: readonly DeskProblem[] };

/** The account the request names as existing (by number, or by name as the guide allows), or a new one (null). */
function findTarget(
  input: ProvisioningRequestInput,
  ctx: DeskContext,
): { ok: false; problems: readonly DeskProblem[] } | { ok: true; target: Target | null } {
  const refused = (code: ErrorCode, path: string, value?: string, account?: DeskProblem['account']) => ({
    ok: false as const,
    problems: [{ code, path, value, account }],
  });
  const number = input.accountNumber?.trim() ?? '';
  if (number) {
    const t = targetOf(number, ctx);
    return t ? { ok: true, target: t } : refused('res.request-unknown-account', '$.accountNumber', number);
  }
  const existing = (input.existingAccount ?? '').trim().replace(/\s+/g, ' ');
  if (existing) {
    const byNumber = /^\d+$/.test(existing) ? targetOf(existing, ctx) : null;
    const byName = numberByName(existing, ctx);
    const t = byNumber ?? (byName ? targetOf(byName, ctx) : null);
    return t ? { ok: true, target: t } : refused('res.request-unknown-account', '$.existingAccount', existing);
  }
  const name = normaliseName(input.accountName ?? '');
  if (!name) return refused('res.request-no-account-name', '$.accountName');
  const taken = numberByName(name, ctx);
  if (taken) {
    const t = targetOf(taken, ctx);
    return refused('res.request-duplicate-account', '$.accountName', (input.accountName ?? '').trim(), {
      number: taken,
      name: t?.name ?? '',
    });
  }
  return { ok: true, target: null };
}

/** Checks a request and, if acceptable, returns it as the desk records it (pending until `fulfilAt`). */
export function acceptRequest(input: ProvisioningRequestInput, ctx: DeskContext): Result<ProvisioningRequest> {
  const r = reviewRequest(input, ctx);
  if (r.ok) return ok(r.value);
  const first = r.problems[0];
  const issues: Issue[] = r.problems.map((p) => ({
    path: p.path,
    message: p.value === undefined ? errorMessages[p.code] : `“${p.value}”: ${errorMessages[p.code]}`,
  }));
  return fail(first.code, issues, first.value === undefined ? undefined : `(“${first.value}”)`);
}

/** The desk's review: the request as it will be recorded, or every problem found in it. */
export function reviewRequest(input: ProvisioningRequestInput, desk: DeskContext): Review {
  // Requests the desk is about to refuse hold nothing and name no account.
  const ctx = { ...desk, pending: desk.pending.filter((r) => !r.refusal?.length) };
  const found = findTarget(input, ctx);
  if (!found.ok) return found;
  const target = found.target;
  const issues: DeskProblem[] = [];
  const problem = (code: ErrorCode, path: string, value?: string, account?: DeskProblem['account']) =>
    issues.push({ code, path, value, account });

  const name = (input.accountName ?? '').trim().replace(/\s+/g, ' ');
  const deployment: Deployment = target?.deployment ?? input.deployment ?? 'on-premises';
  if (!target) {
    if (name.length < 2 || name.length > 128 || /[\u0000-\u001f<>]/.test(name)) problem('res.request-bad-account-name', '$.accountName');
    else if (deployment === 'cloud' && !HOSTED_SUFFIX.test(name)) problem('res.request-hosted-suffix-missing', '$.accountName', name);
  }

  const admins = entries(input.administrators, (s) => s.toLowerCase());
  admins.forEach((a, i) => isEmailAddress(a) || problem('res.request-bad-admin', `$.administrators[${i}]`, a));
  if (!target && admins.length === 0) problem('res.request-no-admin', '$.administrators');

  const serials = entries(input.serials, (s) => s.toUpperCase());
  serials.forEach((s, i) => {
    const kind = classifySerial(s);
    const path = `$.serials[${i}]`;
    if (kind === 'vln') problem('res.request-vln', path, s);
    else if (kind === 'pak') problem('res.request-pak', path, s);
    else if (kind === 'malformed') problem('res.request-bad-serial', path, s);
    else {
      const owner =
        ctx.accounts.find((a) => a.serials.includes(s))?.number ?? ctx.pending.find((r) => r.serials.includes(s))?.accountNumber;
      if (owner && owner !== target?.number)
        problem('res.request-serial-taken', path, `${s} (account ${owner})`, { number: owner, name: targetOf(owner, ctx)?.name ?? '' });
    }
  });
  if (!target && serials.length === 0) problem('res.request-no-serial', '$.serials');

  const domains = entries(input.domains, (s) => s.toLowerCase());
  domains.forEach((d, i) => isDomainName(d) || problem('res.request-bad-domain', `$.domains[${i}]`, d));
  if (!target && domains.length === 0) problem('res.request-no-domain', '$.domains');

  if (issues.length) return { ok: false, problems: issues };

  const notes: string[] = [];
  const fresh = (list: string[], held: Set<string> | undefined, what: string) => {
    const known = list.filter((x) => held?.has(x));
    if (known.length) notes.push(`Already on the account, ignored (${what}): ${known.join(', ')}.`);
    return list.filter((x) => !held?.has(x));
  };
  const add = {
    administrators: fresh(admins, target?.holds.administrators, 'administrators'),
    serials: fresh(serials, target?.holds.serials, 'serial numbers'),
    domains: fresh(domains, target?.holds.domains, 'domains'),
  };
  if (target && !add.administrators.length && !add.serials.length && !add.domains.length)
    return {
      ok: false,
      problems: [{ code: 'res.request-nothing-to-add', path: '$', account: { number: target.number, name: target.name } }],
    };
  if (target) {
    if (name && normaliseName(name) !== normaliseName(target.name))
      notes.unshift(`The account keeps its name “${target.name}”; the name given (“${name}”) was not used.`);
    notes.unshift(`Added to existing account ${target.number} (${target.name}) instead of creating a duplicate account.`);
  }
  const number = target?.number ?? ctx.newAccountNumber();
  return {
    ok: true,
    value: {
      id: ctx.id,
      submittedAt: ctx.now,
      fulfilAt: addBusinessDays(ctx.now, ctx.businessDays ?? DEFAULT_FULFILMENT_BUSINESS_DAYS),
      status: 'pending',
      kind: target ? 'add-to-account' : 'new-account',
      accountNumber: number,
      accountName: target?.name ?? name,
      deployment,
      ...add,
      notes,
    },
  };
}
