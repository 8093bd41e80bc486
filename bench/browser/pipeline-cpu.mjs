// `node bench/browser/pipeline-cpu.mjs DIST...`: where a traffic run's time goes, by process. Not a
// test. Each DIST is a bench build (`vite build --mode bench --outDir DIST`, e.g. one from main and one
// from a branch); they take turns, BENCH_ROUNDS times each (default 3), every round as run.mjs's
// pipeline measure: 10,000 messages with the 5 DLP policies through the Traffic Generator page, then
// the floor. For the run and for the floor it reads, from /proc (Linux), the CPU time of that
// Chromium's processes: the browser process holds IndexedDB's backend, the renderer the page and the
// engine worker. On a machine shared with other benchmarks wall time varies by half, CPU time far
// less: a change that removes work shows there first. It also counts the page's own IndexedDB
// transactions during the run (the reads that follow the worker's writes).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumExecutable, chromiumFlags } from '../../scripts/chromium.mjs';

const N = 10_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4188);
const dists = process.argv.slice(2);
if (!dists.length || dists.some((d) => !existsSync(`${d}/index.html`))) {
  console.error('usage: node bench/browser/pipeline-cpu.mjs DIST... (bench builds: vite build --mode bench --outDir DIST)');
  process.exit(2);
}

/** CPU milliseconds of each process under the browser launched with `marker` (the browser itself included), by process type. */
function cpuByType(marker) {
  const parent = new Map();
  let root = null;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      parent.set(pid, readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes(marker) && !cmd.includes('--type=')) root = pid;
    } catch {
      /* the process ended meanwhile */
    }
  }
  const out = {};
  for (const pid of parent.keys()) {
    let p = pid;
    while (p && p !== root && p !== '0' && p !== '1') p = parent.get(p);
    if (p !== root) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      const type = /--type=([\w-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'browser';
      // utime + stime, in clock ticks of 10 ms.
      out[type] = (out[type] ?? 0) + (Number(stat[11]) + Number(stat[12])) * 10;
    } catch {
      /* the process ended meanwhile */
    }
  }
  return out;
}
const minus = (a, b) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v - (b[k] ?? 0)]));

async function serve(dist, port) {
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--outDir', dist],
    {
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`vite preview did not start on port ${port}`);
}

/** One round on one build: the run through the page and the floor, with the CPU time of each. */
async function round(base) {
  const marker = `--bench-marker-${process.pid}-${Date.now()}`;
  const browser = await chromium.launch({ executablePath: chromiumExecutable() ?? undefined, args: [...chromiumFlags, marker] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.addInitScript(() => {
      globalThis.__transactions = 0;
      const open = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (...args) {
        if (globalThis.__countTransactions) globalThis.__transactions += 1;
        return open.apply(this, args);
      };
    });
    await page.goto(`${base}#/simulation/traffic`);
    await page.waitForFunction(() => globalThis.__dlpBench);
    await page.evaluate(async () => {
      const { api } = globalThis.__dlpBench;
      const r = await api.config.importFile(await (await fetch('./scenarios/proof-of-value.json')).text(), 'proof-of-value.json');
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      if ((await api.config.view()).pending.length) await api.config.commit('bench: proof-of-value.json');
    });
    await page.getByLabel('Number of messages').fill(String(N));
    await page.getByLabel('Time span').selectOption({ label: 'The last day' });
    await page.evaluate(() => (globalThis.__countTransactions = true));
    const c0 = cpuByType(marker);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByTestId('traffic-done').waitFor({ timeout: 600_000 });
    const c1 = cpuByType(marker);
    const transactions = await page.evaluate(() => globalThis.__transactions);
    const progress = await page.evaluate(() => globalThis.__dlpBench.api.traffic.progress());
    const floor = await page.evaluate((n) => globalThis.__dlpBench.api.traffic.floorBulkPut(n), N);
    const c2 = cpuByType(marker);
    return { rate: progress.rate, floor: floor.rate, run: minus(c1, c0), floorCpu: minus(c2, c1), transactions };
  } finally {
    await browser.close();
  }
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const results = dists.map(() => []);
for (let r = 0; r < ROUNDS; r++)
  for (const [i, dist] of dists.entries()) {
    const server = await serve(dist, PORT + i);
    try {
      results[i].push(await round(`http://127.0.0.1:${PORT + i}/`));
    } finally {
      server.kill();
    }
  }

const column = (rs, f, digits = 0) => `${median(rs.map(f)).toFixed(digits)} (${rs.map((x) => f(x).toFixed(digits)).join(', ')})`;
const s = (ms) => (ms ?? 0) / 1000;
console.log(`| build | msg/s | × floor | run CPU s: browser | run CPU s: renderer | floor CPU s: browser + renderer | page transactions |`);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [i, rs] of results.entries())
  console.log(
    `| ${dists[i]} | ${column(rs, (x) => x.rate)} | ${column(rs, (x) => x.rate / x.floor, 2)} | ${column(rs, (x) => s(x.run.browser), 1)} | ${column(rs, (x) => s(x.run.renderer), 1)} | ${column(rs, (x) => s(x.floorCpu.browser) + s(x.floorCpu.renderer), 1)} | ${column(rs, (x) => x.transactions)} |`,
  );
console.log(`\nmedian (per round), ${ROUNDS} rounds, builds alternating; CPU time from /proc of this Chromium's processes.`);
