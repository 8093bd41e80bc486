// Reports the initial JavaScript of the built app (the entry and what it preloads), gzipped.
// Run after `npm run build`. Monaco and every lazily loaded page are excluded by construction.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const html = readFileSync('dist/index.html', 'utf8');
const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let raw = 0;
let gz = 0;
for (const file of new Set(files)) {
  const bytes = readFileSync(`dist/${file}`);
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
  console.log(
    `${file.padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(8)} kB  ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1).padStart(7)} kB gzip`,
  );
}
console.log(`initial JavaScript: ${(raw / 1024).toFixed(1)} kB, ${(gz / 1024).toFixed(1)} kB gzip (budget 150 kB gzip)`);
if (gz > 150 * 1024) process.exitCode = 1;
