/**
 * Monitor > DLP Incidents and Message Tracking at scale, end to end: a configuration that holds
 * payment card numbers is committed, messages are sent through the composer, and the report counts
 * them (summary, per policy, per sender) and exports its tables; then the traffic generator sends
 * hundreds of messages and the tracking results keep only a window of rows in the page.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures.ts';

const CARD = '4111 1111 1111 1111';
const PCI = 'PCI-DSS (Payment Card Industry Data Security Standard)';
const fixture = readFileSync(new URL('../fixtures/config/dlp-hold.json', import.meta.url));

/** Loads dlp-hold.json through System Administration > Configuration File and commits it. */
async function loadDlpHold(page: Page): Promise<void> {
  await open(page, '/system-administration/configuration-file');
  await page.getByTestId('import-input').setInputFiles({ name: 'dlp-hold.json', mimeType: 'application/json', buffer: fixture });
  await page.getByRole('button', { name: 'Load as pending changes' }).click();
  await expect(page.getByTestId('commit-button')).toHaveText(/^Commit Changes \(\d+\)$/);
  await page.getByTestId('commit-button').click();
  await page.getByRole('button', { name: 'Commit Changes' }).click();
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');
}

/** Sends a message through Simulation > Compose. */
async function send(page: Page, from: string, subject: string, body: string): Promise<void> {
  await open(page, '/simulation/compose');
  await page.getByLabel('Envelope sender').fill(from);
  await page.getByLabel('To', { exact: true }).fill('bob@partner.example');
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('Body (text)').fill(body);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByText(/Sent as MID \d+/).first()).toBeVisible();
}

/** The downloaded CSV of clicking `button`, as lines. */
async function csvOf(page: Page, button: ReturnType<Page['getByRole']>): Promise<string[]> {
  const download = page.waitForEvent('download');
  await button.click();
  return readFileSync(await (await download).path(), 'utf8')
    .trimEnd()
    .split('\r\n');
}

