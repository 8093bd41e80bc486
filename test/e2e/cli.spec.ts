/** The CLI page: read the serial, change and commit configuration from the terminal, history. */
import { test, expect, open } from './fixtures.ts';
import type { Page } from '@playwright/test';

const SERIAL = '42127C7DDEE76852677B-F80CE8074CD3';

/** Types a line on the current prompt once the terminal is ready for it. */
async function enter(page: Page, prompt: string, line: string): Promise<void> {
  await expect(page.getByTestId('cli-prompt')).toHaveText(new RegExp(`^${prompt.replace(/[[\]()?.>]/g, '\\$&')}`));
  const input = page.getByTestId('cli-input');
  await expect(input).not.toHaveAttribute('readonly');
  await input.fill(line);
  await input.press('Enter');
}

test('the serial from version, a setup change committed from the CLI, and history with the arrows', async ({ page }) => {
  await open(page, '/system-administration/cli');
  await expect(page.getByRole('heading', { name: 'CLI (Command Line Interface)' })).toBeVisible();
  const output = page.getByRole('log', { name: 'Terminal output' });
  await expect(output).toContainText('AsyncOS 14.0.0 for Cisco C100V build 657');
  await expect(page.getByTestId('cli-input')).toBeFocused();

  await enter(page, 'esa1.example.com> ', 'version');
  await expect(output).toContainText(`Serial #: ${SERIAL}`);

  await enter(page, 'esa1.example.com> ', 'nosuchcommand');
  await expect(output).toContainText('Unknown command or missing feature key: nosuchcommand');

  await enter(page, 'esa1.example.com> ', 'encryptionconfig setup');
  await enter(page, 'Would you like to use IronPort Email Encryption? [Y]> ', 'Y');
  await enter(page, 'Do you accept the above license agreement? []> ', 'Y');
  await enter(page, '[10M]> ', '');
  await enter(page, '[]> ', 'admin@example.com');
  await expect(page.getByTestId('commit-button')).toHaveText('Commit Changes (1)');

  await enter(page, 'esa1.example.com> ', 'commit');
  await expect(output).toContainText('Please enter some comments describing your changes:');
  await enter(page, '[]> ', 'Enabled encryption from the CLI');
  await expect(output).toContainText('Changes committed: Mon Jan 12 09:00:00 2026 GMT');
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');

  // Only commands are remembered, not the answers to questions (the comment, Y/N).
  const input = page.getByTestId('cli-input');
  await expect(page.getByTestId('cli-prompt')).toHaveText(/^esa1\.example\.com> /);
  await input.press('ArrowUp');
  await expect(input).toHaveValue('commit');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('encryptionconfig setup');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('nosuchcommand');
  await input.press('ArrowDown');
  await input.press('ArrowDown');
  await expect(input).toHaveValue('commit');
  await input.press('ArrowDown');
  await expect(input).toHaveValue('');

  // Tab completes; Ctrl+L clears the screen.
  await input.fill('showc');
  await input.press('Tab');
  await expect(input).toHaveValue('showconfig ');
  await input.press('Control+l');
  await expect(output).not.toContainText('Serial #');

  // The change is committed: the GUI page shows encryption enabled.
  await open(page, '/security-services/email-encryption');
  await expect(page.getByTestId('encryption-status')).toHaveText('Enabled');
});
