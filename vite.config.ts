import { defineConfig, type Rollup } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFile } from 'node:fs/promises';
import { marked } from 'marked';
import { buildWasm } from './scripts/build-wasm.mjs';
import { earlyWorkerScript } from './scripts/early-worker.mjs';

type ModuleInfo = Rollup.ModuleInfo;

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

const MONACO_ENTRY = '/src/ui/shared/monaco/load.ts';
const MONACO_PIECE = 300_000; // bytes of source per piece (~70 kB minified, under ~100 ms to evaluate at 4× CPU)
/** Module id → the name of its Monaco chunk (`monaco-<n>`), set by monacoChunks before chunking. */
const monacoPiece = new Map<string, string>();

/**
 * Monaco in pieces that the page can evaluate one per task (src/ui/shared/monaco/staged.ts), where
 * evaluating it at once was one ~1 s task at 4× CPU. Its modules in evaluation order (the browser's
 * depth-first order from load.ts) are cut into runs of ~MONACO_PIECE bytes, never inside an import
 * cycle, so each piece imports only earlier ones and evaluating them in order is the order the
 * browser would have used. `__MONACO_CHUNKS__` in the app's code becomes their file names, in that
 * order (set while rendering, before hashing, so file names stay content hashes).
 */
const monacoChunks = {
  name: 'monaco-chunks',
  buildEnd(this: { getModuleIds(): IterableIterator<string>; getModuleInfo(id: string): ModuleInfo | null }) {
    monacoPiece.clear();
    const entry = [...this.getModuleIds()].find((id) => id.endsWith(MONACO_ENTRY));
    if (!entry) return;
    // The browser's evaluation order: depth first from load.ts, each module after its imports.
    const order: string[] = [];
    const placed = new Map<string, number>();
    const imports = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
    const visit = (id: string) => {
      placed.set(id, -1);
      for (const dep of imports(id)) if (!placed.has(dep)) visit(dep);
      placed.set(id, order.length);
      order.push(id);
    };
    visit(entry);
    // A module that imports one placed after it closes an import cycle: no cut between the two.
    const reaches = order.map((id, i) => Math.max(i, ...imports(id).map((dep) => placed.get(dep) ?? -1)));
    let piece = 0;
    let size = 0;
    let reach = -1;
    order.forEach((id, i) => {
      reach = Math.max(reach, reaches[i]!);
      if (!/node_modules[\\/]monaco-editor[\\/]/.test(id)) return;
      monacoPiece.set(id, `monaco-${piece}`);
      size += this.getModuleInfo(id)?.code?.length ?? 0;
      if (size >= MONACO_PIECE && reach <= i) {
        piece += 1;
        size = 0;
      }
    });
  },
  renderChunk(code: string, _chunk: unknown, _options: unknown, meta: { chunks: Record<string, { fileName: string; name: string }> }) {
    if (!code.includes('__MONACO_CHUNKS__')) return null;
    const pieces = Object.values(meta.chunks)
      .filter((c) => /^monaco-\d+$/.test(c.name))
      .sort((a, b) => Number(a.name.slice(7)) - Number(b.name.slice(7)))
      .map((c) => c.fileName.replace(/^.*\//, ''));
    return code.replaceAll('__MONACO_CHUNKS__', pieces.join(','));
  },
};

/**
 * index.html starts the engine worker itself, in an inline script just before the app's module script
 * (before the stylesheet, which would hold a script back until it loads): the worker's thread starts while
 * the page's bundle downloads instead of after the first screen's mount (scripts/early-worker.mjs).
 * After the theme's inline script: its first localStorage read is a synchronous call to the browser,
 * which waited behind the worker's start there (up to ~200 ms at 4× CPU, against ~40 before it).
 * Only in a build: the worker's file name is known once it is bundled.
 */
const earlyEngineWorker = {
  name: 'early-engine-worker',
  apply: 'build' as const,
  transformIndexHtml: {
    order: 'post' as const,
    handler(html: string, ctx: { bundle?: Record<string, unknown> }) {
      const file = Object.keys(ctx.bundle ?? {}).find((f) => /(^|\/)engine\.worker-[\w-]+\.js$/.test(f));
      if (!file) return html;
      const script = `<script>${earlyWorkerScript(`./${file}`)}</script>`;
      const entry = html.indexOf('<script type="module"');
      return entry < 0 ? html.replace('</title>', `</title>\n    ${script}`) : `${html.slice(0, entry)}${script}\n    ${html.slice(entry)}`;
    },
  },
};

/** A chunk in the bundle, as far as bootPreload reads it. */
interface BundleChunk {
  type: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * The page's entry holds only the engine client and imports the rest of the first screen (Dexie, Svelte,
 * the shell) one module per task (src/main.ts). Without a hint the browser would fetch each of those only
 * when asked, one after the other: index.html preloads them all (and what they import) while it is parsed,
 * without evaluating any, so each step only evaluates what is already there. At low priority: the preload
 * scanner finds them before the inline script starts the engine worker, whose file must not wait behind them.
 */
const bootPreload = {
  name: 'boot-preload',
  apply: 'build' as const,
  transformIndexHtml: {
    order: 'post' as const,
    handler(html: string, ctx: { bundle?: Record<string, BundleChunk> }) {
      const bundle = ctx.bundle ?? {};
      const entry = Object.entries(bundle).find(([, c]) => c.type === 'chunk' && c.isEntry);
      if (!entry) return html;
      const files = new Set<string>([entry[0]]);
      const visit = (file: string) => {
        if (files.has(file) || bundle[file]?.type !== 'chunk') return;
        files.add(file);
        for (const dep of bundle[file]!.imports ?? []) visit(dep);
      };
      for (const file of [...(entry[1].imports ?? []), ...(entry[1].dynamicImports ?? [])]) visit(file);
      const links = [...files]
        .slice(1)
        .map((f) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="./${f}">`)
        .join('\n    ');
      return html.replace('</head>', `  ${links}\n  </head>`);
    },
  },
};

export default defineConfig({
  // Relative base: the built app works from any static host or sub-folder.
  base: './',
  // The DLP scanner's WebAssembly module is generated from its AssemblyScript source before any build or test.
  plugins: [
    { name: 'dlp-wasm-scanner', buildStart: async () => void (await buildWasm()) },
    markdownHtml,
    monacoChunks,
    earlyEngineWorker,
    bootPreload,
    svelte(),
  ],
  optimizeDeps: { include: ['dexie', 'comlink'] },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
    // No <link rel=modulepreload> per dependency of a dynamic import: Vite's helper appended them all in the
    // task that asked for the import (~10 for the first page, 60-180 ms at 4× CPU); the browser now fetches a
    // chunk's imports when it reads the chunk (the first screen's are preloaded by index.html: bootPreload).
    // A lazy chunk's CSS is still loaded through the helper.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Monaco in pieces that can be evaluated one per task (monaco-chunks).
        codeSplitting: {
          groups: [{ name: (id: string) => monacoPiece.get(id) ?? null, includeDependenciesRecursively: false }],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
