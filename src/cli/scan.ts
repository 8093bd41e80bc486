/**
 * `dlp scan --jsonl`: one JSON object per input line, {"id": …, "text": "…"}, answered by one
 * line {"id", "matches": [{classifier, start, end, score}]} from every built-in classifier
 * (offsets in UTF-16 code units of text). A bad line gets {"id", "line", "error"} and the run goes
 * on; at the end, one line on standard error lists the bad lines and the exit code is 1.
 */
import { CliError } from './cli-error.ts';
import { LineReader } from './line-reader.ts';
import { scanBatch, type ScanAnswers } from './scan-line.ts';
import { ScanPool } from './scan-pool.ts';
import { poolSize } from './worker-threads.ts';

/** How many bad line numbers the closing error line lists. */
const SHOWN_LINES = 10;
/** Input scanned in this thread before worker threads start: a shorter run never pays for them. */
const IN_THREAD_CHARS = 4_000_000;
/** Lines go out in batches of this many characters or lines, whichever is reached first. */
const BATCH_CHARS = 256_000;
const BATCH_LINES = 256;

const HELP = `Usage: dlp scan --jsonl < input.jsonl
    Reads one JSON object per line on standard input, {"id": …, "text": "…"}, and runs every
    built-in classifier over its text. Writes one line per input line, in order:
      {"id", "matches": [{"classifier", "start", "end", "score"}]}   (offsets in UTF-16 code units)
    A line that is not such an object gets {"id", "line", "error"} and the run goes on; at the end
    one line on standard error lists the bad lines and the exit code is 1.`;

/** Runs the command; returns the exit code. Bad lines end it with a CliError after every line is answered. */
export async function runScan(args: readonly string[]): Promise<number> {
  if (args.some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!args.includes('--jsonl') || args.some((a) => a !== '--jsonl')) throw new CliError('Usage: dlp scan --jsonl < input.jsonl');
  // A long input goes to worker threads (one per core, or DLP_WORKERS; set, they start at once).
  const size = poolSize(true);
  const startAt = (process.env.DLP_WORKERS ?? '') !== '' ? 0 : IN_THREAD_CHARS;
  let pool: ScanPool | null = null;
  // Answers in input order, each written as soon as it and all before it are done.
  const pending: { done?: ScanAnswers; readonly answers: Promise<ScanAnswers> }[] = [];
  const badLines: number[] = [];
  const writeDone = () => {
    while (pending[0]?.done) {
      const { out, bad } = pending.shift()!.done!;
      badLines.push(...bad);
      if (out) process.stdout.write(out);
    }
  };

  let n = 0;
  let seen = 0;
  const send = async (job: { first: number; lines: string[] }) => {
    if (!pool && size > 0 && seen >= startAt) pool = new ScanPool(size);
    let offered = pool?.offer(job) ?? null;
    // Workers ready but all busy: wait for the oldest answer rather than scan beside them.
    while (!offered && pool?.anyReady && pending.length) {
      await pending[0].answers;
      writeDone();
      offered = pool.offer(job);
    }
    if (!offered) {
      const done = scanBatch(job);
      pending.push({ done, answers: Promise.resolve(done) });
      return writeDone();
    }
    const entry: (typeof pending)[number] = {
      answers: offered.then((done) => {
        entry.done = done;
        writeDone();
        return done;
      }),
    };
    pending.push(entry);
    if (pending.length > 2 * size + 2) await pending[0].answers;
  };
  /** Numbers and sends a chunk's complete lines, in batches; the last batch goes without waiting to fill. */
  const take = async (lines: readonly string[]) => {
    for (let at = 0; at < lines.length;) {
      const job = { first: n + 1, lines: [] as string[] };
      for (let chars = 0; at < lines.length && chars < BATCH_CHARS && job.lines.length < BATCH_LINES; at++) {
        job.lines.push(lines[at]);
        chars += lines[at].length;
        seen += lines[at].length;
        n++;
      }
      await send(job);
    }
    if (process.stdout.writableNeedDrain) await new Promise((r) => process.stdout.once('drain', r));
  };

  try {
    const reader = new LineReader();
    process.stdin.setEncoding('utf8');
    for await (const chunk of process.stdin as AsyncIterable<string>) await take(reader.push(chunk));
    await take(reader.end());
    while (pending.length) {
      await pending[0].answers;
      writeDone();
    }
  } finally {
    await (pool as ScanPool | null)?.close();
  }
  if (badLines.length) {
    const listed = badLines.slice(0, SHOWN_LINES).join(', ') + (badLines.length > SHOWN_LINES ? ', …' : '');
    throw new CliError(
      `standard input: ${badLines.length} of ${n} lines were not valid requests (line${badLines.length === 1 ? '' : 's'} ${listed}); each got an {"id", "line", "error"} answer`,
      1,
    );
  }
  return 0;
}
