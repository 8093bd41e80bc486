/**
 * Scenarios and the traffic generator, end to end: a scenario is loaded from public/scenarios/ as
 * pending changes and committed, its samples go out in one click, 500 generated messages are
 * processed in the worker while the page shows progress, and Message Tracking finds all of them —
 * and exactly as many DLP violations as the generator reported.
 */
import type { Page } from '@playwright/test';
import { commit, expect, open, test } from './fixtures.ts';

const SENDER = 'e2e-traffic@example.com';

/** Searches Message Tracking for the generator's sender; the total must become `expected`. */
async function expectTrackingTotal(page: Page, violationsOnly: boolean, expected: string): Promise<void> {
  await open(page, '/monitor/message-tracking');
  await page.getByLabel('Envelope Sender: comparison').selectOption('is');
  await page.getByLabel('Envelope Sender', { exact: true }).fill(SENDER);
  if (violationsOnly) await page.getByLabel('DLP Violations').check();
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('tracking-total')).toContainText(expected);
}

test('a scenario loads as pending changes, commits, sends its samples, and 500 generated messages are tracked', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, '/simulation/scenarios');
  const card = page.getByTestId('scenario-proof-of-value');
  await expect(page.getByTestId('scenario-walkthrough-completed')).toContainText('needs provisioning');
  await card.getByRole('button', { name: 'Load…' }).click();
  const preview = page.getByTestId('scenario-preview');
  await expect(preview).toContainText('settings would change');
  await expect(preview.getByRole('table')).toContainText('dlp.policies');
  await preview.getByRole('button', { name: 'Load as pending changes' }).click();
  await expect(page.getByTestId('scenario-result')).toContainText('pending change');
  await expect(page.getByTestId('commit-button')).toHaveText(/^Commit Changes \(\d+\)$/);
  await commit(page);

  await open(page, '/simulation/scenarios');
  await page
    .getByTestId('scenario-proof-of-value')
    .getByRole('button', { name: /Send sample messages/ })
    .click();
  await expect(page.getByTestId('scenario-result')).toContainText('Sent 9 sample messages');

  await open(page, '/simulation/traffic');
  await page.getByLabel('Number of messages').fill('500');
  await page.getByLabel('Senders').fill(SENDER);
  await page.getByLabel('Messages with sensitive data (%)').fill('30');
  await page.getByLabel('Time span').selectOption({ label: 'The last day' });
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByTestId('traffic-progress')).toBeVisible();
  await expect(page.getByTestId('traffic-done')).toContainText('Done: 500 messages processed', { timeout: 90_000 });
  const violations = Number((await page.getByTestId('traffic-violations').textContent())?.replace(/,/g, ''));
  expect(violations).toBeGreaterThan(100);
  expect(violations).toBeLessThan(200);

  await expectTrackingTotal(page, false, 'of 500 messages');
  await expectTrackingTotal(page, true, `of ${violations} messages`);

  // The DLP Incident Summary counts exactly the messages tracking shows with a DLP violation
  // (the generated ones and the scenario's samples).
  await open(page, '/monitor/message-tracking');
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await page.getByLabel('DLP Violations').check();
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('tracking-total')).toContainText('messages');
  await expect(page.getByTestId('tracking-total')).not.toContainText(`of ${violations} messages`);
  const all = Number(/of ([\d,]+) messages/.exec((await page.getByTestId('tracking-total').textContent()) ?? '')?.[1].replace(/,/g, ''));
  expect(all).toBeGreaterThanOrEqual(violations);
  await open(page, '/monitor/dlp-incidents');
  await expect(page.getByTestId('summary-total')).toHaveText(String(all));
});

test('the traffic form reports invalid options next to their fields', async ({ page }) => {
  await open(page, '/simulation/traffic');
  await page.getByLabel('Senders').fill('not-an-address');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText('“not-an-address” is not a valid sender address.')).toBeVisible();
  await expect(page.getByTestId('traffic-progress')).toHaveCount(0);
});
