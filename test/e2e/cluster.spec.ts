/** Cluster mode: create a two-machine cluster, the mode selector, the level banner, the CLI prompt and the SMA page. */
import { quarantinePciOnDefaultPolicy, sendCard } from './dlp-setup.ts';
import { expect, open, test } from './fixtures.ts';
import { emailProvisioningRequest } from './res-email.ts';

const SERIAL2 = 'AA8A2A09736CEA55D156-9AA86EABD48C';

test('create a cluster, add esa2, switch modes, read its serial with version, and set centralized quarantines', async ({ page }) => {
  await open(page, '/system-administration/cluster');
  await expect(page.getByTestId('mode-selector')).toHaveCount(0);
  await page.getByRole('button', { name: 'Create Cluster' }).click();
  await expect(page.getByTestId('mode-selector')).toBeVisible();
  await page.getByRole('button', { name: 'Add Machine' }).click();
  await expect(page.getByTestId('member-serial')).toHaveText(['42127C7DDEE76852677B-F80CE8074CD3', SERIAL2]);

  // Machine mode: DLP is defined at Cluster level: the page is shown but not editable (inert).
  await open(page, '/security-services/data-loss-prevention');
  await expect(page.getByTestId('level-banner')).toContainText('defined at Cluster level');
  await expect(page.locator('.level-content')).toHaveAttribute('inert', '');

  // Encryption too, greyed the same way (only Provision stays usable: provisioning is per machine), with a way to switch.
  await open(page, '/security-services/email-encryption');
  await expect(page.getByTestId('level-banner')).toContainText('defined at Cluster level');
  await page.getByRole('button', { name: 'Switch to Cluster mode' }).click();
  await expect(page.getByTestId('mode-selector')).toHaveValue('cluster');
  await expect(page.getByTestId('level-banner')).toHaveCount(0);
  await open(page, '/security-services/data-loss-prevention');
  await expect(page.locator('.level-content')).not.toHaveAttribute('inert', '');

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

  // Centralized quarantines: the §1.3 rule refuses the setting at machine level while DLP is at Cluster level.
  await open(page, '/security-services/centralized-quarantines');
  await page.getByLabel('Use centralized quarantines at Machine esa2.example.com').selectOption('true');
  await expect(page.getByTestId('error-banner')).toContainText('same level as the centralized quarantine setting');
  await page.getByLabel('Use centralized quarantines at Cluster').selectOption('true');
  await expect(page.getByText('On (set at Cluster level)')).toHaveCount(2);

  // The SMA's own quarantines have the same form: add a policy quarantine there.
  await open(page, '/sma/message-quarantine/quarantines');
  await expect(page.getByText('No messages are held on the SMA.')).toBeVisible();
  const m = page.getByRole('main');
  await m.getByRole('button', { name: 'Add Policy Quarantine…' }).click();
  await m.getByLabel('Name', { exact: true }).fill('Legal Hold');
  await m.getByLabel('Retention Period', { exact: true }).fill('30');
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(m.getByRole('button', { name: 'Edit Legal Hold on the SMA' })).toBeVisible();
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');
});

/** The header's Commit Changes: in a cluster the page lists and commits every level at once. */
async function commitAll(page: import('@playwright/test').Page, comment: string): Promise<void> {
  await page.getByTestId('commit-button').click();
  await page.getByLabel(/Comment/).fill(comment);
  await page.getByRole('button', { name: 'Commit Changes', exact: true }).click();
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');
}

