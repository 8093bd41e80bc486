/** The provisioning request as the guide teaches it: an email to Cisco's provisioning team, written from the RES Portal's template. */
import { expect, type Page } from '@playwright/test';
import { open } from './fixtures.ts';

/** What the administrator fills in on the template's lines (an empty string leaves a line empty). */
export interface RequestFields {
  readonly name?: string;
  readonly admins?: string;
  readonly serials: string;
  readonly domains?: string;
  readonly existing?: string;
}

/** RES Portal > Write the provisioning email, fill in the template in Compose, Send; waits until sent. */
export async function emailProvisioningRequest(page: Page, f: RequestFields): Promise<void> {
  await open(page, '/simulation/res-portal');
  await page.getByRole('button', { name: 'Write the provisioning email', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Compose', exact: true })).toBeVisible();
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('stg-cres-provisioning@cisco.com');
  const body = page.getByLabel('Body (text)');
  const template = await body.inputValue();
  await body.fill(
    template
      .replace('Account name: ', `Account name: ${f.name ?? 'Example Corp'}`)
      .replace('email address(es): ', `email address(es): ${f.admins ?? 'admin@example.com'}`)
      .replace('serial number(s): ', `serial number(s): ${f.serials}`)
      .replace('for administration: ', `for administration: ${f.domains ?? 'example.com'}`)
      .replace('(if we already have one): ', `(if we already have one): ${f.existing ?? ''}`),
  );
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('sent-banner')).toContainText('Sent as MID');
}

/** Moves the simulated clock on by one day from the header. */
export async function advanceOneDay(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Advance ▾', exact: true }).click();
  await page.getByRole('button', { name: '+1 day', exact: true }).click();
}
