// `npm test`: type check, build, unit tests (Node), then end-to-end tests in headless Chromium.
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

run('WebAssembly scanner (AssemblyScript)', 'node', ['scripts/build-wasm.mjs']);
run('Type check (svelte-check)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
run('Build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
run('Initial bundle budget (150 kB gzip)', 'node', ['scripts/bundle-size.mjs']);
run('Unit tests (Vitest, Node)', 'npx', ['vitest', 'run']);
run('End-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test']);
console.log('\n✔ all tests passed');
