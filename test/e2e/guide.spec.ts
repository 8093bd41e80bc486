/**
 * Smaller differences from the vendor guide (issue #18) that no other flow covers: Add DLP Policy
 * has an "Add" to the left of every template's name ("click the Add button to the left of PCI-DSS").
 */
import { expect, open, test } from './fixtures.ts';

test('every template in Add DLP Policy has its own Add to the left of its name, which opens the policy form', async ({ page }) => {
  const m = page.getByRole('main');
  await open(page, '/mail-policies/dlp-policy-manager');
  await m.getByRole('link', { name: 'Add DLP Policy…' }).click();
  const picker = m.getByTestId('template-picker');
  // The catalogue arrives from the worker after the picker's heading: counted before it, there
  // were no groups to open, and the hidden templates of closed groups failed (a flake in CI).
  await expect(picker.locator('summary', { hasText: 'Custom Policy' })).toBeVisible();
  // Each group opened by one click, waited for.
  const groups = picker.locator('details');
  const groupCount = await groups.count();
  for (let g = 0; g < groupCount; g++) {
    const group = groups.nth(g);
    if ((await group.getAttribute('open')) === null) await group.locator(':scope > summary').click();
    await expect(group).toHaveAttribute('open', '');
  }
  const items = picker.locator('details li');
  const count = await items.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const add = item.getByRole('link').first();
    await expect(add).toHaveText('Add');
    const name = (await item.locator('.name').textContent())!.trim();
    await expect(add).toHaveAccessibleName(`Add ${name}`);
    const [a, n] = [await add.boundingBox(), await item.locator('.name').boundingBox()];
    expect(a!.x + a!.width, name).toBeLessThanOrEqual(n!.x);
  }
  await m.getByRole('link', { name: 'Add PCI-DSS (Payment Card Industry Data Security Standard)', exact: true }).click();
  await expect(m.getByRole('heading', { name: 'Add DLP Policy: PCI-DSS (Payment Card Industry Data Security Standard)' })).toBeVisible();
});