test('the DLP Incident Summary counts held card numbers per policy and per sender, and exports both tables', async ({ page }) => {
  await loadDlpHold(page);
  await send(page, 'alice@example.com', 'Payment details', `Please charge my Visa card ${CARD}, expiry 09/28.`);
  await send(page, 'carol@example.com', 'Card on file', `My Visa card number is ${CARD}, expiry 10/29.`);
  await send(page, 'alice@example.com', 'Lunch on Friday?', 'Shall we meet at noon?');

  await open(page, '/monitor/dlp-incidents');
  await expect(page.getByRole('heading', { name: 'DLP Incident Summary' })).toBeVisible();
  await expect(page.getByLabel('Time Range')).toHaveValue('week');
  await expect(page.getByTestId('summary-total')).toHaveText('2');
  await expect(page.getByTestId('summary-quarantined')).toHaveText('2');
  await expect(page.getByTestId('summary-clear')).toHaveText('0');
  await expect(page.getByTestId('chart-severity').getByRole('img')).toHaveAttribute('aria-label', /Critical 2, High 0, Medium 0, Low 0/);
  await expect(page.getByTestId('chart-severity').locator('canvas')).toBeVisible();
  const row = page.getByTestId('policy-table-row').filter({ hasText: PCI });
  await expect(row.locator('[data-col="total"]')).toHaveText('2');
  await expect(row.locator('[data-col="critical"]')).toHaveText('2');
  await expect(row.locator('[data-col="quarantined"]')).toHaveText('2');

  const details = await csvOf(page, page.getByRole('button', { name: 'Export CSV' }));
  expect(details[0]).toBe('DLP Policy,Total,Critical,High,Medium,Low,Delivered (clear),Delivered (encrypted),Dropped,Quarantined');
  expect(details).toContain(`${PCI},2,2,0,0,0,0,0,0,2`);

  // Sorting by a column flips with a second click and says so to assistive technology.
  const sortTotal = page.getByTestId('policy-table').getByRole('button', { name: /^Total/ });
  await sortTotal.click();
  await expect(page.getByTestId('policy-table').locator('th').nth(1)).toHaveAttribute('aria-sort', 'ascending');

  await row.getByRole('link', { name: PCI }).click();
  await expect(page.getByRole('heading', { name: 'DLP Policy Detail' })).toBeVisible();
  await expect(page.getByTestId('detail-policy')).toHaveText(PCI);
  await expect(page.getByTestId('sender-table-row')).toHaveCount(2);
  const alice = page.getByTestId('sender-table-row').filter({ hasText: 'alice@example.com' });
  await expect(alice.locator('[data-col="total"]')).toHaveText('1');
  await expect(alice.locator('[data-col="critical"]')).toHaveText('1');
  const senders = await csvOf(page, page.getByRole('button', { name: 'Export CSV' }));
  expect(senders[0]).toMatch(/^Sender,Total,Critical/);
  expect(senders.slice(1).sort()).toEqual(['alice@example.com,1,1,0,0,0,0,0,0,1', 'carol@example.com,1,1,0,0,0,0,0,0,1']);

  // Releasing one from the quarantine moves it to Delivered (clear) in the report.
  await open(page, '/monitor/quarantines');
  await page.getByTestId('quarantine-row').filter({ hasText: 'DLP Hold' }).getByRole('link', { name: 'DLP Hold', exact: true }).click();
  await page
    .getByRole('button', { name: /^Release MID/ })
    .first()
    .click();
  await expect(page.getByText(/released from “DLP Hold”/)).toBeVisible();
  await open(page, '/monitor/dlp-incidents');
  await expect(page.getByTestId('summary-clear')).toHaveText('1');
  await expect(page.getByTestId('summary-quarantined')).toHaveText('1');

  // A day before any message: nothing in range.
  await page.getByLabel('Time Range').selectOption('custom');
  await page.getByLabel('From').fill('2020-01-01T00:00');
  await page.getByLabel('To', { exact: true }).fill('2020-01-02T00:00');
  await expect(page.getByTestId('summary-total')).toHaveText('0');
});

test('with hundreds of tracked messages the results list keeps only the rows in view, and scrolls to the last', async ({ page }) => {
  test.setTimeout(180_000);
  await loadDlpHold(page);
  await open(page, '/simulation/traffic');
  await page.getByLabel('Number of messages').fill('600');
  await page.getByLabel('Time span').selectOption({ label: 'The last day' });
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByTestId('traffic-done')).toBeVisible({ timeout: 150_000 });

  await open(page, '/monitor/message-tracking');
  await page.getByRole('button', { name: 'Search' }).click();
  const total = page.getByTestId('tracking-total');
  await expect(total).toContainText(/of \d+ messages/);
  const count = Number(/of (\d+) messages/.exec((await total.textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThanOrEqual(600);
  const rendered = await page.getByTestId('tracking-row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(40);

  // Keyboard: End moves to the last message (fetched on demand), Home back to the first.
  await page.getByTestId('tracking-row').first().getByRole('link').focus();
  await page.keyboard.press('End');
  await expect(total).toContainText(`–${count} of ${count} messages`);
  await expect(page.locator(`[data-index="${count - 1}"]`).getByTestId('tracking-row')).toBeVisible();
  await expect(page.locator(`[data-index="${count - 1}"]`).getByRole('link')).toBeFocused();
  expect(await page.getByTestId('tracking-row').count()).toBeLessThan(40);
  await page.keyboard.press('Home');
  await expect(page.locator('[data-index="0"]').getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-index="1"]').getByRole('link')).toBeFocused();

  // The report over the same traffic: the summary equals the details' policy rows.
  await open(page, '/monitor/dlp-incidents');
  await expect(page.getByTestId('summary-total')).not.toHaveText('0');
  const incidents = await page.getByTestId('summary-total').textContent();
  await expect(page.getByTestId('policy-table-row').filter({ hasText: PCI }).locator('[data-col="total"]')).toHaveText(incidents ?? '');
});
