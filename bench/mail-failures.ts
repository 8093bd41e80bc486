/**
 * `npx tsx bench/mail-failures.ts [--split tune] [--entity id] [--category name]`: every case of
 * the mail corpus's TUNE split where scanText and the labels differ (id, excerpt, expected, got).
 * Refuses the held-out split: its failures are never inspected one by one, so it stays a fair test.
 */
import { loadMailCases, oursDetect, scoreMail, type Span } from './mail-accuracy.ts';

// Piped into `head`: stop quietly when the reader goes away.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
};

const split = opt('split') ?? 'tune';
if (split !== 'tune') {
  console.error(`Refusing --split ${split}: held-out failures are never inspected one by one (only the tune split).`);
  process.exit(2);
}
const entity = opt('entity');
const category = opt('category');

const cases = loadMailCases('tune').filter((c) => !category || c.category === category);
const report = scoreMail(cases, oursDetect);
const show = (text: string, s: Span) => `${s.entity} ${JSON.stringify(text.slice(s.start, s.end))} @${s.start}`;
/** A one-line excerpt around the spans. */
const excerpt = (text: string, spans: readonly Span[]) => {
  const from = Math.max(0, Math.min(...spans.map((s) => s.start)) - 40);
  const to = Math.min(text.length, Math.max(...spans.map((s) => s.end)) + 40);
  return JSON.stringify(text.slice(from, to));
};

let shown = 0;
for (const d of report.disagreements) {
  const missed = d.missed.filter((s) => !entity || s.entity === entity);
  const extra = d.extra.filter((s) => !entity || s.entity === entity);
  if (!missed.length && !extra.length) continue;
  shown++;
  console.log(`## ${d.id} (${d.category})  ${excerpt(d.text, [...missed, ...extra])}`);
  for (const s of missed) console.log(`  expected, not found: ${show(d.text, s)}`);
  for (const s of extra) console.log(`  found, not expected: ${show(d.text, s)}`);
}
console.log(`\n${shown} of ${cases.length} tune cases disagree.`);
