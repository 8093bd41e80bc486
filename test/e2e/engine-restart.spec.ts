/**
 * The engine worker crashing at different moments, end to end: the configuration (committed and
 * pending, read straight from the database) and the header's pending count are exactly as before,
 * or, for a Submit or Commit in flight, either fully applied or not at all — never a change nobody
 * made. Each moment is tried several times.
 */
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures.ts';

const TIMES = 5;

/** Committed and pending configuration of every scope, as stored. */
function configuration(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const req = indexedDB.open('dlp-playground');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['config', 'pending'], 'readonly');
          const config = tx.objectStore('config').getAll();
          const pending = tx.objectStore('pending').getAll();
          tx.oncomplete = () => {
            db.close();
            const strip = (rows: { id?: string; at?: number }[]) => rows.map((r) => ({ ...r, id: undefined, at: undefined }));
            resolve(
              JSON.stringify({
                config: config.result,
                pending: pending.result.map((p: { changes: { id?: string; at?: number }[] }) => ({ ...p, changes: strip(p.changes) })),
              }),
            );
          };
        };
      }),
  );
}

/** Makes the engine worker throw an uncaught error: the client sees it crash and restarts it. */
async function crash(page: Page): Promise<void> {
  const engine = () => page.workers().find((w) => w.url().includes('engine'));
  await expect
    .poll(
      () =>
        page
          .workers()
          .map((w) => w.url())
          .join(' '),
      { timeout: 10_000 },
    )
    .toContain('engine');
  const worker = engine();
  await worker!.evaluate(() => {
    setTimeout(() => {
      throw new Error('e2e: the engine crashes');
    }, 0);
  });
  // The header's notice (a Submit or Commit in flight also shows the same words as its own error).
  const notice = page.getByTestId('notice').filter({ hasText: 'The engine stopped unexpectedly and was restarted' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
}

const header = (page: Page) => page.getByTestId('commit-button');

test('a crash while idle, or with a form open, changes nothing', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, '/');
  const before = await configuration(page);
  for (let i = 0; i < TIMES; i += 1) {
    await open(page, '/security-services/data-loss-prevention');
    await crash(page);
    await open(page, '/monitor/message-tracking');
    await crash(page);
    await open(page, '/security-services/data-loss-prevention');
    await expect(page.getByTestId('dlp-status')).toBeVisible();
    await expect(header(page)).toHaveText('No Changes Pending');
    expect(await configuration(page)).toBe(before);
  }
});

/** On the DLP page: Enable…, Accept, matched content logging on (not yet submitted). */
async function draftChange(page: Page): Promise<void> {
  await open(page, '/security-services/data-loss-prevention');
  await page.getByRole('button', { name: 'Enable…' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.getByLabel('Enable matched content logging').check();
}

async function abandon(page: Page): Promise<void> {
  await header(page).click();
  await page.getByRole('button', { name: 'Abandon Changes' }).click();
  await expect(page.getByTestId('no-pending')).toBeVisible();
}

test('a crash during Submit leaves it fully applied or not at all, and nothing else pending', async ({ page }) => {
  test.setTimeout(180_000);
  await open(page, '/');
  const before = await configuration(page);
  await draftChange(page);
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(header(page)).toHaveText('Commit Changes (1)');
  const submitted = await configuration(page);
  await abandon(page);
  expect(await configuration(page)).toBe(before);
  const outcomes: string[] = [];
  for (let i = 0; i < TIMES; i += 1) {
    await draftChange(page);
    // Earlier notices gone (they last 5 s), so the one this Submit earns is the only one.
    await expect(page.getByText('Changes submitted.')).toHaveCount(0);
    await page.getByRole('button', { name: 'Submit' }).click();
    await crash(page);
    // What the page says settles first: "submitted" exactly when it was saved, else the form's error.
    const said = page.getByText('Changes submitted.').or(page.getByRole('main').getByText('The engine stopped unexpectedly'));
    await expect(said.first()).toBeVisible();
    const saidSubmitted = await page.getByText('Changes submitted.').isVisible();
    await open(page, '/monitor/message-tracking');
    const after = await configuration(page);
    expect([before, submitted]).toContain(after);
    expect(saidSubmitted, 'the page says submitted exactly when it was').toBe(after === submitted);
    await expect(header(page)).toHaveText(after === before ? 'No Changes Pending' : 'Commit Changes (1)');
    outcomes.push(after === before ? 'not applied' : 'applied');
    if (after !== before) await abandon(page);
  }
  test.info().annotations.push({ type: 'outcomes', description: outcomes.join(', ') });
});

test('a crash during Commit leaves it fully committed or still pending, and a crash during a traffic run changes no configuration', async ({
  page,
}) => {
  test.setTimeout(180_000);
  for (let i = 0; i < TIMES; i += 1) {
    await draftChange(page);
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(header(page)).toHaveText('Commit Changes (1)');
    const pending = await configuration(page);
    await header(page).click();
    await page.getByLabel(/Comment/).fill(`commit ${i}`);
    await page.getByRole('button', { name: 'Commit Changes', exact: true }).click();
    await crash(page);
    await open(page, '/monitor/message-tracking');
    const after = await configuration(page);
    const committed = !after.includes('"pending":[{');
    await expect(header(page)).toHaveText(committed ? 'No Changes Pending' : 'Commit Changes (1)');
    if (!committed) expect(after).toBe(pending);
    else {
      // Committed whole: DLP on with logging, nothing pending; then back to the factory state for the next round.
      expect(after).toContain('"matchedContentLogging":true');
      await open(page, '/system-administration/configuration-file');
      break;
    }
    await abandon(page);
  }

  await open(page, '/');
  const before = await configuration(page);
  const pendingText = await header(page).textContent();
  for (let i = 0; i < TIMES; i += 1) {
    await open(page, '/simulation/traffic');
    await page.getByLabel('Number of messages').fill('2000');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByTestId('traffic-progress')).toBeVisible();
    await crash(page);
    await open(page, '/monitor/message-tracking');
    expect(await configuration(page)).toBe(before);
    await expect(header(page)).toHaveText(pendingText ?? '');
  }
});
