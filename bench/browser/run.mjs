// `npm run bench:browser`: the built app in headless Chromium, measured as a learner uses it. Not a
// test: it prints a Markdown table.
//   1. Pipeline throughput with persistence: 10,000 generated messages through the Traffic
//      Generator page (factory default, then the 5-policy proof-of-value scenario), against a floor
//      measured in the same run just before and just after the 5-policy run (the same tracking
//      records written with bare bulkPut; the faster of the two is compared with).
//   2. Main-thread responsiveness during those runs: the longest task ('longtask' entries), and the
//      main thread's CPU time (a long task on a busy machine may be waiting for a core).
//   3. Message Tracking search over 100,000 records: median and worst of the common searches,
//      through the same service calls the page makes.
//   4. Initial load: initial JavaScript (gzip) and navigation start → the header clock shows the
//      simulated time.
//   4b. The same cold loads at 4× CPU throttling (DevTools' emulation): navigation → header clock,
//      → the engine worker ready (answers ping), → its full service built (lazy chunk), and the
//      longest main-thread task during the load.
//   4c. Opening the JSON Configuration Editor (Monaco) at 4× CPU throttling, a few seconds after a
//      cold load (time for the idle prefetch): the longest main-thread task from the click to the
//      editor showing (and 1 s after).
//   5. Preview impact: the kept 10,000 messages replayed under committed and pending through the
//      Uncommitted Changes page, and the main thread's longest task meanwhile.
// BENCH_ONLY=impact runs only 5 (on 10,000 messages generated through the service); BENCH_ONLY=load
// runs only 4, 4b and 4c; BENCH_ONLY=pipeline only 1 and 2; BENCH_ONLY=search only 3 (its 100,000
// messages generated through the service).
// It builds the app in bench mode (dist-bench/, rebuilt when src/ or public/ changed) — the same
// bundle as production except that the Traffic Generator page exposes the engine client on
// globalThis.__dlpBench — and serves it with `vite preview` on its own port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumExecutable, chromiumFlags } from '../../scripts/chromium.mjs';
import { initialFiles } from '../../scripts/bundle-size.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4188);
// BENCH_DIST and BENCH_PORT let parallel work use its own build folder and server.
const DIST = process.env.BENCH_DIST ?? 'dist-bench';
const BASE = `http://127.0.0.1:${PORT}/`;
const N = 10_000;
const SEARCH_RECORDS = 100_000;
const LOAD_ROUNDS = 5;
const SEARCH_ROUNDS = 7;
const THROTTLE = 4;

/** Newest modification time under a folder. */
function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

function build() {
  const stale =
    !existsSync(`${DIST}/index.html`) ||
    Math.max(newest('src'), newest('public'), newest('index.html')) > statSync(`${DIST}/index.html`).mtimeMs;
  if (!stale) return;
  console.error(`building ${DIST} (vite build --mode bench)…`);
  const r = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--mode', 'bench', '--outDir', DIST, '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('build failed');
}

/** The initial JavaScript: the page's entry, what it preloads and imports, and the engine worker's entry chunk (scripts/bundle-size.mjs's rule). */
function initialJs() {
  const files = initialFiles(DIST);
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(`${DIST}/${f}`);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gz, files: files.length };
}

async function serve() {
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort', '--outDir', DIST],
    { stdio: 'ignore' },
  );
  // Up to 30 s: on a busy two-core machine vite preview has taken more than 10 s to answer.
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(BASE)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`vite preview did not start on port ${PORT}`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
const int = (x) => Math.round(x).toLocaleString('en-US');

/** Records long tasks and the moment the header clock first shows the simulated time. */
function instrument() {
  globalThis.__longtasks = [];
  // A 10 ms timer: its worst lateness is how long the page could not react (long tasks are only reported above 50 ms).
  globalThis.__lag = { max: 0, last: performance.now() };
  setInterval(() => {
    const now = performance.now();
    globalThis.__lag.max = Math.max(globalThis.__lag.max, now - globalThis.__lag.last - 10);
    globalThis.__lag.last = now;
  }, 10);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) globalThis.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    const clock = document.querySelector('[data-testid="sim-clock"]');
    if (clock && /GMT$/.test(clock.textContent ?? '')) {
      globalThis.__interactiveAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

async function freshPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.addInitScript(instrument);
  return { context, page };
}

