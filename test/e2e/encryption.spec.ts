/**
 * Email encryption end to end, through the UI only: enabling with the licence, the RES portal's
 * provisioning desk, profiles, Commit, Provision; refusals (VLN, provisioning too early); the
 * recipient's envelope view.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { defaultEncryptionProfile } from '../../src/engine/config/defaults.ts';
import { commit, expect, open, runTraffic, test } from './fixtures.ts';
import { emailProvisioningRequest } from './res-email.ts';

const ENCRYPTION = '/security-services/email-encryption';

async function enableEncryption(page: Page, admin = 'admin@example.com'): Promise<void> {
  await open(page, ENCRYPTION);
  await page.getByRole('checkbox', { name: 'Enable Cisco IronPort Email Encryption' }).check();
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await page.getByLabel('Email address of the encryption account administrator').fill(admin);
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(page.getByTestId('encryption-status')).toHaveText('Enabled');
}

async function addProfile(page: Page, name: string, level: 'High Security' | 'Medium Security' | 'No Password Required'): Promise<void> {
  await page.getByRole('link', { name: 'Add Encryption Profile…', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Add Encryption Profile' })).toBeVisible();
  await page.getByLabel('Profile Name').fill(name);
  await page.getByLabel(level).check();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
}

const row = (page: Page, name: string) => page.getByTestId('profile-row').filter({ has: page.getByRole('link', { name, exact: true }) });

async function advanceOneDay(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Advance ▾', exact: true }).click();
  await page.getByRole('button', { name: '+1 day', exact: true }).click();
}

test('enable, request provisioning with the serial, create CRES_HIGH/MED/LOW, commit and provision each', async ({ page }) => {
  await open(page, '/system-administration/feature-keys');
  await expect(page.getByTestId('serial-number')).toHaveText(/^[0-9A-F]{20}-[0-9A-F]{12}$/);
  const serial = (await page.getByTestId('serial-number').textContent())!.trim();
  expect(serial).toMatch(/^[0-9A-F]{20}-[0-9A-F]{12}$/);

  await open(page, ENCRYPTION);
  await expect(page.getByTestId('encryption-disabled')).toContainText('currently disabled');
  // The guide's order: tick the box first, then the licence agreement, then the settings.
  const enable = page.getByRole('checkbox', { name: 'Enable Cisco IronPort Email Encryption' });
  await expect(enable).not.toBeChecked();
  await expect(page.getByLabel('Email address of the encryption account administrator')).toHaveCount(0);
  await enable.check();
  await expect(page.getByRole('dialog', { name: 'Cisco IronPort Email Encryption License Agreement' })).toBeVisible();
  await expect(enable).toBeChecked();
  await expect(page.getByLabel('Email address of the encryption account administrator')).toHaveCount(0);
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Enable Cisco IronPort Email Encryption' })).toBeChecked();
  await page.getByLabel('Email address of the encryption account administrator').fill('admin@');
  await page.getByLabel('Maximum message size to encrypt').fill('200M');
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(page.getByText('“admin@” is not a valid email address.')).toBeVisible();
  await expect(page.getByText('The size must be between 1k and 100M.')).toBeVisible();
  await page.getByLabel('Email address of the encryption account administrator').fill('admin@example.com');
  await page.getByLabel('Maximum message size to encrypt').fill('512k');
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(page.getByTestId('encryption-status')).toHaveText('Enabled');
  await expect(page.getByTestId('encryption-pending')).toBeVisible();
  await expect(page.getByTestId('commit-button')).toHaveText('Commit Changes (1)');

  // A profile that is only submitted cannot be provisioned yet.
  await addProfile(page, 'CRES_HIGH', 'High Security');
  await expect(row(page, 'CRES_HIGH')).toContainText('Commit to provision');
  await commit(page, 'Enable encryption with a High profile');

  // Provision before any account holds this appliance's serial: the precondition is explained.
  await open(page, ENCRYPTION);
  await expect(row(page, 'CRES_HIGH').getByTestId('provisioning-status')).toHaveText('Not Provisioned');
  await row(page, 'CRES_HIGH').getByRole('button', { name: 'Provision CRES_HIGH', exact: true }).click();
  await expect(page.getByTestId('error-banner')).toContainText('not registered to any Registered Envelope Service account');
  await expect(page.getByTestId('error-banner')).toContainText(serial);

  // The provisioning request, emailed to the provisioning team from the RES portal's template.
  await emailProvisioningRequest(page, { serials: serial });
  await open(page, '/simulation/res-portal');
  await expect(page.getByText('Simulated cloud service')).toBeVisible();
  await expect(page.getByTestId('request-table')).toContainText('Awaiting reply until 13 Jan 2026 09:00 GMT');

  // Still pending: Provision says until when.
  await open(page, ENCRYPTION);
  await row(page, 'CRES_HIGH').getByRole('button', { name: 'Provision CRES_HIGH', exact: true }).click();
  await expect(page.getByTestId('error-banner')).toContainText('has not been fulfilled yet');

  await advanceOneDay(page);
  await expect(page.getByTestId('sim-clock')).toHaveText('13 Jan 2026 09:00 GMT');
  await open(page, '/simulation/res-portal');
  await expect(page.getByTestId('request-table')).toContainText('Fulfilled');
  await expect(page.getByTestId('account-table')).toContainText('Example Corp');
  await expect(page.getByTestId('account-table')).toContainText(serial);

  await open(page, ENCRYPTION);
  await addProfile(page, 'CRES_MED', 'Medium Security');
  await addProfile(page, 'CRES_LOW', 'No Password Required');
  await expect(row(page, 'CRES_MED')).toContainText('Commit to provision');
  await commit(page, 'Medium and low profiles');

  await open(page, ENCRYPTION);
  for (const name of ['CRES_HIGH', 'CRES_MED', 'CRES_LOW']) {
    await row(page, name)
      .getByRole('button', { name: `Provision ${name}`, exact: true })
      .click();
    await expect(row(page, name).getByTestId('provisioning-status')).toHaveText('Provisioned');
    await expect(row(page, name).getByRole('button', { name: `Re-provision ${name}`, exact: true })).toBeVisible();
  }
  await expect(
    page.getByText('Profile “CRES_LOW” provisioned with Registered Envelope Service account 310001 (Example Corp).'),
  ).toBeVisible();
  await page.reload();
  await expect(row(page, 'CRES_LOW').getByTestId('provisioning-status')).toHaveText('Provisioned');
});

test('declining the licence leaves encryption disabled', async ({ page }) => {
  await open(page, ENCRYPTION);
  const enable = page.getByRole('checkbox', { name: 'Enable Cisco IronPort Email Encryption' });
  await enable.check();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByTestId('encryption-disabled')).toBeVisible();
  await expect(enable).not.toBeChecked();
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');
});

test('the provisioning team sends back a virtual licence number (VLN) with an explanation, and creates nothing', async ({ page }) => {
  await emailProvisioningRequest(page, { serials: 'VLN1234567890' });
  await advanceOneDay(page);
  await open(page, '/simulation/mailboxes?address=alice%40example.com');
  await expect(page.getByTestId('message-viewer')).toContainText('is a virtual licence number (VLN), not the appliance’s serial number');
  await expect(page.getByTestId('message-viewer')).toContainText('System Administration > Feature Keys');
  await open(page, '/simulation/res-portal');
  await expect(page.getByTestId('request-table')).toContainText('Refused');
  await expect(page.getByText('No accounts yet.')).toBeVisible();
});

test('the proxy password is never shown back and is kept unless retyped; PXE Update Now finds nothing newer', async ({ page }) => {
  await enableEncryption(page);
  await page.getByRole('button', { name: 'Edit Settings…', exact: true }).click();
  await page.getByLabel('Configure proxy').check();
  await page.getByLabel('Proxy host', { exact: true }).fill('proxy.example.com');
  await page.getByLabel('Port', { exact: true }).fill('3128');
  await page.getByLabel('User name', { exact: true }).fill('esa');
  await page.getByLabel('Password', { exact: true }).fill('S3cret-proxy');
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(page.getByText('HTTP proxy.example.com:3128 (user esa)')).toBeVisible();
  await page.getByRole('button', { name: 'Edit Settings…', exact: true }).click();
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('placeholder', '(unchanged)');
  await expect(page.locator('body')).not.toContainText('S3cret-proxy');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();

  await page.getByRole('button', { name: 'Update Now', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'already up to date' })).toBeVisible();
  await expect(page.getByText('Last checked for updates: 12 Jan 2026 09:00 GMT')).toBeVisible();
});

test('the profile form previews an example envelope in a sandbox; the recipient view refuses it as unregistered', async ({ page }) => {
  await enableEncryption(page);
  await page.getByRole('link', { name: 'Add Encryption Profile…', exact: true }).click();
  await page.getByLabel('Profile Name').fill('Preview');
  await page.getByLabel('Medium Security').check();
  // As in the guide: an "Example Message" link to the right of Envelope Settings, and one to the right of Message Settings.
  for (const section of ['Envelope Settings', 'Message Settings']) {
    const region = page.getByRole('region', { name: section, exact: true });
    const title = await region.getByRole('heading', { name: section, exact: true }).boundingBox();
    const link = await region.locator('header').getByRole('button', { name: 'Example Message', exact: true }).boundingBox();
    expect(link!.x, section).toBeGreaterThan(title!.x + title!.width);
    expect(Math.abs(link!.y + link!.height / 2 - (title!.y + title!.height / 2)), section).toBeLessThan(12);
  }
  await page.getByTestId('envelope-example-link').click();
  await expect(page.getByRole('tab', { name: 'Envelope', exact: true })).toHaveAttribute('aria-selected', 'true');
  const frame = page.getByTitle('Example registered envelope');
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(frame.contentFrame().getByText('Medium', { exact: true })).toBeVisible();
  // Message Settings' link opens the example at the opened message, below that section.
  await page.getByTestId('message-example-link').click();
  await expect(page.getByRole('tab', { name: 'Opened message', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByRole('region', { name: 'Message Settings', exact: true }).locator('xpath=following-sibling::*[1]'),
  ).toHaveAttribute('data-testid', 'example-preview');
  await expect(
    page.getByTitle('Example opened message').contentFrame().getByText('This is an example of a message encrypted'),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Download securedoc_/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('securedoc_20260112T090000.html');
  const html = readFileSync(await file.path());

  await open(page, '/simulation/envelope');
  await page
    .getByTestId('envelope-input')
    .setInputFiles({ name: 'notes.html', mimeType: 'text/html', buffer: Buffer.from('<html><body>hello</body></html>') });
  // In the page: Monaco, prefetched when the browser is idle, adds empty alert regions of its own to the body.
  await expect(page.getByRole('main').getByRole('alert')).toContainText('not a Registered Envelope');
  await page.getByTestId('envelope-input').setInputFiles({ name: file.suggestedFilename(), mimeType: 'text/html', buffer: html });
  await expect(page.getByTestId('envelope-security')).toHaveText('Medium');
  await expect(page.getByTestId('envelope-address')).toHaveText('recipient@example.net');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('envelope-error')).toHaveText('The key service has no record of this envelope.');
});

test('deleting a profile that a DLP message action uses warns, and the appliance refuses it with a located issue', async ({ page }) => {
  // Set up through the Configuration File page: export, add a profile and a message action using it, import.
  await open(page, '/system-administration/configuration-file');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download configuration file', exact: true }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  const c = exported.config;
  c.encryption = {
    ...c.encryption,
    enabled: true,
    licenseAccepted: true,
    profiles: [defaultEncryptionProfile('CRES_HIGH'), defaultEncryptionProfile('Spare')],
  };
  c.dlp.messageActions.push({
    name: 'Encrypt',
    description: '',
    primary: { kind: 'deliver' },
    copyToQuarantine: null,
    encryption: { rule: 'always', profile: 'CRES_HIGH', subject: '$Subject' },
    modifySubject: null,
    disclaimer: null,
    alternateHost: null,
    bcc: null,
    notification: null,
  });
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'with-action.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await page.getByRole('button', { name: 'Load as pending changes', exact: true }).click();
  await commit(page, 'Profile used by a message action');

  await open(page, ENCRYPTION);
  await row(page, 'CRES_HIGH').getByRole('button', { name: 'Delete CRES_HIGH', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('used by the DLP message action Encrypt');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByTestId('error-banner')).toContainText('$.dlp.messageActions[0].encryption.profile');
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');

  // An unused profile is deleted as a pending change.
  await row(page, 'Spare').getByRole('button', { name: 'Delete Spare', exact: true }).click();
  await expect(page.getByRole('dialog')).not.toContainText('message action');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByTestId('commit-button')).toHaveText('Commit Changes (1)');
  await expect(row(page, 'Spare')).toHaveCount(0);
});

/** Commits a DLP message action that delivers card data encrypted with CRES_HIGH, registered and provisioned. */
async function encryptCardData(page: Page): Promise<void> {
  await open(page, '/system-administration/feature-keys');
  await expect(page.getByTestId('serial-number')).toHaveText(/^[0-9A-F]{20}-[0-9A-F]{12}$/);
  const serial = (await page.getByTestId('serial-number').textContent())!.trim();
  const exported = JSON.parse(readFileSync(new URL('../fixtures/config/dlp-hold.json', import.meta.url), 'utf8'));
  const c = exported.config;
  c.encryption = {
    ...c.encryption,
    enabled: true,
    licenseAccepted: true,
    adminEmail: 'admin@example.com',
    profiles: [defaultEncryptionProfile('CRES_HIGH')],
  };
  c.dlp.messageActions[0] = {
    ...c.dlp.messageActions[0],
    name: 'Encrypt PCI',
    primary: { kind: 'deliver' },
    encryption: { rule: 'always', profile: 'CRES_HIGH', subject: '[Encrypted] $Subject' },
  };
  c.dlp.policies[0].actions.critical = 'Encrypt PCI';
  await open(page, '/system-administration/configuration-file');
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'encrypt-pci.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await page.getByRole('button', { name: 'Load as pending changes', exact: true }).click();
  await commit(page, 'Encrypt payment card data');

  await emailProvisioningRequest(page, { serials: serial });
  await advanceOneDay(page);
  await open(page, ENCRYPTION);
  await row(page, 'CRES_HIGH').getByRole('button', { name: 'Provision CRES_HIGH', exact: true }).click();
  await expect(row(page, 'CRES_HIGH').getByTestId('provisioning-status')).toHaveText('Provisioned');
}

