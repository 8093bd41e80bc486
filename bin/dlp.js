#!/usr/bin/env node
// The `dlp` command: runs the built command line (dist-cli/main.cjs, with its code cache through
// load-cached.cjs), building it first when it is
// missing or older than a source file it was built from (dist-cli/inputs.json lists them: a stat
// each, a few milliseconds). The build's own messages go to standard error; stdout stays JSON.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = `${root}dist-cli/main.cjs`;

/** Whether dist-cli/ is missing or older than one of its sources (a source gone counts as changed). */
function stale() {
  let builtAt;
  let inputs;
  try {
    builtAt = statSync(built).mtimeMs;
    inputs = JSON.parse(readFileSync(`${root}dist-cli/inputs.json`, 'utf8'));
  } catch {
    return true;
  }
  for (const file of inputs) {
    try {
      if (statSync(root + file).mtimeMs > builtAt) return true;
    } catch {
      return true;
    }
  }
  return false;
}

if (stale()) {
  // Loaded only here: node:child_process costs a few milliseconds of every start.
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync(process.execPath, [`${root}scripts/build-cli.mjs`], { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) {
    process.stderr.write('dlp: the command line could not be built (node scripts/build-cli.mjs failed).\n');
    process.exit(2);
  }
}
createRequire(import.meta.url)('./load-cached.cjs').runCached('main.cjs');