async function openTraffic(page) {
  await page.goto(`${BASE}#/simulation/traffic`);
  await page.waitForFunction(() => globalThis.__dlpBench && globalThis.__interactiveAt);
}

/** Loads a scenario file and commits it, through the service (as the Scenarios page does). */
async function commitScenario(page, file) {
  await page.evaluate(async (f) => {
    const { api } = globalThis.__dlpBench;
    const text = await (await fetch(`./scenarios/${f}`)).text();
    const r = await api.config.importFile(text, f);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    if ((await api.config.view()).pending.length) await api.config.commit(`bench: ${f}`);
  }, file);
}

/** Runs N messages through the Traffic Generator page; answers the run's progress and the longest main-thread task during it. */
async function runThroughPage(page, count) {
  await page.getByLabel('Number of messages').fill(String(count));
  await page.getByLabel('Time span').selectOption({ label: 'The last day' });
  // The main thread's CPU time (DevTools' ThreadTime): on a busy machine a long task is often the
  // thread waiting for a core, not working; this tells the two apart.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  const cpu0 = await threadTime();
  const started = await page.evaluate(() => {
    globalThis.__lag.max = 0;
    return performance.now();
  });
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { name: 'Generating traffic…' }).waitFor();
  await page.getByTestId('traffic-done').waitFor({ timeout: 240_000 });
  const { ended, lag } = await page.evaluate(() => ({ ended: performance.now(), lag: globalThis.__lag.max }));
  const cpu = (await threadTime()) - cpu0;
  await cdp.detach();
  const progress = await page.evaluate(() => globalThis.__dlpBench.api.traffic.progress());
  const tasks = await page.evaluate(([a, b]) => globalThis.__longtasks.filter((t) => t.start >= a && t.start <= b), [started, ended]);
  return { progress, lag, cpu, longest: Math.max(0, ...tasks.map((t) => t.duration)), over50: tasks.filter((t) => t.duration > 50).length };
}

/** The floor: the latest `n` tracking records written again with bare bulkPut into a scratch database. */
const floorBulkPut = (page, n) => page.evaluate((k) => globalThis.__dlpBench.api.traffic.floorBulkPut(k), n);

/**
 * The 5-policy run between two floors. The origin's IndexedDB is one LevelDB, whose writes slow as
 * it grows (several-fold on a slow disk), so a floor measured only after the run, on a database
 * that run has just grown, would flatter the ratio. A first run of N messages gives the records;
 * then the floor, the measured run and the floor again. The faster floor is the one compared with.
 */
async function policyRunBetweenFloors(page) {
  await runThroughPage(page, N);
  const before = await floorBulkPut(page, N);
  const on = await runThroughPage(page, N);
  const after = await floorBulkPut(page, N);
  return { on, before, after, floor: before.rate >= after.rate ? before : after };
}

const floorNote = ({ before, after }) =>
  `floor before the run ${int(before.rate)} rec/s, after it ${int(after.rate)} rec/s; the faster is compared`;

/**
 * An expression's value in the page, through CDP's Runtime.evaluate. During a measured load this
 * replaces page.evaluate and page.waitForFunction: those inject Playwright's helper scripts into the
 * page on first use, a task of 140–250 ms at 4× CPU that the longest-task figure then counted.
 */
async function pageValue(cdp, expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
  return result.value ?? null;
}

/** Milliseconds on the page's clock of a mark in the engine worker's timeline (null if not marked). */
async function workerMark(page, cdp, name) {
  const engine = page.workers().find((w) => w.url().includes('engine'));
  if (!engine) return null;
  const at = await engine.evaluate((n) => {
    const m = performance.getEntriesByName(n)[0];
    return m ? performance.timeOrigin + m.startTime : null;
  }, name);
  return at === null ? null : at - (await pageValue(cdp, 'performance.timeOrigin'));
}

