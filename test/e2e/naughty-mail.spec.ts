/**
 * Hostile content through the mail path in the browser: a representative subset of the Big List of
 * Naughty Strings as subject, text body, HTML body and attachment file name, sent from the composer,
 * found by Message Tracking's subject search, shown in its details and in the recipient's mailbox,
 * exactly as typed; no dialog, no script from content, no console error on the way.
 */
import { expect, open, test } from './fixtures.ts';
import { expectNothingRan, exactText, naughtySubset, watchDialogs } from './naughty-helpers.ts';

const BOB = 'bob@partner.example';

test('naughty subjects, bodies and file names are sent, tracked and delivered exactly, and nothing in them runs', async ({ page }) => {
  // About 60 messages through three pages: minutes, not seconds, on a shared two-core machine.
  test.setTimeout(360_000);
  const dialogs = watchDialogs(page);
  const strings = naughtySubset().filter((s) => s.trim() !== '');
  expect(strings.length).toBeGreaterThanOrEqual(60);
  const mids = new Map<string, number>();

  await open(page, '/simulation/compose');
  for (const s of strings) {
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.getByLabel('To', { exact: true }).fill(BOB);
    await page.getByLabel('Subject').fill(s);
    await page.getByLabel('Body (text)').fill(s);
    await page.getByLabel('Body (HTML)').fill(s);
    await page.getByTestId('attach-input').setInputFiles({ name: s, mimeType: 'text/plain', buffer: Buffer.from(s) });
    expect(await page.getByLabel('Subject').inputValue(), 'subject field').toBe(s);
    await expect.poll(() => exactText(page, '[data-testid="attachment-list"] td.name'), 'attachment name').toBe(s);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const banner = await page.getByTestId('sent-banner').textContent();
    const mid = Number(/Sent as MID (\d+)/.exec(banner ?? '')?.[1]);
    expect(mid, JSON.stringify(s)).toBeGreaterThan(0);
    expect(mids.has(s)).toBe(false);
    mids.set(s, mid);
    await expect(page.getByTestId('sent-banner')).toBeVisible();
  }
  await expectNothingRan(page, dialogs);

  await open(page, '/monitor/message-tracking');
  for (const [s, mid] of mids) {
    await page.getByLabel('Subject: comparison').selectOption('is');
    await page.getByLabel('Subject', { exact: true }).fill(s);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('link', { name: `Show details of MID ${mid}`, exact: true }), JSON.stringify(s)).toBeVisible();
    await page.getByRole('link', { name: `Show details of MID ${mid}`, exact: true }).click();
    await expect(page.getByTestId('detail-mid')).toHaveText(String(mid));
    await expect.poll(() => exactText(page, '.value.subject'), 'tracking subject').toBe(s);
    await page.goBack();
  }
  await expectNothingRan(page, dialogs);

  await open(page, '/simulation/mailboxes');
  await page
    .getByTestId('mailbox-list')
    .getByRole('link', { name: new RegExp(BOB.replace(/\./g, '\\.')) })
    .click();
  for (const [s, mid] of mids) {
    const item = page
      .getByTestId('message-list')
      .getByRole('button')
      .filter({ has: page.getByText(`MID ${mid}`, { exact: true }) });
    expect(await item.locator('.subject').evaluate((e) => e.textContent), 'list subject').toBe(s);
    await item.click();
    await expect.poll(() => exactText(page, '#viewer-subject'), 'viewer subject').toBe(s);
    await expect.poll(() => exactText(page, '.attachments .mono'), 'viewer attachment').toBe(s);
    await expect(page.getByTitle(/^HTML body of/)).toHaveAttribute('sandbox', '');
    const textSwitch = page.getByRole('button', { name: 'Text body' });
    if (await textSwitch.count()) {
      await textSwitch.click();
      await expect.poll(() => exactText(page, '[data-testid="message-text"]'), 'viewer text').toBe(s);
    }
  }
  await expectNothingRan(page, dialogs);
});
