/**
 * The severity scale as four lower bounds on 0–100 (Low, Medium, High, Critical; Ignore starts at
 * 0). Every change goes through `setBoundary`, which keeps the bounds rising strictly, so the
 * editor cannot produce overlapping or gapped bands.
 */
import type { DlpPolicy } from '../../engine/config/schema/index.ts';

export type Scale = DlpPolicy['scale'];
export type Bound = keyof Scale;

/** The four movable bounds, lowest first. */
export const BOUNDS: readonly Bound[] = ['low', 'medium', 'high', 'critical'];
export const BOUND_NAMES: Record<Bound, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };

/** The range a bound may take given its neighbours. */
export function limits(scale: Scale, bound: Bound): { min: number; max: number } {
  const i = BOUNDS.indexOf(bound);
  const min = i === 0 ? 1 : scale[BOUNDS[i - 1]] + 1;
  const max = i === BOUNDS.length - 1 ? 100 : scale[BOUNDS[i + 1]] - 1;
  return { min, max };
}

/** The scale with `bound` moved to `value`, clamped between its neighbours. */
export function setBoundary(scale: Scale, bound: Bound, value: number): Scale {
  if (!Number.isFinite(value)) return scale;
  const { min, max } = limits(scale, bound);
  return { ...scale, [bound]: Math.min(max, Math.max(min, Math.round(value))) };
}

/** The five bands with their inclusive ranges. */
export function bands(scale: Scale): { level: 'ignore' | Bound; name: string; from: number; to: number }[] {
  return [
    { level: 'ignore', name: 'Ignore', from: 0, to: scale.low - 1 },
    { level: 'low', name: 'Low', from: scale.low, to: scale.medium - 1 },
    { level: 'medium', name: 'Medium', from: scale.medium, to: scale.high - 1 },
    { level: 'high', name: 'High', from: scale.high, to: scale.critical - 1 },
    { level: 'critical', name: 'Critical', from: scale.critical, to: 100 },
  ];
}