/** One cold load at 4× CPU: header clock, engine ready, full service, longest task meanwhile (nothing injected into the page). */
async function throttledLoad(browser) {
  const { context, page } = await freshPage(browser);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(BASE);
  let clock = null;
  for (let i = 0; i < 600 && clock === null; i++) {
    clock = await pageValue(cdp, 'globalThis.__interactiveAt ?? null');
    if (clock === null) await new Promise((r) => setTimeout(r, 50));
  }
  let ready = null;
  let full = null;
  for (let i = 0; i < 100 && full === null; i++) {
    ready ??= await workerMark(page, cdp, 'engine-ready');
    full = await workerMark(page, cdp, 'engine-service-ready');
    if (full === null) await new Promise((r) => setTimeout(r, 100));
  }
  // The page settles (lazy chunks parsed), then every long task since navigation counts.
  await new Promise((r) => setTimeout(r, 1000));
  const longest = await pageValue(cdp, 'Math.max(0, ...globalThis.__longtasks.map((t) => t.duration))');
  await context.close();
  return { clock, ready, full, longest };
}

/** Opens the JSON Configuration Editor at 4× CPU, after a cold load and a few idle seconds; the longest task meanwhile. */
async function monacoOpen(browser) {
  const { context, page } = await freshPage(browser);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(BASE);
  await page.waitForFunction(() => globalThis.__interactiveAt);
  await page.waitForTimeout(5000);
  // Playwright's selector engine is injected on first use: here, before the measured window.
  await page.locator('body').waitFor();
  const started = await page.evaluate(() => performance.now());
  await page.evaluate(() => (location.hash = '#/system-administration/configuration-editor'));
  await page.locator('[data-testid="config-editor"] .monaco-editor .view-lines').waitFor({ timeout: 60_000 });
  const shown = await page.evaluate(() => performance.now());
  await page.waitForTimeout(1000);
  const tasks = await page.evaluate((a) => globalThis.__longtasks.filter((t) => t.start + t.duration >= a), started);
  await context.close();
  return {
    ms: shown - started,
    longest: Math.max(0, ...tasks.map((t) => t.duration)),
    over200: tasks.filter((t) => t.duration > 200).length,
  };
}

/** 4b and 4c: the rows for throttled loads and the Monaco open. */
async function throttledRows(browser) {
  const loads = [];
  for (let i = 0; i < LOAD_ROUNDS; i++) loads.push(await throttledLoad(browser));
  const monacos = [];
  for (let i = 0; i < 3; i++) monacos.push(await monacoOpen(browser));
  const med = (key) => {
    const xs = loads.map((l) => l[key]).filter((x) => x !== null);
    return xs.length ? ms(median(xs)) : 'n/a';
  };
  return [
    [`**Initial load at ${THROTTLE}× CPU throttling**`, '', `median of ${LOAD_ROUNDS} cold loads`],
    [
      'navigation start → header clock shows simulated time',
      `${med('clock')} ms`,
      `worst ${ms(Math.max(...loads.map((l) => l.clock)))} ms`,
    ],
    ['navigation start → engine worker ready (answers)', `${med('ready')} ms`, 'mark in the worker when it posts ready'],
    ['navigation start → full engine service built', `${med('full')} ms`, 'the lazy service chunk, fetched after ready'],
    ['longest main-thread task during load', `${med('longest')} ms`, `per load: ${loads.map((l) => ms(l.longest)).join(', ')} ms`],
    [
      `open the JSON Configuration Editor (Monaco), ${THROTTLE}× CPU`,
      `${ms(median(monacos.map((m) => m.longest)))} ms longest task`,
      `median of ${monacos.length}: ${monacos.map((m) => ms(m.longest)).join(', ')} ms; click → editor shown ${ms(median(monacos.map((m) => m.ms)))} ms; tasks over 200 ms: ${monacos.map((m) => m.over200).join(', ')}`,
    ],
  ];
}

