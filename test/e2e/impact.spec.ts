/**
 * Preview impact, end to end: recorded traffic under a committed "log and deliver" configuration,
 * a stricter one loaded as pending; the preview on the Uncommitted Changes page counts what would
 * change, lists the changed messages with the deciding finding, exports them as CSV, and stores
 * nothing (the database's mail tables are the same before and after); Cancel stops a large replay.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { commit, expect, open, runTraffic, test } from './fixtures.ts';

const scenario = (name: string) => readFileSync(new URL(`../../public/scenarios/${name}.json`, import.meta.url));

async function importScenario(page: Page, name: string): Promise<void> {
  await open(page, '/system-administration/configuration-file');
  await page.getByTestId('import-input').setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: scenario(name) });
  await page.getByRole('button', { name: 'Load as pending changes' }).click();
  await expect(page.getByTestId('commit-button')).toHaveText(/^Commit Changes \(\d+\)$/);
}

const traffic = (page: Page, count: number) => runTraffic(page, count, { 'Messages with sensitive data (%)': '40' }, 120_000);

/** Rows of every mail table, read straight from IndexedDB. */
const mailCounts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const req = indexedDB.open('dlp-playground');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const names = [
            'tracking',
            'messages',
            'messageBatches',
            'mailboxes',
            'mailboxBatches',
            'mailboxBatchIndex',
            'quarantine',
            'resMessages',
            'resKeys',
            'pending',
            'config',
          ];
          const tx = db.transaction(names, 'readonly');
          const counts = names.map((n) => tx.objectStore(n).count());
          tx.oncomplete = () => {
            db.close();
            resolve(counts.map((c) => c.result));
          };
        };
      }),
  );

test('a stricter pending configuration previewed over recorded traffic: what changes, why, as CSV, and nothing stored', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await importScenario(page, 'proof-of-value');
  await commit(page, 'Log and deliver');
  await traffic(page, 300);
  await importScenario(page, 'healthcare-hipaa');

  await open(page, '/commit');
  const before = await mailCounts(page);
  const preview = page.getByTestId('impact-preview');
  await preview.getByLabel('Last 1,000').check();
  await preview.getByRole('button', { name: 'Preview Impact' }).click();
  await expect(page.getByTestId('impact-results')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('impact-speed')).toContainText('Replayed 300 messages twice');
  const headline = (await page.getByTestId('impact-headline').textContent()) ?? '';
  const changed = Number(/([\d,]+) of 300 messages/.exec(headline)?.[1]?.replace(/,/g, ''));
  expect(changed).toBeGreaterThan(0);

  const outcomes = page.getByTestId('impact-outcomes');
  const quarantined = outcomes.getByRole('row').filter({ hasText: 'Quarantined (HIPAA Quarantine)' });
  await expect(quarantined.getByRole('cell').nth(1)).toHaveText('0');
  expect(Number(await quarantined.getByRole('cell').nth(2).textContent())).toBeGreaterThan(0);

  const rows = page.getByTestId('impact-row');
  await expect(rows.first()).toContainText('Quarantined (HIPAA Quarantine)');
  await expect(rows.first()).toContainText(/HIPAA and HITECH|US Social Security Numbers/);
  await expect(page.getByTestId('impact-filtered-count')).toHaveText(`${changed.toLocaleString('en')} messages`);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv.startsWith('MID,Received (GMT),Envelope Sender')).toBe(true);
  expect(csv.trimEnd().split('\r\n')).toHaveLength(changed + 1);

  await page.getByLabel('Show').selectOption('looser');
  await expect(page.getByTestId('impact-filtered-count')).toHaveText('0 messages');
  expect(await mailCounts(page)).toEqual(before);
  await expect(page.getByTestId('commit-button')).toHaveText(/^Commit Changes \(\d+\)$/);
});

test('a large replay shows its progress and stops on Cancel, storing nothing; the retention is set next to it', async ({ page }) => {
  test.setTimeout(240_000);
  await importScenario(page, 'proof-of-value');
  await commit(page, 'Log and deliver');
  await traffic(page, 2000);
  await importScenario(page, 'healthcare-hipaa');
  await open(page, '/commit');
  const before = await mailCounts(page);
  const preview = page.getByTestId('impact-preview');
  await preview.getByLabel('All kept').check();
  await preview.getByRole('button', { name: 'Preview Impact' }).click();
  await expect(page.getByTestId('impact-progress')).toContainText(/Replayed [\d,]+ of 2,000 messages/);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('impact-cancelled')).toContainText('Nothing was stored');
  await expect(page.getByTestId('impact-results')).toHaveCount(0);
  expect(await mailCounts(page)).toEqual(before);

  await preview.getByRole('button', { name: 'Change…' }).click();
  await preview.getByLabel('Keep the originals of the last').fill('5');
  await preview.getByRole('button', { name: 'Save' }).click();
  await expect(preview.locator('#impact-retention-error')).toContainText('Keep between 100 and 100,000 messages.');
  await preview.getByLabel('Keep the originals of the last').fill('1500');
  await preview.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('impact-retention')).toContainText('last 1,500 messages');
  await preview.getByRole('button', { name: 'Preview Impact' }).click();
  await expect(page.getByTestId('impact-not-replayable')).toContainText('500 older messages can no longer be replayed');
  await expect(page.getByTestId('impact-speed')).toContainText('Replayed 1,500 messages twice', { timeout: 120_000 });
});
