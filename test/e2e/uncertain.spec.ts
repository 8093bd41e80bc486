/**
 * Honest uncertainty (issue #18): the "simulated value" markers beside recalled or guessed values
 * (visible with their reason, reachable by keyboard, readable in both themes); Minimum Total Score
 * read-only on a template policy and editable on a custom one; Machine mode greys the encryption page.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { FACTS } from '../../src/engine/reference/facts.ts';
import { expect, open, test } from './fixtures.ts';

const marker = (page: Page, fact: keyof typeof FACTS) => page.locator(`[data-testid="simulated-value"][data-fact="${fact}"]`);

/** axe's colour contrast on the markers and their open tooltips: the violations, one line each. */
async function contrast(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page })
    .include('[data-testid="simulated-value"]')
    .include('[data-testid="simulated-value-tip"]:popover-open')
    .withRules(['color-contrast'])
    .analyze();
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** axe's serious and critical violations (WCAG 2.0/2.1 A and AA, best practices) on the markers and their tooltips. */
async function serious(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).include('.simulated').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`markers show their reason, are reached with Tab and closed with Escape, and are readable (${theme} theme)`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('theme', t), theme);

    // The encryption profile form: the queue timeout, algorithm and check boxes are marked.
    await open(page, '/security-services/email-encryption?add');
    const form = page.getByRole('main');
    await form.getByRole('region', { name: 'Envelope Settings' }).getByText('Advanced settings').click();
    for (const fact of ['encryption.queue-timeout', 'encryption.algorithm', 'encryption.profile-checkboxes'] as const)
      await expect(marker(page, fact).first()).toBeVisible();

    // Keyboard: Tab from Enable Read Receipts reaches the marker beside it; its tooltip gives the reason.
    await form.getByLabel('Enable Read Receipts').focus();
    await page.keyboard.press('Tab');
    const checkboxes = marker(page, 'encryption.profile-checkboxes').first();
    await expect(checkboxes).toBeFocused();
    await expect(checkboxes).toHaveAccessibleName('Simulated value, not confirmed');
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Simulated value — not confirmed on a real appliance.');
    await expect(tip).toContainText(FACTS['encryption.profile-checkboxes'].reason);
    await expect(checkboxes).toHaveAccessibleDescription(/their initial state is not in any source/);
    expect(await contrast(page)).toEqual([]);
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: `test-results/uncertain-marker-${theme}.png` });
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(checkboxes).toBeFocused();

    // A click pins the tooltip of the queue timeout.
    await marker(page, 'encryption.queue-timeout').click();
    await expect(page.getByRole('tooltip')).toContainText('14400 seconds');
    await expect(page.getByRole('tooltip')).toContainText('Reference §4.1, 5; recalled from Cisco documentation, not confirmed.');

    // DLP: the state-law templates in Add DLP Policy, then the policy form (template name and severity scale).
    await open(page, '/mail-policies/dlp-policy-manager');
    await page.getByRole('link', { name: 'Add DLP Policy…' }).click();
    await expect(marker(page, 'dlp.state-law-templates')).toBeVisible();
    await page.getByRole('link', { name: /^Add California SB-1386/ }).click();
    await expect(page.getByTestId('dlp-policy-form')).toBeVisible();
    await expect(marker(page, 'dlp.state-law-templates')).toBeVisible();
    await marker(page, 'dlp.severity-scale').hover();
    await expect(page.getByRole('tooltip')).toContainText('Ignore 0–9, Low 10–39, Medium 40–59, High 60–89, Critical 90–100');
    expect(await contrast(page)).toEqual([]);
    await page.screenshot({ path: `test-results/uncertain-scale-${theme}.png`, fullPage: true });
  });
}

test('Minimum Total Score is read-only on a policy from a predefined template and editable on a Custom Policy', async ({ page }) => {
  await open(page, '/mail-policies/dlp-policy-manager?template=pci-dss');
  const form = page.getByTestId('dlp-policy-form');
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Minimum Total Score')).toHaveCount(0);
  await expect(form.getByTestId('policy-min-score-fixed')).toContainText('Set by the template');
  await expect(form.getByTestId('policy-min-score-fixed')).toContainText('adjust its Severity Scale instead');
  // The severity scale stays editable.
  await form.getByRole('button', { name: 'Edit Scale…' }).click();
  await expect(form.getByRole('slider', { name: 'High starts at' })).toBeVisible();

  await open(page, '/mail-policies/dlp-policy-manager?template=custom');
  const custom = page.getByTestId('dlp-policy-form');
  await expect(custom.getByTestId('policy-min-score-fixed')).toHaveCount(0);
  const score = custom.getByLabel('Minimum Total Score');
  await expect(score).toBeEditable();
  await score.fill('20');
  await expect(score).toHaveValue('20');
});

test('Machine mode greys the encryption page where its settings live at Cluster level; Cluster mode edits it', async ({ page }) => {
  await open(page, '/system-administration/cluster');
  await page.getByRole('button', { name: 'Create Cluster' }).click();
  await page.getByRole('button', { name: 'Add Machine' }).click();
  await expect(page.getByTestId('member-serial')).toHaveCount(2);

  await open(page, '/security-services/email-encryption');
  await expect(page.getByTestId('level-banner')).toContainText('defined at Cluster level');
  const settings = page.getByTestId('encryption-settings');
  await expect(settings).toHaveAttribute('inert', '');
  await expect(settings).toHaveClass(/level-readonly/);
  await expect(settings.getByRole('checkbox', { name: 'Enable Cisco IronPort Email Encryption' })).toBeVisible();
  await page.screenshot({ path: 'test-results/uncertain-machine-mode.png' });

  await page.getByRole('button', { name: 'Switch to Cluster mode' }).click();
  await expect(page.getByTestId('mode-selector')).toHaveValue('cluster');
  await expect(settings).not.toHaveAttribute('inert', '');
  await expect(settings).not.toHaveClass(/level-readonly/);
  await settings.getByRole('checkbox', { name: 'Enable Cisco IronPort Email Encryption' }).check();
  await expect(page.getByRole('dialog')).toBeVisible();
});
