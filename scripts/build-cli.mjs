// Builds the command line (src/cli) into dist-cli/ as plain JavaScript for Node, with Vite in SSR
// mode: every run then starts Node on built code instead of compiling TypeScript. Runs the
// WebAssembly scanner's build first (the engine imports its generated module). Writes
// dist-cli/inputs.json, the source files the build read, for bin/dlp.cjs to tell a stale build.
// The bundles are CommonJS so that bin/load-cached.cjs can run them with V8's code cache, which
// this build makes last: it runs `dlp check` and `dlp scan` once on a sample (cli-warmup/) with
// DLP_WRITE_CODE_CACHE=1. Prints nothing unless something fails (it runs before `dlp` writes its JSON).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildWasm } from './build-wasm.mjs';
import { lazyRe2js } from './lazy-re2js.mjs';
import { postalMimeChunks } from './postal-mime-chunks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist-cli`;

/** Builds dist-cli/: main.cjs (the command line), check-worker.cjs (a worker thread of `dlp check`), their code caches. */
export async function buildCli() {
  await buildWasm();
  const inputs = new Set(['src/engine/dlp/scan/wasm/scanner.as.ts']);
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // Bundle the dependencies too: Node then loads two files, not hundreds.
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: {
          main: `${root}src/cli/main.ts`,
          'check-worker': `${root}src/cli/check-worker.ts`,
          // Loaded on first use only (lazy-re2js.mjs).
          re2js: 're2js',
        },
        output: {
          minify: { mangle: false, compress: false, codegen: { removeWhitespace: true } },
          format: 'cjs',
          // ASCII only: V8 then holds each bundle's source as one byte a character, and reading it
          // is a copy instead of a UTF-8 decode into a string twice its size.
          charset: 'ascii',
          entryFileNames: '[name].cjs',
          chunkFileNames: '[name]-[hash].cjs',
        },
        onwarn(warning, warn) {
          // unpdf asks import.meta.resolve for PDF.js's font folders inside a try; in CommonJS the
          // call throws there and PDF.js runs without them, as it does when the package is bundled.
          if (warning.code !== 'EMPTY_IMPORT_META') warn(warning);
        },
      },
    },
    plugins: [
      postalMimeChunks(),
      lazyRe2js(),
      {
        name: 'dlp-cli-inputs',
        moduleParsed(info) {
          if (info.id.startsWith(root) && !info.id.includes('/node_modules/')) inputs.add(relative(root, info.id));
        },
      },
    ],
  });
  writeFileSync(`${outDir}/inputs.json`, `${JSON.stringify([...inputs].sort(), null, 1)}\n`);
  writeCodeCache();
}

/**
 * Runs the built command on the sample with DLP_WRITE_CODE_CACHE=1, so bin/load-cached.cjs writes
 * each bundle's code cache (`*.cjs.cache`) on exit. The second run loads the first's cache and
 * adds what `scan` compiles. A failed run leaves no cache: the command still works, starting slower.
 */
function writeCodeCache() {
  const sample = `${root}scripts/cli-warmup/`;
  const runs = [
    { args: ['check', `${sample}message.eml`, '--config', `${sample}config.json`], input: 'ignore' },
    { args: ['scan', '--jsonl'], input: `${JSON.stringify({ id: 1, text: 'Card 4111 1111 1111 1111, SSN 123-45-6789.' })}\n` },
  ];
  for (const { args, input } of runs) {
    const r = spawnSync(process.execPath, [`${root}bin/dlp.cjs`, ...args], {
      env: { ...process.env, DLP_WRITE_CODE_CACHE: '1' },
      input: input === 'ignore' ? undefined : input,
      stdio: [input === 'ignore' ? 'ignore' : 'pipe', 'ignore', 'pipe'],
    });
    if (r.status !== 0) throw new Error(`dlp ${args[0]} on the code-cache sample failed: ${r.stderr}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildCli().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
