/** Shared helpers for the DLP engine tests. */
import { scanText } from '../../../src/engine/dlp/index.ts';

/** The matched texts of one classifier in `text`. */
export const found = (id: string, text: string): string[] => scanText(text, { classifiers: [id] }).map((f) => f.text);

/** The best score of one classifier in `text` (0 when nothing was found). */
export const bestScore = (id: string, text: string): number => Math.max(0, ...scanText(text, { classifiers: [id] }).map((f) => f.score));
