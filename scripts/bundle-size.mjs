// Reports the initial JavaScript of the built app, gzipped: the entry and what index.html preloads,
// the modules they import statically, and the entry chunk of each worker the page starts at once
// (the engine) with its static imports. Run after a build; `node scripts/bundle-size.mjs [dist]`
// (or BUNDLE_DIST) reads another output folder. Monaco and every lazily loaded page or engine part
// are excluded by construction: only static imports are followed.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = process.argv[2] ?? process.env.BUNDLE_DIST ?? 'dist';

/** The initial files under `dist`: HTML entries and preloads, then static imports and started workers. */
export function initialFiles(dir) {
  const html = readFileSync(`${dir}/index.html`, 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set();
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(`${dir}/${file}`)) continue;
    seen.add(file);
    const code = readFileSync(`${dir}/${file}`, 'utf8');
    // Static imports between chunks (`import{…}from"./x.js"`, `import"./x.js"`); `import(` is lazy and not followed.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`);
    // Workers started from the page (new Worker(new URL(`engine.worker-….js`, import.meta.url))).
    for (const m of code.matchAll(/new URL\(\s*[`"']([^`"']*\.worker-[^`"']+\.js)[`"']/g)) {
      if (/\bengine\.worker-/.test(m[1])) queue.push(`assets/${m[1].replace(/^\.?\/?(assets\/)?/, '')}`);
    }
  }
  return [...seen];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let raw = 0;
  let gz = 0;
  for (const file of initialFiles(dist)) {
    const bytes = readFileSync(`${dist}/${file}`);
    const z = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += z;
    console.log(`${file.padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(8)} kB  ${(z / 1024).toFixed(1).padStart(7)} kB gzip`);
  }
  console.log(
    `initial JavaScript (page + engine worker): ${(raw / 1024).toFixed(1)} kB, ${(gz / 1024).toFixed(1)} kB gzip (budget ${BUDGET_KB} kB gzip)`,
  );
  if (gz > BUDGET_KB * 1024) process.exitCode = 1;
}
