import { expect, open, test } from './fixtures.ts';

const panel = (page: import('@playwright/test').Page) => page.getByRole('complementary', { name: 'Tutorial' });
const steps = (page: import('@playwright/test').Page) => panel(page).getByTestId('tutorial-steps').locator('li');

test('the tutorial panel is open for a new learner and its ticks follow the real configuration', async ({ page }) => {
  await open(page, '/security-services/data-loss-prevention');
  await panel(page)
    .getByRole('button', { name: /^Lesson 4:/ })
    .click();
  await expect(panel(page).getByRole('heading', { name: 'Step 4. Enable DLP' })).toBeVisible();
  await expect(steps(page).first()).toHaveAttribute('data-state', 'todo');

  // Submitted but not committed: the most common real mistake is reported as such.
  await page.getByRole('main').getByRole('button', { name: 'Enable…' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Submit' }).click();
  await expect(steps(page).first()).toHaveAttribute('data-state', 'uncommitted');
  await expect(panel(page)).toContainText('Submitted but not committed');

  // Progress survives a reload mid-way.
  await page.reload();
  await expect(panel(page).getByRole('heading', { name: 'Step 4. Enable DLP' })).toBeVisible();
  await expect(steps(page).first()).toHaveAttribute('data-state', 'uncommitted');

  await page.getByTestId('commit-button').click();
  await page.getByRole('main').getByRole('button', { name: 'Commit Changes' }).click();
  await expect(steps(page).first()).toHaveAttribute('data-state', 'done');
  await expect(steps(page).nth(1)).toHaveAttribute('data-state', 'todo');
});

test('“Do it for me” completes every lesson, the optional one and the final check included', async ({ page }) => {
  test.setTimeout(180_000);
  await open(page, '/');
  for (const n of ['1', '2', '3', '4', '5', '6', '6a', '7', '8']) {
    await panel(page)
      .getByRole('button', { name: new RegExp(`^Lesson ${n}( \\(optional\\))?:`) })
      .click();
    await panel(page).getByRole('button', { name: 'Do it for me' }).click();
    await expect(panel(page).getByRole('button', { name: 'Do it for me' })).toBeEnabled({ timeout: 60_000 });
    await expect(panel(page).getByRole('alert')).toHaveCount(0);
    for (const li of await steps(page).all()) await expect(li).toHaveAttribute('data-state', 'done');
  }
  await expect(panel(page).getByRole('heading', { name: /^Tutorial/ })).toContainText('8/8');
  await expect(panel(page).getByRole('button', { name: /^Lesson 6a \(optional\): .*\(done\)$/ })).toBeVisible();
});

test('demo mode jumps to a step with the earlier ones applied, and Start over resets', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, '/');
  await panel(page).getByText('Demo and reset').click();
  await panel(page).getByLabel('Jump to a step with all earlier steps applied').selectOption({ label: '6. Create a DLP policy' });
  await panel(page).getByRole('button', { name: 'Jump' }).click();
  await expect(panel(page).getByRole('heading', { name: 'Step 6. Create a DLP policy' })).toBeVisible({ timeout: 60_000 });
  await expect(panel(page).getByRole('heading', { name: /^Tutorial/ })).toContainText('5/8');
  // Do lesson 6 by hand-off, then reset just that lesson: the earlier five stay done.
  await panel(page).getByRole('button', { name: 'Do it for me' }).click();
  await expect(panel(page).getByRole('heading', { name: /^Tutorial/ })).toContainText('6/8', { timeout: 60_000 });
  await panel(page).getByRole('button', { name: 'Reset lesson…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset lesson' }).click();
  await expect(panel(page).getByRole('heading', { name: /^Tutorial/ })).toContainText('5/8', { timeout: 60_000 });
  await panel(page).getByRole('button', { name: 'Start over…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start over' }).click();
  await expect(panel(page).getByRole('heading', { name: /^Tutorial/ })).toContainText('0/8', { timeout: 30_000 });
});
