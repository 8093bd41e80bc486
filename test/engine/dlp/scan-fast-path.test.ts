/**
 * The short-text fast paths of scanInBlocks (a block whose index is empty skips the classifiers;
 * one with keyword hits alone skips the pattern classifiers) give exactly what running every
 * classifier gives: on the bench's mail-sized messages and each
 * of their lines, the labelled mail corpus and the Presidio cases, with all classifiers and with
 * each one alone.
 */
import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/engine/dlp/classifiers/registry.ts';
import { DEFAULT_SIZES } from '../../../src/engine/dlp/scan/blocks.ts';
import { scanInBlocks } from '../../../src/engine/dlp/scan/scan-text.ts';
import { indexText } from '../../../src/engine/dlp/scan/text-index.ts';
import { generateMessages } from '../../../bench/corpus.ts';
import { loadCases } from '../../../bench/accuracy.ts';
import { caseText, loadMailCases } from '../../../bench/mail-accuracy.ts';

const messages = generateMessages(200, 7);
const mail = loadMailCases().map(caseText);
const lines = [...messages, ...mail].flatMap((t) => t.split('\n'));
const presidio = loadCases().map((c) => c.text);
const edges = ['', 'hello', 'DEUTDEFF', 'NWBKGB2L', 'SWIFT DEUTDEFF', 'a@b', 'fe80::1', '::', 'Visa', 'SSN', 'é', '\u00a0\u2003'];

/** Texts whose index is empty (the fast path's case). */
const emptyIndex = (t: string) => {
  const ix = indexText(t, registry().keywords);
  return ix.tokStart.length + ix.hitPhrase.length + ix.at.length + ix.colon.length === 0;
};
/** Texts whose index has keyword hits and nothing else (only the word classifiers run). */
const hitsOnly = (t: string) => {
  const ix = indexText(t, registry().keywords);
  return ix.tokStart.length + ix.at.length + ix.colon.length === 0 && ix.hitPhrase.length > 0;
};
/** The same lines without digits, '@' or ':': their keywords stay. */
const wordsOnly = lines.map((t) => t.replace(/[0-9@:\uff10-\uff19]/g, ''));

const same = (texts: readonly string[], ids?: readonly string[]) => {
  for (const t of texts)
    expect(scanInBlocks(t, { classifiers: ids }, DEFAULT_SIZES), t.slice(0, 80)).toEqual(
      scanInBlocks(t, { classifiers: ids }, DEFAULT_SIZES, false),
    );
};

describe('scanInBlocks fast path for an empty index', () => {
  it('when the texts are lines of mail, then many take the fast path (the test is not vacuous)', () => {
    expect(lines.filter(emptyIndex).length).toBeGreaterThan(lines.length / 4);
  });

  it('when the lines lose their digits, then many have keyword hits alone (the test is not vacuous)', () => {
    expect(wordsOnly.filter(hitsOnly).length).toBeGreaterThan(lines.length / 4);
  });

  it('when all classifiers run, then results equal the full path on messages, lines, mail cases and Presidio cases', () => {
    same([...edges, ...messages, ...lines, ...mail, ...presidio]);
  });

  it('when lines have keyword hits alone, then results equal the full path, and word classifiers still find', () => {
    same(wordsOnly);
    const found = wordsOnly.filter(hitsOnly).flatMap((t) => scanInBlocks(t, {}, DEFAULT_SIZES));
    expect(found.length).toBeGreaterThan(0);
  });

  it('when each classifier runs alone, then results equal the full path on lines and Presidio cases', () => {
    const short = [...edges, ...lines.slice(0, 2000), ...wordsOnly.slice(0, 1000), ...presidio];
    for (const c of registry().all) same(short, [c.def.id]);
  });
});
