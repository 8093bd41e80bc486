/** Shared end-to-end fixtures (every test fails if the page logs a console error or throws) and helpers. */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ errors: string[] }>({
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a page of the app and waits until the engine has answered (the clock is shown). */
export async function open(page: Page, path = '/'): Promise<void> {
  await page.goto(`/#${path}`);
  await expect(page.getByTestId('sim-clock')).toHaveText(/GMT$/);
}

/**
 * Runs the Traffic Generator for `count` messages, with other fields (by label) set first, and
 * waits until it says the run is done.
 */
export async function runTraffic(
  page: Page,
  count: number,
  fields: Readonly<Record<string, string>> = {},
  timeout = 60_000,
): Promise<void> {
  await open(page, '/simulation/traffic');
  await page.getByLabel('Number of messages').fill(String(count));
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByTestId('traffic-done')).toContainText(`Done: ${count.toLocaleString('en')} messages processed`, { timeout });
}

/** Commits the pending changes from the header's link, with `comment` if given, and waits until nothing is pending. */
export async function commit(page: Page, comment?: string): Promise<void> {
  await page.getByTestId('commit-button').click();
  const main = page.getByRole('main');
  if (comment !== undefined) await main.getByLabel(/Comment/).fill(comment);
  await main.getByRole('button', { name: 'Commit Changes', exact: true }).click();
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');
}

/** Reads how many originals are stored (composed ones a row each, traffic a row per batch) and the first tracking records straight from IndexedDB (what the app's views read). */
export function stored(page: Page): Promise<{ messages: number; tracked: { mid: number; subject: string }[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('dlp-playground');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['messages', 'messageBatches', 'tracking'], 'readonly');
          const count = tx.objectStore('messages').count();
          const batches = tx.objectStore('messageBatches').getAll();
          const all = tx.objectStore('tracking').getAll();
          tx.oncomplete = () => {
            const records = all.result as { mid: number; parentMid: number | null; subject: string }[];
            db.close();
            resolve({
              messages: count.result + (batches.result as { count: number }[]).reduce((n, b) => n + b.count, 0),
              tracked: records.filter((r) => r.parentMid === null).map((r) => ({ mid: r.mid, subject: r.subject })),
            });
          };
        };
      }),
  );
}
