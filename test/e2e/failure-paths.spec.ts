/**
 * Failure paths a trainee must see once, end to end: "encrypt only if TLS fails" both ways (a host
 * offering STARTTLS gets the message over TLS, one without gets an envelope); the key service
 * unreachable (messages wait in the encryption queue, retries on the simulated clock, a bounce with
 * the sender notified after the queue timeout, delivery when the service is back); and Log Out
 * losing uncommitted changes while committed ones stay.
 */
import type { Page } from '@playwright/test';
import { commit, expect, open, test } from './fixtures.ts';

const CARD = 'Please charge my Visa card 4111 1111 1111 1111, expiry 09/28. Thanks!';
const NO_TLS = 'oldtown-clinic.example';

/** The walkthrough's configuration (PCI-DSS → Encrypt Medium and Deliver with CRES_MED), committed and provisioned. */
async function readyToEncrypt(page: Page): Promise<void> {
  await open(page, '/simulation/scenarios');
  await page.getByTestId('scenario-walkthrough-completed').getByRole('button', { name: 'Load…' }).click();
  await page.getByTestId('scenario-preview').getByRole('button', { name: 'Load as pending changes' }).click();
  await expect(page.getByTestId('scenario-result')).toContainText('pending change');
  await commit(page);
  await open(page, '/simulation/scenarios');
  await page.getByTestId('scenario-walkthrough-completed').getByRole('button', { name: 'Prepare encryption' }).click();
  await expect(page.getByTestId('scenario-result')).toContainText('Encryption is ready');
}

/** Sends a card number from the composer; answers the MID. */
async function sendCard(page: Page, to: string, subject: string): Promise<number> {
  await open(page, '/simulation/compose');
  await page.getByLabel('Envelope sender').fill('alice@example.com');
  await page.getByLabel('To', { exact: true }).fill(to);
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('Body (text)').fill(CARD);
  // The composer still shows the previous send's banner: wait for this send's own.
  const banner = page.getByTestId('sent-banner');
  const before = (await banner.count()) ? await banner.textContent() : null;
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(banner).toContainText('Sent as MID');
  if (before !== null) await expect(banner).not.toHaveText(before);
  return Number(/MID (\d+)/.exec((await banner.textContent()) ?? '')![1]);
}

async function tracking(page: Page, mid: number) {
  await open(page, `/monitor/message-tracking?mid=${mid}`);
  await expect(page.getByTestId('details-title')).toHaveText(`Message Details — MID ${mid}`);
  return page.getByRole('main');
}

/** Advances the clock and waits for the engine's answer (given after the retries it runs). */
async function advance(page: Page, hours: number): Promise<void> {
  const clock = page.getByTestId('sim-clock');
  const before = (await clock.textContent()) ?? '';
  await page.getByRole('button', { name: 'Advance ▾', exact: true }).click();
  if (hours === 1) await page.getByRole('button', { name: '+1 hour', exact: true }).click();
  else {
    await page.getByLabel('Hours to advance').fill(String(hours));
    await page.getByRole('button', { name: 'Go', exact: true }).click();
  }
  await expect(clock).not.toHaveText(before);
  await expect(page.getByText(`Simulated clock advanced to ${await clock.textContent()}.`)).toBeVisible();
}

async function addDestination(page: Page, domain: string, tls: 'preferred' | 'required' | 'none'): Promise<void> {
  const m = page.getByRole('main');
  await m.getByRole('button', { name: 'Add Destination…' }).click();
  await m.getByRole('textbox', { name: 'Destination' }).fill(domain);
  await m.getByLabel('TLS Support').selectOption(tls);
  await m.getByRole('button', { name: 'Submit' }).click();
  await expect(m.getByTestId('destination-row').filter({ hasText: domain })).toBeVisible();
}

test('encrypt only if TLS fails: a host with STARTTLS gets it over TLS unencrypted, a host without gets an envelope', async ({ page }) => {
  test.setTimeout(90_000);
  await readyToEncrypt(page);
  const m = page.getByRole('main');
  await open(page, '/mail-policies/dlp-policy-customizations');
  await m.getByRole('link', { name: 'Edit Encrypt Medium and Deliver' }).click();
  await m.getByLabel('Only use message encryption if TLS fails').check();
  await m.getByRole('button', { name: 'Submit' }).click();
  await open(page, '/network/destination-controls');
  await expect(m.getByTestId('no-starttls-domain')).toContainText([NO_TLS]);
  await addDestination(page, 'partner.example', 'preferred');
  await addDestination(page, NO_TLS, 'preferred');
  await commit(page, 'TLS preferred to both');

  const mid = await sendCard(page, `bob@partner.example, carol@${NO_TLS}`, 'Card for both');
  const details = await tracking(page, mid);
  await expect(details).toContainText(`MID ${mid} TLS success for partner.example`);
  await expect(details).toContainText(`MID ${mid} TLS failed for ${NO_TLS}: the remote host does not offer STARTTLS`);
  await expect(details).toContainText(`MID ${mid} rewritten to MID`);

  await open(page, '/simulation/mailboxes');
  await page
    .getByTestId('mailbox-list')
    .getByRole('link', { name: /bob@partner\.example/ })
    .click();
  await expect(page.getByTestId('message-text')).toContainText('4111 1111 1111 1111');
  const list = page.getByTestId('mailbox-list');
  await expect(list.getByRole('link', { name: /bob@partner\.example/ })).not.toContainText('Encrypted');
  await expect(list.getByRole('link', { name: new RegExp(`carol@${NO_TLS}`) })).toContainText('Encrypted');
});

