/**
 * "Submitted but not committed": whether a part of the configuration, or one entry of it, differs
 * between the pending candidate and what is committed. Pages use it for their warning banners and
 * for actions that work only on committed settings (provisioning a profile).
 */
import type { ApplianceConfig } from '../../engine/config/schema/index.ts';
import type { AppState } from '../app-state.svelte.ts';

/** Configuration values are plain data, so equal JSON means equal values. */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** True when the part of the configuration `part` picks was submitted and differs from the committed one. */
export function uncommitted(app: Pick<AppState, 'committed' | 'pending'>, part: (config: ApplianceConfig) => unknown): boolean {
  return !!app.pending && !!app.committed && !same(part(app.committed), part(app.pending.candidate));
}

/** True when `item` stands in the committed list (matched by name) unchanged since. */
export function committedAsIs<T extends { readonly name: string }>(committed: readonly T[] | undefined, item: T): boolean {
  const c = committed?.find((x) => x.name === item.name);
  return !!c && same(c, item);
}
