/**
 * Texts shaped to make a scan slow, each scanned whole, against ordinary mail of about the same
 * size in the same run: values packed on one line longer than a table row may be, one per line,
 * a text scanned again as another string of the same characters, digit words by the thousand,
 * spaced-out and disguised values everywhere. A shape far below ordinary mail is work that grows
 * faster than the text.
 */
import { scanText } from '../src/engine/dlp/index.ts';
import { generateCorpus } from './corpus.ts';
import { median } from './throughput.ts';

/** One shape's figures. */
export interface HostileRate {
  readonly name: string;
  readonly chars: number;
  readonly mbPerSecond: number;
  /** MB/s as a share of ordinary mail's in the same run. */
  readonly ofMail: number;
}

const RUNS = 5;

/** Fresh copies of `text` (the same characters, another string each time): `JSON.parse` makes a new flat string. */
const copyOf = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

/** Runs before the timed ones, for the compiler to settle. */
const WARM = 3;

/** Median seconds of scanning the texts `next()` gives, one per run, after WARM runs. */
function timeOf(next: () => string): number {
  for (let r = 0; r < WARM; r++) scanText(next());
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const text = next();
    const start = performance.now();
    scanText(text);
    times.push(performance.now() - start);
  }
  return median(times) / 1e3;
}

/** The shapes, each about 0.3–1.4 MB, and ordinary mail of 1 MB. */
export function hostileRates(): HostileRate[] {
  const mail = generateCorpus(1_000_000, 21);
  // The compiler settles on mail first, as it has in a running engine.
  for (let r = 0; r < 2 * WARM; r++) scanText(copyOf(mail));
  const shapes: [string, () => string][] = [
    ['ordinary mail', () => mail],
    ['the same mail again, as an equal string', () => copyOf(mail)],
    ['8-digit numbers on one line', () => '53622881 and '.repeat(32_000)],
    ['8-digit numbers, one per line', () => '53622881\n'.repeat(32_000)],
    // Phone-shaped numbers on one line: each value's look back for a line break stays within its own words.
    ['10-digit numbers on one line', () => '4155550134 and '.repeat(30_000)],
    ['digit words, runs of eight', () => 'five three six two two eight eight one and '.repeat(32_000)],
    ['digit words, one endless run', () => 'five '.repeat(200_000)],
    ['digit words among numerals', () => 'four 1234 five 12 '.repeat(60_000)],
    ['single letters around at signs', () => `${'a '.repeat(200)}@ `.repeat(2_000)],
    ['National Insurance numbers with underscores', () => 'NI AB_12_34_56_C '.repeat(30_000)],
    ['solid numbers with an O for a 0', () => 'routing O21000021 '.repeat(30_000)],
    ['card groups joined by underscores', () => '4539_'.repeat(100_000)],
    ['identifiers labelling values', () => '"accountNumber": "4400123456", '.repeat(16_000)],
    ['one identifier of endless words', () => 'aB'.repeat(250_000)],
    ['values wrapped in a quoted reply', () => `> ${'x'.repeat(60)} 415 762\n> 0134 `.repeat(7_000)],
    ['SSNs broken at a hyphen', () => '536-22-\n1234 '.repeat(40_000)],
    ['a BIC header on every line of a CSV', () => 'BIC;IBAN;DEUTDEFF\n'.repeat(30_000)],
    ['one line of BIC words', () => `${'bic code '.repeat(60_000)}\n`],
    ['IBAN country codes, one per line', () => 'GB82\n'.repeat(100_000)],
    ['a CSV export with no header row', () => '2026-04-12,OKAFOR,518220937,4403918277,77.10\n'.repeat(20_000)],
    ['columns aligned with spaces, no header row', () => '2026-04-12    OKAFOR    518220937    4403918277\n'.repeat(20_000)],
    [
      'HL7 patient segments',
      () =>
        'PID|1||401-88-2734^^^OAK^MR||OKAFOR^VICTOR||19610722|M|||1 MAIN^^AUSTIN^TX^78701||(512)867-2231|||||A1|512401234\n'.repeat(8_000),
    ],
    // Each subscriber number looks ahead for its member's name segment: no further than a loop's length.
    ['834 subscriber numbers with no name segments', () => 'REF*0F*518220937~\nDTP*348*D8*20260412~\n'.repeat(20_000)],
    ['an X12 claim on one line', () => 'NM1*IL*1*OKAFOR*VICTOR****MI*518220937~REF*SY*518-22-0937~HI*ABK:I2510~'.repeat(12_000)],
    [
      'answers under long quoted questions',
      () => `> ${'please tell me the account and the card number we need '.repeat(100)}\n\n773 397 7657 and 4403918277\n`.repeat(150),
    ],
    ['prefixes wrapped in a quoted reply', () => `> ${'x'.repeat(60)} NI AB\n> 12 34 56 C +1\n> 415 762 0134 `.repeat(7_000)],
    // Each value asks about the lines around it (a chat's question, a signature, a routing pair): one
    // question mark or bracket far away must not send each of them to the text's end.
    ['one question, then a number on every line', () => `Is this right?\n${'x 512401234\n'.repeat(40_000)}`],
    ['a text message sender on every line', () => '4157620135 (4:10 PM): hi\n'.repeat(20_000)],
    ['an unclosed bracket after every number', () => '4157620135 (x\n'.repeat(30_000)],
    ['routing numbers, one per line', () => 'x 021000021 y\n'.repeat(30_000)],
    // A bank's code in brackets after its name, in every block of a long text.
    ['a bank and its code in brackets on every line', () => 'Axis Bank (AXISINBB) a/c 911422497679898\n'.repeat(20_000)],
    // An INSERT's one endless tuple: each value reads back to its tuple's bracket, but no further than a tuple's length.
    ['an SQL INSERT with one endless tuple', () => `INSERT INTO t (id, phone) VALUES (${'4155550134, '.repeat(40_000)}1);`],
    // Many statements, none ended: each value finds its own by a binary search, and each its end once.
    ['an SQL INSERT on every line, no semicolons', () => 'INSERT INTO t (a, phone) VALUES (1, 4155550134)\n'.repeat(20_000)],
    // Links on every line: each number in one reads back to the link's scheme.
    ['a tracking link on every line', () => `https://t.example.com/${'a'.repeat(300)}?o=353747242&p=4155550134\n`.repeat(3_000)],
  ];
  const rates = shapes.map(([name, next]) => {
    const chars = next().length;
    return { name, chars, mbPerSecond: chars / 1e6 / timeOf(next) };
  });
  const base = rates[0].mbPerSecond;
  return rates.map((r) => ({ ...r, ofMail: r.mbPerSecond / base }));
}