test('encryption and DLP at Cluster level, provisioned on both machines, a card message through esa2 held on the SMA and released', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const m = page.getByRole('main');
  const mode = (scope: string) => page.getByTestId('mode-selector').selectOption(scope);

  // A two-machine cluster; esa1's serial from Cluster Management.
  await open(page, '/system-administration/cluster');
  await page.getByRole('button', { name: 'Create Cluster' }).click();
  await page.getByRole('button', { name: 'Add Machine' }).click();
  await expect(page.getByTestId('member-serial')).toHaveCount(2);
  const serial1 = (await page.getByTestId('member-serial').first().textContent())!.trim();

  // esa2's serial with the CLI's version in its Machine mode.
  await mode('machine:esa2.example.com');
  await open(page, '/system-administration/cli');
  const log = page.getByRole('log', { name: 'Terminal output' });
  await expect(log).toContainText('AsyncOS');
  await page.getByTestId('cli-input').fill('version');
  await page.getByTestId('cli-input').press('Enter');
  await expect(log).toContainText('Serial #: ');
  const serial2 = /Serial #: ([0-9A-F]{20}-[0-9A-F]{12})/.exec((await log.textContent())!)![1];
  expect(serial2).toBe(SERIAL2);

  // Encryption at Cluster level, with one profile.
  await mode('cluster');
  await open(page, '/security-services/email-encryption');
  await m.getByRole('checkbox', { name: 'Enable Cisco IronPort Email Encryption' }).check();
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await m.getByLabel('Email address of the encryption account administrator').fill('res-admin@example.com');
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
  await commitAll(page, 'Encryption at Cluster level');
  await open(page, '/security-services/email-encryption');
  await m.getByRole('link', { name: 'Add Encryption Profile…', exact: true }).click();
  await m.getByLabel('Profile Name').fill('CRES_MED');
  await m.getByLabel('Medium Security').check();
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(m.getByRole('link', { name: 'CRES_MED', exact: true })).toBeVisible();
  await commitAll(page, 'Profile at Cluster level');

  // Commit History follows the mode: the cluster's commits in Cluster mode, not in a machine's.
  await open(page, '/system-administration/commit-history');
  await expect(m.getByTestId('commit-history')).toContainText('Profile at Cluster level');
  await mode('machine:esa2.example.com');
  await expect(m.getByText('Profile at Cluster level')).toHaveCount(0);
  await mode('cluster');
  await expect(m.getByTestId('commit-history')).toContainText('Profile at Cluster level');

  // One provisioning request with both serials; a day passes.
  await emailProvisioningRequest(page, { admins: 'res-admin@example.com', serials: `${serial1}, ${serial2}` });
  await open(page, '/simulation/res-portal');
  await expect(m.getByTestId('request-table')).toContainText('Awaiting reply');
  await page.getByRole('button', { name: 'Advance ▾', exact: true }).click();
  await page.getByRole('button', { name: '+1 day', exact: true }).click();
  await expect(m.getByTestId('account-table')).toContainText(serial2);

  // Provisioning is per appliance: each machine in its own mode.
  for (const host of ['esa1.example.com', 'esa2.example.com']) {
    await mode(`machine:${host}`);
    await open(page, '/security-services/email-encryption');
    const row = m.getByTestId('profile-row').filter({ has: page.getByRole('link', { name: 'CRES_MED', exact: true }) });
    await row.getByRole('button', { name: 'Provision CRES_MED', exact: true }).click();
    await expect(row.getByTestId('provisioning-status')).toHaveText('Provisioned');
  }

  // Centralized quarantines at Cluster level, where DLP lives too (§1.3).
  await open(page, '/security-services/centralized-quarantines');
  await page.getByLabel('Use centralized quarantines at Cluster').selectOption('true');
  await expect(page.getByText('On (set at Cluster level)')).toHaveCount(2);

  // DLP at Cluster level: on, an action into the SMA's Policy quarantine, PCI-DSS, the Default outgoing policy.
  await mode('cluster');
  await quarantinePciOnDefaultPolicy(page, 'Hold on SMA', 'Policy');
  await commitAll(page, 'DLP at Cluster level');

  // A card number sent through esa2.
  const mid = await sendCard(page, 'Card through esa2', 'esa2.example.com');

  // Held on the SMA (not on esa2's local quarantines), released from there.
  await open(page, '/sma/message-quarantine/quarantines');
  const held = m.getByTestId('sma-messages');
  await expect(held).toContainText('esa2.example.com');
  await held.getByRole('button', { name: `Release MID ${mid}`, exact: true }).click();
  await expect(page.getByText('No messages are held on the SMA.')).toBeVisible();

  await open(page, '/simulation/mailboxes');
  await m
    .getByTestId('mailbox-list')
    .getByRole('link', { name: /bob@partner\.example/ })
    .click();
  await expect(m.getByTestId('message-list')).toContainText('Card through esa2');

  await mode('machine:esa2.example.com');
  await open(page, '/monitor/message-tracking');
  await m.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(m.getByTestId('tracking-row').filter({ hasText: 'Card through esa2' })).toBeVisible();
  // Tracking is per machine: esa1 has none of it; all members include it again.
  await m.getByLabel('Cisco IronPort Host').selectOption('esa1.example.com');
  await m.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(m.getByTestId('tracking-row').filter({ hasText: 'Card through esa2' })).toHaveCount(0);
  await m.getByLabel('Cisco IronPort Host').selectOption('esa2.example.com');
  await m.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(m.getByTestId('tracking-row').filter({ hasText: 'Card through esa2' })).toBeVisible();
  // The DLP Incident Summary per member.
  await open(page, '/monitor/dlp-incidents');
  await m.getByLabel('Cisco IronPort Host').selectOption('esa2.example.com');
  await expect(page.getByTestId('summary-total')).toHaveText('1');
  await m.getByLabel('Cisco IronPort Host').selectOption('esa1.example.com');
  await expect(page.getByTestId('summary-total')).toHaveText('0');
});
