import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { buildWasm } from './scripts/build-wasm.mjs';

export default defineConfig({
  // Relative base: the built app works from any static host or sub-folder.
  base: './',
  // The DLP scanner's WebAssembly module is generated from its AssemblyScript source before any build or test.
  plugins: [{ name: 'dlp-wasm-scanner', buildStart: async () => void (await buildWasm()) }, svelte()],
  optimizeDeps: { include: ['dexie', 'comlink'] },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 5000 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
