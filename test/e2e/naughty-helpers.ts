/**
 * Shared by the naughty-strings specs: the representative subset of the Big List of Naughty Strings
 * (a few of every category, more of script injection, plus canaries that would set a global if any
 * content ever ran), and a guard that records every dialog and checks the canary was never set.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { naughtyByCategory } from '../helpers/naughty.ts';

/** Global set by the canary strings' code; it stays undefined unless content ran in the app's origin. */
export const CANARY = '__naughtyRan';

const canaries = [
  `<script>window.${CANARY}=1</script>`,
  `<img src=x onerror="window.${CANARY}=1">`,
  `"><svg onload="top.${CANARY}=1">`,
  `javascript:window.${CANARY}=1`,
];

/** Up to `n` strings spread evenly over a category (its first, its last, and between). */
const spread = (list: readonly string[], n: number) =>
  list.length <= n ? [...list] : Array.from({ length: n }, (_, i) => list[Math.round((i * (list.length - 1)) / (n - 1))]!);

/** About 60 strings: two of every category, six script injections, and the canaries. */
export function naughtySubset(): string[] {
  const picked = [...naughtyByCategory()].flatMap(([category, list]) => spread(list, category === 'Script Injection' ? 6 : 2));
  return [...new Set([...picked, ...canaries])];
}

/** Records dialogs (dismissing them) so the test can assert that content never opened one. */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

/** Asserts that no dialog opened and no canary ran, in the page or any of its frames. */
export async function expectNothingRan(page: Page, dialogs: readonly string[]): Promise<void> {
  expect(dialogs, 'dialogs opened by content').toEqual([]);
  for (const frame of page.frames()) {
    // A sandboxed frame without allow-scripts cannot be evaluated into at all; that is the point.
    const ran = await frame.evaluate((name) => (window as unknown as Record<string, unknown>)[name], CANARY).catch(() => undefined);
    expect(ran, `canary in ${frame.url()}`).toBeUndefined();
  }
}

/** A node's exact text (Playwright's toHaveText normalises whitespace, which would hide a mangled space). */
export const exactText = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => e.textContent);
