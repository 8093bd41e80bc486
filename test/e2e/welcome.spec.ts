/**
 * The first screen gives each of the three users a way in: Learn (the tutorial, the challenges),
 * Demo (a scenario in one click, then traffic and the incidents report) and Administer (export and
 * import, the JSON editor, the CLI) — short, with the message path drawn.
 */
import { expect, open, test } from './fixtures.ts';

test('the welcome page has a way in for trainees, sales engineers and administrators, in few words', async ({ page }) => {
  await open(page, '/');
  const m = page.getByRole('main');
  await expect(m.getByTestId('pipeline-flow')).toBeVisible();
  const learn = m.getByTestId('way-learn');
  const demo = m.getByTestId('way-demo');
  const admin = m.getByTestId('way-administer');
  await expect(learn.getByRole('button', { name: 'Open the tutorial' })).toBeVisible();
  await expect(learn.getByRole('link', { name: 'Troubleshooting Challenges' })).toBeVisible();
  await expect(admin.getByRole('link', { name: /Configuration File/ })).toBeVisible();
  await expect(admin.getByRole('link', { name: 'JSON configuration editor' })).toBeVisible();
  // The words a visitor reads besides the picture (the issue measured 449 before).
  const count = (text: string) => text.split(/\s+/).filter(Boolean).length;
  const words = count(await m.innerText()) - count(await m.getByTestId('pipeline-flow').innerText());
  expect(words, 'the welcome page stays short').toBeLessThan(200);

  // Demo: one click to the scenario's preview; loading still asks.
  await demo.getByRole('link', { name: 'Load the demo…' }).click();
  const preview = page.getByTestId('scenario-preview');
  await expect(preview).toContainText('settings would change');
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');
  await preview.getByRole('button', { name: 'Load as pending changes' }).click();
  await expect(page.getByTestId('commit-button')).toHaveText(/^Commit Changes \(\d+\)$/);
});
