/**
 * Sharing: a configuration copied as a link on Configuration File opens in a fresh browser (its own
 * IndexedDB), shows what it would change, loads as pending changes and commits to the same
 * settings; a tampered link is refused with the reason and leaves nothing pending. The export names
 * the schema the site serves; the tutorial's progress downloads as a completion record.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { defaultConfig } from '../../src/engine/config/defaults.ts';
import { exportConfig, exportText } from '../../src/engine/config/export-import.ts';
import { encodeShare } from '../../src/engine/share/payload.ts';
import { messageAction } from '../helpers/message-action.ts';
import { commit, expect, open, test } from './fixtures.ts';

const FILE_PAGE = '/system-administration/configuration-file';

/** Downloads the committed configuration from Configuration File and parses it. */
async function exported(page: Page): Promise<{ $schema: string; config: ReturnType<typeof defaultConfig> }> {
  await open(page, FILE_PAGE);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download configuration file', exact: true }).click();
  return JSON.parse(readFileSync(await (await download).path(), 'utf8'));
}

test('a configuration shared as a link: copied, opened in a fresh browser, previewed, loaded, committed; a tampered link changes nothing', async ({
  page,
  browser,
  baseURL,
}) => {
  // The sharer: DLP on with a message action, committed.
  const c = defaultConfig();
  const config = {
    ...c,
    dlp: { ...c.dlp, enabled: true, licenseAccepted: true, matchedContentLogging: true, messageActions: [messageAction('Deliver')] },
  };
  await open(page, FILE_PAGE);
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'dlp-on.json', mimeType: 'application/json', buffer: Buffer.from(exportText(exportConfig(config, 'test', 0))) });
  await page.getByRole('button', { name: 'Load as pending changes' }).click();
  await commit(page, 'DLP on');

  // The export names the schema this site serves, and the schema is there.
  const file = await exported(page);
  expect(file.$schema).toBe(`${baseURL}/schema/appliance-config.schema.json`);
  const schema = await (await page.request.get(file.$schema)).json();
  expect(schema).toMatchObject({ $id: 'appliance-config.schema.json', properties: { $schema: { type: 'string' } } });

  await page.getByRole('button', { name: 'Copy share link' }).click();
  const field = page.getByTestId('share-link').getByRole('textbox');
  const link = await field.inputValue();
  expect(link).toMatch(new RegExp(`^${baseURL}/#/share\\?c=1\\.[A-Za-z0-9_-]+$`));

  // The class: a fresh browser with its own database.
  const context = await browser.newContext();
  const other = await context.newPage();
  const errors: string[] = [];
  other.on('pageerror', (e) => errors.push(e.message));
  other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

  // One character changed: refused with the reason, nothing pending.
  const at = link.indexOf('c=1.') + 40;
  const tampered = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
  await other.goto(tampered);
  await expect(other.getByTestId('share-error')).toContainText('The link is damaged');
  await expect(other.getByTestId('share-error')).toContainText('Nothing was changed');
  await expect(other.getByRole('button', { name: 'Load as pending changes' })).toHaveCount(0);
  await expect(other.getByTestId('commit-button')).toHaveText('No Changes Pending');

  // The link as sent: what it changes, then Load and Commit.
  await other.goto(link);
  await expect(other.getByRole('heading', { name: 'Shared configuration' })).toBeVisible();
  const preview = other.getByTestId('scenario-preview');
  await expect(preview).toContainText('The shared configuration is valid');
  await expect(preview).toContainText('dlp');
  await expect(other.getByTestId('commit-button')).toHaveText('No Changes Pending');
  await preview.getByRole('button', { name: 'Load as pending changes' }).click();
  await expect(other.getByTestId('share-result')).toContainText('pending change');
  await commit(other, 'From the share link');
  const received = await exported(other);
  expect(received.config.dlp).toEqual(file.config.dlp);
  expect(errors).toEqual([]);
  await context.close();
});

test('a scenario link previews the scenario and, loaded, opens the tutorial at its lesson; a link naming no scenario changes nothing', async ({
  page,
}) => {
  await open(page, `/share?c=${encodeShare({ kind: 'scenario', scenario: 'no-such-scenario', lesson: null })}`);
  await expect(page.getByTestId('share-error')).toContainText(
    'a scenario this version of the simulator does not have. It names “no-such-scenario”',
  );
  await page.goto(`/#/share?c=${encodeShare({ kind: 'scenario', scenario: 'healthcare-hipaa', lesson: 'enable-dlp' })}`);
  await expect(page.getByRole('heading', { name: /^Shared scenario: Healthcare/ })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('opens the tutorial at lesson 4, “Enable DLP');
  await page.getByRole('button', { name: 'Load as pending changes' }).click();
  await expect(page.getByTestId('share-result')).toContainText('pending change');
  await expect(page.getByRole('complementary', { name: 'Tutorial' }).getByRole('heading', { level: 3 })).toContainText('Step 4.');
  await expect(page.getByTestId('commit-button')).not.toHaveText('No Changes Pending');
});

test('the tutorial panel downloads a completion record', async ({ page }) => {
  await open(page, '/');
  const panel = page.getByRole('complementary', { name: 'Tutorial' });
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download progress record' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^tutorial-progress-\d{8}T\d{6}\.json$/);
  const record = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(record).toMatchObject({ format: 'dlp-playground-tutorial-progress', done: 0, of: 8, finalCheck: 'todo' });
  expect(record.lessons).toHaveLength(8);
  expect(record.lessons[0]).toMatchObject({ lesson: '1', state: 'todo', steps: expect.any(Array) });
});
