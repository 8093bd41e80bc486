/**
 * Custom DLP dictionaries end to end (DLP Policy Manager > Advanced Settings > Custom DLP
 * Dictionaries): a term file with a byte order mark, CRLF, blank lines and a repeat is imported,
 * named, edited, submitted and committed; binary and empty files are refused; the export is
 * compared byte for byte in UTF-8 and ISO-8859-1 (which refuses a euro sign); a custom classifier's
 * Dictionary rule picks it, and deleting it while in use is refused by the reference check.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { commit, expect, open, test } from './fixtures.ts';

async function openDictionaries(page: Page) {
  await open(page, '/mail-policies/dlp-policy-manager');
  await page.getByRole('link', { name: 'Custom DLP Dictionaries' }).click();
  await expect(page.getByRole('heading', { name: 'Custom DLP Dictionaries' })).toBeVisible();
}

/** Exports a dictionary in an encoding and returns the downloaded file's name and bytes. */
async function exportAs(page: Page, dictionary: string, encoding: 'UTF-8' | 'ISO-8859-1') {
  await page.getByRole('button', { name: `Export ${dictionary}` }).click();
  await page.getByLabel('Encoding').selectOption(encoding);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

const file = (name: string, buffer: Buffer) => ({ name, mimeType: 'text/plain', buffer });

test('a term file is imported, named, edited and committed; its export matches in UTF-8 and ISO-8859-1', async ({ page }) => {
  await openDictionaries(page);
  await expect(page.getByText('No custom DLP dictionaries.')).toBeVisible();
  await page.getByRole('link', { name: 'Import Dictionary…' }).click();
  const input = page.getByTestId('dictionary-import-input');

  await input.setInputFiles(file('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])));
  await expect(page.getByTestId('dictionary-import-error')).toContainText(
    'logo.png was not imported. The file is not a text file with one term per line. It looks like a PNG image.',
  );
  await input.setInputFiles(file('blank.txt', Buffer.from('\r\n  \r\n')));
  await expect(page.getByTestId('dictionary-import-error')).toContainText('every line is blank');

  const terms = '\uFEFFProject Falcon\r\nProject Osprey\r\n\r\nCafé Crème\r\nProject Falcon\r\n';
  await input.setInputFiles(file('codenames.txt', Buffer.from(terms, 'utf8')));
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText(
    '3 terms (UTF-8, byte order mark removed, CRLF (Windows) line endings); dropped 1 blank line and 1 repeated term',
  );
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('codenames');
  await expect(page.getByLabel('Terms')).toHaveValue('Project Falcon\nProject Osprey\nCafé Crème');

  await page.getByLabel('Name', { exact: true }).fill('Project Codenames');
  await page.getByLabel('Terms').press('ControlOrMeta+End');
  await page.getByLabel('Terms').pressSequentially('\nBudget €5');
  await expect(page.getByTestId('dictionary-term-count')).toContainText('4 terms');
  await page.getByLabel('Case sensitive').check();
  await page.getByRole('button', { name: 'Submit' }).click();

  const row = page.getByTestId('dictionary-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Project Codenames');
  await expect(row.locator('td').nth(1)).toHaveText('4');
  await expect(row.locator('td').nth(2)).toHaveText('Yes');
  await expect(row.locator('td').nth(4)).toHaveText('Not used');
  await expect(page.getByTestId('commit-button')).toHaveText('Commit Changes (1)');
  await commit(page, 'Import project codenames');

  await openDictionaries(page);
  const utf8 = await exportAs(page, 'Project Codenames', 'UTF-8');
  expect(utf8.name).toBe('Project_Codenames.txt');
  expect(utf8.bytes.toString('utf8')).toBe('Project Falcon\nProject Osprey\nCafé Crème\nBudget €5\n');

  // ISO-8859-1 cannot hold the euro sign: refused, naming the term and the character.
  await page.getByRole('button', { name: 'Export Project Codenames' }).click();
  await page.getByLabel('Encoding').selectOption('ISO-8859-1');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByTestId('dictionary-export-error')).toContainText('Line 4 “Budget €5”: € (U+20AC)');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: 'Edit Project Codenames' }).click();
  await page.getByLabel('Terms').fill('Project Falcon\nProject Osprey\nCafé Crème');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByTestId('dictionary-row').locator('td').nth(1)).toHaveText('3');
  const latin1 = await exportAs(page, 'Project Codenames', 'ISO-8859-1');
  expect([...latin1.bytes]).toEqual([...Buffer.from('Project Falcon\nProject Osprey\nCafé Crème\n', 'latin1')]);
  expect(latin1.bytes.length).toBe(41);
});

test("a custom classifier's Dictionary rule uses the dictionary, and deleting it while in use is refused", async ({ page }) => {
  await openDictionaries(page);
  await page.getByRole('link', { name: 'Add Dictionary…' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Drug names');
  await page.getByLabel('Terms').fill('Zentravir\nOxaprolin\n\nZentravir');
  await expect(page.getByTestId('dictionary-term-count')).toContainText('2 terms');
  await expect(page.getByTestId('dictionary-term-count')).toContainText('1 repeated term is dropped');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByTestId('dictionary-row')).toContainText('Drug names');
  await commit(page, 'Drug names dictionary');

  await open(page, '/mail-policies/dlp-policy-customizations');
  await page.getByRole('link', { name: 'Add Custom Classifier…' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Clinical trial drugs');
  await page.getByLabel('Type').selectOption('Dictionary');
  await page.getByLabel('Dictionary', { exact: true }).selectOption('Drug names');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByTestId('custom-classifier-table')).toContainText('Any of: Dictionary');
  await commit(page, 'Classifier with a dictionary rule');

  await openDictionaries(page);
  const row = page.getByTestId('dictionary-row');
  await expect(row.locator('td').nth(4)).toHaveText('Clinical trial drugs');
  await page.getByRole('button', { name: 'Delete Drug names' }).click();
  await expect(page.getByTestId('dictionary-delete-in-use')).toContainText('In use by the custom classifier Clinical trial drugs');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('error-banner')).toContainText('$.dlp.customClassifiers[0].rules[0].dictionary');
  await expect(page.getByTestId('error-banner')).toContainText('Dictionary “Drug names” does not exist.');
  await expect(row).toHaveCount(1);
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');

  // Renaming travels into the classifier's rule in the same change.
  await page.getByRole('link', { name: 'Edit Drug names' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Trial drug names');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByTestId('dictionary-row').locator('td').nth(4)).toHaveText('Clinical trial drugs');
  await expect(page.getByTestId('dictionary-row')).toContainText('Trial drug names');
});