/** Generates more traffic through the service (no page involved) and waits for it. */
async function generate(page, count, seed, spanMs) {
  await page.evaluate(
    async ([n, s, span]) => {
      const { api } = globalThis.__dlpBench;
      const r = await api.traffic.start({
        count: n,
        seed: s,
        senders: [
          'alice@example.com',
          'raj.patel@example.com',
          'maria.lopez@example.com',
          'finance@example.com',
          'hr@example.com',
          'clinic@example.com',
        ],
        recipients: ['partner.example', 'bank.example', 'hospital.example', 'gmail.example'],
        sensitiveShare: 0.2,
        spanMs: span,
      });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      for (;;) {
        const p = await api.traffic.progress();
        if (p.state !== 'running') return p;
        await new Promise((res) => setTimeout(res, 500));
      }
    },
    [count, seed, spanMs],
  );
}

/**
 * Preview impact through the Uncommitted Changes page: a stricter scenario loaded as pending, every
 * kept original (the retention's 10,000) replayed under committed and pending; abandoned afterwards.
 */
async function previewImpact(page) {
  await page.evaluate(async () => {
    const { api } = globalThis.__dlpBench;
    const text = await (await fetch('./scenarios/healthcare-hipaa.json')).text();
    const r = await api.config.importFile(text, 'healthcare-hipaa.json');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  });
  await page.goto(`${BASE}#/commit`);
  const preview = page.getByTestId('impact-preview');
  await preview.waitFor();
  await preview.getByLabel('All kept').check();
  const started = await page.evaluate(() => {
    globalThis.__lag.max = 0;
    return performance.now();
  });
  await preview.getByRole('button', { name: 'Preview Impact' }).click();
  await page.getByTestId('impact-speed').waitFor({ timeout: 900_000 });
  const { ended, lag } = await page.evaluate(() => ({ ended: performance.now(), lag: globalThis.__lag.max }));
  const messages = Number(/Replayed ([\d,]+) messages/.exec(await page.getByTestId('impact-speed').textContent())[1].replace(/,/g, ''));
  const headline = (await page.getByTestId('impact-headline').textContent()).replace(/\s+/g, ' ').trim();
  const tasks = await page.evaluate(([a, b]) => globalThis.__longtasks.filter((t) => t.start >= a && t.start <= b), [started, ended]);
  await page.evaluate(() => globalThis.__dlpBench.api.config.abandon());
  return {
    messages,
    seconds: (ended - started) / 1000,
    headline,
    lag,
    longest: Math.max(0, ...tasks.map((t) => t.duration)),
    over50: tasks.filter((t) => t.duration > 50).length,
  };
}

async function searches(page) {
  return page.evaluate(async (rounds) => {
    const { api } = globalThis.__dlpBench;
    const now = await api.clock.now();
    const pci = (await api.config.view()).committed.dlp.policies.find((p) => p.template === 'pci-dss').name;
    const queries = {
      'sender is raj.patel@example.com': { sender: { op: 'is', value: 'raj.patel@example.com' } },
      'sender begins with fin': { sender: { op: 'begins', value: 'fin' } },
      'DLP violation, Critical': { events: ['dlp-violation'], severities: ['critical'] },
      'DLP violation of PCI-DSS, High + Critical': { events: ['dlp-violation'], dlpPolicy: pci, severities: ['high', 'critical'] },
      'last hour': { from: now - 3_600_000, to: now },
      'last day': { from: now - 86_400_000, to: now },
      'last 7 days, subject contains "invoice"': { from: now - 7 * 86_400_000, to: now, subject: { op: 'contains', value: 'invoice' } },
    };
    const out = [];
    for (const [name, q] of Object.entries(queries)) {
      const times = [];
      let total = 0;
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now();
        const r = await api.tracking.search({ ...q, limit: 100, offset: 0 });
        times.push(performance.now() - t0);
        total = r.total;
      }
      out.push({ name, times, total });
    }
    return out;
  }, SEARCH_ROUNDS);
}

/** Only the Preview impact measure, on traffic generated through the service (BENCH_ONLY=impact). */
async function impactOnly(browser) {
  const { context, page } = await freshPage(browser);
  await openTraffic(page);
  await commitScenario(page, 'proof-of-value.json');
  await generate(page, N, 7, 86_400_000);
  const impact = await previewImpact(page);
  await context.close();
  return impact;
}

