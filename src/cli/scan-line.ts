/** One line of `dlp scan --jsonl`, and a run of lines: the request {"id", "text"} in, the answer line out. */
import { scanText } from '../engine/dlp/index.ts';

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
  // Written out directly rather than through an object per match and JSON.stringify: the same
  // text (a test compares them), without the garbage, on the command's busiest path.
  let out = `{"id":${JSON.stringify(id)},"matches":[`;
  const found = scanText(obj.text);
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    out += `${i ? ',' : ''}{"classifier":${quoted(f.classifier)},"start":${f.start},"end":${f.end},"score":${f.score}}`;
  }
  return { out: `${out}]}`, bad: false };
}

/** Classifier ids as JSON strings, each quoted once. */
const quotedIds = new Map<string, string>();
function quoted(id: string): string {
  let q = quotedIds.get(id);
  if (q === undefined) quotedIds.set(id, (q = JSON.stringify(id)));
  return q;
}

/** A run of consecutive input lines, the first numbered `first`. */
export interface ScanBatch {
  readonly first: number;
  readonly lines: readonly string[];
}

/** Answers every line of a batch: their text (a line each, blank input lines skipped) and the numbers of bad lines. */
export function scanBatch({ first, lines }: ScanBatch): { readonly out: string; readonly bad: readonly number[] } {
  let out = '';
  const bad: number[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const answer = scanLine(line, first + i);
    if (answer.bad) bad.push(first + i);
    out += `${answer.out}\n`;
  });
  return { out, bad };
}
