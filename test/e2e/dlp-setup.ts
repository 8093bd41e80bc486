/** DLP steps several specs take in the UI as a trainee does, and a card message sent from the composer. */
import type { Page } from '@playwright/test';
import { expect, open } from './fixtures.ts';

/**
 * Enables DLP, adds a message action `action` that quarantines to `quarantine`, adds the PCI-DSS
 * policy with that action for Critical Severity, and enables every DLP policy on the Default
 * outgoing mail policy. Nothing is committed: each spec commits as its scope needs.
 */
export async function quarantinePciOnDefaultPolicy(page: Page, action: string, quarantine: string): Promise<void> {
  const m = page.getByRole('main');
  await open(page, '/security-services/data-loss-prevention');
  await m.getByRole('button', { name: 'Enable…', exact: true }).click();
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
  await open(page, '/mail-policies/dlp-policy-customizations');
  await m.getByRole('link', { name: 'Add Message Action…' }).click();
  await m.getByLabel('Name', { exact: true }).fill(action);
  await m.getByLabel('Quarantine', { exact: true }).check();
  await m.getByLabel('Send message to quarantine').selectOption(quarantine);
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(m.getByTestId('message-action-row').filter({ hasText: action })).toBeVisible();
  await open(page, '/mail-policies/dlp-policy-manager');
  await m.getByRole('link', { name: 'Add DLP Policy…' }).click();
  await m.getByRole('link', { name: 'PCI-DSS (Payment Card Industry Data Security Standard)' }).click();
  await m.getByLabel('Critical Severity').selectOption(action);
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
  await open(page, '/mail-policies/outgoing-mail-policies');
  await m.getByTestId('outgoing-policy-row').filter({ hasText: 'Default Policy' }).getByTestId('dlp-link').click();
  await m.getByLabel('DLP Policies', { exact: true }).selectOption('Enable DLP (Customize settings)');
  await m.getByLabel('Enable All').check();
  await m.getByRole('button', { name: 'Submit', exact: true }).click();
}

/** Sends a Visa number with its expiry from alice@example.com to bob@partner.example (through `machine` if given); its MID. */
export async function sendCard(page: Page, subject: string, machine?: string): Promise<string> {
  const m = page.getByRole('main');
  await open(page, '/simulation/compose');
  if (machine) await m.getByLabel('Send through').selectOption(`machine:${machine}`);
  await m.getByLabel('Envelope sender').fill('alice@example.com');
  await m.getByLabel('To', { exact: true }).fill('bob@partner.example');
  await m.getByLabel('Subject').fill(subject);
  await m.getByLabel('Body (text)').fill('Please charge my Visa 4111 1111 1111 1111, expiry 09/28.');
  await m.getByRole('button', { name: 'Send', exact: true }).click();
  const sent = await m
    .getByText(/Sent as MID \d+/)
    .first()
    .textContent();
  return /MID (\d+)/.exec(sent!)![1];
}