function impactRow(impact) {
  return [
    `${int(impact.messages)} kept messages replayed under committed and pending (proof of value → healthcare)`,
    `${int(impact.messages / impact.seconds)} msg/s`,
    `${impact.seconds.toFixed(1)} s from click to result; ${impact.headline}; main thread: ${impact.over50 ? `${impact.over50} tasks over 50 ms, longest ${ms(impact.longest)} ms` : 'no task over 50 ms'}; worst timer lateness ${ms(impact.lag)} ms`,
  ];
}

async function main() {
  const t0 = Date.now();
  if (process.env.BENCH_ONLY === 'impact') {
    build();
    const server = await serve();
    const browser = await chromium.launch({ executablePath: chromiumExecutable() ?? undefined, args: chromiumFlags });
    try {
      const row = impactRow(await impactOnly(browser));
      console.log(`| measure | result | notes |\n|---|---:|---|\n| ${row.join(' | ')} |`);
    } finally {
      await browser.close();
      server.kill();
    }
    return;
  }
  if (process.env.BENCH_ONLY === 'pipeline') {
    build();
    const server = await serve();
    const browser = await chromium.launch({ executablePath: chromiumExecutable() ?? undefined, args: chromiumFlags });
    try {
      const { context, page } = await freshPage(browser);
      await openTraffic(page);
      await commitScenario(page, 'proof-of-value.json');
      const around = await policyRunBetweenFloors(page);
      const { on, floor } = around;
      await context.close();
      console.log('| measure | result | notes |\n|---|---:|---|');
      console.log(
        `| 10,000 messages, 5 DLP policies | ${int(on.progress.rate)} msg/s | ${(on.progress.rate / floor.rate).toFixed(2)} × the floor (${floorNote(around)}); main thread: ${on.over50 ? `${on.over50} tasks over 50 ms, longest ${ms(on.longest)} ms` : 'no task over 50 ms'}; worst timer lateness ${ms(on.lag)} ms; main-thread CPU ${int(on.cpu)} ms in ${(on.progress.elapsedMs / 1000).toFixed(1)} s |`,
      );
    } finally {
      await browser.close();
      server.kill();
    }
    return;
  }
  if (process.env.BENCH_ONLY === 'search') {
    build();
    const server = await serve();
    const browser = await chromium.launch({ executablePath: chromiumExecutable() ?? undefined, args: chromiumFlags });
    try {
      const { context, page } = await freshPage(browser);
      await openTraffic(page);
      await commitScenario(page, 'proof-of-value.json');
      await generate(page, 3 * N, 7, 86_400_000);
      await generate(page, SEARCH_RECORDS - 3 * N, 7, 7 * 86_400_000);
      const found = await searches(page);
      await context.close();
      console.log('| search | median / worst | matches |\n|---|---:|---:|');
      for (const s of found) console.log(`| ${s.name} | ${ms(median(s.times))} / ${ms(Math.max(...s.times))} ms | ${int(s.total)} |`);
    } finally {
      await browser.close();
      server.kill();
    }
    return;
  }
  if (process.env.BENCH_ONLY === 'load') {
    build();
    const server = await serve();
    const browser = await chromium.launch({ executablePath: chromiumExecutable() ?? undefined, args: chromiumFlags });
    try {
      const js = initialJs();
      const rows = [
        [
          'initial JavaScript (page + engine worker entry)',
          `${(js.gz / 1024).toFixed(1)} kB gzip`,
          `${(js.raw / 1024).toFixed(1)} kB raw, ${js.files} files`,
        ],
        ...(await throttledRows(browser)),
      ];
      console.log('| measure | result | notes |\n|---|---:|---|');
      for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    } finally {
      await browser.close();
      server.kill();
    }
    return;
  }
  build();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: chromiumExecutable() ?? undefined, args: chromiumFlags });
  const rows = [];
  try {
    // 4. Initial load, cold (fresh storage each time).
    const loads = [];
    const loadTasks = [];
    for (let i = 0; i < LOAD_ROUNDS; i++) {
      const { context, page } = await freshPage(browser);
      await page.goto(BASE);
      await page.waitForFunction(() => globalThis.__interactiveAt);
      loads.push(await page.evaluate(() => globalThis.__interactiveAt));
      loadTasks.push(await page.evaluate(() => Math.max(0, ...globalThis.__longtasks.map((t) => t.duration))));
      await context.close();
    }

    // 1 + 2. Throughput through the page, DLP off and with five policies, between two floors.
    const { context, page } = await freshPage(browser);
    await openTraffic(page);
    const off = await runThroughPage(page, N);
    await commitScenario(page, 'proof-of-value.json');
    const around = await policyRunBetweenFloors(page);
    const { on, floor } = around;

    // 5. Preview impact over the kept originals (the default retention: the last 10,000 messages).
    const impact = await previewImpact(page);

    // 3. Searches over 100,000 tracked messages (30,000 from above, the rest generated now).
    const t1 = Date.now();
    await generate(page, SEARCH_RECORDS - 3 * N, 7, 7 * 86_400_000);
    const fill = (Date.now() - t1) / 1000;
    const found = await searches(page);
    await context.close();

    const throttled = await throttledRows(browser);
    const js = initialJs();
    const through = (label, r) => [
      label,
      `${int(r.progress.rate)} msg/s`,
      `${int(r.progress.done)} messages in ${(r.progress.elapsedMs / 1000).toFixed(1)} s; ${(r.progress.rate / floor.rate).toFixed(2)} × the floor; ${int(r.progress.violations)} violations`,
    ];
    rows.push(['**Pipeline throughput with persistence**', '', '']);
    rows.push(through('10,000 messages, DLP off (factory default)', off));
    rows.push(through('10,000 messages, 5 DLP policies (proof of value), 20 % sensitive', on));
    rows.push([
      'floor: same tracking records, bare bulkPut (250 per transaction)',
      `${int(floor.rate)} rec/s`,
      `${int(floor.records)} records in ${(floor.ms / 1000).toFixed(2)} s, scratch database; ${floorNote(around)}`,
    ]);
    rows.push(['**Main thread during the runs**', '', '']);
    const task = (r) => (r.over50 ? `${ms(r.longest)} ms` : 'none over 50 ms');
    rows.push([
      'longest task (PerformanceObserver longtask), DLP off run',
      task(off),
      `${off.over50} long tasks; worst 10 ms timer lateness ${ms(off.lag)} ms; main-thread CPU ${int(off.cpu)} ms`,
    ]);
    rows.push([
      'longest task (PerformanceObserver longtask), 5-policy run',
      task(on),
      `${on.over50} long tasks; worst 10 ms timer lateness ${ms(on.lag)} ms; main-thread CPU ${int(on.cpu)} ms`,
    ]);
    rows.push(['**Preview impact (Uncommitted Changes page)**', '', '']);
    rows.push(impactRow(impact));
    rows.push([
      `**Message Tracking search over ${int(SEARCH_RECORDS)} messages**`,
      'median / worst',
      `${SEARCH_ROUNDS} rounds each; 30,000 over the last day, ${int(SEARCH_RECORDS - 3 * N)} more over 7 days (generated in ${fill.toFixed(0)} s)`,
    ]);
    for (const s of found)
      rows.push([s.name, `${ms(median(s.times))} / ${ms(Math.max(...s.times))} ms`, `${int(s.total)} matches, first 100 returned`]);
    rows.push(['**Initial load**', '', '']);
    rows.push([
      'initial JavaScript (page entry + preloads + engine worker entry)',
      `${(js.gz / 1024).toFixed(1)} kB gzip`,
      `${(js.raw / 1024).toFixed(1)} kB raw, ${js.files} files (budget 200 kB gzip)`,
    ]);
    rows.push([
      'navigation start → header clock shows simulated time',
      `${ms(median(loads))} ms`,
      `median of ${LOAD_ROUNDS} cold loads (fresh storage); worst ${ms(Math.max(...loads))} ms; longest task during load ${ms(median(loadTasks))} ms (median)`,
    ]);
    rows.push(...throttled);
  } finally {
    await browser.close();
    server.kill();
  }
  const ua = `${chromium.name()} (headless), ${process.platform}`;
  console.log(`## Browser benchmark (${ua}, ${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  console.log('| measure | result | notes |');
  console.log('|---|---:|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
