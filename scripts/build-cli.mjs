// Builds the command line (src/cli) into dist-cli/ as plain JavaScript for Node, with Vite in SSR
// mode: every run then starts Node on built code instead of compiling TypeScript. Runs the
// WebAssembly scanner's build first (the engine imports its generated module). Writes
// dist-cli/inputs.json, the source files the build read, for bin/dlp.js to tell a stale build.
// Prints nothing unless something fails (it runs before `dlp` writes its JSON).
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildWasm } from './build-wasm.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist-cli`;

/** Builds dist-cli/: main.js (the command line) and check-worker.js (a worker thread of `dlp check`). */
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
        input: { main: `${root}src/cli/main.ts`, 'check-worker': `${root}src/cli/check-worker.ts` },
        output: {
          minify: { mangle: false, compress: false, codegen: { removeWhitespace: true } },
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: '[name]-[hash].js',
        },
      },
    },
    plugins: [
      {
        name: 'dlp-cli-inputs',
        moduleParsed(info) {
          if (info.id.startsWith(root) && !info.id.includes('/node_modules/')) inputs.add(relative(root, info.id));
        },
      },
    ],
  });
  writeFileSync(`${outDir}/inputs.json`, `${JSON.stringify([...inputs].sort(), null, 1)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildCli().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
