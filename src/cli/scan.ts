/**
 * `dlp scan --jsonl`: one JSON object per input line, {"id": …, "text": "…"}, answered by one
 * line {"id", "matches": [{classifier, start, end, score}]} from every built-in classifier
 * (offsets in UTF-16 code units of text). A bad line gets {"id", "line", "error"} and the run goes
 * on; at the end, one line on standard error lists the bad lines and the exit code is 1.
 */
import { CliError } from './cli-error.ts';
import { LineReader } from './line-reader.ts';
import { scanBatch } from './scan-line.ts';
import { stdinText } from './stdin-text.ts';
import { stdout, writeOut } from './stdout.ts';

/** How many bad line numbers the closing error line lists. */
const SHOWN_LINES = 10;

const HELP = `Usage: dlp scan --jsonl < input.jsonl
    Reads one JSON object per line on standard input, {"id": …, "text": "…"}, and runs every
    built-in classifier over its text. Writes one line per input line, in order:
      {"id", "matches": [{"classifier", "start", "end", "score"}]}   (offsets in UTF-16 code units)
    A line that is not such an object gets {"id", "line", "error"} and the run goes on; at the end
    one line on standard error lists the bad lines and the exit code is 1.`;

/** Runs the command; returns the exit code. Bad lines end it with a CliError after every line is answered. */
export async function runScan(args: readonly string[]): Promise<number> {
  if (args.some((a) => a === '--help' || a === '-h')) {
    writeOut(`${HELP}\n`);
    return 0;
  }
  if (!args.includes('--jsonl') || args.some((a) => a !== '--jsonl')) throw new CliError('Usage: dlp scan --jsonl < input.jsonl');
  // Each chunk's lines are answered before the next chunk is read: a caller that writes a line and
  // waits for its answer gets it at once, and a big input goes by in chunks of many lines.
  const badLines: number[] = [];
  let n = 0;
  const take = async (lines: readonly string[]) => {
    if (!lines.length) return;
    const { out, bad } = scanBatch({ first: n + 1, lines });
    n += lines.length;
    badLines.push(...bad);
    if (out && !stdout().write(out)) await new Promise((r) => stdout().once('drain', r));
  };
  const reader = new LineReader();
  for await (const chunk of stdinText()) await take(reader.push(chunk));
  await take(reader.end());
  if (badLines.length) {
    const listed = badLines.slice(0, SHOWN_LINES).join(', ') + (badLines.length > SHOWN_LINES ? ', …' : '');
    throw new CliError(
      `standard input: ${badLines.length} of ${n} lines were not valid requests (line${badLines.length === 1 ? '' : 's'} ${listed}); each got an {"id", "line", "error"} answer`,
      1,
    );
  }
  return 0;
}
