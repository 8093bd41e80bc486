/** Shared helpers for the DLP engine tests. */
import { expect, it } from 'vitest';
import { scanText } from '../../../src/engine/dlp/index.ts';
import { registry } from '../../../src/engine/dlp/classifiers/registry.ts';

/** The matched texts of one classifier in `text`. */
export const found = (id: string, text: string): string[] => scanText(text, { classifiers: [id] }).map((f) => f.text);

/** The best score of one classifier in `text` (0 when nothing was found). */
export const bestScore = (id: string, text: string): number => Math.max(0, ...scanText(text, { classifiers: [id] }).map((f) => f.score));

const patternIds = new Set(
  registry()
    .all.filter((c) => !c.def.terms)
    .map((c) => c.def.id),
);

/** The pattern findings of a full scan, as [classifier, matched text], in text order. */
export const patternFindings = (text: string): [string, string][] =>
  scanText(text)
    .filter((f) => patternIds.has(f.classifier))
    .map((f) => [f.classifier, text.slice(f.start, f.end)]);

/** A class's row: what it shows, a text, and the values a full scan must report ([classifier, text]; none for a look-alike). */
export type ClassRow = readonly [name: string, text: string, expected: readonly (readonly [string, string])[]];

/** One test per row: the full scan's pattern findings are exactly the row's. */
export const classTable = (rows: readonly ClassRow[]): void =>
  it.each(rows)('when %s', (_name, text, expected) => {
    expect(patternFindings(text)).toEqual(expected);
  });
