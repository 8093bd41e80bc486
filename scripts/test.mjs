// `npm test`: lint, formatting and unused code, type check, build, unit tests (Node), then end-to-end
// tests in headless Chromium.
import { spawnSync } from 'node:child_process';
import { chromiumExecutable } from './chromium.mjs';

const run = (label, cmd, args) => {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    process.exit(r.status ?? 1);
  }
};

if (!chromiumExecutable()) {
  console.error(
    'No Chromium found for the browser tests.\n' +
      'Install it with:  sudo apt-get install -y --no-install-recommends chromium\n' +
      'or point CHROMIUM_PATH at a Chromium/Chrome executable, then run npm test again.',
  );
  process.exit(1);
}

// Runs every command of a stage, then fails the stage if any failed: one run shows every finding.
const runAll = (label, commands) => {
  console.log(`\n▶ ${label}`);
  const failed = commands.filter(([name, cmd, args]) => {
    console.log(`  · ${name}`);
    return spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status !== 0;
  });
  if (failed.length) {
    console.error(`\n✖ ${label} failed: ${failed.map(([name]) => name).join(', ')}`);
    process.exit(1);
  }
};

run('WebAssembly scanner (AssemblyScript)', 'node', ['scripts/build-wasm.mjs']);
// After the WebAssembly stage: knip follows the generated module the scanner imports.
runAll('Lint, format and unused exports', [
  ['ESLint (layer rules included)', 'npm', ['run', '--silent', 'lint']],
  ['Prettier', 'npm', ['run', '--silent', 'format:check']],
  ['knip (unused files, dependencies and exports)', 'npm', ['run', '--silent', 'knip']],
]);
run('Type check (svelte-check)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
run('Build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
run('Initial bundle budget (200 kB gzip, page and engine worker)', 'node', ['scripts/bundle-size.mjs']);
run('Unit tests (Vitest, Node)', 'npx', ['vitest', 'run']);
run('End-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test']);
console.log('\n✔ all tests passed');
