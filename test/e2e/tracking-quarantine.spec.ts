/**
 * Message Tracking and the policy quarantines, end to end: a configuration with a DLP policy that
 * quarantines payment card numbers is loaded and committed, messages are sent through the composer,
 * and the learner finds them in tracking (with the matched content), releases them from the
 * quarantine, adds a quarantine, and sees what switching matched content logging off changes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { commit, expect, open, test } from './fixtures.ts';

const CARD = '4111 1111 1111 1111';
const fixture = readFileSync(new URL('../fixtures/config/dlp-hold.json', import.meta.url));

/** Loads dlp-hold.json through System Administration > Configuration File and commits it. */
async function loadDlpHold(page: Page): Promise<void> {
  await open(page, '/system-administration/configuration-file');
  await page.getByTestId('import-input').setInputFiles({ name: 'dlp-hold.json', mimeType: 'application/json', buffer: fixture });
  await page.getByRole('button', { name: 'Load as pending changes' }).click();
  await expect(page.getByTestId('commit-button')).toHaveText(/^Commit Changes \(\d+\)$/);
  await commit(page);
}

/** Sends a message through Simulation > Compose and answers its MID. */
async function send(page: Page, subject: string, body: string): Promise<number> {
  await open(page, '/simulation/compose');
  await page.getByLabel('Envelope sender').fill('alice@example.com');
  await page.getByLabel('To', { exact: true }).fill('bob@partner.example');
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('Body (text)').fill(body);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const receipt = page.getByText(/Sent as MID \d+/).first();
  await expect(receipt).toBeVisible();
  return Number(/Sent as MID (\d+)/.exec((await receipt.textContent()) ?? '')?.[1]);
}

test('a held card number is found by DLP severity, shown with its matched content, exported, and released', async ({ page }) => {
  await loadDlpHold(page);
  const mid = await send(page, 'Payment details', `Please charge my Visa card ${CARD}, expiry 09/28. Thanks!`);
  await send(page, 'Lunch on Friday?', 'Shall we meet at noon?');

  await open(page, '/monitor/message-tracking');
  await page.getByLabel('DLP Violations').check();
  await expect(page.getByLabel('DLP Policy', { exact: true })).toContainText('PCI-DSS');
  await page.getByLabel('Critical').check();
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('tracking-row')).toHaveCount(1);
  await expect(page.getByTestId('tracking-row')).toContainText('Payment details');
  await expect(page.getByTestId('tracking-row').getByTestId('severity-badge')).toHaveText('Critical');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8').split('\r\n');
  expect(csv[0]).toBe('Received (GMT),MID,Envelope Sender,Envelope Recipients,Subject,Message Events,DLP Severity,DLP Policies,Last Event');
  expect(csv[1]).toContain('Payment details');

  await page.getByRole('link', { name: `Show details of MID ${mid}` }).click();
  await expect(page.getByTestId('detail-mid')).toHaveText(String(mid));
  await expect(page.getByTestId('dlp-verdict').filter({ hasText: 'Decisive violation' })).toContainText('Hold PCI');
  await expect(page.getByTestId('matched-content').locator('mark').first()).toHaveText(CARD);
  await expect(page.getByTestId('processing-details')).toContainText('quarantined to "DLP Hold"');

  await open(page, '/monitor/quarantines');
  const row = page.getByTestId('quarantine-row').filter({ hasText: 'DLP Hold' });
  await expect(row.getByTestId('quarantine-count')).toHaveText('1');
  await row.getByRole('link', { name: 'DLP Hold', exact: true }).click();
  await expect(page.getByTestId('quarantine-message')).toContainText('Payment details');
  await page.getByRole('button', { name: `Release MID ${mid}` }).click();
  await expect(page.getByText(`MID ${mid} released from “DLP Hold”`)).toBeVisible();
  await expect(page.getByText('No messages are held in this quarantine.')).toBeVisible();

  await open(page, `/monitor/message-tracking?mid=${mid}`);
  await expect(page.getByTestId('processing-details')).toContainText('released from quarantine "DLP Hold"');
  await expect(page.getByTestId('message-path')).toContainText('Released');
  await expect(page.getByTestId('message-path')).toContainText('Delivered');
  await page.getByRole('button', { name: '← Back to search' }).click();
  await page.getByRole('checkbox', { name: 'Delivered', exact: true }).check();
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('tracking-row').filter({ hasText: 'Payment details' })).toContainText('Released');
});

