import { readFileSync } from 'node:fs';
import { expect, open, test } from './fixtures.ts';
import { routes } from '../../src/ui/shell/routes.ts';

test('a submitted setting is pending until committed, and survives a reload', async ({ page }) => {
  await open(page, '/security-services/data-loss-prevention');
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');
  await page.getByRole('button', { name: 'Enable…' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.getByLabel('Enable matched content logging').check();
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByTestId('commit-button')).toHaveText('Commit Changes (1)');
  await expect(page.getByText('submitted but not committed')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('commit-button')).toHaveText('Commit Changes (1)');

  await page.getByTestId('commit-button').click();
  await expect(page.getByRole('heading', { name: 'Uncommitted Changes' })).toBeVisible();
  await expect(page.getByText('$.dlp.matchedContentLogging')).toBeVisible();
  await page.getByLabel(/Comment/).fill('Enable DLP with matched content logging');
  await page.getByRole('button', { name: 'Commit Changes' }).click();
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');

  await page.reload();
  await open(page, '/security-services/data-loss-prevention');
  await expect(page.getByTestId('dlp-status')).toHaveText('Enabled');
  await open(page, '/system-administration/commit-history');
  await expect(page.getByTestId('commit-history')).toContainText('Enable DLP with matched content logging');
});

test('declining the licence leaves DLP disabled and nothing pending', async ({ page }) => {
  await open(page, '/security-services/data-loss-prevention');
  await page.getByRole('button', { name: 'Enable…' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('dlp-status')).toHaveText('Disabled');
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');
});

test('abandoning changes discards them', async ({ page }) => {
  await open(page, '/security-services/data-loss-prevention');
  await page.getByRole('button', { name: 'Enable…' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByTestId('commit-button').click();
  await page.getByRole('button', { name: 'Abandon Changes' }).click();
  await expect(page.getByTestId('no-pending')).toBeVisible();
  await open(page, '/security-services/data-loss-prevention');
  await expect(page.getByTestId('dlp-status')).toHaveText('Disabled');
});

test('a bad import shows its problems and changes nothing; a good one becomes pending changes', async ({ page }) => {
  await open(page, '/system-administration/configuration-file');
  await page.getByTestId('import-input').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "dlp-playground-config", "schemaVersion": 2, "config": {'),
  });
  await expect(page.getByTestId('error-banner')).toContainText('not valid JSON');
  await expect(page.getByText('Nothing was changed.')).toBeVisible();
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');

  const v1 = readFileSync(new URL('../fixtures/config/schema-v1.json', import.meta.url));
  await page.getByTestId('import-input').setInputFiles({ name: 'schema-v1.json', mimeType: 'application/json', buffer: v1 });
  await expect(page.getByTestId('import-preview')).toContainText('schema version 1, migrated');
  await page.getByRole('button', { name: 'Load as pending changes' }).click();
  await expect(page.getByTestId('commit-button')).toHaveText('Commit Changes (1)');
});

test('export downloads the committed configuration as JSON', async ({ page }) => {
  await open(page, '/system-administration/configuration-file');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download configuration file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^config-esa1\.example\.com-\d{8}T\d{6}\.json$/);
  const text = readFileSync(await file.path(), 'utf8');
  expect(JSON.parse(text)).toMatchObject({
    format: 'dlp-playground-config',
    schemaVersion: 2,
    config: { appliance: { hostname: 'esa1.example.com' } },
  });
});

test('the configuration editor loads Monaco lazily and shows a schema error for a wrong value', async ({ page }) => {
  const monacoRequests: string[] = [];
  page.on('request', (r) => /\/load-[^/]*\.js$/.test(r.url()) && monacoRequests.push(r.url()));
  await open(page, '/');
  // Not part of the initial load: it is prefetched only once the page has loaded and the browser is idle.
  expect(monacoRequests).toEqual([]);
  await open(page, '/system-administration/configuration-editor');
  const editor = page.getByTestId('config-editor');
  await expect(editor.locator('.monaco-editor')).toBeVisible();
  expect(monacoRequests.length).toBe(1);
  await expect(page.getByText('No schema problems.')).toBeVisible();
  // Line 9 of the pretty-printed configuration is `"enabled": false,` of the encryption section.
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('Backspace');
  await page.keyboard.type('1,');
  await expect(page.getByTestId('editor-problems')).toContainText('Incorrect type. Expected "boolean"');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByTestId('error-banner')).toContainText('$.encryption.enabled');
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');
});

test('the simulated clock advances from the header', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByTestId('sim-clock')).toHaveText('12 Jan 2026 09:00 GMT');
  await page.getByRole('button', { name: 'Advance ▾' }).click();
  await page.getByRole('button', { name: '+1 day' }).click();
  await expect(page.getByTestId('sim-clock')).toHaveText('13 Jan 2026 09:00 GMT');
  await page.reload();
  await expect(page.getByTestId('sim-clock')).toHaveText('13 Jan 2026 09:00 GMT');
});

test('every page opens from its deep link without console errors', async ({ page }) => {
  for (const route of routes) {
    await open(page, route.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      route.path === '/' ? 'DLP & Encryption Playground' : (route.heading ?? route.title),
    );
  }
});

test('the menus are keyboard operable', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('button', { name: 'System Administration ▾' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('link', { name: 'Configuration File', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Configuration File' })).toBeVisible();
});
