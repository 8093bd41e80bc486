/**
 * DLP Tracking Privileges (System Administration > Users): matched DLP content in Message Tracking is shown to
 * administrators, hidden from an operator until the Operator role is granted the privilege and the change committed.
 */
import { readFileSync } from 'node:fs';
import { commit, expect, open, test } from './fixtures.ts';

const CARD = '4111 1111 1111 1111';
const fixture = readFileSync(new URL('../fixtures/config/dlp-hold.json', import.meta.url));

test('an operator sees matched content in tracking only once DLP Tracking Privileges grant it', async ({ page }) => {
  const m = page.getByRole('main');
  // A configuration that holds card numbers, with matched content logging on.
  await open(page, '/system-administration/configuration-file');
  await page.getByTestId('import-input').setInputFiles({ name: 'dlp-hold.json', mimeType: 'application/json', buffer: fixture });
  await page.getByRole('button', { name: 'Load as pending changes' }).click();
  await commit(page);

  await open(page, '/simulation/compose');
  await m.getByLabel('Envelope sender').fill('alice@example.com');
  await m.getByLabel('To', { exact: true }).fill('bob@partner.example');
  await m.getByLabel('Subject').fill('Payment details');
  await m.getByLabel('Body (text)').fill(`Please charge my Visa card ${CARD}, expiry 09/28.`);
  await m.getByRole('button', { name: 'Send', exact: true }).click();
  const receipt = m.getByText(/Sent as MID \d+/).first();
  await expect(receipt).toBeVisible();
  const mid = Number(/Sent as MID (\d+)/.exec((await receipt.textContent()) ?? '')?.[1]);

  // The administrator sees it.
  await open(page, `/monitor/message-tracking?mid=${mid}`);
  await expect(m.getByTestId('matched-content').locator('mark').first()).toHaveText(CARD);

  // An operator does not: administrators only, by default.
  await open(page, '/system-administration/users');
  await expect(m.getByTestId('tracking-privileges')).toContainText('administrators only');
  await m.getByRole('button', { name: 'Sign in as operator' }).click();
  await expect(m.getByTestId('signed-in-user')).toHaveText('operator');
  await open(page, `/monitor/message-tracking?mid=${mid}`);
  await expect(m.getByTestId('content-not-permitted')).toContainText('not shown to operator');
  await expect(m.getByTestId('matched-content')).toHaveCount(0);
  await expect(m.getByText(CARD)).toHaveCount(0);

  // Grant the Operator role; submitted is not enough, committed it applies.
  await open(page, '/system-administration/users');
  await m.getByRole('button', { name: 'Edit Settings…' }).click();
  await m.getByLabel('Operator', { exact: true }).check();
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(m.getByTestId('tracking-privileges')).toHaveText(/Administrator, Operator/);
  await open(page, `/monitor/message-tracking?mid=${mid}`);
  await expect(m.getByTestId('content-not-permitted')).toBeVisible();
  await commit(page, 'Operators may see DLP matched content');
  await open(page, `/monitor/message-tracking?mid=${mid}`);
  await expect(m.getByTestId('matched-content').locator('mark').first()).toHaveText(CARD);
  await expect(m.getByTestId('content-not-permitted')).toHaveCount(0);

  // A help desk user is still refused.
  await open(page, '/system-administration/users');
  await m.getByRole('button', { name: 'Sign in as helpdesk' }).click();
  await open(page, `/monitor/message-tracking?mid=${mid}`);
  await expect(m.getByTestId('content-not-permitted')).toContainText('not shown to helpdesk');
});
