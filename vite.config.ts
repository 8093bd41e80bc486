import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFile } from 'node:fs/promises';
import { marked } from 'marked';
import { buildWasm } from './scripts/build-wasm.mjs';

/**
 * `import html from './x.md?html'`: the markdown rendered with marked at build time. The tutorial's
 * lesson prose is ours and fixed, and marked's first parse in the page (its regexes compiled cold)
 * was a ~1 s task at 4× CPU on first load.
 */
const markdownHtml = {
  name: 'markdown-html',
  async load(id: string) {
    if (!id.endsWith('.md?html')) return null;
    const source = await readFile(id.slice(0, -'?html'.length), 'utf8');
    return `export default ${JSON.stringify(marked.parse(source, { async: false }) as string)};`;
  },
};

export default defineConfig({
  // Relative base: the built app works from any static host or sub-folder.
  base: './',
  // The DLP scanner's WebAssembly module is generated from its AssemblyScript source before any build or test.
  plugins: [{ name: 'dlp-wasm-scanner', buildStart: async () => void (await buildWasm()) }, markdownHtml, svelte()],
  optimizeDeps: { include: ['dexie', 'comlink'] },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 5000 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
