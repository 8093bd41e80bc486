/**
 * The architecture, checked on the real import graph (scripts/import-graph.mjs reads every import
 * of every file under src/):
 * - no cycle between modules (a folder directly under src/engine or src/ui, else a top-level folder);
 * - every import follows the layer table of scripts/layers.mjs (ui → api ← worker → engine, db
 *   shared by the worker and the UI), the same table ESLint's layer rules are built from;
 * - the engine is pure: no wall clock or unseeded randomness, no Dexie, Comlink or Svelte.
 * Each check is a pure function of the graph, and each is shown to fail on a made-up graph.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { folderCycles, importEdges, packageImports } from '../scripts/import-graph.mjs';
import { filesUnder } from './helpers/files-under.ts';
import { FOLDERS, LAYERS, layerViolations, mayImport, packageForbidden } from '../scripts/layers.mjs';

const repo = new URL('../', import.meta.url).pathname;
const src = join(repo, 'src');
const files = (dir: string): string[] => filesUnder(dir, /\.(ts|svelte)$/);
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const readsClockOrRandomness = (text: string) => /\bDate\.now\(|Math\.random\(/.test(code(text));
const enginePackage = /^(dexie|comlink|svelte)(\/|$)/;

describe('modules', () => {
  it('no cycle between modules', () => {
    expect(folderCycles()).toEqual([]);
  });

  it('the cycle check finds a cycle, and only a cycle, in a made-up graph', () => {
    const dag = [
      { from: 'ui/shell/App.svelte', to: 'ui/shared/format.ts' },
      { from: 'ui/shared/format.ts', to: 'engine/model/size.ts' },
      { from: 'engine/dlp/scan/x.ts', to: 'engine/model/size.ts' },
    ];
    expect(folderCycles(dag)).toEqual([]);
    expect(folderCycles([...dag, { from: 'engine/model/size.ts', to: 'ui/shell/App.svelte' }])).toEqual([
      {
        folders: ['engine/model', 'ui/shared', 'ui/shell'],
        imports: [
          'ui/shell/App.svelte → ui/shared/format.ts',
          'ui/shared/format.ts → engine/model/size.ts',
          'engine/model/size.ts → ui/shell/App.svelte',
        ],
      },
    ]);
  });
});

describe('layers', () => {
  it('every import follows the layer table (scripts/layers.mjs)', () => {
    expect(layerViolations(importEdges(), packageImports())).toEqual([]);
  });

  it('the layer check catches a wrong-way import, a forbidden package and an unknown folder', () => {
    expect(layerViolations([{ from: 'ui/shell/App.svelte', to: 'api/client.ts' }])).toEqual([]);
    expect(layerViolations([{ from: 'ui/shell/App.svelte', to: 'worker/client.ts' }])).toEqual([
      expect.stringMatching(/^ui\/shell\/App\.svelte → worker\/client\.ts: Layer rule .* src\/ui may not import src\/worker/),
    ]);
    expect(layerViolations([{ from: 'engine/dlp/x.ts', to: 'api/engine-api.ts' }])).toHaveLength(1);
    expect(layerViolations([{ from: 'tutorial/x.ts', to: 'db/schema.ts' }])).toHaveLength(1);
    expect(layerViolations([], [{ from: 'engine/clock.ts', pkg: 'svelte/store' }])).toHaveLength(1);
    expect(layerViolations([], [{ from: 'ui/x.ts', pkg: 'svelte/store' }])).toEqual([]);
    expect(layerViolations([{ from: 'gadgets/x.ts', to: 'engine/clock.ts' }])).toEqual([expect.stringContaining('not in the layer table')]);
  });

  it("ESLint's layer rules (eslint.config.js) forbid exactly what the table forbids", async () => {
    const eslint = new ESLint({ cwd: repo });
    /** Lints one made-up file holding one import per line; answers the lines whose import is wrong the other way round. */
    const disagreements = async (file: string, cases: readonly (readonly [string, boolean])[]) => {
      const svelte = file.endsWith('.svelte');
      const text = cases.map(([statement], i) => statement.replaceAll('$', `a${i}`)).join('\n');
      const uses = svelte ? `{${cases.map((_, i) => `a${i}`).join('}{')}}` : `export { ${cases.map((_, i) => `a${i}`).join(', ')} };`;
      const [result] = await eslint.lintText(svelte ? `<script lang="ts">\n${text}\n</script>\n${uses}\n` : `${text}\n${uses}\n`, {
        filePath: join(repo, file),
      });
      const flagged = new Set(
        result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.line),
      );
      return cases
        .filter(([, forbidden], i) => flagged.has(i + 1 + (svelte ? 1 : 0)) !== forbidden)
        .map(([statement]) => `${file}: ${statement}`);
    };
    const wrong: string[] = [];
    for (const from of Object.keys(LAYERS)) {
      // One and two folders below src/: each depth has its own anchored patterns.
      for (const file of from === 'main' ? ['src/x.ts'] : [`src/${from}/x.ts`, `src/${from}/sub/x.ts`]) {
        const up = from === 'main' ? './' : '../'.repeat(file.split('/').length - 2);
        wrong.push(
          ...(await disagreements(file, [
            ...FOLDERS.map((to) => [`import { $ } from '${up}${to}/y.ts';`, !mayImport(from, to)] as const),
            ...['dexie', 'comlink', 'svelte', 'svelte/store', 'svelte-check'].map(
              (pkg) => [`import { $ } from '${pkg}';`, packageForbidden(from, pkg)] as const,
            ),
          ])),
        );
      }
    }
    // The same folder names elsewhere in src/ are not the layers (src/ui/cli, src/engine/cli, src/ui/tutorial).
    wrong.push(
      ...(await disagreements('src/ui/routes.ts', [
        [`import { $ } from './cli/CliPage.svelte';`, false],
        [`import { $ } from './tutorial/TutorialPanel.svelte';`, false],
      ])),
    );
    wrong.push(...(await disagreements('src/worker/x.ts', [[`import { $ } from '../engine/cli/index.ts';`, false]])));
    wrong.push(
      ...(await disagreements('src/engine/dlp/x.ts', [
        [`import { $ } from '../cli/index.ts';`, false],
        [`import { $ } from '../../cli/main.ts';`, true],
        [`import { $ } from '../../build/x.ts';`, false],
      ])),
    );
    // Svelte components are held to the same rules.
    wrong.push(
      ...(await disagreements('src/ui/shell/X.svelte', [
        [`import { $ } from '../../worker/y.ts';`, true],
        [`import { $ } from '../../api/y.ts';`, false],
      ])),
    );
    // Type-only imports, re-exports and dynamic import() are imports too.
    wrong.push(
      ...(await disagreements('src/ui/x.ts', [
        [`import type { $ } from '../worker/y.ts';`, true],
        [`export { b } from '../worker/y.ts'; const $ = 1;`, true],
        [`const $ = import('../worker/y.ts');`, true],
      ])),
    );
    expect(wrong).toEqual([]);
  }, 60_000);
});

