/**
 * A readable diff between two configurations, for the Uncommitted Changes page and import
 * previews. Lists of named items (profiles, policies, actions, …) are compared by name, so a
 * reordering or an insertion reads as what it is rather than as every later row changing.
 */
import { jsonPath } from './paths.ts';

/** One difference, located by a JSON path whose list items are named where they have names. */
export interface ConfigChange {
  readonly path: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Keys whose values are secrets: reported as changed, never shown. */
const SECRET_KEYS = new Set(['password']);
const MASK = '••••••';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNamedList = (v: unknown): v is { name: string }[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => isObject(x) && typeof x.name === 'string');
const mask = (key: PropertyKey | undefined, v: unknown) => (typeof key === 'string' && SECRET_KEYS.has(key) ? MASK : v);

/** Every difference from `before` to `after`. */
export function diffConfigs(before: unknown, after: unknown): ConfigChange[] {
  const out: ConfigChange[] = [];
  walk(before, after, [], out);
  return out;
}

function walk(a: unknown, b: unknown, path: PropertyKey[], out: ConfigChange[]): void {
  const key = path[path.length - 1];
  if (isObject(a) && isObject(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!(k in b)) out.push({ path: jsonPath([...path, k]), kind: 'removed', before: mask(k, a[k]) });
      else if (!(k in a)) out.push({ path: jsonPath([...path, k]), kind: 'added', after: mask(k, b[k]) });
      else walk(a[k], b[k], [...path, k], out);
    }
    return;
  }
  if ((isNamedList(a) || isNamedList(b)) && Array.isArray(a) && Array.isArray(b)) {
    walkNamed(a as { name: string }[], b as { name: string }[], path, out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    out.push({ path: jsonPath(path), kind: 'changed', before: mask(key, a), after: mask(key, b) });
  }
}

function walkNamed(a: { name: string }[], b: { name: string }[], path: PropertyKey[], out: ConfigChange[]): void {
  const byName = (list: { name: string }[]) => new Map(list.map((x) => [x.name, x]));
  const left = byName(a);
  const right = byName(b);
  for (const [name, item] of left) {
    if (!right.has(name)) out.push({ path: jsonPath([...path, name]), kind: 'removed', before: item });
    else walk(item, right.get(name), [...path, name], out);
  }
  for (const [name, item] of right) if (!left.has(name)) out.push({ path: jsonPath([...path, name]), kind: 'added', after: item });
  const order = (list: { name: string }[]) => list.map((x) => x.name).filter((n) => left.has(n) && right.has(n));
  if (JSON.stringify(order(a)) !== JSON.stringify(order(b))) {
    out.push({ path: jsonPath(path), kind: 'changed', before: order(a), after: order(b) });
  }
}

/** A one-line, human summary of a change, e.g. `$.dlp.enabled: false → true`. */
export function describeChange(c: ConfigChange): string {
  const show = (v: unknown) => (isObject(v) || Array.isArray(v) ? JSON.stringify(v).slice(0, 80) : JSON.stringify(v));
  if (c.kind === 'added') return `${c.path} added${isObject(c.after) ? '' : `: ${show(c.after)}`}`;
  if (c.kind === 'removed') return `${c.path} removed`;
  return `${c.path}: ${show(c.before)} → ${show(c.after)}`;
}