// Needs the composer (#/simulation/compose) and the mailboxes (#/simulation/mailboxes). The
// encryption trigger is a DLP message action (Deliver + Encrypt with CRES_HIGH) loaded through the
// Configuration File page.
test('a recipient registers, is refused a wrong password, opens the envelope, and is refused once the sender expires it', async ({
  page,
}) => {
  await encryptCardData(page);

  await open(page, '/simulation/compose');
  await page.getByLabel('Envelope sender').fill('alice@example.com');
  await page.getByLabel('To', { exact: true }).fill('bob@partner.example');
  await page.getByLabel('Subject').fill('Card details');
  await page.getByLabel('Body (text)').fill('Please charge my Visa card 4111 1111 1111 1111, expiry 09/28.');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByText(/Sent as MID \d+/).first()).toBeVisible();

  await open(page, '/simulation/mailboxes');
  await page
    .getByTestId('mailbox-list')
    .getByRole('link', { name: /bob@partner\.example/ })
    .click();
  await page
    .getByTestId('message-list')
    .getByRole('button', { name: /\[Encrypted\] Card details/ })
    .click();
  await page.getByRole('link', { name: 'Open envelope', exact: true }).click();
  await expect(page.getByTestId('envelope-security')).toHaveText('High');
  await expect(page.getByTestId('envelope-address')).toHaveText('bob@partner.example');

  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.getByLabel('Password', { exact: true }).fill('Blue4Heron!');
  await page.getByLabel('Confirm password').fill('Blue4Heron!');
  await page.getByLabel('Personal Security Phrase').fill('heron at dawn');
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.getByLabel('Password:').focus();
  await expect(page.getByTestId('security-phrase')).toHaveText('heron at dawn');
  await page.getByLabel('Password:').fill('Wrong1234');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('envelope-error')).toContainText('The password is incorrect. 4 attempts left');
  await page.getByLabel('Password:').fill('Blue4Heron!');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('opened-text')).toContainText('4111 1111 1111 1111');
  await expect(page.getByTestId('read-receipt')).toContainText('alice@example.com');
  const envelopeUrl = page.url();
  // CRES_HIGH allows Secure Reply (registered recipient) but not Reply All or Forward.
  await expect(page.getByRole('button', { name: 'Secure Reply All', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Secure Forward', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Secure Reply', exact: true }).click();
  await page.getByTestId('secure-compose').getByLabel('Message').fill('Charged, thanks.');
  await page.getByTestId('secure-compose').getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('secure-compose')).toContainText('Secure Reply sent, encrypted, to alice@example.com');

  // Lock refuses the recipient with the reason; Unlock lets them in again.
  await open(page, '/simulation/res-portal');
  await page.getByRole('button', { name: 'Lock [Encrypted] Card details', exact: true }).click();
  await page.getByLabel('Reason shown to recipients').fill('Sent to the wrong person');
  await page.getByRole('dialog').getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByTestId('message-row').filter({ hasText: '[Encrypted] Card details' })).toContainText('Locked');
  await page.goto(envelopeUrl);
  await page.getByLabel('Password:').fill('Blue4Heron!');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('envelope-error')).toContainText(
    'The sender has locked this message; it cannot be opened. Reason: Sent to the wrong person',
  );
  await open(page, '/simulation/res-portal');
  await page.getByRole('button', { name: 'Unlock [Encrypted] Card details', exact: true }).click();
  await expect(page.getByTestId('message-row').filter({ hasText: '[Encrypted] Card details' })).toContainText('Active');

  await open(page, '/simulation/res-portal');
  await page.getByRole('button', { name: 'Expire [Encrypted] Card details', exact: true }).click();
  await page.getByRole('button', { name: 'Now', exact: true }).click();
  await page.getByRole('button', { name: 'Set expiry', exact: true }).click();
  await expect(page.getByTestId('message-row').filter({ hasText: '[Encrypted] Card details' })).toContainText('Expired');

  await page.goto(envelopeUrl);
  await page.getByLabel('Password:').fill('Blue4Heron!');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('envelope-error')).toContainText('This message has expired');
});

test('a traffic run delivers envelopes a batch to a row, and the recipient opens one from the mailbox', async ({ page }) => {
  test.setTimeout(120_000);
  await encryptCardData(page);
  await runTraffic(page, 250, { 'Messages with sensitive data (%)': '100' });

  await open(page, '/simulation/mailboxes?address=bob@partner.example');
  const envelope = page.getByTestId('message-list').getByRole('button', { name: /\[Encrypted\]/ });
  await expect(envelope.first()).toBeVisible();
  await envelope.last().click();
  await page.getByRole('link', { name: 'Open envelope', exact: true }).click();
  await expect(page.getByTestId('envelope-security')).toHaveText('High');
  await expect(page.getByTestId('envelope-address')).toHaveText('bob@partner.example');
});
