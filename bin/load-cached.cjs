'use strict';
// Runs the built command line (dist-cli/*.cjs) with V8's code cache. Compiling the bundled engine
// is most of a short run's start-up; a code cache made by the build (scripts/build-cli.mjs runs the
// command once on a sample with DLP_WRITE_CODE_CACHE=1) holds the bytecode of every function that
// run used, so a later run deserialises it instead of parsing and compiling again. A cache that
// V8 refuses (another Node, other flags, a rebuilt file) costs nothing but the normal compile.
//
// Used two ways: bin/dlp.cjs requires it and calls runCached('main.cjs'); and a worker thread of
// `dlp check` starts on this file with workerData.entry naming the worker's bundle.
const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const distDir = join(__dirname, '..', 'dist-cli');
const nodeRequire = Module.createRequire(__filename);
/** Files loaded in this thread, by absolute path: their module objects, and scripts to cache. */
const loaded = new Map();
const scripts = [];

/** Loads one CommonJS bundle (and, through its require, its sibling chunks) with the code cache. */
function load(file) {
  const known = loaded.get(file);
  if (known) return known.exports;
  const source = readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // No cache: compile as usual.
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {}, filename: file };
  loaded.set(file, module);
  scripts.push({ file, script, fromCache: cachedData !== undefined && !script.cachedDataRejected });
  const dir = dirname(file);
  const requireHere = (id) => (id.startsWith('./') ? load(join(dir, id)) : nodeRequire(id));
  script.runInThisContext()(module.exports, requireHere, module, file, dir);
  return module.exports;
}

/** Runs dist-cli/<name>; with DLP_WRITE_CODE_CACHE=1, writes each loaded file's cache when the process exits. */
function runCached(name) {
  if (process.env.DLP_WRITE_CODE_CACHE === '1') {
    process.on('exit', () => {
      for (const { file, script } of scripts) writeFileSync(`${file}.cache`, script.createCachedData());
    });
  }
  return load(join(distDir, name));
}

/** The files loaded so far, and whether each came from its code cache (for tests). */
const loadedFiles = () => scripts.map(({ file, fromCache }) => ({ file, fromCache }));

module.exports = { runCached, loadedFiles };

// A worker thread started on this file runs the bundle it is given.
if (require.main === module) {
  const { workerData } = require('node:worker_threads');
  runCached(workerData.entry);
}
