/**
 * `dlp scan --jsonl`: one JSON object per input line, {"id": …, "text": "…"}, answered by one
 * line {"id", "matches": [{classifier, start, end, score}]} from every built-in classifier
 * (offsets in UTF-16 code units of text). A bad line gets {"id", "error"} and the run goes on.
 */
import { createInterface } from 'node:readline';
import { scanText } from '../engine/dlp/index.ts';

/** The answer line for one input line. */
export function scanLine(line: string): string {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ id: null, error: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
  }
  const obj = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  const id = obj && (typeof obj.id === 'string' || typeof obj.id === 'number') ? obj.id : null;
  if (!obj) return JSON.stringify({ id, error: 'Each line must be a JSON object {"id": …, "text": "…"}.' });
  if (typeof obj.text !== 'string') return JSON.stringify({ id, error: 'The "text" field must be a string.' });
  const matches = scanText(obj.text).map((f) => ({ classifier: f.classifier, start: f.start, end: f.end, score: f.score }));
  return JSON.stringify({ id, matches });
}

/** Runs the command; returns the exit code. */
export async function runScan(args: readonly string[]): Promise<number> {
  if (!args.includes('--jsonl')) {
    process.stderr.write('Usage: dlp scan --jsonl < input.jsonl\n');
    return 2;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    const out = scanLine(line);
    if (!process.stdout.write(`${out}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
  return 0;
}