test('RES unreachable: messages queue, retries show in tracking, the timeout bounces with a notice, and RES back on delivers', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await readyToEncrypt(page);
  await open(page, '/simulation/res-portal');
  await expect(page.getByTestId('queue-empty')).toBeVisible();
  await page.getByRole('switch', { name: /res\.cisco\.com answers/ }).uncheck();
  await expect(page.getByTestId('res-down')).toContainText('unreachable');

  const first = await sendCard(page, 'bob@partner.example', 'First card');
  await expect(page.getByTestId('pipeline-flow').getByTestId('stage-deliver')).toHaveAttribute('data-status', 'queued');
  await advance(page, 1);
  const second = await sendCard(page, 'bob@partner.example', 'Second card');

  await open(page, '/simulation/res-portal');
  await expect(page.getByTestId('queue-row')).toHaveCount(2);
  await expect(page.getByTestId('queue-row').filter({ hasText: 'First card' })).toContainText(String(first));

  // The profile's Encryption Queue Timeout is 14400 s (4 hours): the first reaches it, the second has 1 hour left.
  await advance(page, 3);
  await expect(page.getByTestId('queue-row')).toHaveCount(1);
  await expect(page.getByTestId('queue-row')).toContainText('Second card');

  const bounced = await tracking(page, first);
  await expect(bounced).toContainText(`MID ${first} held in the encryption queue: the key server res.cisco.com did not answer`);
  await expect(bounced).toContainText(`MID ${first} encryption retry 1 failed`);
  await expect(bounced).toContainText(`Encryption Queue Timeout of profile 'CRES_MED' (14400 seconds)`);
  await expect(bounced).toContainText(`MID ${first} bounced: encryption failed; the sender was notified`);

  await open(page, '/simulation/mailboxes');
  await page
    .getByTestId('mailbox-list')
    .getByRole('link', { name: /alice@example\.com/ })
    .click();
  await expect(page.getByTestId('message-list')).toContainText('First card');

  await open(page, '/simulation/res-portal');
  await page.getByRole('switch', { name: /res\.cisco\.com answers/ }).check();
  await expect(page.getByText(/1 queued message was encrypted and delivered/)).toBeVisible();
  await expect(page.getByTestId('queue-empty')).toBeVisible();
  const delivered = await tracking(page, second);
  await expect(delivered).toContainText(`MID ${second} encryption retry 2: the key server answered`);
  await expect(delivered).toContainText(`Message finished MID ${second} done`);
});

test('Log Out warns with the pending changes, discards them, and committed configuration stays', async ({ page }) => {
  const m = page.getByRole('main');
  await open(page, '/network/destination-controls');
  await addDestination(page, 'partner.example', 'required');
  await commit(page, 'TLS required for the partner');
  await open(page, '/network/destination-controls');
  await addDestination(page, 'pending.example', 'preferred');
  await expect(page.getByTestId('commit-button')).toHaveText('Commit Changes (1)');

  await page.getByTestId('logout-button').click();
  const dialog = page.getByRole('dialog', { name: 'Log Out' });
  await expect(dialog.getByTestId('logout-warning')).toContainText('1 uncommitted change');
  await expect(dialog.getByTestId('logout-changes')).toContainText('Add destination control “pending.example”');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('commit-button')).toHaveText('Commit Changes (1)');

  await page.getByTestId('logout-button').click();
  await dialog.getByRole('button', { name: 'Log Out and Discard Changes' }).click();
  const login = page.getByTestId('login-page');
  await expect(login.getByTestId('discarded-notice')).toContainText('1 uncommitted change');
  await login.getByRole('button', { name: 'Login' }).click();
  await expect(login.getByText('Enter your passphrase.')).toBeVisible();
  await login.getByLabel('Passphrase').fill('ironport');
  await login.getByRole('button', { name: 'Login' }).click();

  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');
  await open(page, '/network/destination-controls');
  await expect(m.getByTestId('destination-row').filter({ hasText: 'partner.example' }).getByTestId('tls-cell')).toHaveText('Required');
  await expect(m.getByTestId('destination-row').filter({ hasText: 'pending.example' })).toHaveCount(0);
});
