/**
 * The DLP pages end to end: global settings with Commit, a PCI-DSS policy from its template with the
 * Critical action inherited below and the scale edited by keyboard, DLP engine Update Now and
 * Rollback, and a custom classifier whose playground highlights matches, marks an invalid pattern
 * (refused at Submit) and survives a catastrophic pattern.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { commit, expect, open, test } from './fixtures.ts';

const ACTION = 'Encrypt Medium and Deliver';
const PCI = 'PCI-DSS (Payment Card Industry Data Security Standard)';

/** Loads the fixture with one message action and commits it. */
async function loadActions(page: Page) {
  await open(page, '/system-administration/configuration-file');
  const file = readFileSync(new URL('../fixtures/config/dlp-actions.json', import.meta.url));
  await page.getByTestId('import-input').setInputFiles({ name: 'dlp-actions.json', mimeType: 'application/json', buffer: file });
  await page.getByRole('button', { name: 'Load as pending changes' }).click();
  await expect(page.getByTestId('commit-button')).toHaveText('Commit Changes (1)');
  await commit(page, 'Message action for DLP');
}

/** Types into a Monaco editor, replacing its text. */
async function typeInto(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('DLP enabled with matched content logging, and a PCI-DSS policy with inherited actions and a keyboard-edited scale', async ({
  page,
}) => {
  await loadActions(page);

  await open(page, '/security-services/data-loss-prevention');
  await page.getByRole('button', { name: 'Enable…' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.getByLabel('Enable matched content logging').check();
  await page.getByRole('button', { name: 'Submit' }).click();
  await commit(page, 'Enable DLP with matched content logging');
  await open(page, '/security-services/data-loss-prevention');
  await expect(page.getByTestId('dlp-status')).toHaveText('Enabled');

  await open(page, '/mail-policies/dlp-policy-manager');
  await page.getByRole('link', { name: 'Add DLP Policy…' }).click();
  await page.getByLabel('Display Policy Descriptions').check();
  await expect(page.getByTestId('template-picker')).toContainText('Payment card data leaving the company');
  await page.getByRole('link', { name: PCI }).click();

  // The form's own text box: while the picker gives way to the form, 'Name' may label something else for a moment.
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(PCI);
  await page.getByLabel('Critical Severity').selectOption(ACTION);
  await expect(page.getByLabel('High Severity')).toHaveText(new RegExp(`Inherit \\(${ACTION}\\)`));
  await expect(page.getByLabel('Low Severity').locator('option:checked')).toHaveText(`Inherit (${ACTION})`);

  await page.getByRole('button', { name: 'Edit Scale…' }).click();
  const high = page.getByRole('slider', { name: 'High starts at' });
  await high.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(high).toHaveAttribute('aria-valuenow', '55');
  await page.keyboard.press('Home');
  // High cannot go below Medium + 1: overlapping bands are impossible.
  await expect(high).toHaveAttribute('aria-valuenow', '41');
  await page.keyboard.press('PageUp');
  await expect(page.getByLabel('High from')).toHaveValue('51');

  await page.getByRole('button', { name: 'Submit' }).click();
  const row = page.getByTestId('dlp-policy-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`Critical–Low: ${ACTION}`);
  await commit(page, 'PCI-DSS policy');

  await open(page, '/mail-policies/dlp-policy-manager');
  await page.getByRole('link', { name: PCI }).first().click();
  await expect(page.getByRole('slider', { name: 'High starts at' })).toHaveCount(0);
  await expect(page.getByTestId('severity-scale')).toHaveAttribute('aria-label', /High 51–89/);
});

test('DLP engine Update Now and Rollback change the versions and show what changed', async ({ page }) => {
  await open(page, '/security-services/data-loss-prevention');
  const version = page.getByTestId('dlp-engine-version');
  await expect(version).toHaveText('3.0.2.31');
  await page.getByRole('button', { name: 'Update Now' }).click();
  await expect(version).toHaveText('3.0.2.33');
  await expect(page.getByTestId('dlp-update-result')).toContainText('Updated the DLP engine from 3.0.2.31 to 3.0.2.33');
  await expect(page.getByTestId('dlp-engine-updates')).toContainText('Mastercard');
  await page.getByRole('button', { name: 'Update Now' }).click();
  await expect(page.getByTestId('dlp-update-result')).toContainText('up to date');
  await page.getByRole('button', { name: 'Rollback' }).click();
  await expect(version).toHaveText('3.0.2.31');
  await expect(page.getByRole('button', { name: 'Rollback' })).toBeDisabled();
});

test('a custom classifier: the playground highlights matches, marks an invalid pattern refused at Submit, and survives a catastrophic pattern', async ({
  page,
}) => {
  await open(page, '/mail-policies/dlp-policy-customizations');
  await page.getByRole('link', { name: 'Add Custom Classifier…' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Project codes');
  const sample = page.getByTestId('sample-editor');
  await expect(sample.locator('.view-lines')).toContainText('PRJ-2041');

  await typeInto(page, 'rule-0-pattern-editor', 'PRJ-\\d{4}');
  await expect(sample.locator('.dlp-hit').first()).toBeVisible();
  await expect(page.getByTestId('playground-matches')).toContainText('PRJ-2041');
  await expect(page.getByTestId('playground-score')).toContainText('Match');

  await typeInto(page, 'rule-0-pattern-editor', 'PRJ-(\\d{4}');
  await expect(page.getByTestId('pattern-error')).toContainText('Position 5');
  await expect(page.getByTestId('rule-0-pattern-editor').locator('.squiggly-error')).toHaveCount(1);
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByTestId('error-banner')).toContainText('$.dlp.customClassifiers[0].rules[0].pattern');
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');

  await typeInto(page, 'rule-0-pattern-editor', '(a+)+$');
  await page.getByLabel('Sample', { exact: true }).selectOption('stress');
  await expect(page.getByTestId('playground-status').or(page.getByTestId('playground-slow'))).toContainText(
    /Scanned 50,001 characters|Too slow/,
    { timeout: 15_000 },
  );
  // The page still answers.
  await page.getByLabel('Name', { exact: true }).fill('Project codes 2');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Project codes 2');

  await typeInto(page, 'rule-0-pattern-editor', 'PRJ-\\d{4}');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByTestId('custom-classifier-table')).toContainText('Project codes 2');
});
