/** Helpers the lessons' checks share. */
import type { ApplianceConfig, ConfigSection } from '../engine/config/schema/index.ts';
import type { CheckState, SubStep, TutorialPort } from './types.ts';
import type { SectionValue } from '../api/engine-api.ts';
import type { TutorialSnapshot } from '../api/tutorial.ts';

/** Done when true of the committed configuration; uncommitted when only the pending one has it. */
export const configured =
  (predicate: (c: ApplianceConfig) => boolean) =>
  (s: TutorialSnapshot): CheckState =>
    predicate(s.committed) ? 'done' : predicate(s.candidate) ? 'uncommitted' : 'todo';

/** Done when true of the snapshot (state outside the configuration: RES, tracking, mailboxes). */
export const observed =
  (predicate: (s: TutorialSnapshot) => boolean) =>
  (s: TutorialSnapshot): CheckState =>
    predicate(s) ? 'done' : 'todo';

/**
 * A lesson's state: done when all its required sub-steps are; uncommitted when any of them waits for
 * a commit. `steps` (the sub-steps, in the order of `states`) marks which ones are optional.
 */
export function lessonState(states: readonly CheckState[], steps: readonly Pick<SubStep, 'optional'>[] = []): CheckState {
  const required = states.filter((_, i) => !steps[i]?.optional);
  if (required.every((x) => x === 'done')) return 'done';
  return required.some((x) => x === 'uncommitted') ? 'uncommitted' : 'todo';
}

/** Throws when a service call failed: solutions are demonstrations and must not fail silently. */
export function must<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Submits a section (from the current pending view) at the level a learner would edit it, without committing; answers that level. */
export async function submitSection<S extends ConfigSection>(
  api: TutorialPort,
  section: S,
  change: (c: ApplianceConfig) => SectionValue<S>,
  comment: string,
): Promise<string | undefined> {
  const scope = await editScope(api, section);
  const view = await api.config.view(scope);
  must(await api.config.submit(section, change(view.candidate), comment, scope));
  return scope;
}

/** Submits a section (from the current pending view) and commits, as a learner would. */
export async function submitAndCommit<S extends ConfigSection>(
  api: TutorialPort,
  section: S,
  change: (c: ApplianceConfig) => SectionValue<S>,
  comment: string,
): Promise<void> {
  const scope = await submitSection(api, section, change, comment);
  const pending = await api.config.view(scope);
  if (pending.pending.length) must(await api.config.commit(comment, scope));
}

/**
 * Where a solution edits a section: standalone, the appliance (the default scope); in a cluster,
 * the level that defines it for the first machine (Cluster level unless overridden), as a learner would.
 */
async function editScope(api: TutorialPort, section: keyof ApplianceConfig): Promise<string | undefined> {
  const layout = await api.site.layout();
  if (layout.mode !== 'cluster' || section === 'appliance') return undefined;
  return (await api.site.definitions(`machine:${layout.machines[0].hostname}`))[section] ?? undefined;
}
