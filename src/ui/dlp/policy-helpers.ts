/**
 * What the DLP Policy Manager says about a policy: which outgoing mail policies use it, its
 * actions per severity with inheritance spelled out, and the catalogue the pages load once.
 */
import type { ApplianceConfig, DlpPolicy, Severity } from '../../engine/config/schema/index.ts';
import type { ClassifierInfo, FileType } from '../../engine/dlp/index.ts';
import type { TemplateGroup, TemplateInfo } from '../../api/dlp.ts';
import type { AppState } from '../app-state.svelte.ts';

/** Most severe first, as Severity Settings lists them. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
export const SEVERITY_NAMES: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

/** The outgoing mail policies that have DLP policy `name` enabled, in table order. */
export function usedBy(config: ApplianceConfig, name: string): string[] {
  const out = config.outgoingPolicies.policies.filter((p) => p.dlp.mode === 'enabled' && p.dlp.policies.includes(name)).map((p) => p.name);
  const d = config.outgoingPolicies.defaultPolicy.dlp;
  if (d.mode === 'enabled' && d.policies.includes(name)) out.push('Default Policy');
  return out;
}

/** Each severity's action: its own, or inherited from the level above (null below Critical = inherit). */
export function effectiveActions(actions: DlpPolicy['actions']): { level: Severity; action: string; inherited: boolean }[] {
  let current = actions.critical;
  return SEVERITIES.map((level) => {
    const own = actions[level];
    if (own !== null) current = own;
    return { level, action: current, inherited: own === null };
  });
}

/** The policy's actions in one line: `Critical: Quarantine; High–Low: inherit`. */
export function actionsSummary(actions: DlpPolicy['actions']): string {
  const parts: string[] = [];
  for (const e of effectiveActions(actions)) {
    const last = parts.at(-1);
    if (e.inherited && last) parts[parts.length - 1] = last.replace(/^(\w+)(–\w+)?:/, `$1–${SEVERITY_NAMES[e.level]}:`);
    else parts.push(`${SEVERITY_NAMES[e.level]}: ${e.action || '(none)'}`);
  }
  return parts.join('; ');
}

/** A fresh name: `Copy of X`, `Copy of X (2)`, … */
export function copyName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  let candidate = `Copy of ${name}`;
  for (let i = 2; lower.has(candidate.toLowerCase()); i++) candidate = `Copy of ${name} (${i})`;
  return candidate;
}

/** What the DLP pages need from the engine, loaded once per page. */
export interface Catalogue {
  readonly groups: readonly TemplateGroup[];
  readonly classifiers: readonly ClassifierInfo[];
  readonly fileTypes: readonly FileType[];
  template(id: string): TemplateInfo | undefined;
  classifierName(id: string): string;
}

/** Loads the template catalogue, built-in classifiers and file types from the worker. */
export async function loadCatalogue(app: AppState): Promise<Catalogue> {
  const [groups, classifiers, fileTypes] = await Promise.all([app.api.dlp.templates(), app.api.dlp.classifiers(), app.api.dlp.fileTypes()]);
  const byId = new Map(groups.flatMap((g) => g.templates).map((t) => [t.id, t]));
  return {
    groups,
    classifiers,
    fileTypes,
    template: (id) => byId.get(id),
    classifierName: (id) => (id.startsWith('custom:') ? `${id.slice(7)} (custom)` : (classifiers.find((c) => c.id === id)?.name ?? id)),
  };
}
