/**
 * Standard output. `process.stdout` is a stream built on first use, with Node's stream modules
 * (about 6 ms of a one-message `check`); an answer printed whole is written to descriptor 1
 * directly instead, and only a failed write (a non-blocking pipe that is full, a reader gone)
 * hands the rest to the stream, which handles it as it always did.
 */
import { writeSync } from 'node:fs';

let stream: NodeJS.WriteStream | null = null;

/** process.stdout, ending the run quietly when the reader has gone (output piped into `head`: the reader's choice, not a failure). */
export function stdout(): NodeJS.WriteStream {
  if (stream === null) {
    stream = process.stdout;
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      // Reported by main.ts's uncaughtException handler, like any other failure.
      throw e;
    });
  }
  return stream;
}

/** Whether process.stdout was built (then output may still be waiting in it). */
export const streamed = (): boolean => stream !== null;

/** Writes `text` now; through the stream once it exists, so output keeps its order. */
export function writeOut(text: string): void {
  if (stream !== null) {
    stream.write(text);
    return;
  }
  const bytes = Buffer.from(text);
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(1, bytes, at);
  } catch {
    stdout().write(bytes.subarray(at));
  }
}
