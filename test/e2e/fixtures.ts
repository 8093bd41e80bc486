/** Shared end-to-end fixtures: every test fails if the page logs a console error or throws. */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ errors: string[] }>({
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a page of the app and waits until the engine has answered (the clock is shown). */
export async function open(page: Page, path = '/'): Promise<void> {
  await page.goto(`/#${path}`);
  await expect(page.getByTestId('sim-clock')).toHaveText(/GMT$/);
}