describe('the engine is pure', () => {
  const engine = files(join(src, 'engine'));

  it('the engine never reads the wall clock or unseeded randomness', () => {
    expect(readsClockOrRandomness('// not Date.now(), Math.random()\nconst t = clock.now();')).toBe(false);
    expect(readsClockOrRandomness('const r = Math.random();')).toBe(true);
    const bad = engine.filter((f) => readsClockOrRandomness(readFileSync(f, 'utf8'))).map((f) => relative(src, f));
    expect(bad).toEqual([]);
  });

  it('the engine imports no Dexie, Comlink or Svelte', () => {
    expect(enginePackage.test('svelte/store') && !enginePackage.test('svelte-check')).toBe(true);
    const bad = packageImports()
      .filter((i) => i.from.startsWith('engine/') && enginePackage.test(i.pkg))
      .map((i) => `${i.from} → ${i.pkg}`);
    expect(bad).toEqual([]);
  });
});

describe('one read path', () => {
  // The UI reads stored state only through the shared views (src/db/views/, src/db/kv.ts) that the
  // worker reads too, and follows them live only through src/ui/live.ts: never a table, never Dexie.
  const uiReads = (edges: { from: string; to: string; typeOnly: boolean }[], packages: { from: string; pkg: string }[]) => [
    ...edges
      .filter((e) => e.from.startsWith('ui/') && e.to.startsWith('db/'))
      .filter((e) => !(e.to.startsWith('db/views/') || e.to === 'db/kv.ts' || (e.to === 'db/schema.ts' && e.typeOnly)))
      .map((e) => `${e.from} → ${e.to}`),
    ...packages
      .filter((p) => p.from.startsWith('ui/') && /^dexie(\/|$)/.test(p.pkg) && p.from !== 'ui/live.ts')
      .map((p) => `${p.from} → ${p.pkg}`),
  ];

  it('the UI reaches stored state only through the shared views, and Dexie only through ui/live.ts', () => {
    expect(uiReads(importEdges(), packageImports())).toEqual([]);
  });

  it('the read-path check catches a table read and a direct live query in a made-up graph', () => {
    expect(
      uiReads(
        [
          { from: 'ui/x/Page.svelte', to: 'db/views/levels.ts', typeOnly: false },
          { from: 'ui/x/Page.svelte', to: 'db/schema.ts', typeOnly: true },
          { from: 'ui/x/Page.svelte', to: 'db/schema.ts', typeOnly: false },
        ],
        [
          { from: 'ui/live.ts', pkg: 'dexie' },
          { from: 'ui/x/Page.svelte', pkg: 'dexie' },
        ],
      ),
    ).toEqual(['ui/x/Page.svelte → db/schema.ts', 'ui/x/Page.svelte → dexie']);
  });
});
