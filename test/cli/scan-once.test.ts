/**
 * Policy evaluation scans each part once for every built-in classifier the policies use
 * (`independent: true`); each classifier's findings must equal a scan for it alone, which is
 * what the policies were judged on before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/engine/dlp/classifiers/registry.ts';
import { extractMessageText } from '../../src/engine/dlp/extract/extract-message.ts';
import { scanText } from '../../src/engine/dlp/scan/scan-text.ts';
import { readScannable } from '../../src/engine/mailflow/eml.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const ids = registry().all.map((c) => c.def.id);

/** Each classifier's findings (start, end, score, text) from one union pass, and from its own scan. */
function compare(text: string): void {
  const union = scanText(text, { classifiers: ids, independent: true });
  for (const id of ids) {
    const alone = scanText(text, { classifiers: [id] }).map((f) => [f.start, f.end, f.score, f.text]);
    const fromUnion = union.filter((f) => f.classifier === id).map((f) => [f.start, f.end, f.score, f.text]);
    expect(fromUnion, `${id} in ${JSON.stringify(text.slice(0, 60))}`).toEqual(alone);
  }
}

describe('one independent pass for many classifiers', () => {
  it('when the mail corpus texts are scanned, then each classifier finds what its own scan finds', () => {
    const lines = readFileSync(join(FIXTURES, 'dlp-mail/cases.jsonl'), 'utf8').trim().split('\n');
    for (const line of lines) compare((JSON.parse(line) as { text: string }).text);
  });

  it('when real messages and the DLP fixtures are scanned part by part, then each classifier finds what its own scan finds', async () => {
    const files = [
      ...readdirSync(join(FIXTURES, 'corpus/eml')).map((f) => join(FIXTURES, 'corpus/eml', f)),
      ...readdirSync(join(FIXTURES, 'dlp'), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => join(FIXTURES, 'dlp', d.name, 'message.eml')),
    ].filter((f) => f.endsWith('.eml'));
    let parts = 0;
    for (const file of files) {
      const parsed = await readScannable(new Uint8Array(readFileSync(file)));
      if (!parsed.ok) continue;
      for (const part of await extractMessageText(parsed.value)) {
        parts++;
        compare(part.text);
      }
    }
    expect(parts).toBeGreaterThan(20);
  });

  it('when a long text spans many blocks, then each classifier finds what its own scan finds', () => {
    const lines = readFileSync(join(FIXTURES, 'dlp-mail/cases.jsonl'), 'utf8').trim().split('\n');
    compare(lines.map((l) => (JSON.parse(l) as { text: string }).text).join('\n\n'));
  });
});
