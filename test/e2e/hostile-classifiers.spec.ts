/**
 * A custom classifier whose match is longer than its proximity ([0-9]{12,}, proximity 100, on 120
 * digits), end to end: the pattern playground shows a result, not "Cannot read properties of
 * undefined", and a composed message carrying the digits is sent, flagged and tracked with them.
 */
import { readFileSync } from 'node:fs';
import { commit, expect, open, test } from './fixtures.ts';

const DIGITS = '4'.repeat(120);

test('a match longer than the proximity: the playground scores it, and a message carrying it is sent and tracked', async ({ page }) => {
  await open(page, '/system-administration/configuration-file');
  await page.getByTestId('import-input').setInputFiles({
    name: 'long-numbers.json',
    mimeType: 'application/json',
    buffer: readFileSync(new URL('../fixtures/config/long-numbers.json', import.meta.url)),
  });
  await page.getByRole('button', { name: 'Load as pending changes' }).click();
  await commit(page, 'Long numbers classifier');

  await open(page, '/mail-policies/dlp-policy-customizations');
  await page.getByRole('link', { name: 'Edit Long numbers' }).click();
  await expect(page.getByLabel('Proximity')).toHaveValue('100');
  await page.getByTestId('sample-editor').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(`Account dump: ${DIGITS}`);
  // Before the fix the scan failed here with "Cannot read properties of undefined (reading 'start')".
  await expect(page.getByTestId('playground-score')).toContainText('Total score 50 against the minimum 10');
  await expect(page.getByTestId('playground-score').locator('.badge')).toHaveText('Match');
  await expect(page.getByTestId('playground-matches')).toContainText(DIGITS);
  await expect(page.getByTestId('playground-explanation')).toContainText('risk factor 50');
  await expect(page.getByText('The scan failed')).toHaveCount(0);

  await open(page, '/simulation/compose');
  await page.getByLabel('Envelope sender').fill('alice@example.com');
  await page.getByLabel('To', { exact: true }).fill('bob@partner.example');
  await page.getByLabel('Subject').fill('Account dump');
  await page.getByLabel('Body (text)').fill(`Account dump: ${DIGITS}`);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const receipt = page.getByText(/Sent as MID \d+/).first();
  await expect(receipt).toBeVisible();
  const mid = Number(/Sent as MID (\d+)/.exec((await receipt.textContent()) ?? '')?.[1]);

  await open(page, `/monitor/message-tracking?mid=${mid}`);
  await expect(page.getByTestId('detail-mid')).toHaveText(String(mid));
  await expect(page.getByTestId('dlp-verdict').filter({ hasText: 'Decisive violation' })).toContainText('Long numbers policy');
  await expect(page.getByTestId('matched-content').locator('mark').first()).toHaveText(DIGITS);
  await expect(page.getByTestId('message-path')).toContainText('Delivered');
});
