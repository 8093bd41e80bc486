import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { routes } from '../../src/ui/shell/routes.ts';
import { commit, expect, open, test } from './fixtures.ts';

/** The rule sets the issue names: WCAG 2.0 A and AA, 2.1 AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'];

/** axe on what is on screen now: its serious and critical violations, one line each. */
async function violations(page: Page, where: string): Promise<string[]> {
  // Violations only: axe then skips building selectors and HTML for every passing node (options()
  // replaces all options, so it comes before withTags). Legacy mode runs axe in the page and its
  // frames; the default mode also opens a blank page per check to merge the frames' results, which
  // doubled the time of each of these sweeps.
  const result = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(TAGS)
    .setLegacyMode()
    .analyze();
  return result.violations
    .filter((x) => x.impact === 'serious' || x.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) — ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/** Every route in turn; answers every violation found. */
async function everyRoute(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  for (const route of routes) {
    await open(page, route.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    problems.push(...(await violations(page, `${label} ${route.path}`)));
  }
  return problems;
}

/** Empty state, tutorial open (as on a first visit): every page, light and dark. */
for (const theme of ['light', 'dark'] as const) {
  test(`every page has no serious or critical accessibility violations (${theme} theme, empty, tutorial open)`, async ({ page }) => {
    // Every route, axe on each: minutes on a loaded two-core machine.
    test.setTimeout(300_000);
    await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
    await open(page, '/');
    await expect(page.getByRole('complementary', { name: 'Tutorial' })).toBeVisible();
    expect(await everyRoute(page, theme)).toEqual([]);
  });
}

test('every page has no serious or critical accessibility violations (populated, tutorial closed), nor with a dialog open', async ({
  page,
}) => {
  test.setTimeout(300_000);
  // Populated: a scenario committed, its samples sent (tracking, mailboxes, quarantines, reports have rows).
  await open(page, '/simulation/scenarios');
  await page.getByRole('button', { name: 'Close the tutorial' }).click();
  await page.getByTestId('scenario-proof-of-value').getByRole('button', { name: 'Load…' }).click();
  await page.getByTestId('scenario-preview').getByRole('button', { name: 'Load as pending changes' }).click();
  await commit(page);
  await open(page, '/simulation/scenarios');
  await page
    .getByTestId('scenario-proof-of-value')
    .getByRole('button', { name: /Send sample messages/ })
    .click();
  await expect(page.getByTestId('scenario-result')).toContainText('Sent 9 sample messages');
  const problems = await everyRoute(page, 'populated');

  // Dialogs: the licence agreement, a challenge's confirmation, the tutorial's Start over.
  await open(page, '/security-services/email-encryption');
  await page.getByRole('checkbox', { name: 'Enable Cisco IronPort Email Encryption' }).check();
  await expect(page.getByRole('dialog')).toBeVisible();
  problems.push(...(await violations(page, 'licence dialog')));
  await page.keyboard.press('Escape');
  await open(page, '/simulation/challenges');
  await page.getByRole('button', { name: 'Start…' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  problems.push(...(await violations(page, 'challenge dialog')));
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Tutorial', exact: true }).click();
  await page.getByText('Demo and reset').click();
  await page.getByRole('button', { name: 'Start over…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  problems.push(...(await violations(page, 'start-over dialog')));
  expect(problems).toEqual([]);
});
