/**
 * How deeply a JSON document nests, checked without recursion. A configuration is about ten levels
 * deep; a hostile file of `[[[[…]]]]` or `{"a":{"a":…}}` 100,000 levels deep would overflow the
 * stack of every recursive walk after it (the forbidden-key search, the schema, the diff) and the
 * learner would read "Maximum call stack size exceeded". So the depth is named first, with where
 * it happens: once over the text (before JSON.parse, which is slow on such input) and once over a
 * value that arrives already parsed (the configuration editor's submit).
 */
import { fail, type Result } from '../errors.ts';
import { jsonPath } from './paths.ts';

/** Far deeper than any configuration, far shallower than any call stack. */
export const MAX_JSON_DEPTH = 64;
/** How many steps of the path a message shows before "…". */
const SHOWN_STEPS = 8;

/** Where a document first nests deeper than the limit: the path (shortened) of the container that is too deep. */
export interface DepthProblem {
  readonly path: string;
  readonly limit: number;
}

const shown = (steps: readonly PropertyKey[]): string =>
  steps.length > SHOWN_STEPS ? `${jsonPath(steps.slice(0, SHOWN_STEPS))}…` : jsonPath(steps);

interface Frame {
  readonly array: boolean;
  key: string | number | null;
  expectKey: boolean;
}

/** Scans JSON text (valid or not) for nesting deeper than the limit; linear time, constant stack. */
export function textDepthProblem(text: string, limit = MAX_JSON_DEPTH): DepthProblem | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      // Keys are only needed for the steps a message shows.
      if (top && !top.array && top.expectKey && stack.length <= SHOWN_STEPS) top.key = keyText(text.slice(i, end + 1));
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= limit) return { path: shown(stack.map((f) => f.key ?? '?')), limit };
      stack.push(c === 0x5b ? { array: true, key: 0, expectKey: false } : { array: false, key: null, expectKey: true });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.array) top.key = (top.key as number) + 1;
      else if (top) top.expectKey = true;
    } else if (c === 0x3a /* : */) {
      const top = stack[stack.length - 1];
      if (top) top.expectKey = false;
    }
  }
  return null;
}

/** The index of the quote that closes the string opening at `start` (or the text's last index). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const q = text.indexOf('"', i);
    if (q < 0) return text.length - 1;
    let backslashes = 0;
    for (let k = q - 1; k > start && text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
    i = q + 1;
  }
  return text.length - 1;
}

function keyText(literal: string): string {
  try {
    const key: unknown = JSON.parse(literal);
    return typeof key === 'string' ? key : literal;
  } catch {
    return literal.slice(1, -1);
  }
}

/** Walks a parsed value for nesting deeper than the limit, with an explicit stack instead of recursion. */
export function valueDepthProblem(value: unknown, limit = MAX_JSON_DEPTH): DepthProblem | null {
  const work: { value: unknown; depth: number; steps: readonly PropertyKey[] }[] = [{ value, depth: 0, steps: [] }];
  while (work.length) {
    const { value: v, depth, steps } = work.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= limit) return { path: shown(steps), limit };
    const keep = steps.length < SHOWN_STEPS + 1;
    if (Array.isArray(v)) v.forEach((item, i) => work.push({ value: item, depth: depth + 1, steps: keep ? [...steps, i] : steps }));
    else for (const [k, item] of Object.entries(v)) work.push({ value: item, depth: depth + 1, steps: keep ? [...steps, k] : steps });
  }
  return null;
}

/** The refusal of a document that nests too deeply, naming the limit and where. */
export const depthError = <T>(p: DepthProblem): Result<T> =>
  fail(
    'import.too-deep',
    [{ path: p.path, message: `Nested more than ${p.limit} levels deep here.` }],
    `(more than ${p.limit} levels) at ${p.path}; a configuration is about ten levels deep.`,
  );
