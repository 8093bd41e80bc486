/**
 * Pins what scanText finds on seeded bench text, field by field (span, text, score, explanation),
 * so that work on the engine's speed cannot change a result unnoticed: the first 300 mail-sized
 * messages with all classifiers, in independent mode, and with each classifier alone, and a
 * 600 kB text scanned in blocks. The fixture holds a SHA-256 per group, written from the engine
 * before the per-message speed work of issue #16. A change meant to alter findings (or the bench's
 * corpus generator) rewrites it: `PIN_FINDINGS=write npx vitest run test/engine/dlp/findings-pinned.test.ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { scanText, type ScanOptions } from '../../../src/engine/dlp/scan/scan-text.ts';
import { registry } from '../../../src/engine/dlp/classifiers/registry.ts';
import type { Finding } from '../../../src/engine/dlp/types.ts';
import { generateCorpus, generateMessages } from '../../../bench/corpus.ts';

type Digest = { findings: number; sha256: string };
const FIXTURE = new URL('../../fixtures/findings-pinned.json', import.meta.url);
const writing = process.env.PIN_FINDINGS === 'write';
const pinned: Record<string, Digest> = writing ? {} : JSON.parse(readFileSync(FIXTURE, 'utf8'));
/** Compares a group's digest with the pinned one, or records it when writing the fixture. */
const pin = (group: string, digest: Digest) => (writing ? (pinned[group] = digest) : expect(digest, group).toEqual(pinned[group]));
afterAll(() => {
  if (writing) writeFileSync(FIXTURE, `${JSON.stringify(pinned, null, 2)}\n`);
});

const messages = generateMessages(300);

/** Every field of every finding, one line each, hashed. */
function digest(texts: readonly string[], options: ScanOptions = {}): Digest {
  const hash = createHash('sha256');
  let findings = 0;
  texts.forEach((t, i) => {
    for (const f of scanText(t, options)) {
      findings++;
      hash.update(`${i}\t${line(f)}\n`);
    }
  });
  return { findings, sha256: hash.digest('hex') };
}

const line = (f: Finding): string => {
  const e = f.explanation;
  return [
    f.classifier,
    f.start,
    f.end,
    f.text,
    f.score,
    e.pattern,
    e.validation,
    e.contextWords.join('|'),
    e.supporting.join('|'),
    e.baseScore,
    e.score,
    e.obfuscated ?? '',
  ].join('\t');
};

describe('findings pinned on seeded bench text', () => {
  it('when all classifiers scan the first 300 messages, then the findings are the pinned ones', () => {
    pin('messages', digest(messages));
  });

  it('when the classifiers scan the messages independently, then the findings are the pinned ones', () => {
    pin('independent', digest(messages, { independent: true }));
  });

  it('when each classifier scans the first 100 messages alone, then its findings are the pinned ones', () => {
    for (const c of registry().all) pin(c.def.id, digest(messages.slice(0, 100), { classifiers: [c.def.id] }));
  });

  it('when a 600 kB text is scanned in blocks, then the findings are the pinned ones', () => {
    pin('long', digest([generateCorpus(600_000, 7)]));
  });
});
