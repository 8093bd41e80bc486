/**
 * Monaco evaluated a piece per task. The build splits it into chunks (vite.config.ts) and lists them
 * here in evaluation order, one per group of chunks that import each other; importing them one at a
 * time with a yield between keeps every task short, where importing Monaco at once was one ~1 s task
 * at 4× CPU. Every page that shows an editor imports Monaco through here.
 */
import { yieldToMain } from '../yield.ts';

// Filled in at build time (vite.config.ts, monaco-chunk-order); in dev it stays as is and Monaco is imported at once.
const CHUNKS = '__MONACO_CHUNKS__';
let loading: Promise<typeof import('./load.ts')> | undefined;

/**
 * Monaco's module (load.ts), its chunks evaluated one per task; started once, shared by every
 * caller. `gate` (the idle-time prefetch's) is awaited between chunks.
 */
export function importMonaco(gate?: () => Promise<void>): Promise<typeof import('./load.ts')> {
  return (loading ??= stages(gate).catch((e: unknown) => {
    loading = undefined; // the next caller tries again (a chunk that failed to download, say)
    throw e;
  }));
}

async function stages(gate?: () => Promise<void>): Promise<typeof import('./load.ts')> {
  if (CHUNKS.endsWith('.js')) {
    for (const file of CHUNKS.split(',')) {
      await import(/* @vite-ignore */ new URL(file, import.meta.url).href);
      await yieldToMain();
      await gate?.();
    }
  }
  return import('./load.ts');
}
