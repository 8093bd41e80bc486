/**
 * Mail a traffic run delivers, end to end: a batch's deliveries are stored as one row, yet the
 * Mailboxes page lists each recipient with its count, opens any message, marks it read, downloads
 * it as .eml, and shows a composed message among the traffic in the same mailbox, newest first.
 * A mailbox with more than a page of mail shows its newest page, and more on request.
 */
import { readFileSync } from 'node:fs';
import { expect, open, runTraffic, test } from './fixtures.ts';

test('a traffic run fills the mailboxes: counts, any message opened, marked read and downloaded, a sent one on top', async ({ page }) => {
  test.setTimeout(120_000);
  await runTraffic(page, 300);

  await open(page, '/simulation/mailboxes?address=bob@partner.example');
  const box = page.getByTestId('mailbox-list').getByRole('link', { name: /bob@partner\.example/ });
  const total = Number(/(\d+) messages/.exec((await box.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(20);
  const list = page.getByTestId('message-list').getByRole('button');
  await expect(list).toHaveCount(total);
  // The newest is shown and read at once; every other one is still unread.
  await expect(box.getByText(`${total - 1} unread`)).toBeVisible();
  expect(await page.getByTestId('mailbox-list').getByRole('link').count()).toBeGreaterThan(20);

  // One from the middle (a batch's row holds it): opened, read, downloaded as the message it is.
  const middle = list.nth(Math.floor(total / 2));
  const subject = (await middle.locator('.subject').textContent())!;
  const mid = /MID (\d+)/.exec((await middle.textContent()) ?? '')![1];
  await middle.click();
  await expect(page.getByTestId('message-viewer').getByRole('heading', { level: 2 })).toHaveText(subject);
  await expect(page.getByTestId('message-headers')).toContainText(`X-Simulator-MID: ${mid}`);
  await expect(box.getByText(`${total - 2} unread`)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .eml' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`message-MID-${mid}.eml`);
  const eml = readFileSync(await file.path(), 'utf8');
  expect(eml).toContain('To: <bob@partner.example>');
  expect(eml).toMatch(/^X-Traffic-Generator: seed=\d+; message=\d+\r$/m);

  // A message sent now lands in the same mailbox, on top, after a reload as before it.
  await open(page, '/simulation/compose');
  await page.getByLabel('To', { exact: true }).fill('bob@partner.example');
  await page.getByLabel('Subject').fill('After the traffic');
  await page.getByLabel('Body (text)').fill('Hello Bob.');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByText(/Sent as MID \d+/).first()).toBeVisible();
  await open(page, '/simulation/mailboxes?address=bob@partner.example');
  await page.reload();
  await expect(list).toHaveCount(total + 1);
  await expect(list.first().locator('.subject')).toHaveText('After the traffic');
  await expect(page.getByTestId('message-viewer').getByRole('heading', { level: 2 })).toHaveText('After the traffic');
  await expect(box.getByText(`${total - 2} unread`)).toBeVisible();
});

test('a mailbox traffic filled shows its newest 200 messages, and 200 more on request', async ({ page }) => {
  test.setTimeout(120_000);
  await runTraffic(page, 260, { Recipients: 'carol@partner.example' });

  await open(page, '/simulation/mailboxes?address=carol@partner.example');
  const total = Number(await page.getByTestId('mailbox-count').textContent());
  expect(total).toBeGreaterThanOrEqual(260);
  const list = page.getByTestId('message-list').getByRole('button');
  await expect(list).toHaveCount(200);
  const more = page.getByTestId('mailbox-more');
  await expect(more).toContainText(`Showing the newest 200 of ${total}.`);
  const chosen = (await list.nth(5).locator('.subject').textContent())!;
  await list.nth(5).click();
  await expect(page.getByTestId('message-viewer').getByRole('heading', { level: 2 })).toHaveText(chosen);

  await more.getByRole('button', { name: `Show ${total - 200} more` }).click();
  await expect(list).toHaveCount(total);
  await expect(more).toHaveCount(0);
  // Showing more keeps the message open.
  await expect(page.getByTestId('message-viewer').getByRole('heading', { level: 2 })).toHaveText(chosen);
});
