/**
 * The SMA's own pages, as the guide uses them: the DLP quarantine is created on the Security Management Appliance
 * (Email > Message Quarantine > Policy, Virus, and Outbreak Quarantines), the appliance is switched to centralized
 * quarantines (Security Services > Centralized Services), a DLP message action quarantines to the SMA's quarantine, and
 * the held card message shows in the SMA's quarantine list.
 */
import { quarantinePciOnDefaultPolicy, sendCard } from './dlp-setup.ts';
import { commit, expect, open, test } from './fixtures.ts';

test('a DLP quarantine created on the SMA, centralized quarantines enabled on the appliance, a card message held there', async ({
  page,
}) => {
  const m = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Appliance menus' });

  // The header switches to the SMA's web interface: its own menus.
  await open(page, '/');
  await page.getByTestId('appliance-selector').selectOption('sma');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Policy, Virus, and Outbreak Quarantines');
  await expect(nav.getByRole('button', { name: /^Mail Policies/ })).toHaveCount(0);
  await nav.getByRole('button', { name: /^Email / }).click();
  await expect(nav.getByRole('link', { name: 'Message Quarantine › Policy, Virus, and Outbreak Quarantines' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(m.getByTestId('sma-quarantine-row').filter({ hasText: 'File Analysis' })).toContainText('1 hour');
  await expect(m.getByTestId('sma-quarantine-row').filter({ hasText: 'Outbreak' })).toContainText('Set per mail policy');

  // Add Policy Quarantine on the SMA.
  await m.getByRole('button', { name: 'Add Policy Quarantine…' }).click();
  await m.getByLabel('Name', { exact: true }).fill('DLP_Medium');
  await m.getByLabel('Retention Period', { exact: true }).fill('14');
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(m.getByRole('button', { name: 'Edit DLP_Medium on the SMA' })).toBeVisible();

  // The SMA lists the appliance, not yet using its quarantines.
  await nav.getByRole('button', { name: /^Management Appliance / }).click();
  await nav.getByRole('link', { name: 'Centralized Services › Policy, Virus, and Outbreak Quarantines' }).click();
  await expect(m.getByTestId('sma-appliances')).toContainText('Not in use');

  // Back on the appliance: enable centralized quarantines (no migration needed here).
  await page.getByTestId('appliance-selector').selectOption('esa');
  await open(page, '/security-services/centralized-quarantines');
  await m.getByLabel('None: use only the quarantines already on the SMA').check();
  await m.getByLabel('Use centralized quarantines at Machine esa1.example.com').selectOption('true');
  await expect(m.getByText('On (set at Machine esa1.example.com level)')).toBeVisible();

  // DLP: an action that quarantines to the SMA's DLP_Medium, PCI-DSS, the Default outgoing policy.
  await quarantinePciOnDefaultPolicy(page, 'Hold on SMA', 'DLP_Medium');
  await commit(page, 'DLP holding cards on the SMA');

  const mid = await sendCard(page, 'Card for the SMA');

  // Held on the SMA, in DLP_Medium.
  await open(page, '/sma/message-quarantine/quarantines');
  await expect(m.getByTestId('sma-quarantine-row').filter({ hasText: 'DLP_Medium' }).getByRole('cell').nth(2)).toHaveText('1');
  const held = m.getByTestId('sma-messages');
  await expect(held).toContainText('Card for the SMA');
  await expect(held).toContainText('DLP_Medium');
  await expect(held.getByRole('button', { name: `Release MID ${mid}`, exact: true })).toBeVisible();
  await open(page, '/sma/centralized-services/quarantines');
  await expect(m.getByTestId('sma-appliances')).toContainText('In use');
});
