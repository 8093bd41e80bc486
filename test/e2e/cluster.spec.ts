/** Cluster mode: create a two-machine cluster, the mode selector, the level banner, the CLI prompt and the SMA page. */
import { expect, open, test } from './fixtures.ts';

const SERIAL2 = 'AA8A2A09736CEA55D156-9AA86EABD48C';

test('create a cluster, add esa2, switch modes, read its serial with version, and set centralized quarantines', async ({ page }) => {
  await open(page, '/system-administration/cluster');
  await expect(page.getByTestId('mode-selector')).toHaveCount(0);
  await page.getByRole('button', { name: 'Create Cluster' }).click();
  await expect(page.getByTestId('mode-selector')).toBeVisible();
  await page.getByRole('button', { name: 'Add Machine' }).click();
  await expect(page.getByTestId('member-serial')).toHaveText(['42127C7DDEE76852677B-F80CE8074CD3', SERIAL2]);

  // Machine mode: encryption is defined at Cluster level, shown read-only with a way to switch.
  await open(page, '/security-services/email-encryption');
  await expect(page.getByTestId('level-banner')).toContainText('defined at Cluster level');
  await page.getByRole('button', { name: 'Switch to Cluster mode' }).click();
  await expect(page.getByTestId('mode-selector')).toHaveValue('cluster');
  await expect(page.getByTestId('level-banner')).toHaveCount(0);

  // The CLI of esa2 in Machine mode.
  await page.getByTestId('mode-selector').selectOption('machine:esa2.example.com');
  await open(page, '/system-administration/cli');
  await page.getByTestId('mode-selector').selectOption('machine:esa2.example.com');
  await open(page, '/system-administration/cli');
  const input = page.getByTestId('cli-input');
  await expect(page.getByRole('log', { name: 'Terminal output' })).toContainText('AsyncOS');
  await input.fill('version');
  await input.press('Enter');
  await expect(page.getByRole('log', { name: 'Terminal output' })).toContainText(`Serial #: ${SERIAL2}`);
  await expect(page.getByRole('log', { name: 'Terminal output' })).toContainText('(Machine esa2.example.com)> version');

  // The SMA: the §1.3 rule refuses the setting at machine level while DLP is at Cluster level.
  await open(page, '/simulation/sma');
  await page.getByLabel('Use centralized quarantines at Machine esa2.example.com').selectOption('true');
  await expect(page.getByTestId('error-banner')).toContainText('same level as the centralized quarantine setting');
  await page.getByLabel('Use centralized quarantines at Cluster').selectOption('true');
  await expect(page.getByText('On (set at Cluster level)')).toHaveCount(2);
  await expect(page.getByText('No messages are held on the SMA.')).toBeVisible();
});
