/**
 * Encryption by outgoing content filter, end to end: with the seven setup steps applied (demo jump
 * to lesson 7a), the learner adds a filter "Subject contains [SEND SECURE] → Encrypt on Delivery",
 * enables it in the Content Filters column of the Default Policy, submits and commits, sends a
 * flagged message from the composer, finds the filter and the encryption in Message Tracking, and
 * the recipient's mailbox holds a Registered Envelope. Lesson 7a ticks itself from that state.
 */
import type { Page } from '@playwright/test';
import { commit, expect, open, test } from './fixtures.ts';

const main = (page: Page) => page.getByRole('main');
const panel = (page: Page) => page.getByRole('complementary', { name: 'Tutorial' });

test('a [SEND SECURE] subject flag filter encrypts a message that DLP finds clean', async ({ page }) => {
  test.setTimeout(180_000);
  const m = main(page);
  await open(page, '/');
  await panel(page).getByText('Demo and reset').click();
  await panel(page)
    .getByLabel('Jump to a step with all earlier steps applied')
    .selectOption({ label: '7a. Encrypt on a [SEND SECURE] flag' });
  await panel(page).getByRole('button', { name: 'Jump' }).click();
  await expect(panel(page).getByRole('heading', { name: /^Tutorial/ })).toContainText('7/8', { timeout: 90_000 });

  // Mail Policies > Outgoing Content Filters > Add Filter…
  await open(page, '/mail-policies/outgoing-content-filters');
  await expect(m.getByTestId('no-content-filters')).toBeVisible();
  await m.getByRole('link', { name: 'Add Filter…' }).click();
  await m.getByLabel('Name').fill('send_secure');
  await m.getByLabel('Condition type').selectOption({ label: 'Subject Header' });
  await m.getByRole('button', { name: 'Add Condition…' }).click();
  await m.getByLabel('Subject Header text').fill('[SEND SECURE]');
  await m.getByLabel('Action type').selectOption({ label: 'Encrypt on Delivery' });
  await m.getByRole('button', { name: 'Add Action…' }).click();
  await m.getByLabel('Encryption Profile').selectOption('CRES_MED');
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
  const row = m.getByTestId('content-filter-row').filter({ hasText: 'send_secure' });
  await expect(row).toContainText('Subject Header contains “[SEND SECURE]”');
  await expect(row).toContainText('Encrypt on Delivery: profile CRES_MED');

  // Outgoing Mail Policies > Content Filters column of the Default Policy.
  await open(page, '/mail-policies/outgoing-mail-policies');
  const defaultRow = m.getByTestId('outgoing-policy-row').filter({ hasText: 'Default Policy' });
  await expect(defaultRow.getByTestId('filters-link')).toHaveText('Disabled');
  await defaultRow.getByTestId('filters-link').click();
  await m.getByLabel('Enable Content Filters (Customize settings)').check();
  await m.getByLabel('send_secure').check();
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(defaultRow.getByTestId('filters-link')).toHaveText('send_secure');
  await commit(page, 'Encrypt on the [SEND SECURE] subject flag');
  await expect(panel(page).getByRole('button', { name: /^Lesson 7a \(optional\): .*\(done\)$/ })).toBeVisible({ timeout: 15_000 });

  // Send a flagged, otherwise harmless message.
  await open(page, '/simulation/compose');
  await m.getByLabel('Envelope sender').fill('alice@example.com');
  await m.getByLabel('To', { exact: true }).fill('bob@partner.example');
  await m.getByLabel('Subject').fill('[SEND SECURE] Board minutes');
  await m.getByLabel('Body (text)').fill('Hi Bob, the minutes of the board meeting are below. Alice');
  await m.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(m.getByText(/Sent as MID \d+/).first()).toBeVisible();

  // Message Tracking shows the filter, then DLP, then the encryption.
  await open(page, '/monitor/message-tracking');
  await m.getByLabel('Encrypted').check();
  await m.getByRole('button', { name: 'Search', exact: true }).click();
  await m
    .getByTestId('tracking-row')
    .filter({ hasText: 'Board minutes' })
    .getByRole('link', { name: /^Show details of MID/ })
    .click();
  await expect(m.getByTestId('content-filters-matched')).toHaveText('send_secure');
  await expect(m.getByTestId('message-path')).toContainText('Content filters');
  const details = m.getByTestId('processing-details');
  await expect(details).toContainText("matched outgoing content filter 'send_secure'");
  await expect(details).toContainText("content filter 'send_secure' action Encrypt on Delivery with encryption profile 'CRES_MED'");
  await expect(details).toContainText('DLP no violation');
  await expect(details).toContainText("enqueued for encryption using profile 'CRES_MED'");

  // The recipient gets a Registered Envelope.
  await open(page, '/simulation/mailboxes');
  await m
    .getByTestId('mailbox-list')
    .getByRole('link', { name: /bob@partner\.example/ })
    .click();
  await m
    .getByTestId('message-list')
    .getByRole('button', { name: /Board minutes/ })
    .click();
  await expect(m.getByRole('link', { name: 'Open envelope', exact: true })).toBeVisible();
  await expect(m.getByText(/securedoc_\d{8}T\d{6}\.html/).first()).toBeVisible();
});
