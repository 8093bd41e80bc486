/**
 * The whole walkthrough as a new learner does it, with only the visible UI — no "Do it for me",
 * no imported configuration: the seven setup steps and the final check, with the tutorial panel
 * ticking each lesson off from the real state. The optional lesson 6a is skipped, which holds nothing back.
 */
import type { Page } from '@playwright/test';
import { commit, expect, open, test } from './fixtures.ts';
import { emailProvisioningRequest } from './res-email.ts';

const PCI = 'PCI-DSS (Payment Card Industry Data Security Standard)';
const ACTION = 'Encrypt Medium and Deliver';
const ENCRYPTION = '/security-services/email-encryption';

const main = (page: Page) => page.getByRole('main');
const panel = (page: Page) => page.getByRole('complementary', { name: 'Tutorial' });

async function lessonDone(page: Page, n: number): Promise<void> {
  await expect(panel(page).getByRole('button', { name: new RegExp(`^Lesson ${n}: .*\\(done\\)$`) })).toBeVisible({ timeout: 15_000 });
}

test('a new learner completes the seven steps and the final check through the pages alone', async ({ page }) => {
  test.setTimeout(240_000);
  const m = main(page);

  // Step 1 — Enable Cisco IronPort Email Encryption: tick the box, then accept the licence, as the guide orders it.
  await open(page, ENCRYPTION);
  await m.getByRole('checkbox', { name: 'Enable Cisco IronPort Email Encryption' }).check();
  await expect(page.getByRole('dialog', { name: 'Cisco IronPort Email Encryption License Agreement' })).toBeVisible();
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(m.getByRole('checkbox', { name: 'Enable Cisco IronPort Email Encryption' })).toBeChecked();
  await m.getByLabel('Email address of the encryption account administrator').fill('res-admin@example.com');
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(panel(page).getByRole('button', { name: /^Lesson 1: .*waiting for a commit/ })).toBeVisible();
  await commit(page, 'Step 1: enable email encryption');
  await lessonDone(page, 1);

  // Step 2 — Register with RES: the serial from Feature Keys, the request, a day passes.
  await open(page, '/system-administration/feature-keys');
  await expect(page.getByTestId('serial-number')).toHaveText(/^[0-9A-F]{20}-[0-9A-F]{12}$/);
  const serial = (await page.getByTestId('serial-number').textContent())!.trim();
  await emailProvisioningRequest(page, { admins: 'res-admin@example.com', serials: serial });
  await open(page, '/simulation/res-portal');
  await expect(m.getByTestId('request-table')).toContainText('Awaiting reply');
  await page.getByRole('button', { name: 'Advance ▾', exact: true }).click();
  await page.getByRole('button', { name: '+1 day', exact: true }).click();
  await expect(m.getByTestId('account-table')).toContainText(serial);
  await lessonDone(page, 2);

  // Step 3 — Encryption profiles, committed, then provisioned.
  await open(page, ENCRYPTION);
  for (const [name, level] of [
    ['CRES_HIGH', 'High Security'],
    ['CRES_MED', 'Medium Security'],
    ['CRES_LOW', 'No Password Required'],
  ] as const) {
    await m.getByRole('link', { name: 'Add Encryption Profile…', exact: true }).click();
    await m.getByLabel('Profile Name').fill(name);
    await m.getByLabel(level).check();
    await m.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect(m.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await commit(page, 'Step 3: encryption profiles');
  await open(page, ENCRYPTION);
  for (const name of ['CRES_HIGH', 'CRES_MED', 'CRES_LOW']) {
    const row = m.getByTestId('profile-row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await row.getByRole('button', { name: `Provision ${name}`, exact: true }).click();
    await expect(row.getByTestId('provisioning-status')).toHaveText('Provisioned');
  }
  await lessonDone(page, 3);

  // Step 4 — Enable DLP with matched content logging and automatic updates.
  await open(page, '/security-services/data-loss-prevention');
  await m.getByRole('button', { name: 'Enable…', exact: true }).click();
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await m.getByLabel('Enable matched content logging').check();
  await m.getByLabel('Enable automatic updates').check();
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
  await commit(page, 'Step 4: enable DLP');
  await lessonDone(page, 4);

  // Step 5 — A policy quarantine for DLP, and the message action.
  await open(page, '/monitor/quarantines');
  await m.getByRole('link', { name: 'Add Policy Quarantine…' }).click();
  await m.getByLabel('Name', { exact: true }).fill('DLP Quarantine');
  await m.getByLabel('Retention Period', { exact: true }).fill('14');
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(m.getByRole('link', { name: 'Add Policy Quarantine…' })).toBeVisible();
  // The three encrypt actions the guide implies, one per profile (the Low one under a name of the learner's own).
  await open(page, '/mail-policies/dlp-policy-customizations');
  for (const [name, profile] of [
    ['Encrypt High and Deliver', 'CRES_HIGH'],
    [ACTION, 'CRES_MED'],
    ['Envelope without password', 'CRES_LOW'],
  ] as const) {
    await m.getByRole('link', { name: 'Add Message Action…' }).click();
    await m.getByLabel('Name', { exact: true }).fill(name);
    await m.getByLabel('Deliver').check();
    await m.getByLabel('Enable Encryption').check();
    await m.getByLabel('Always use message encryption').check();
    await m.getByLabel('Encryption Profile', { exact: true }).selectOption(profile);
    await m.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect(m.getByTestId('message-action-row').filter({ hasText: name })).toBeVisible();
  }
  await commit(page, 'Step 5: DLP quarantine and message actions');
  await lessonDone(page, 5);

  // Step 6 — A PCI-DSS policy from the Add beside the template: Critical encrypts; High changed as the guide invites, Low inherits.
  await open(page, '/mail-policies/dlp-policy-manager');
  await m.getByRole('link', { name: 'Add DLP Policy…' }).click();
  // Regulatory Compliance is the disclosure triangle open first.
  await m.getByRole('link', { name: `Add ${PCI}`, exact: true }).click();
  await m.getByLabel('Critical Severity').selectOption(ACTION);
  await expect(m.getByLabel('Low Severity').locator('option:checked')).toHaveText(`Inherit (${ACTION})`);
  await m.getByLabel('High Severity').selectOption('Encrypt High and Deliver');
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
  await commit(page, 'Step 6: PCI-DSS policy');
  await lessonDone(page, 6);

  // Step 7 — DLP on the Default outgoing mail policy, Enable All.
  await open(page, '/mail-policies/outgoing-mail-policies');
  const defaultRow = m.getByTestId('outgoing-policy-row').filter({ hasText: 'Default Policy' });
  await expect(defaultRow.getByTestId('dlp-link')).toHaveText('Disabled');
  await defaultRow.getByTestId('dlp-link').click();
  await m.getByLabel('DLP Policies', { exact: true }).selectOption('Enable DLP (Customize settings)');
  await m.getByLabel('Enable All').check();
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
  await commit(page, 'Step 7: DLP on the Default Policy');
  await lessonDone(page, 7);

  // Final check — send a card number, see it encrypted with the matched content, open it as the recipient.
  await open(page, '/simulation/compose');
  await m.getByLabel('Envelope sender').fill('alice@example.com');
  await m.getByLabel('To', { exact: true }).fill('bob@partner.example');
  await m.getByLabel('Subject').fill('Conference booking');
  await m.getByLabel('Body (text)').fill('Hi Bob, please book it on my Visa 4111 1111 1111 1111, expiry 09/28. Alice');
  await m.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(m.getByText(/Sent as MID \d+/).first()).toBeVisible();

  await open(page, '/monitor/message-tracking');
  await m.getByLabel('Encrypted').check();
  await m.getByRole('button', { name: 'Search', exact: true }).click();
  await m
    .getByTestId('tracking-row')
    .filter({ hasText: 'Conference booking' })
    .getByRole('link', { name: /^Show details of MID/ })
    .click();
  await expect(m.getByTestId('matched-content').locator('mark').first()).toHaveText('4111 1111 1111 1111');
  await expect(m.getByTestId('processing-details')).toContainText(`DLP policy match: '${PCI}'`);
  await expect(m.getByTestId('processing-details')).toContainText("enqueued for encryption using profile 'CRES_MED'");

  await open(page, '/simulation/mailboxes');
  await m
    .getByTestId('mailbox-list')
    .getByRole('link', { name: /bob@partner\.example/ })
    .click();
  await m
    .getByTestId('message-list')
    .getByRole('button', { name: /Conference booking/ })
    .click();
  await m.getByRole('link', { name: 'Open envelope', exact: true }).click();
  await m.getByRole('button', { name: 'Register', exact: true }).click();
  await m.getByLabel('Password', { exact: true }).fill('Blue4Heron!');
  await m.getByLabel('Confirm password').fill('Blue4Heron!');
  await m.getByLabel('Personal Security Phrase').fill('heron at dawn');
  await m.getByRole('button', { name: 'Register', exact: true }).click();
  await m.getByLabel('Password:').fill('Blue4Heron!');
  await m.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(m.getByTestId('opened-text')).toContainText('4111 1111 1111 1111');
  await expect(m.getByTestId('read-receipt')).toContainText('alice@example.com');

  await lessonDone(page, 8);
  await expect(panel(page).getByRole('heading', { name: /^Tutorial/ })).toContainText('8/8');
  await expect(panel(page).getByRole('button', { name: /^Lesson 6a \(optional\): .*\(not done yet\)$/ })).toBeVisible();
});
