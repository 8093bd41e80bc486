// The source's import graph, read from the files themselves: every relative import of every
// .ts/.svelte file under src/, the folder-level graph it implies, and every package import. Used by
// the architecture test (folder cycles, the layer table of scripts/layers.mjs) and runnable by
// hand: `node scripts/import-graph.mjs` prints every cycle between folders.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

const sourceFiles = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|svelte)$/.test(f) && !f.endsWith('.as.ts') ? [p] : [];
  });

// Static imports, re-exports and dynamic import('…') with a literal specifier.
const SPECIFIER = /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Every import specifier of every source file: { from, spec, typeOnly }, `from` relative to src/. */
function specifiers(root) {
  const found = [];
  for (const file of sourceFiles(root)) {
    let text = readFileSync(file, 'utf8');
    if (file.endsWith('.svelte')) text = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
    text = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const m of text.matchAll(SPECIFIER)) found.push({ file, spec: m[2] ?? m[3], typeOnly: !!m[1] });
  }
  return found.map(({ file, spec, typeOnly }) => ({ file, from: relative(root, file), spec, typeOnly }));
}

/** Every relative import of every source file: { from, to, typeOnly } with paths relative to src/. */
export function importEdges(root = SRC) {
  return specifiers(root)
    .filter(({ spec }) => spec.startsWith('.'))
    .map(({ file, from, spec, typeOnly }) => ({ from, to: relative(root, resolve(dirname(file), spec.replace(/\?.*$/, ''))), typeOnly }));
}

/** Every package import of every source file: { from, pkg, typeOnly } with `from` relative to src/ and `pkg` the bare specifier. */
export function packageImports(root = SRC) {
  return specifiers(root)
    .filter(({ spec }) => !spec.startsWith('.') && !spec.startsWith('/'))
    .map(({ from, spec, typeOnly }) => ({ from, pkg: spec.replace(/\?.*$/, ''), typeOnly }));
}

/**
 * The module a source path belongs to: a folder directly under src/engine or src/ui with
 * everything beneath it ("engine/dlp" for engine/dlp/scan/x.ts), else the top-level folder
 * ("tutorial" for tutorial/steps/x.ts). Files directly in src/engine or src/ui form their own
 * module ("engine", "ui").
 */
export function folderOf(path) {
  const parts = dirname(path).split('/');
  return (parts[0] === 'engine' || parts[0] === 'ui') && parts.length > 1 ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Cycles between folders: strongly connected components of the folder graph with more than one folder. */
export function folderCycles(edges = importEdges()) {
  const graph = new Map();
  for (const { from, to } of edges) {
    const a = folderOf(from);
    const b = folderOf(to);
    if (a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    if (!graph.has(b)) graph.set(b, new Set());
    graph.get(a).add(b);
  }
  // Tarjan's algorithm.
  let index = 0;
  const stack = [];
  const meta = new Map();
  const components = [];
  const visit = (v) => {
    meta.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v)) {
      if (!meta.has(w)) {
        visit(w);
        meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
      } else if (meta.get(w).onStack) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
    }
    if (meta.get(v).low === meta.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        meta.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  // Each cycle with the imports that make it, so a reader knows which line to move.
  return components.map((folders) => ({
    folders,
    imports: edges
      .filter((e) => folders.includes(folderOf(e.from)) && folders.includes(folderOf(e.to)) && folderOf(e.from) !== folderOf(e.to))
      .map((e) => `${e.from} → ${e.to}`),
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cycles = folderCycles();
  for (const c of cycles) {
    console.log(`cycle: ${c.folders.join(' ↔ ')}`);
    for (const i of c.imports) console.log(`  ${i}`);
  }
  console.log(`${cycles.length} folder cycle(s)`);
  process.exitCode = cycles.length ? 1 : 0;
}
