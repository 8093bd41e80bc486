#!/usr/bin/env node
'use strict';
// The `dlp` command: runs the built command line (dist-cli/main.cjs, with its code cache through
// load-cached.cjs), building it first when it is missing or older than a source file it was built
// from (dist-cli/inputs.json lists them: a stat each, a few milliseconds). The build's own messages
// go to standard error; stdout stays JSON. CommonJS, not an ES module: Node's ES module loader
// costs about 15 ms of every start before this file runs (its facades for node: built-ins).
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const built = join(root, 'dist-cli', 'main.cjs');

/** Whether dist-cli/ is missing or older than one of its sources (a source gone counts as changed). */
function stale() {
  let builtAt;
  let inputs;
  try {
    builtAt = statSync(built).mtimeMs;
    inputs = JSON.parse(readFileSync(join(root, 'dist-cli', 'inputs.json'), 'utf8'));
  } catch {
    return true;
  }
  for (const file of inputs) {
    try {
      // Joined by hand: path.join's normalising loop, run this many times, was hot enough for V8 to
      // optimise it on a background thread at every start (about 30 ms of CPU on a busy machine).
      if (statSync(`${root}/${file}`).mtimeMs > builtAt) return true;
    } catch {
      return true;
    }
  }
  return false;
}

if (stale()) {
  // Loaded only here: node:child_process costs a few milliseconds of every start.
  const { spawnSync } = require('node:child_process');
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) {
    process.stderr.write('dlp: the command line could not be built (node scripts/build-cli.mjs failed).\n');
    process.exit(2);
  }
}
require('./load-cached.cjs').runCached('main.cjs');
