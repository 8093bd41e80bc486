/** Submits one section with its value, the pair's types kept (see `SectionEntry`). */
import type { EngineApi, SectionValue } from '../../src/api/engine-api.ts';
import type { ConfigSection } from '../../src/engine/config/schema/index.ts';

/** Submits `[section, value]` with the section's name as the description. */
export function submitEntry<S extends ConfigSection>(
  api: Pick<EngineApi, 'config'>,
  [section, value]: readonly [S, SectionValue<S>],
  scope?: string,
) {
  return api.config.submit(section, value, section, scope);
}
