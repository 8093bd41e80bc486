/**
 * A traffic run cut short by a reload, end to end: the page says where it stopped (exactly the
 * messages stored), Continue sends the rest of the same run, and the store ends with every message
 * once; Dismiss forgets the run and keeps what was stored.
 */
import type { Page } from '@playwright/test';
import { expect, open, stored, test } from './fixtures.ts';

const TOTAL = 3000;
const n = (x: number) => x.toLocaleString('en-US');

/** Starts a run and reloads the page once at least `atLeast` messages are stored. */
async function startAndReload(page: Page, atLeast: number): Promise<number> {
  await open(page, '/simulation/traffic');
  await page.getByLabel('Number of messages').fill(String(TOTAL));
  await page.getByRole('button', { name: 'Start' }).click();
  await expect
    .poll(
      async () => Number(/^([\d,]+) of/.exec((await page.getByText(/ of [\d,]+ messages \(/).textContent()) ?? '')?.[1].replace(/,/g, '')),
      {
        timeout: 60_000,
        intervals: [50],
      },
    )
    .toBeGreaterThanOrEqual(atLeast);
  await page.reload();
  await expect(page.getByTestId('sim-clock')).toHaveText(/GMT$/);
  const { messages } = await stored(page);
  expect(messages).toBeGreaterThanOrEqual(atLeast);
  expect(messages).toBeLessThan(TOTAL);
  await expect(page.getByTestId('traffic-interrupted')).toContainText(
    `The last traffic run stopped at ${n(messages)} of ${n(TOTAL)} messages`,
  );
  return messages;
}

test('a run cut short by a reload is reported where it stopped and Continue completes it exactly', async ({ page }) => {
  test.setTimeout(180_000);
  await startAndReload(page, 500);
  await page.getByTestId('traffic-interrupted').getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('traffic-interrupted')).toHaveCount(0);
  await expect(page.getByTestId('traffic-done')).toContainText(`Done: ${n(TOTAL)} messages processed as MID 1–${TOTAL}`, {
    timeout: 150_000,
  });
  const { messages, tracked } = await stored(page);
  expect(messages).toBe(TOTAL);
  expect(tracked.map((r) => r.mid).sort((a, b) => a - b)).toEqual(Array.from({ length: TOTAL }, (_, i) => i + 1));
  await page.reload();
  await expect(page.getByTestId('sim-clock')).toHaveText(/GMT$/);
  await expect(page.getByRole('heading', { name: 'Generate Traffic' })).toBeVisible();
  await expect(page.getByTestId('traffic-interrupted')).toHaveCount(0);
});

test('a run cut short and dismissed is forgotten, and what it stored stays', async ({ page }) => {
  test.setTimeout(120_000);
  const kept = await startAndReload(page, 250);
  await page.getByTestId('traffic-interrupted').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByTestId('traffic-interrupted')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Generate Traffic' })).toBeVisible();
  await expect(page.getByTestId('sim-clock')).toHaveText(/GMT$/);
  await expect(page.getByTestId('traffic-interrupted')).toHaveCount(0);
  expect((await stored(page)).messages).toBe(kept);
});
