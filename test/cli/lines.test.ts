/** The JSONL commands' line reader: lines split at newline bytes whatever the chunk boundaries. */
import { describe, expect, it } from 'vitest';
import { readLineBatches } from '../../src/cli/lines.ts';

async function linesOf(chunks: readonly Buffer[]): Promise<string[]> {
  async function* source() {
    yield* chunks;
  }
  const out: string[] = [];
  for await (const batch of readLineBatches(source())) out.push(...batch);
  return out;
}

/** `text` as UTF-8 cut into chunks of `size` bytes (cutting characters in two). */
const cut = (text: string, size: number) => {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return chunks;
};

describe('readLineBatches', () => {
  const text = '{"id":1,"text":"😀 café"}\r\n\n{"id":2,"text":"ünïcödé ✓"}\nlast line without newline';
  const expected = ['{"id":1,"text":"😀 café"}', '', '{"id":2,"text":"ünïcödé ✓"}', 'last line without newline'];

  for (const size of [1, 2, 3, 5, 7, 64, 1 << 20])
    it(`when the input arrives in ${size}-byte chunks, then the lines are whole and decoded, without CR`, async () => {
      expect(await linesOf(cut(text, size))).toEqual(expected);
    });

  it('when the input ends with a newline, then no empty last line is added', async () => {
    expect(await linesOf(cut('a\nb\n', 3))).toEqual(['a', 'b']);
  });

  it('when there is no input, then there are no lines', async () => {
    expect(await linesOf([])).toEqual([]);
  });
});
