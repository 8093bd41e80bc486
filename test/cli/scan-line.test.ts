/** One answer line of `dlp scan --jsonl`: the JSON an object per match would stringify to, character for character. */
import { describe, expect, it } from 'vitest';
import { scanLine } from '../../src/cli/scan-line.ts';
import { scanText } from '../../src/engine/dlp/index.ts';
import { generateMessages } from '../../bench/corpus.ts';

/** The answer as JSON.stringify writes it. */
const viaStringify = (id: unknown, text: string) =>
  JSON.stringify({ id, matches: scanText(text).map((f) => ({ classifier: f.classifier, start: f.start, end: f.end, score: f.score })) });

describe('scanLine', () => {
  it('when seeded mail-like messages are scanned, then each answer is the text JSON.stringify gives', () => {
    const messages = generateMessages(300);
    let withMatches = 0;
    messages.forEach((text, i) => {
      const id = i % 3 === 0 ? `m-${i} "quoted" \\ \u2028` : i;
      const { out, bad } = scanLine(JSON.stringify({ id, text }), i + 1);
      expect(bad).toBe(false);
      expect(out).toBe(viaStringify(id, text));
      if (out.includes('"classifier"')) withMatches++;
    });
    expect(withMatches).toBeGreaterThan(100);
  });

  it('when a text has nothing to find, then the matches are an empty list', () => {
    expect(scanLine('{"id":null,"text":"nothing here"}').out).toBe('{"id":null,"matches":[]}');
  });
});
