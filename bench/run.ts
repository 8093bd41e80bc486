/**
 * `npm run bench`: accuracy on the labelled Presidio cases (ours and peers'), throughput on a
 * seeded 10 MB email-like corpus (full built-in classifier set), 1 MB vs 10 MB scaling, the floor
 * (one trivial regex pass) and peers on the same text. Prints Markdown tables.
 */
import { scanText } from '../src/engine/dlp/index.ts';
import { ENTITY_MAP, evaluate, loadCases, prf, type Disagreement } from './accuracy.ts';
import { generateCorpus } from './corpus.ts';
import { openRedaction, redactPii, redactpiiNode, type Peer } from './peers.ts';
import { floorPass, mbPerSecond } from './throughput.ts';

const f3 = (x: number) => x.toFixed(3);
const f1 = (x: number) => (x < 1 ? x.toFixed(3) : x.toFixed(1));

async function peerAccuracy(peer: Peer, cases: ReturnType<typeof loadCases>): Promise<Map<string, number>> {
  // evaluate() is synchronous: precompute the peer's spans per case and id.
  const spans = new Map<string, (readonly [number, number])[]>();
  for (const c of cases) {
    const id = ENTITY_MAP[c.entity];
    if (id && peer.ids.includes(id)) spans.set(`${id}\u0000${c.text}`, await peer.detect(c.text, id));
  }
  const { scores } = evaluate(cases, (text, id) => spans.get(`${id}\u0000${text}`) ?? [], (id) => peer.ids.includes(id));
  return new Map([...scores].map(([id, s]) => [id, prf(s).f1]));
}

async function main(): Promise<void> {
  const started = performance.now();
  const cases = loadCases();

  // Accuracy: ours.
  const ours = evaluate(cases, (text, id) => scanText(text, { classifiers: [id] }).map((f) => [f.start, f.end] as const));
  const peers = [redactPii(), redactpiiNode(), openRedaction()];
  const peerF1 = new Map<string, Map<string, number>>();
  for (const p of peers) peerF1.set(p.name, await peerAccuracy(p, cases));

  console.log('## Accuracy on presidio-cases.json (overlap span matching; each case counts only its own entity)\n');
  console.log(`| classifier | cases | TP | FP | FN | precision | recall | F1 | ${peers.map((p) => `${p.name} F1`).join(' | ')} |`);
  console.log(`|---|---:|---:|---:|---:|---:|---:|---:|${peers.map(() => '---:').join('|')}|`);
  for (const [id, s] of [...ours.scores].sort((a, b) => a[0].localeCompare(b[0]))) {
    const m = prf(s);
    const peerCols = peers.map((p) => (peerF1.get(p.name)!.has(id) ? f3(peerF1.get(p.name)!.get(id)!) : '—'));
    console.log(`| ${id} | ${s.cases} | ${s.tp} | ${s.fp} | ${s.fn} | ${f3(m.p)} | ${f3(m.r)} | ${f3(m.f1)} | ${peerCols.join(' | ')} |`);
  }
  printDisagreements(ours.disagreements);

  // Throughput.
  const big = generateCorpus(10_000_000, 42);
  const small = big.slice(0, 1_000_000);
  const full1 = await mbPerSecond(small.length, () => scanText(small), 5);
  const full10 = await mbPerSecond(big.length, () => scanText(big), 5);
  const floor = await mbPerSecond(big.length, () => floorPass(big));
  const findings = scanText(big).length;
  const peerSpeed: [string, number][] = [];
  for (const p of peers) {
    // openredaction is very slow on large strings: time it on 100 KB.
    const text = p.name === 'openredaction' ? big.slice(0, 100_000) : big;
    peerSpeed.push([p.name, await mbPerSecond(text.length, () => p.run(text), 1)]);
  }
  const fastest = peerSpeed.reduce((a, b) => (b[1] > a[1] ? b : a));

  console.log('\n## Throughput (seeded email-like corpus, Node, best of runs after warm-up)\n');
  console.log('| engine | what runs | MB/s | ratio to ours |');
  console.log('|---|---|---:|---:|');
  console.log(`| **this engine** | all built-in classifiers with validation and context (${findings} findings in 10 MB) | ${f1(full10)} | 1.00 |`);
  for (const [name, mbs] of peerSpeed) console.log(`| ${name} | its regexes for the compared entities${name === 'openredaction' ? ' (timed on 100 KB)' : ''} | ${f1(mbs)} | ${f3(mbs / full10)} |`);
  console.log(`| floor | one pass of /\\d{4}/g | ${f1(floor)} | ${f3(floor / full10)} |`);
  console.log(`\n- ours ÷ fastest peer (${fastest[0]}): **${(full10 / fastest[1]).toFixed(2)}×** (aim ≥ 2×)`);
  console.log(`- scaling: 1 MB at ${f1(full1)} MB/s, 10 MB at ${f1(full10)} MB/s → time ratio 10 MB / (10 × 1 MB) = **${((full1 / full10)).toFixed(3)}** (linear within 15 % means 0.85–1.15)`);
  console.log(`- total bench time ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function printDisagreements(list: readonly Disagreement[]): void {
  if (list.length === 0) return;
  console.log('\nCases where we differ from the label (kept as labelled; see notes):\n');
  for (const d of list) console.log(`- ${d.entity} ${JSON.stringify(d.text)} expected ${JSON.stringify(d.expected)} got ${JSON.stringify(d.got)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
