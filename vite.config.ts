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

/**
 * `__MONACO_CHUNK__` in the app's code becomes the file name of Monaco's lazy chunk (the one
 * src/ui/shared/monaco/load.ts starts), so the page can prefetch it — download only, no
 * evaluation — when idle. Set while rendering, before hashing, so file names stay content hashes.
 */
const monacoChunkName = {
  name: 'monaco-chunk-name',
  renderChunk(
    code: string,
    _chunk: unknown,
    _options: unknown,
    meta: { chunks: Record<string, { fileName: string; facadeModuleId: string | null }> },
  ) {
    if (!code.includes('__MONACO_CHUNK__')) return null;
    const monaco = Object.values(meta.chunks).find((c) => c.facadeModuleId?.endsWith('/src/ui/shared/monaco/load.ts'));
    return monaco ? code.replaceAll('__MONACO_CHUNK__', monaco.fileName.replace(/^.*\//, '')) : null;
  },
};

export default defineConfig({
  // Relative base: the built app works from any static host or sub-folder.
  base: './',
  // The DLP scanner's WebAssembly module is generated from its AssemblyScript source before any build or test.
  plugins: [{ name: 'dlp-wasm-scanner', buildStart: async () => void (await buildWasm()) }, markdownHtml, monacoChunkName, svelte()],
  optimizeDeps: { include: ['dexie', 'comlink'] },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 5000 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