test('a policy quarantine is added through the form; one in use by a message action cannot be deleted', async ({ page }) => {
  await loadDlpHold(page);
  await open(page, '/monitor/quarantines');
  await expect(page.getByRole('button', { name: 'Delete Virus' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Add Policy Quarantine…' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Legal Review');
  await page.getByLabel('Retention Period', { exact: true }).fill('2');
  await page.getByLabel('Release').check();
  await page.getByLabel('Modify Subject').check();
  await page.getByLabel('Add X-Header').check();
  await page.getByRole('button', { name: 'Submit' }).click();
  const added = page.getByTestId('quarantine-row').filter({ hasText: 'Legal Review' });
  await expect(added).toContainText('Not committed');
  await expect(added).toContainText('2 days');
  await commit(page);
  await open(page, '/monitor/quarantines');
  await expect(added).not.toContainText('Not committed');
  await added.getByRole('link', { name: 'Edit Legal Review' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('readonly', '');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Delete DLP Hold' }).click();
  await expect(page.getByRole('dialog')).toContainText('used by the DLP message action Hold PCI');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('error-banner')).toContainText('$.dlp.messageActions[0].primary.quarantine');
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');
});

test('with matched content logging off, tracking says the matched content was not logged', async ({ page }) => {
  await loadDlpHold(page);
  await open(page, '/security-services/data-loss-prevention');
  await page.getByRole('button', { name: 'Edit Settings…' }).click();
  await page.getByLabel('Enable matched content logging').uncheck();
  await page.getByRole('button', { name: 'Submit' }).click();
  await commit(page);
  const mid = await send(page, 'Card again', `My card is ${CARD}, expiry 09/28.`);

  await open(page, `/monitor/message-tracking?mid=${mid}`);
  await expect(page.getByTestId('content-not-logged')).toHaveText(
    'Matched content was not logged: matched content logging was off when this message was processed (Security Services > Data Loss Prevention).',
  );
  await expect(page.getByTestId('dlp-verdict').first()).toContainText('Critical');
  await expect(page.locator('mark')).toHaveCount(0);
});

test('an unknown MID and an empty search say so plainly', async ({ page }) => {
  await open(page, '/monitor/message-tracking?mid=999');
  await expect(page.getByText('There is no message with MID 999 in Message Tracking.')).toBeVisible();
  await page.getByRole('button', { name: '← Back to search' }).click();
  await page.getByLabel('Message ID (MID)').fill('abc');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('A MID is a whole number')).toBeVisible();
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('tracking-total')).toHaveText('No messages found');
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
});

test('a card written with full-width digits and an invisible character is held, and tracking shows it as written and says it was disguised', async ({
  page,
}) => {
  await loadDlpHold(page);
  const disguised = '\uff14\uff11\uff11\uff11 1111\u200b 1111 1111';
  const mid = await send(page, 'Disguised card', `Please charge my Visa card ${disguised}, expiry 09/28.`);
  await open(page, '/monitor/message-tracking');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: `Show details of MID ${mid}` }).click();
  await expect(page.getByTestId('matched-content').locator('mark').first()).toHaveText(disguised);
  await expect(page.getByTestId('matched-obfuscation').first()).toContainText('evade detection');
  await expect(page.getByTestId('processing-details')).toContainText('quarantined to "DLP Hold"');
  await page.getByTestId('matched-content').screenshot({ path: test.info().outputPath('disguised-card.png') });
});
