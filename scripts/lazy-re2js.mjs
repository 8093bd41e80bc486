// A build plugin for the command line: re2js (the engine for user-entered regular expressions) is
// about 40 % of the engine's bundle, and most runs never compile a pattern (only custom
// classifiers and content filters have them). The engine's `import { RE2JS } from 're2js'`
// becomes a stand-in that requires dist-cli/re2js.cjs (its own entry) on first use, so a run
// without patterns neither reads nor deserialises it. The engine's code is unchanged.

const STAND_IN = '\0lazy-re2js';
/** The built file, beside the bundles; bin/load-cached.cjs resolves it (with its code cache, if any). */
const BUILT = './re2js.cjs';

/** The Vite plugin; the build must also have an entry `re2js: 're2js'` (the real module, as re2js.cjs). */
export function lazyRe2js() {
  return {
    name: 'lazy-re2js',
    // Before Vite's own resolver, which would resolve the package first.
    enforce: 'pre',
    resolveId(id, importer) {
      // The entry itself (no importer) is the real module.
      if (id === 're2js' && importer !== undefined && importer !== STAND_IN) return STAND_IN;
      if (id === BUILT && importer === STAND_IN) return { id: BUILT, external: true };
      return null;
    },
    load(id) {
      if (id !== STAND_IN) return null;
      return `let real;
const load = () => (real ??= require(${JSON.stringify(BUILT)}).RE2JS);
/** re2js's RE2JS, loaded on first use: each member read goes to the real class. */
export const RE2JS = new Proxy({}, {
  get(_, key) {
    const value = load()[key];
    return typeof value === 'function' ? value.bind(real) : value;
  },
});
`;
    },
  };
}
