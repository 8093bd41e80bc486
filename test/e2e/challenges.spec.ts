/**
 * A troubleshooting challenge played through the UI, as a learner would: opened from a shared link,
 * started after a confirmation (the learner's own work kept aside), checked while still broken,
 * a hint bought, fixed on the Outgoing Mail Policies page and committed, checked again, scored
 * from what was recorded, and the learner's own simulation restored.
 */
import { commit, expect, open, test } from './fixtures.ts';

const PCI = 'PCI-DSS (Payment Card Industry Data Security Standard)';

test('a challenge from a shared link: start, not fixed, hint, fix, solved with its score, restore', async ({ page }) => {
  test.setTimeout(120_000);
  const m = page.getByRole('main');

  // The learner's own history before the challenge (the challenge's set-up commits several times): it must come back.
  await open(page, '/system-administration/commit-history');
  const historyBefore = await m.getByRole('row').count();

  await open(page, '/simulation/challenges?challenge=card-in-clear');
  const card = m.getByTestId('challenge-card-in-clear');
  await expect(card).toBeFocused();
  await expect(m.getByRole('status').filter({ hasText: 'You opened a link to the challenge' })).toBeVisible();
  // The instructor's link: the same address, shown to copy.
  await card.getByRole('button', { name: 'Copy link' }).click();
  await expect(m.getByTestId('share-link').getByRole('textbox')).toHaveValue(/#\/simulation\/challenges\?challenge=card-in-clear$/);
  await card.getByRole('button', { name: 'Start…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('kept aside');
  await dialog.getByRole('button', { name: 'Start the challenge' }).click();

  const bar = page.getByTestId('objective-bar');
  await expect(bar).toContainText('A card number went out in clear');
  // No walkthrough during a challenge: the tutorial panel (open by default) closes, and its shortcuts are off.
  await expect(page.getByRole('complementary', { name: 'Tutorial' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Tutorial', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Do it for me' })).toBeDisabled();
  await page.getByRole('button', { name: 'Close the tutorial' }).click();
  await expect(bar).toContainText('Bob at our partner received');
  // Only the symptom: neither the cause nor the fix is on screen.
  await expect(bar).not.toContainText('Outgoing Mail Policies');

  // The evidence is in tracking.
  await open(page, '/monitor/message-tracking');
  await m.getByRole('button', { name: 'Search' }).click();
  await expect(m.getByText('Re: Hotel booking for the Denver offsite').first()).toBeVisible();

  await bar.getByRole('button', { name: 'I think I fixed it' }).click();
  await expect(bar.getByTestId('challenge-verdict')).toContainText('Not fixed yet');
  await bar.getByRole('button', { name: /^Hint/ }).click();
  await expect(bar.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(1);

  // The fix, through the pages.
  await open(page, '/mail-policies/outgoing-mail-policies');
  const defaultRow = m.getByTestId('outgoing-policy-row').filter({ hasText: 'Default Policy' });
  await expect(defaultRow.getByTestId('dlp-link')).toHaveText('Disabled');
  await defaultRow.getByTestId('dlp-link').click();
  await m.getByLabel('DLP Policies', { exact: true }).selectOption('Enable DLP (Customize settings)');
  await m.getByLabel('Enable All').check();
  await expect(m.getByLabel(PCI)).toBeChecked();
  await m.getByRole('button', { name: 'Submit' }).click();
  await commit(page, 'DLP back on the Default Policy');

  await bar.getByRole('button', { name: 'I think I fixed it' }).click();
  await expect(bar.getByTestId('challenge-result')).toHaveText(/^Solved: \d+ points$/);
  // One hint (150), one commit (no penalty); the time penalty depends on how fast this machine is.
  const sum = await bar.getByTestId('score-sum').textContent();
  const [, base, hints, commits, time, total] = sum!
    .match(/(\d+) − (\d+) for hints − (\d+) for commits.* − (\d+) for time.*= (\d+)/)!
    .map(Number);
  expect([base, hints, commits]).toEqual([1000, 150, 0]);
  expect(total).toBe(base - hints - commits - time);
  await expect(bar.getByTestId('debrief')).toContainText('Cause:');

  // The best score is on the card; then the learner's own simulation comes back.
  await open(page, '/simulation/challenges');
  await expect(m.getByTestId('challenge-card-in-clear')).toContainText(`Best ${total}`);
  await bar.getByRole('button', { name: 'Restore my simulation' }).click();
  await expect(bar).toHaveCount(0);
  await open(page, '/system-administration/commit-history');
  await expect(m.getByRole('row')).toHaveCount(historyBefore);
  await open(page, '/mail-policies/outgoing-mail-policies');
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');
});
