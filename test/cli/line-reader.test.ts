/** The line splitter of `dlp scan --jsonl`: the lines readline would give, whatever the chunking. */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LineReader } from '../../src/cli/line-reader.ts';

async function readlineLines(chunks: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) out.push(line);
  return out;
}

function ourLines(chunks: readonly string[]): string[] {
  const reader = new LineReader();
  return [...chunks.flatMap((c) => reader.push(c)), ...reader.end()];
}

describe('LineReader', () => {
  it('when a \\r\\n is split across two chunks then it ends one line, not two', () => {
    expect(ourLines(['{"id":1}\r', '\n{"id":2}\r\n'])).toEqual(['{"id":1}', '{"id":2}']);
  });

  it('when a line spans many chunks then it comes back whole, once', () => {
    const reader = new LineReader();
    expect(reader.push('{"text":"')).toEqual([]);
    expect(reader.push('x'.repeat(10))).toEqual([]);
    expect(reader.push('"}\n{"id')).toEqual([`{"text":"${'x'.repeat(10)}"}`]);
    expect(reader.end()).toEqual(['{"id']);
  });

  it("when seeded random texts of \\r, \\n, \\r\\n and letters come in random chunks then the lines are readline's", async () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['a', 'é', '\r', '\n', '\r\n', ' '];
    for (let t = 0; t < 600; t++) {
      let text = '';
      for (let i = Math.floor(random() * 16); i > 0; i--) text += pieces[Math.floor(random() * pieces.length)];
      const chunks: string[] = [];
      for (let at = 0; at < text.length;) {
        const size = 1 + Math.floor(random() * 4);
        chunks.push(text.slice(at, at + size));
        at += size;
      }
      expect(ourLines(chunks), JSON.stringify(chunks)).toEqual(await readlineLines(chunks));
    }
  });
});
