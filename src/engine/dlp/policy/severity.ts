/** The severity scale and message actions per severity, with inheritance from the level above. */
import type { DlpPolicy, Severity } from '../../config/schema/index.ts';
import type { SeverityLevel } from '../types.ts';

/** The level a risk factor (0–100) falls in on a policy's scale; below Low is Ignore. */
export function severityFor(scale: DlpPolicy['scale'], riskFactor: number): SeverityLevel {
  if (riskFactor >= scale.critical) return 'critical';
  if (riskFactor >= scale.high) return 'high';
  if (riskFactor >= scale.medium) return 'medium';
  if (riskFactor >= scale.low) return 'low';
  return 'ignore';
}

const ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/**
 * The message action name for a severity: the level's own action, or the nearest level above's
 * when unset (null). Ignore, and a blank action, give null.
 */
export function resolveAction(policy: Pick<DlpPolicy, 'actions'>, severity: SeverityLevel): string | null {
  if (severity === 'ignore') return null;
  for (let i = ORDER.indexOf(severity); i >= 0; i--) {
    const a = policy.actions[ORDER[i]];
    if (a !== null) return a === '' ? null : a;
  }
  return null;
}
