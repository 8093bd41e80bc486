// knip: unused files, unused dependencies and unused exports (`npm run knip`).
// Entries it finds by itself, so they are not repeated here: index.html → src/main.ts (Vite
// plugin), bench/run.ts (a package.json script run by tsx), the Vite, Vitest and
// Playwright configs and what they name (test/setup.ts, test/e2e/), svelte.config.js, eslint.config.js,
// and .svelte files (knip compiles their <script> blocks).
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // Started with `new Worker(new URL('…/engine.worker.ts', import.meta.url))`, which knip does not follow.
    'src/worker/engine.worker.ts',
    // The command line, built by scripts/build-cli.mjs from these entries (bin/dlp.cjs runs the build).
    'src/cli/main.ts',
    'src/cli/check-worker.ts',
    // Run by hand or by npm scripts with tsx / node.
    'bench/*.ts',
    'bench/browser/*.mjs',
    'scripts/*.{mjs,ts}',
    'test/fixtures/config/make-*.ts',
    'test/fixtures/dlp-independent/make.ts',
    'test/fixtures/dlp-independent-2/make.ts',
    'test/fixtures/dlp-independent-4/make.ts',
    'test/fixtures/dlp-independent-5/make.ts',
    'test/fixtures/dlp-independent-6/make.ts',
    'test/fixtures/dlp-independent-8/make.ts',
    'test/fixtures/dlp-independent-9/make.ts',
    'test/fixtures/dlp-independent-10/make.ts',
    'test/fixtures/dlp-independent-11/make.ts',
    'test/fixtures/dlp-independent-12/make.ts',
    'test/fixtures/dlp-independent-13/make.ts',
    'test/fixtures/dlp-independent-14/make.ts',
    'test/fixtures/dlp-independent-15/make.ts',
    'test/fixtures/dlp-independent-16/make.ts',
    'test/fixtures/dlp-independent-17/make.ts',
    'test/fixtures/dlp-independent-18/make.ts',
    'test/fixtures/dlp-independent-19/make.ts',
    'test/fixtures/dlp-independent-20/make.ts',
    'test/fixtures/dlp-independent-21/make.ts',
    'test/fixtures/dlp-independent-22/make.ts',
    'test/fixtures/dlp-independent-23/make.ts',
    'test/fixtures/dlp-independent-24/make.ts',
    'test/fixtures/dlp-independent-25/make.ts',
    'test/fixtures/dlp-independent-26/make.ts',
    'test/fixtures/dlp-independent-27/make.ts',
    'test/fixtures/dlp-independent-28/make.ts',
    'test/fixtures/dlp-independent-29/make.ts',
    'test/fixtures/dlp-independent-30/make.ts',
    'test/fixtures/dlp-independent-31/make.ts',
    'test/fixtures/dlp-independent-32/make.ts',
    'test/fixtures/dlp-independent-33/make.ts',
    'test/fixtures/dlp-independent-34/make.ts',
    'test/fixtures/dlp-independent-35/make.ts',
    'test/fixtures/dlp-independent-36/make.ts',
    'test/fixtures/dlp-independent-37/make.ts',
    'test/fixtures/dlp-independent-38/make.ts',
    'test/fixtures/dlp-independent-39/make.ts',
    'test/fixtures/dlp-independent-40/make.ts',
    'test/fixtures/dlp-independent-41/make.ts',
    'test/fixtures/dlp-independent-42/make.ts',
    'test/fixtures/dlp-independent-43/make.ts',
    'test/fixtures/dlp-independent-44/make.ts',
    'test/fixtures/dlp-independent-45/make.ts',
    'test/fixtures/dlp-independent-46/make.ts',
    'test/fixtures/dlp-independent-47/make.ts',
    'test/fixtures/dlp-independent-48/make.ts',
    'test/fixtures/dlp-independent-49/make.ts',
    'test/fixtures/dlp-independent-50/make.ts',
    'test/fixtures/dlp-independent-51/make.ts',
    'test/fixtures/dlp-independent-52/make.ts',
    'test/fixtures/dlp-independent-53/make.ts',
    'test/fixtures/dlp-independent-54/make.ts',
    'test/fixtures/dlp-independent-55/make.ts',
    'test/fixtures/dlp-independent-56/make.ts',
    'test/fixtures/dlp-independent-57/make.ts',
    'test/fixtures/dlp-mime-3/make.ts',
    'test/fixtures/dlp-mime-7/make.ts',
    'test/**/*.{test,spec}.ts',
  ],
  // AssemblyScript: compiled by scripts/build-wasm.mjs (which names it as a string), not imported.
  project: ['src/**/*.{ts,svelte}', '!src/**/*.as.ts', 'test/**/*.ts', 'bench/**/*.{ts,mjs}', 'scripts/**/*.{ts,mjs}'],
  // An export its own file uses is part of that file's documented surface (the contract's groups,
  // a classifier's named constants), not dead code; an export nobody uses at all is reported.
  ignoreExportsUsedInFile: true,
  // A system command a test runs (a named pipe for the non-blocking standard input case), not a package.
  ignoreBinaries: ['mkfifo'],
};

export default config;
