/**
 * Focus and keyboard, end to end: where focus lands after navigation and after each action that
 * removes or disables the control the learner used (licence dialog, Submit, Commit, Send, closing
 * the tutorial), the menus as a menubar, the editor's Tab hint, keyboard-scrollable diff cells and
 * a theme that follows the system until the learner picks one.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { commit, expect, open, test } from './fixtures.ts';

const ENCRYPTION = '/security-services/email-encryption';
const heading = (page: Page) => page.getByRole('main').getByRole('heading', { level: 1 });

test('a new page takes focus to its heading; the first load and a change of query alone do not', async ({ page }) => {
  await open(page, '/');
  await expect(heading(page)).not.toBeFocused();

  await page.getByRole('button', { name: 'Monitor ▾' }).click();
  await page.getByRole('link', { name: 'Policy, Virus and Outbreak Quarantines' }).click();
  await expect(heading(page)).toHaveText('Policy, Virus and Outbreak Quarantines');
  await expect(heading(page)).toBeFocused();

  await page.getByTestId('commit-button').click();
  await expect(heading(page)).toHaveText('Uncommitted Changes');
  await expect(heading(page)).toBeFocused();

  await page.goBack();
  await expect(heading(page)).toHaveText('Policy, Virus and Outbreak Quarantines');
  await expect(heading(page)).toBeFocused();

  // ?add shows the form inside the same page: not the heading, but (the Add link gone with the list) the form's first field.
  await page.getByRole('link', { name: 'Add Policy Quarantine…' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toBeVisible();
  await expect(heading(page)).not.toBeFocused();
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();

  // Submit closes the form: back to the link that opened it (Add, then the row's Edit).
  await page.getByLabel('Name', { exact: true }).fill('Focus Hold');
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Add Policy Quarantine…' })).toBeFocused();
  await page.getByRole('link', { name: 'Edit Focus Hold' }).click();
  await page.getByRole('spinbutton', { name: 'Retention Period' }).fill('14');
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Edit Focus Hold' })).toBeFocused();
});

test('the licence dialog, Submit and Commit leave focus on the element the learner needs next', async ({ page }) => {
  await open(page, ENCRYPTION);
  const enable = page.getByRole('checkbox', { name: 'Enable Cisco IronPort Email Encryption' });
  await enable.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(enable).toBeFocused();
  await expect(enable).not.toBeChecked();

  await enable.click();
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  const admin = page.getByLabel('Email address of the encryption account administrator');
  await expect(admin).toBeFocused();
  await page.keyboard.type('admin@example.com');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('encryption-status')).toHaveText('Enabled');
  await expect(page.getByRole('button', { name: 'Edit Settings…' })).toBeFocused();

  await open(page, '/security-services/data-loss-prevention');
  await page.getByRole('main').getByRole('button', { name: 'Enable…' }).click();
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(page.getByLabel('Enable Data Loss Prevention')).toBeFocused();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Edit Settings…' })).toBeFocused();

  await commit(page);
  await expect(page.getByTestId('no-pending')).toBeFocused();
});

test('Send focuses the result; closing the tutorial returns to its button and Tab stays in the page', async ({ page }) => {
  await open(page, '/simulation/compose');
  await page.getByLabel('Envelope sender').fill('alice@example.com');
  await page.getByLabel('To', { exact: true }).fill('bob@partner.example');
  await page.getByLabel('Subject').fill('Lunch');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sent: Lunch' })).toBeFocused();

  // The panel is open for a new learner.
  await page.getByRole('button', { name: 'Close the tutorial' }).click();
  const toggle = page.getByRole('button', { name: 'Tutorial', exact: true });
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Switch to (light|dark) theme$/ })).toBeFocused();
});

test('the menus: Left and Right move between them, and an open menu closes when focus leaves it', async ({ page }) => {
  await open(page, '/');
  const menu = (name: string) => page.getByRole('button', { name: `${name} ▾` });
  await menu('Monitor').focus();
  await page.keyboard.press('Enter');
  await expect(menu('Monitor')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(menu('Mail Policies')).toBeFocused();
  await expect(menu('Mail Policies')).toHaveAttribute('aria-expanded', 'true');
  await expect(menu('Monitor')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(menu('Simulation')).toBeFocused();
  await expect(menu('Simulation')).toHaveAttribute('aria-expanded', 'true');

  // The ring on the blue bar is drawn in the bar's text colour (8.4:1), not the page's blue (1.86:1).
  const ring = await menu('Simulation').evaluate((b) => getComputedStyle(b).outlineColor);
  expect(ring).toBe('rgb(255, 255, 255)');

  // Tab past the last entry: focus leaves the menu, which closes.
  await page.keyboard.press('ArrowDown');
  const entries = await page.locator('#list-Simulation a').count();
  for (let i = 1; i < entries; i++) await page.keyboard.press('Tab');
  await expect(menu('Simulation')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(menu('Simulation')).toHaveAttribute('aria-expanded', 'false');

  // Shift+Tab out of an open menu's button closes it too.
  await menu('Monitor').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(menu('Monitor')).toHaveAttribute('aria-expanded', 'false');
});

test('the JSON editor shows how to Tab out of it; long diff values scroll by keyboard', async ({ page }) => {
  await open(page, '/system-administration/configuration-editor');
  await expect(page.getByTestId('tab-key-hint')).toBeVisible();
  await expect(page.getByTestId('tab-key-hint')).toContainText('Ctrl+M');

  const fixture = readFileSync(new URL('../fixtures/config/dlp-hold.json', import.meta.url));
  await open(page, '/system-administration/configuration-file');
  await page.getByTestId('import-input').setInputFiles({ name: 'dlp-hold.json', mimeType: 'application/json', buffer: fixture });
  await page.getByRole('button', { name: 'Load as pending changes' }).click();
  await page.getByTestId('commit-button').click();
  const scrolling = page.locator('table.diff pre[tabindex="0"]');
  await expect(scrolling.first()).toBeVisible();
  const fits = await page
    .locator('table.diff pre:not([tabindex])')
    .evaluateAll((cells) => cells.every((c) => c.scrollHeight <= c.clientHeight));
  expect(fits).toBe(true);
  await scrolling.first().focus();
  await page.keyboard.press('PageDown');
  // Chromium scrolls smoothly: the position grows over a few frames.
  await expect.poll(() => scrolling.first().evaluate((c) => c.scrollTop)).toBeGreaterThan(0);
});

test('the theme follows the system until the learner picks one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '/');
  const theme = () => page.evaluate(() => [document.documentElement.dataset.theme, localStorage.getItem('theme')]);
  expect(await theme()).toEqual(['dark', null]);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(theme).toEqual(['light', null]);

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  expect(await theme()).toEqual(['dark', 'dark']);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  expect(await theme()).toEqual(['dark', 'dark']);
});
