/**
 * Standard input as text, chunk by chunk. A file or a blocking pipe is read with synchronous reads
 * of up to 64 kB, each given as soon as it returns (a read on a pipe returns what is there, so a
 * caller waiting on an answer still gets it). Through `process.stdin` the same reads each took a trip
 * through the event loop and the thread pool: about an eighth of `scan --jsonl` on a big file was
 * spent waiting between them. A non-blocking descriptor (EAGAIN) is read from
 * there on as the stream. Bytes are decoded by the decoder `setEncoding('utf8')` uses (a byte order
 * mark is kept, a bad sequence becomes U+FFFD); TextDecoder in streaming mode was 8× slower here.
 */
import { readSync } from 'node:fs';

/** Under 128 kB: a longer string is made in V8's large-object space, and decoding 36 MB in 1 MB reads took 20× as long. */
const READ_BYTES = 64 * 1024;

/** True when a read failed only because the descriptor is non-blocking and empty for now. */
const wouldBlock = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code === 'EAGAIN';

/**
 * Standard input's text in chunks; a chunk may end inside a line. `fd` and `rest` (the stream read
 * after EAGAIN) are standard input's unless a test gives others.
 */
export async function* stdinText(fd = 0, rest: () => AsyncIterable<Buffer> = () => process.stdin): AsyncGenerator<string> {
  // Loaded here, not at every start of the command line.
  const { StringDecoder } = process.getBuiltinModule('node:string_decoder');
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.allocUnsafe(READ_BYTES);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (e) {
      if (wouldBlock(e)) break;
      if ((e as NodeJS.ErrnoException).code === 'EOF')
        n = 0; // how Windows ends a pipe
      else throw e;
    }
    if (n === 0) {
      const last = decoder.end();
      if (last) yield last;
      return;
    }
    yield decoder.write(buffer.subarray(0, n));
  }
  for await (const bytes of rest()) yield decoder.write(bytes);
  const last = decoder.end();
  if (last) yield last;
}
