/**
 * The layering STYLE.md asks for, checked on the source: the engine is pure TypeScript (no Dexie,
 * Comlink, Svelte, UI, worker or database imports) and reads time and randomness only through what
 * is passed in; the UI reaches the engine's behaviour only through the worker client.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|svelte)$/.test(f) ? [p] : [];
  });
const imports = (text: string) => [...text.matchAll(/^\s*import\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('layering', () => {
  const engine = files(join(root, 'engine'));

  it('the engine imports no Dexie, Comlink, Svelte, UI, worker or database code', () => {
    const bad = engine.flatMap((f) => imports(readFileSync(f, 'utf8')).filter((i) => /^(dexie|comlink|svelte)|\/(ui|worker|db)\//.test(i)).map((i) => `${relative(root, f)} → ${i}`));
    expect(bad).toEqual([]);
  });

  it('the engine never reads the wall clock or unseeded randomness', () => {
    const bad = engine.filter((f) => /\bDate\.now\(|Math\.random\(/.test(code(readFileSync(f, 'utf8')))).map((f) => relative(root, f));
    expect(bad).toEqual([]);
  });

  it('the UI imports engine code only for pure helpers and types, never the worker service itself', () => {
    const ui = files(join(root, 'ui'));
    const valueImports = (text: string) => [...text.matchAll(/^\s*import\s(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
    const bad = ui.flatMap((f) =>
      valueImports(readFileSync(f, 'utf8'))
        .filter((i) => /worker\/(service|[a-z-]+-service)\.ts$/.test(i))
        .map((i) => `${relative(root, f)} → ${i}`),
    );
    expect(bad).toEqual([]);
  });
});
