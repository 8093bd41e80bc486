// The layers of src/, as data: which top-level folders of src/ each folder may import, and which
// packages it may not. One table for two checkers, so they say the same thing:
// - eslint.config.js turns it into `no-restricted-imports` rules (and dynamic import() checks),
//   so an editor and `npm run lint` flag a wrong-way import on the line that makes it;
// - test/architecture.test.ts checks it against the real import graph (scripts/import-graph.mjs).
//
// In short: ui → api ← worker → engine, with db shared by the worker and the UI, and the tutorial
// and the console as clients on ports of the contract in src/api.
//
//   engine    pure simulation                          → (nothing)
//   api       the contract (EngineApi, protocol, client) → engine
//   db        schema, shared read views, key-value store → engine, api
//   worker    implements EngineApi                      → engine, db, api, tutorial, challenges
//   tutorial  lessons as data, a client on a port        → engine, api
//   challenges troubleshooting exercises as data         → engine, api, tutorial
//   console   the appliance's CLI console interpreter    → engine, api
//   ui        the Svelte app                             → engine, api, db, tutorial, console
//   cli       the Node command line                      → everything but ui
//   main      src/*.ts, the app's entry                  → as ui
//
// A folder may always import itself. A top-level folder of src/ that is not in this table is an
// error in the architecture test: add it here first.

/** The folder a src/-relative path belongs to for the layer rules: its top-level folder, or `main` for files directly in src/. */
export const layerOf = (path) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : 'main');

/**
 * Each layer: `may` lists the other layers it may import (relative imports, type-only ones
 * included: a type is part of the coupling too); `packages` lists the npm packages it must not
 * import (`name/*` covers the package's subpaths); `why` is said in every message.
 */
export const LAYERS = {
  engine: {
    may: [],
    packages: ['dexie', 'comlink', 'svelte', 'svelte/*'],
    why: 'src/engine is the pure simulation: no database, no worker transport, no UI framework',
  },
  api: {
    may: ['engine'],
    packages: ['dexie', 'svelte', 'svelte/*'],
    why: 'src/api is the contract the clients see (EngineApi, the worker protocol and client): it builds on the engine only',
  },
  db: {
    may: ['engine', 'api'],
    packages: [],
    why: 'src/db (schema, shared read views, key-value store) is shared by the worker and the UI, so it depends on neither',
  },
  worker: {
    may: ['engine', 'db', 'api', 'tutorial', 'challenges'],
    packages: [],
    why: 'src/worker implements EngineApi; the UI and the command line sit above it',
  },
  tutorial: {
    may: ['engine', 'api'],
    packages: ['dexie'],
    why: 'src/tutorial is lessons as data, a client on a narrow port of the contract in src/api',
  },
  challenges: {
    may: ['engine', 'api', 'tutorial'],
    packages: ['dexie'],
    why: 'src/challenges is troubleshooting exercises as data, a client on a port of the contract like the tutorial (whose lessons build its starts)',
  },
  console: {
    may: ['engine', 'api'],
    packages: ['dexie', 'comlink'],
    why: "src/console (the appliance's CLI console) is a client on a port of the contract in src/api",
  },
  ui: {
    may: ['engine', 'api', 'db', 'tutorial', 'console'],
    packages: [],
    why: 'src/ui talks to the engine only through src/api (ui → api ← worker)',
  },
  cli: {
    may: ['engine', 'api', 'db', 'worker', 'tutorial', 'challenges', 'console'],
    packages: [],
    why: 'src/cli is the Node command line: it may use anything but the browser UI',
  },
  main: {
    may: ['engine', 'api', 'db', 'tutorial', 'console', 'ui'],
    packages: [],
    why: "src/*.ts is the app's entry: it mounts the UI and, like the UI, reaches the worker only through src/api",
  },
};

/** The top-level folders of src/ that are layers (every row but `main`). */
export const FOLDERS = Object.keys(LAYERS).filter((l) => l !== 'main');

/** True when a file in layer `from` may import a file in layer `to`. */
export const mayImport = (from, to) => from === to || (LAYERS[from]?.may.includes(to) ?? false);

/** True when `pkg` (a bare specifier such as `svelte/store`) is one that layer `from` must not import. */
export const packageForbidden = (from, pkg) =>
  (LAYERS[from]?.packages ?? []).some((p) => (p.endsWith('/*') ? pkg.startsWith(p.slice(0, -1)) : pkg === p));

/** The message for a forbidden import, the same from ESLint and from the architecture test. */
export const layerMessage = (from, what) =>
  `Layer rule (scripts/layers.mjs): ${from === 'main' ? 'src/*.ts' : `src/${from}`} may not import ${what}. ${LAYERS[from].why}.`;

/**
 * The edges of the import graph (`{ from, to }`, paths relative to src/) and the package imports
 * (`{ from, pkg }`) that break the table, each with the reason. Pure, so the test can also show it
 * catches a wrong-way import in a made-up graph.
 */
export function layerViolations(edges, packages = []) {
  const bad = [];
  for (const { from, to } of edges) {
    const a = layerOf(from);
    const b = layerOf(to);
    if (!LAYERS[a]) bad.push(`${from} → ${to}: src/${a} is not in the layer table (scripts/layers.mjs)`);
    else if (!LAYERS[b] || b === 'main') bad.push(`${from} → ${to}: ${to} is outside the layer table (scripts/layers.mjs)`);
    else if (!mayImport(a, b)) bad.push(`${from} → ${to}: ${layerMessage(a, `src/${b}`)}`);
  }
  for (const { from, pkg } of packages) {
    const a = layerOf(from);
    if (LAYERS[a] && packageForbidden(a, pkg)) bad.push(`${from} → ${pkg}: ${layerMessage(a, `the package '${pkg}'`)}`);
  }
  return bad;
}
