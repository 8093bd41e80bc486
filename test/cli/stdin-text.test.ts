/**
 * Standard input of `dlp scan --jsonl`: read synchronously it decodes as the stream did (a byte
 * order mark kept, bad bytes as U+FFFD, characters split between reads whole), and a non-blocking
 * descriptor goes on through the stream.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stdinText } from '../../src/cli/stdin-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'dlp-stdin-'));

async function readAll(bytes: Buffer): Promise<string[]> {
  const file = join(dir, 'input');
  writeFileSync(file, bytes);
  const fd = openSync(file, 'r');
  const chunks: string[] = [];
  try {
    for await (const chunk of stdinText(fd)) chunks.push(chunk);
  } finally {
    closeSync(fd);
  }
  return chunks;
}

describe('stdinText', () => {
  it('when multi-byte characters straddle the 64 kB reads, then the text is the bytes decoded whole', async () => {
    // '€' is three bytes and '😀' four: at offsets 1 and 2 they cross every read boundary somewhere.
    const text = `\uFEFF${'a€😀'.repeat(60_000)}\n`;
    const chunks = await readAll(Buffer.from(text));
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(text);
    expect(chunks.join('').charCodeAt(0)).toBe(0xfeff); // the byte order mark is kept, as setEncoding keeps it
  });

  it('when the bytes are not valid UTF-8, then each bad sequence reads as the stream decoder reads it', async () => {
    const bytes = Buffer.concat([Buffer.from('ok '), Buffer.from([0xff, 0xc3, 0x28, 0xe2, 0x82]), Buffer.from(' end')]);
    expect((await readAll(bytes)).join('')).toBe(bytes.toString('utf8'));
  });

  it('when the input is empty, then no chunk comes', async () => {
    expect(await readAll(Buffer.alloc(0))).toEqual([]);
  });
});

describe('stdinText on a non-blocking descriptor', () => {
  it('when a read would block, then the rest comes from the stream, a character split between the two whole', async () => {
    const fifo = join(dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY);
    const euro = Buffer.from('€');
    // The pipe holds the first line and half of '€', then is empty with its writer open: EAGAIN.
    writeSync(writer, Buffer.concat([Buffer.from('line one\n'), euro.subarray(0, 1)]));
    let streamed = false;
    async function* stream() {
      streamed = true;
      yield euro.subarray(1);
      yield Buffer.from(' line two\n');
    }
    const chunks: string[] = [];
    try {
      for await (const chunk of stdinText(reader, stream)) chunks.push(chunk);
    } finally {
      closeSync(writer);
      closeSync(reader);
    }
    expect(streamed).toBe(true);
    expect(chunks.join('')).toBe('line one\n€ line two\n');
  });
});
