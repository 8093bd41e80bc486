/**
 * RES provisioning as Cisco's guide teaches it: the administrator emails the provisioning team
 * (written from the RES Portal's template in Compose); the team replies in the sender's mailbox
 * within a business day on the simulated clock, refusing a VLN in plain words; a corrected email
 * with a TAC case opened is answered within the hour, the account exists, and Provision works.
 */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { commit, expect, open, test } from './fixtures.ts';
import { advanceOneDay, emailProvisioningRequest } from './res-email.ts';

const ENCRYPTION = '/security-services/email-encryption';
const row = (page: Page, name: string) => page.getByTestId('profile-row').filter({ has: page.getByRole('link', { name, exact: true }) });

/** Opens a mailbox and shows its newest message. */
async function newestMail(page: Page, address: string) {
  await open(page, `/simulation/mailboxes?address=${encodeURIComponent(address)}`);
  return page.getByTestId('message-viewer');
}

test('the provisioning email round trip: a VLN is sent back, the corrected request with a TAC case is answered, and Provision works', async ({
  page,
}) => {
  // Encryption enabled with a committed High profile, not provisioned yet.
  await open(page, ENCRYPTION);
  await page.getByRole('checkbox', { name: 'Enable Cisco IronPort Email Encryption' }).check();
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await page.getByLabel('Email address of the encryption account administrator').fill('admin@example.com');
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('link', { name: 'Add Encryption Profile…', exact: true }).click();
  await page.getByLabel('Profile Name').fill('CRES_HIGH');
  await page.getByLabel('High Security').check();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await commit(page, 'Encryption with a High profile');

  await open(page, '/system-administration/feature-keys');
  const serial = (await page.getByTestId('serial-number').textContent())!.trim();

  // A VLN instead of the serial: the team's reply a day later says so, in words.
  await emailProvisioningRequest(page, { serials: 'VLN1234567890' });
  await open(page, '/simulation/res-portal');
  await expect(page.getByTestId('request-table')).toContainText('Awaiting reply');
  await advanceOneDay(page);
  let mail = await newestMail(page, 'alice@example.com');
  await expect(mail).toContainText('RE: CRES account provisioning request');
  await expect(mail).toContainText('“VLN1234567890” is a virtual licence number (VLN), not the appliance’s serial number');
  await open(page, '/simulation/res-portal');
  await expect(page.getByTestId('request-table')).toContainText('Refused');
  await expect(page.getByText('No accounts yet.')).toBeVisible();

  // The corrected email; a TAC case for immediate assistance brings the answer within the hour.
  await emailProvisioningRequest(page, { serials: serial });
  await open(page, '/simulation/res-portal');
  await page.getByRole('button', { name: 'Open a TAC case for REQ-00002', exact: true }).click();
  await expect(page.getByTestId('case-opened')).toContainText('TAC case 698100001 opened for REQ-00002');
  expect((await new AxeBuilder({ page }).include('main').analyze()).violations).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: 'test-results/res-portal-light.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/res-portal-dark.png', fullPage: true });
  expect((await new AxeBuilder({ page }).include('main').analyze()).violations).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'Advance ▾', exact: true }).click();
  await page.getByRole('button', { name: '+1 hour', exact: true }).click();
  mail = await newestMail(page, 'alice@example.com');
  await expect(mail).toContainText('TAC case 698100001');
  await expect(mail).toContainText('Your Cisco Registered Envelope Service account has been created');
  await expect(mail).toContainText('310001');
  await expect(mail).toContainText(serial);
  await page.screenshot({ path: 'test-results/res-reply-light.png', fullPage: true });

  await open(page, '/simulation/res-portal');
  await expect(page.getByTestId('request-table')).toContainText('Fulfilled');
  await expect(page.getByTestId('account-table')).toContainText(serial);

  // The account is usable: the appliance's Provision step now works.
  await open(page, ENCRYPTION);
  await row(page, 'CRES_HIGH').getByRole('button', { name: 'Provision CRES_HIGH', exact: true }).click();
  await expect(row(page, 'CRES_HIGH').getByTestId('provisioning-status')).toHaveText('Provisioned');
});
