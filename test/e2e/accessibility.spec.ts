import { AxeBuilder } from '@axe-core/playwright';
import { routes } from '../../src/ui/shell/routes.ts';
import { expect, open, test } from './fixtures.ts';

/** axe-core on every page, light and dark: no serious or critical violations. */
for (const theme of ['light', 'dark'] as const) {
  test(`every page has no serious or critical accessibility violations (${theme} theme)`, async ({ page }) => {
    // Every route, axe on each: minutes on a loaded two-core machine.
    test.setTimeout(300_000);
    await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
    const problems: string[] = [];
    for (const route of routes) {
      await open(page, route.path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const result = await new AxeBuilder({ page }).analyze();
      for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        problems.push(
          `${route.path}: ${v.id} (${v.impact}) — ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
        );
      }
    }
    expect(problems).toEqual([]);
  });
}
