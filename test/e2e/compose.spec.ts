/**
 * The composer and the simulated mailboxes, end to end: a clean message is delivered and drawn; an
 * invalid sender is refused at the field; every corpus .eml imports; a card under a quarantine
 * configuration (loaded through Configuration File and committed) is held, in the dry run and for
 * real; a hostile HTML body is shown inert.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, open, test } from './fixtures.ts';

async function compose(page: Page, fields: { sender?: string; to: string; subject: string; text?: string; html?: string }) {
  await open(page, '/simulation/compose');
  await page.getByLabel('Envelope sender').fill(fields.sender ?? 'alice@example.com');
  await page.getByLabel('To', { exact: true }).fill(fields.to);
  await page.getByLabel('Subject').fill(fields.subject);
  await page.getByLabel('Body (text)').fill(fields.text ?? '');
  await page.getByLabel('Body (HTML)').fill(fields.html ?? '');
}

test('a clean message is sent, drawn through the pipeline and lands in the recipient mailbox', async ({ page }) => {
  await compose(page, { to: 'bob@partner.example', subject: 'Lunch on Thursday', text: 'See you at noon at the usual place.' });
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('sent-banner')).toContainText('Sent as MID 1');
  const flow = page.getByTestId('pipeline-flow');
  await expect(flow.getByTestId('stage-deliver')).toHaveAttribute('data-status', 'ok');
  await expect(flow.getByTestId('stage-dlp')).toHaveAttribute('data-status', 'skipped');
  await expect(page.getByRole('link', { name: 'MID 1' })).toHaveAttribute('href', '#/monitor/message-tracking?mid=1');
  expect((await new AxeBuilder({ page }).include('main').analyze()).violations).toEqual([]);

  await page.getByTestId('send-result').getByRole('link', { name: 'bob@partner.example' }).click();
  await expect(page.getByRole('heading', { name: 'Mailboxes', exact: true })).toBeVisible();
  await expect(page.getByTestId('mailbox-list').getByRole('link', { name: /bob@partner\.example/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByTestId('message-list')).toContainText('Lunch on Thursday');
  await expect(page.getByTestId('message-text')).toContainText('See you at noon');
  await expect(page.getByTestId('message-headers')).toContainText('From: alice@example.com');
  expect((await new AxeBuilder({ page }).include('main').analyze()).violations).toEqual([]);
});

test('an invalid envelope sender is refused next to the field and nothing is sent', async ({ page }) => {
  await compose(page, { sender: 'not-an-address', to: 'bob@partner.example', subject: 'Hello' });
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('field-error-envelopeFrom')).toContainText('not a valid sender address');
  await expect(page.getByLabel('Envelope sender')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('sent-banner')).toHaveCount(0);
  await open(page, '/simulation/mailboxes');
  await expect(page.getByTestId('mailboxes-empty')).toContainText('Send a message from Compose');
});

test('every .eml of the corpus imports into the form', async ({ page }) => {
  const dir = new URL('../fixtures/corpus/eml/', import.meta.url);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  expect(files.length).toBeGreaterThan(10);
  await open(page, '/simulation/compose');
  for (const name of files) {
    await page.getByTestId('eml-input').setInputFiles({ name, mimeType: 'message/rfc822', buffer: readFileSync(new URL(name, dir)) });
    await expect(page.getByText(`Imported ${name}.`), name).toBeVisible();
    await expect(page.getByTestId('error-banner'), name).toHaveCount(0);
  }
});

test('a card under a quarantine configuration is held: the dry run says so, and a send never arrives', async ({ page }) => {
  await open(page, '/system-administration/configuration-file');
  await page.getByTestId('import-input').setInputFiles({
    name: 'pci-quarantine.json',
    mimeType: 'application/json',
    buffer: readFileSync(new URL('../fixtures/config/pci-quarantine.json', import.meta.url)),
  });
  await page.getByRole('button', { name: 'Load as pending changes' }).click();
  await page.getByTestId('commit-button').click();
  await page.getByLabel(/Comment/).fill('Quarantine PCI violations');
  await page.getByRole('button', { name: 'Commit Changes' }).click();
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');

  await open(page, '/simulation/compose');
  await page.getByTestId('sample-visa-with-expiry').getByRole('button', { name: 'Load' }).click();
  await expect(page.getByLabel('Subject')).toHaveValue('Re: Hotel booking for the Denver offsite');
  await page.getByRole('button', { name: 'Dry run' }).click();
  const dry = page.getByTestId('dry-run-result');
  await expect(dry).toContainText('nothing was sent');
  await expect(dry.getByTestId('stage-dlp')).toHaveAttribute('data-status', 'violation');
  await expect(dry.getByTestId('stage-dlp')).toContainText('CRITICAL');
  await expect(dry.getByTestId('stage-action')).toHaveAttribute('data-status', 'quarantined');
  await expect(dry.getByTestId('stage-deliver')).toHaveAttribute('data-status', 'not-reached');
  await expect(dry.getByTestId('dry-run-deliveries')).toHaveText('Nothing would be delivered.');
  await expect(dry.getByTestId('dry-run-events')).toContainText('DLP violation');
  await open(page, '/simulation/mailboxes');
  await expect(page.getByTestId('mailboxes-empty')).toBeVisible();

  await open(page, '/simulation/compose');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('sent-banner')).toContainText('Sent as MID 1');
  await expect(page.getByTestId('send-result').getByTestId('stage-action')).toHaveAttribute('data-status', 'quarantined');
  await open(page, '/simulation/mailboxes?address=bob@partner.example');
  await expect(page.getByTestId('mailboxes-empty')).toBeVisible();
});

test('an HTML body with a script and an onerror image is shown in a sandbox without running', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await compose(page, {
    to: 'bob@partner.example',
    subject: 'Hostile HTML',
    html: '<p id="hello">Hello from HTML</p><script>alert("script ran")</script><img src="x" onerror="alert(\'onerror ran\')">',
  });
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('sent-banner')).toContainText('Sent as MID 1');
  await open(page, '/simulation/mailboxes?address=bob@partner.example');
  const viewer = page.getByTestId('message-viewer');
  await expect(viewer.getByTestId('html-removed')).toBeVisible();
  const frame = viewer.locator('iframe');
  await expect(frame).toHaveAttribute('sandbox', '');
  expect(await frame.getAttribute('srcdoc')).not.toMatch(/<script|onerror/i);
  await expect(page.frameLocator('[data-testid="message-viewer"] iframe').locator('#hello')).toHaveText('Hello from HTML');
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});

test('the draft survives a reload, downloads as .eml and can be edited as raw MIME', async ({ page }) => {
  await compose(page, { to: 'bob@partner.example', subject: 'Quarterly plan', text: 'Draft of the plan.' });
  await page.reload();
  await expect(page.getByTestId('sim-clock')).toHaveText(/GMT$/);
  await expect(page.getByLabel('Subject')).toHaveValue('Quarterly plan');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('bob@partner.example');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .eml' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('quarterly-plan.eml');
  expect(readFileSync(await file.path(), 'utf8')).toContain('Draft of the plan.');

  await page.getByRole('button', { name: 'Raw MIME' }).click();
  const editor = page.getByTestId('raw-mime-editor');
  await expect(editor.locator('.view-lines')).toContainText('Draft of the plan.');
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nEdited in raw MIME.');
  await page.getByRole('button', { name: 'Apply to the form' }).click();
  await expect(page.getByLabel('Body (text)')).toHaveValue(/Edited in raw MIME\./);
  await expect(page.getByLabel('Envelope sender')).toHaveValue('alice@example.com');
});
