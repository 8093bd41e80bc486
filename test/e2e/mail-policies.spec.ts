/**
 * Mail policy pages end to end: DLP message actions, outgoing mail policies (DLP column, order,
 * the match tester), text resources and destination controls. Each test starts from
 * test/fixtures/config/policies-base.json (DLP on with a PCI-DSS policy, a policy quarantine and
 * the CRES_MED profile), loaded and committed through System Administration > Configuration File.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { commit, expect, open, test } from './fixtures.ts';

const PCI = 'PCI-DSS (Payment Card Industry Data Security Standard)';

async function loadBase(page: Page) {
  await open(page, '/system-administration/configuration-file');
  const base = readFileSync(new URL('../fixtures/config/policies-base.json', import.meta.url));
  await page.getByTestId('import-input').setInputFiles({ name: 'policies-base.json', mimeType: 'application/json', buffer: base });
  await page.getByRole('button', { name: 'Load as pending changes' }).click();
  await expect(page.getByTestId('commit-button')).toHaveText('Commit Changes (1)');
  await commit(page, 'Base configuration for the mail policy tests');
}

test.beforeEach(async ({ page }) => loadBase(page));

test('a message action is added, a quarantine action needs its quarantine, and an action in use cannot be deleted', async ({ page }) => {
  const m = page.getByRole('main');
  await open(page, '/mail-policies/dlp-policy-customizations');
  await expect(m.getByTestId('message-action-row').filter({ hasText: 'Deliver Placeholder' })).toContainText(
    `${PCI} (Critical, High, Medium, Low)`,
  );

  await m.getByRole('link', { name: 'Add Message Action…' }).click();
  await m.getByLabel('Name', { exact: true }).fill('Encrypt Medium and Deliver');
  await m.getByLabel('Description').fill('Deliver encrypted with the medium-security profile.');
  await m.getByLabel('Deliver').check();
  await m.getByLabel('Enable Encryption').check();
  await m.getByLabel('Always use message encryption').check();
  await m.getByLabel('Encryption Profile', { exact: true }).selectOption('CRES_MED');
  await expect(m.getByLabel('Encrypted Message Subject')).toHaveValue('$Subject');
  await expect(m.getByTestId('action-summary')).toHaveText('Deliver, encrypted with CRES_MED (always).');
  await m.getByRole('button', { name: 'Submit' }).click();
  const row = m.getByTestId('message-action-row').filter({ hasText: 'Encrypt Medium and Deliver' });
  await expect(row).toContainText('Deliver');
  await expect(row).toContainText('encrypted with CRES_MED (always)');
  await expect(row).toContainText('Not used');
  await expect(page.getByTestId('commit-button')).toHaveText('Commit Changes (1)');

  // Quarantine without choosing a quarantine: the schema's error appears at the field.
  await m.getByRole('link', { name: 'Add Message Action…' }).click();
  await m.getByLabel('Name', { exact: true }).fill('Quarantine It');
  await m.getByLabel('Quarantine', { exact: true }).check();
  await expect(m.getByLabel('Send message to quarantine')).toHaveValue('');
  await m.getByRole('button', { name: 'Submit' }).click();
  await expect(m.getByTestId('quarantine-error')).toBeVisible();
  await m.getByLabel('Send message to quarantine').selectOption('DLP Policy');
  await m.getByRole('button', { name: 'Submit' }).click();
  await expect(m.getByTestId('message-action-row').filter({ hasText: 'Quarantine It' })).toContainText('Quarantine in “DLP Policy”');

  // The placeholder is PCI-DSS's Critical action: the reference check refuses the deletion.
  await m.getByRole('button', { name: 'Delete Deliver Placeholder' }).click();
  await expect(m.getByRole('dialog')).toContainText('The appliance will refuse the deletion');
  await m.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(m.getByTestId('delete-refused')).toContainText('“Deliver Placeholder” was not deleted: DLP policies still use it.');
  await expect(m.getByTestId('delete-refused')).toContainText('Message action “Deliver Placeholder” does not exist.');
  await expect(m.getByTestId('message-action-row').filter({ hasText: 'Deliver Placeholder' })).toBeVisible();
  await expect(page.getByTestId('commit-button')).toHaveText('Commit Changes (2)');
});

test('DLP is enabled on the Default Policy, and a custom policy is added, moved and matched', async ({ page }) => {
  const m = page.getByRole('main');
  await open(page, '/mail-policies/outgoing-mail-policies');
  const defaultRow = m.getByTestId('outgoing-policy-row').filter({ hasText: 'Default Policy' });
  await expect(defaultRow.getByTestId('dlp-link')).toHaveText('Disabled');
  await defaultRow.getByTestId('dlp-link').click();
  // The guide's pulldown: it reads Disable DLP, offers no Use Default Settings on the Default Policy, and Enable DLP shows the policies at once.
  const mode = m.getByLabel('DLP Policies', { exact: true });
  await expect(mode.locator('option:checked')).toHaveText('Disable DLP');
  await expect(mode.locator('option')).toHaveText(['Enable DLP (Customize settings)', 'Disable DLP']);
  await expect(m.getByLabel('Enable All')).toHaveCount(0);
  await mode.selectOption('Enable DLP (Customize settings)');
  await m.getByLabel('Enable All').check();
  await expect(m.getByLabel(PCI)).toBeChecked();
  await m.getByRole('button', { name: 'Submit' }).click();
  await expect(m.getByTestId('outgoing-pending')).toBeVisible();
  await commit(page, 'Enable PCI-DSS on the Default Policy');
  await open(page, '/mail-policies/outgoing-mail-policies');
  await expect(defaultRow.getByTestId('dlp-link')).toHaveText(PCI);

  // Two custom policies: Partners (by recipient domain), then Sales (by sender) inserted before it.
  await m.getByRole('link', { name: 'Add Policy…' }).click();
  await m.getByLabel('Policy Name').fill('Partners');
  await m.getByLabel('Recipient').fill('@partner.example, @.partner.example');
  await m.getByRole('button', { name: 'Submit' }).click();
  const partners = m.getByTestId('outgoing-policy-row').filter({ hasText: 'Partners' });
  await expect(partners.getByTestId('dlp-link')).toHaveText('(use default)');
  await m.getByRole('link', { name: 'Add Policy…' }).click();
  await m.getByLabel('Policy Name').fill('Sales');
  await m.getByLabel('Sender').fill('sales@example.com');
  await m.getByLabel('Insert Before Policy').selectOption({ label: '1 (Partners)' });
  await m.getByRole('button', { name: 'Submit' }).click();
  const rows = m.getByTestId('outgoing-policy-row');
  await expect(rows.nth(0)).toContainText('Sales');
  await expect(rows.nth(1)).toContainText('Partners');
  await expect(rows.nth(2)).toContainText('Default Policy');

  await m.getByLabel('Sender', { exact: true }).fill('sales@example.com');
  await m.getByLabel('Recipient', { exact: true }).fill('bob@partner.example');
  await expect(m.getByTestId('match-result')).toContainText('is handled by Sales');

  // Move Partners up with the keyboard: first match wins, so it now takes the message.
  await m.getByRole('button', { name: 'Move Partners up' }).focus();
  await page.keyboard.press('Enter');
  await expect(rows.nth(0)).toContainText('Partners');
  await expect(m.getByRole('button', { name: 'Move Partners down' })).toBeFocused();
  await expect(m.getByTestId('match-result')).toContainText(`is handled by Partners; DLP: ${PCI}`);
  await m.getByLabel('Sender', { exact: true }).fill('alice@example.com');
  await m.getByLabel('Recipient', { exact: true }).fill('carol@elsewhere.example');
  await expect(m.getByTestId('match-result')).toContainText('is handled by Default Policy');

  // Partners gets its own DLP setting; deleting it then warns.
  await partners.getByTestId('dlp-link').click();
  await m.getByLabel('DLP Policies', { exact: true }).selectOption('Disable DLP');
  await m.getByRole('button', { name: 'Submit' }).click();
  await expect(partners.getByTestId('dlp-link')).toHaveText('Disabled');
  await m.getByRole('button', { name: 'Delete Sales' }).click();
  await m.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(rows).toHaveCount(2);
});

test('a DLP notification template uses $DLPPolicy, and a message action picks it', async ({ page }) => {
  const m = page.getByRole('main');
  await open(page, '/mail-policies/text-resources');
  await expect(
    m
      .getByTestId('text-resource-row')
      .filter({ hasText: 'System Generated HTML' })
      .getByRole('button', { name: /Delete/ }),
  ).toHaveCount(0);
  await m.getByRole('link', { name: 'Add Text Resource…' }).click();
  await m.getByLabel('Name', { exact: true }).fill('DLP Violation Notice');
  await m.getByLabel('Type').selectOption({ label: 'DLP Notification Template' });
  const text = m.getByLabel('Text', { exact: true });
  await text.fill('Your message "$Subject" violated ');
  await m.getByRole('button', { name: /^Insert \$DLPPolicy/ }).click();
  await expect(text).toHaveValue('Your message "$Subject" violated $DLPPolicy');
  await text.press('End');
  await text.pressSequentially(' (severity $DLPSeverity).');
  await m.getByRole('button', { name: 'Submit' }).click();
  await expect(m.getByTestId('text-resource-row').filter({ hasText: 'DLP Violation Notice' })).toContainText('DLP Notification Template');

  await open(page, '/mail-policies/dlp-policy-customizations?add');
  await m.getByLabel('Name', { exact: true }).fill('Notify Sender');
  await m.getByLabel('Send a DLP notification').check();
  await expect(m.getByLabel('Template')).toHaveValue('DLP Violation Notice');
  await m.getByRole('button', { name: 'Submit' }).click();
  await expect(m.getByTestId('message-action-row').filter({ hasText: 'Notify Sender' })).toContainText(
    'DLP notification “DLP Violation Notice” to the sender',
  );
  await open(page, '/mail-policies/text-resources');
  await expect(m.getByTestId('text-resource-row').filter({ hasText: 'DLP Violation Notice' })).toContainText(
    'message action “Notify Sender” (DLP notification)',
  );
});

test('TLS is required for partner.example in Destination Controls', async ({ page }) => {
  const m = page.getByRole('main');
  await open(page, '/network/destination-controls');
  await expect(m.getByText('Only use message encryption if TLS fails')).toBeVisible();
  await expect(m.getByTestId('destination-row').filter({ hasText: 'Default' })).toContainText('None');
  await m.getByRole('button', { name: 'Add Destination…' }).click();
  await m.getByRole('textbox', { name: 'Destination' }).fill('partner.example');
  await m.getByLabel('TLS Support').selectOption('required');
  await m.getByRole('button', { name: 'Submit' }).click();
  const row = m.getByTestId('destination-row').filter({ hasText: 'partner.example' });
  await expect(row.getByTestId('tls-cell')).toHaveText('Required');
  await expect(row).toContainText('Sent over TLS, not encrypted');
  await expect(m.getByRole('button', { name: 'Delete Default' })).toHaveCount(0);
  await commit(page, 'TLS required for partner.example');
  await open(page, '/network/destination-controls');
  await expect(m.getByTestId('destination-row').filter({ hasText: 'partner.example' }).getByTestId('tls-cell')).toHaveText('Required');
});
