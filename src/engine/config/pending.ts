/**
 * Submit then Commit, as on the appliance. Submit validates the candidate configuration and adds
 * a pending change; Commit makes the candidate the committed configuration and records the commit;
 * Abandon discards every pending change. These functions are pure: the service stores the results.
 */
import { fail, ok, type Result } from '../errors.ts';
import { describeChange, diffConfigs, type ConfigChange } from './diff.ts';
import type { ApplianceConfig, ConfigSection } from './schema/index.ts';
import { validateConfig } from './validate.ts';
import { detachMissingDlpPolicies } from './cascade.ts';

/** One Submit: which page's section it changed, when, and what changed. */
export interface PendingChange {
  readonly id: string;
  readonly at: number;
  readonly section: ConfigSection | 'all';
  readonly description: string;
  readonly changes: readonly ConfigChange[];
}

/** A scope's uncommitted state: the candidate configuration and the submits that made it. */
export interface PendingState {
  readonly scope: string;
  readonly candidate: ApplianceConfig;
  readonly changes: readonly PendingChange[];
}

/** A committed change set, as the commit history shows it. */
export interface CommitRecord {
  readonly scope: string;
  readonly at: number;
  readonly user: string;
  readonly comment: string;
  readonly summary: readonly string[];
  readonly changeCount: number;
}

/** What a Submit needs to know. */
export interface SubmitInput {
  readonly committed: ApplianceConfig;
  readonly pending: PendingState | undefined;
  readonly scope: string;
  readonly id: string;
  readonly at: number;
  readonly description: string;
}

/** Submits one section's new value; fails with located issues if the result would be invalid. */
export function submitSection<S extends ConfigSection>(input: SubmitInput, section: S, value: unknown): Result<PendingState> {
  const base = input.pending?.candidate ?? input.committed;
  let next = { ...base, [section]: value } as ApplianceConfig;
  let description = input.description;
  if (section === 'dlp' && isDlpShaped(value)) {
    const cascade = detachMissingDlpPolicies(next);
    next = cascade.config;
    if (cascade.detached.length) description += ` (detached from outgoing mail policies: ${cascade.detached.join(', ')})`;
  }
  return submitWhole({ ...input, description }, next, section);
}

/** Only a well-formed DLP section can cascade; anything else is left for validation to report. */
const isDlpShaped = (v: unknown): boolean => typeof v === 'object' && v !== null && Array.isArray((v as { policies?: unknown }).policies);

/** Submits a whole configuration (configuration editor, import, scenario). */
export function submitWhole(input: SubmitInput, next: unknown, section: ConfigSection | 'all' = 'all'): Result<PendingState> {
  const base = input.pending?.candidate ?? input.committed;
  const checked = validateConfig(next);
  if (!checked.ok) return checked;
  const changes = diffConfigs(base, checked.value);
  const previous = input.pending?.changes ?? [];
  if (changes.length === 0) return ok(input.pending ?? { scope: input.scope, candidate: base, changes: [] });
  const change: PendingChange = { id: input.id, at: input.at, section, description: input.description, changes };
  return ok({ scope: input.scope, candidate: checked.value, changes: [...previous, change] });
}

/** Commits the pending state: the new committed configuration and the history record. */
export function commitPending(
  committed: ApplianceConfig,
  pending: PendingState | undefined,
  comment: string,
  at: number,
  user = 'admin',
): Result<{ config: ApplianceConfig; record: CommitRecord }> {
  if (!pending || pending.changes.length === 0) return fail('config.nothing-pending');
  const net = diffConfigs(committed, pending.candidate);
  const record: CommitRecord = {
    scope: pending.scope,
    at,
    user,
    comment: comment.trim().slice(0, 1000),
    summary: net.map(describeChange).slice(0, 200),
    changeCount: pending.changes.length,
  };
  return ok({ config: pending.candidate, record });
}
