/**
 * `dlp scan --jsonl`: one JSON object per input line, {"id": …, "text": "…"}, answered by one
 * line {"id", "matches": [{classifier, start, end, score}]} from every built-in classifier
 * (offsets in UTF-16 code units of text). A bad line gets {"id", "line", "error"} and the run goes
 * on; at the end, one line on standard error lists the bad lines and the exit code is 1.
 */
import { createInterface } from 'node:readline';
import { scanText } from '../engine/dlp/index.ts';
import { CliError } from './cli-error.ts';

/** How many bad line numbers the closing error line lists. */
const SHOWN_LINES = 10;

/** The answer for one input line (numbered from 1); `bad` when the line was not a valid request. */
export function scanLine(line: string, lineNumber = 1): { out: string; bad: boolean } {
  const refuse = (id: string | number | null, error: string) => ({
    out: JSON.stringify({ id, line: lineNumber, error: `Line ${lineNumber}: ${error}` }),
    bad: true,
  });
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e) {
    return refuse(null, `not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const obj = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  const id = obj && (typeof obj.id === 'string' || typeof obj.id === 'number') ? obj.id : null;
  if (!obj) return refuse(id, 'each line must be a JSON object {"id": …, "text": "…"}.');
  if (typeof obj.text !== 'string') return refuse(id, 'the "text" field must be a string.');
  const matches = scanText(obj.text).map((f) => ({ classifier: f.classifier, start: f.start, end: f.end, score: f.score }));
  return { out: JSON.stringify({ id, matches }), bad: false };
}

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
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const badLines: number[] = [];
  let n = 0;
  for await (const line of rl) {
    n++;
    if (line.trim() === '') continue;
    const { out, bad } = scanLine(line, n);
    if (bad) badLines.push(n);
    if (!process.stdout.write(`${out}\n`)) await new Promise((r) => process.stdout.once('drain', r));
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
