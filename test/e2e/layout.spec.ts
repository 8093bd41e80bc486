/**
 * The layout on a phone, a small laptop and a zoomed projector: on every route, with the tutorial
 * open (a new learner's default) and closed, the page never scrolls sideways and every control can
 * be reached and clicked (the centre of each hits the control itself, not something lying over it),
 * with a notice showing, in the menus, at the end of each page, and with a challenge in play. The closed
 * pass runs on a filled simulation (every tutorial step applied and its final check run), so the tables have rows.
 */
import type { Locator, Page } from '@playwright/test';
import { menus, routes } from '../../src/ui/shell/routes.ts';
import { expect, open, test } from './fixtures.ts';

const sizes = [
  { name: 'a phone (390×844)', viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 },
  { name: '1024×768', viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 },
  // A 1280×720 projector at 200 % zoom: Chromium lays a zoomed page out in CSS pixels (device pixels ÷ zoom),
  // so it is the same as a 640×360 viewport with two device pixels per CSS pixel.
  { name: 'a 1280×720 projector at 200 % zoom (640×360 at 2×)', viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 },
];

/**
 * What is wrong on the current page, for the controls `selector` finds: sideways scrolling of the page;
 * each visible control whose centre, once scrolled into view, hits something else, falls outside the
 * window, or is reachable only by scrolling a box that hides its overflow; buttons smaller than 24 px
 * (WCAG 2.5.8); and, scrolled to the end, a page control that something fixed lies over.
 */
function layoutProblems(page: Page, selector = 'button, a.btn, [role=button], summary, input, select, textarea'): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    const name = (el: Element | null) => {
      if (!el) return 'nothing';
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const classes = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes} “${text}”`;
    };
    const centre = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, r };
    };
    const hits = (el: Element, x: number, y: number) => {
      const hit = document.elementFromPoint(x, y);
      return { ok: !!hit && (hit === el || el.contains(hit)), hit };
    };
    if (document.documentElement.scrollWidth > innerWidth + 1) {
      // Name what sticks out: the element reaching furthest right that no scrolling box clips.
      let widest: Element | null = null;
      let right = 0;
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect().right;
        if (r <= right) continue;
        let clipped = false;
        for (let box = el.parentElement; box && box !== document.body && !clipped; box = box.parentElement) {
          clipped = getComputedStyle(box).overflowX !== 'visible';
        }
        if (!clipped) [widest, right] = [el, r];
      }
      problems.push(
        `the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in a ${innerWidth} px window (${name(widest)})`,
      );
    }
    const shown: HTMLElement[] = [];
    const scrolled = new Set<Element>();
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      // The code editor's own input lies under its text by design; the editor as a whole is what is clicked.
      if (el.closest('.monaco-editor')) continue;
      const details = el.parentElement?.closest('details');
      if (details && !details.open && !(el.tagName === 'SUMMARY' && el.parentElement === details)) continue;
      const before = el.getBoundingClientRect();
      // Zero-sized controls are not shown; one-pixel ones are hidden on purpose (screen-reader text).
      if (before.width <= 1 || before.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue;
      shown.push(el);
      el.scrollIntoView({ block: 'center', inline: 'center' });
      for (let box = el.parentElement; box; box = box.parentElement) {
        if (box.scrollLeft > 0) scrolled.add(box);
        const style = getComputedStyle(box);
        if ((style.overflowX === 'hidden' && box.scrollLeft > 0) || (style.overflowY === 'hidden' && box.scrollTop > 0)) {
          problems.push(`${name(el)} is cut off by ${name(box)} (overflow: hidden)`);
          box.scrollLeft = 0;
          box.scrollTop = 0;
          break;
        }
      }
      const { x, y, r } = centre(el);
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) {
        problems.push(`${name(el)} cannot be scrolled into the window (centre at ${Math.round(x)}, ${Math.round(y)})`);
        continue;
      }
      const { ok, hit } = hits(el, x, y);
      if (!ok) problems.push(`${name(el)} is covered by ${name(hit)}`);
      if (!['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) && (r.width < 24 || r.height < 24)) {
        problems.push(`${name(el)} is a small target (${Math.round(r.width)}×${Math.round(r.height)} px)`);
      }
    }
    // The end of the page, where Submit usually is: nothing fixed (a notice, the tutorial) lies over the page's controls.
    for (const box of scrolled) box.scrollLeft = 0;
    scrollTo(0, document.documentElement.scrollHeight);
    const barBottom = document.querySelector('nav[aria-label="Appliance menus"]')?.getBoundingClientRect().bottom ?? 0;
    for (const el of shown.filter((e) => e.closest('main'))) {
      const { x, y } = centre(el);
      if (y <= barBottom || y >= innerHeight || x < 0 || x > innerWidth) continue;
      let clipped = false;
      for (let box = el.parentElement; box && !clipped; box = box.parentElement) {
        if (getComputedStyle(box).overflow === 'visible') continue;
        const b = box.getBoundingClientRect();
        clipped = x < b.left || x > b.right || y < b.top || y > b.bottom;
      }
      const { ok, hit } = hits(el, x, y);
      if (!clipped && !ok) problems.push(`${name(el)} is covered at the end of the page by ${name(hit)}`);
    }
    scrollTo(0, 0);
    return problems;
  }, selector);
}

/** Opens each menu (from the Menu button when they are folded) and checks its pages' links. */
async function menuProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const nav = page.getByRole('navigation', { name: 'Appliance menus' });
  const toggle = nav.getByRole('button', { name: 'Menu', exact: true });
  if (await toggle.isVisible()) await toggle.click();
  for (const menu of menus) {
    await nav.getByRole('button', { name: new RegExp(`^${menu} `) }).click();
    await expect(nav.locator(`[id="list-${menu}"]`)).toBeVisible();
    for (const p of await layoutProblems(page, `[id="list-${menu}"] a`)) problems.push(`the ${menu} menu: ${p}`);
  }
  await page.keyboard.press('Escape');
  if (await toggle.isVisible()) await toggle.click();
  return problems;
}

/** Fills the simulation from the tutorial's demo controls: every step applied, then the final check sends, tracks and opens mail. */
async function fill(tutorial: Locator): Promise<void> {
  await tutorial.getByText('Demo and reset').click();
  const jump = tutorial.getByLabel('Jump to a step with all earlier steps applied');
  await jump.selectOption({ index: (await jump.locator('option').count()) - 1 });
  await tutorial.getByRole('button', { name: 'Jump' }).click();
  await tutorial.getByRole('button', { name: 'Do it for me' }).click();
  await expect(tutorial.getByRole('heading', { name: /^Tutorial/ })).toContainText('8/8', { timeout: 60_000 });
}

/** Goes to a route by its hash (the app stays loaded) and waits for its heading. */
async function visit(page: Page, path: string, heading: string): Promise<void> {
  await page.evaluate((p) => (location.hash = `#${p}`), path);
  await expect(page.locator('main h1')).toHaveText(heading);
}

for (const size of sizes) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('every route fits the width and no control is covered, with the tutorial open and closed', async ({ page }) => {
      test.setTimeout(120_000);
      await open(page, '/');
      const tutorial = page.getByRole('complementary', { name: 'Tutorial' });
      await expect(tutorial).toBeVisible();
      const problems: string[] = [];

      // A notice is showing (for 5 s) while the first pages are checked: it has a place of its own, and is read out politely.
      await page.getByRole('button', { name: 'Advance ▾' }).click();
      await page.getByRole('button', { name: '+1 hour' }).click();
      const notice = page.getByRole('status').filter({ hasText: 'Simulated clock advanced' });
      await expect(notice).toBeVisible();
      await expect(page.locator('[aria-live=polite]').filter({ has: notice })).toHaveCount(1);

      for (const state of ['open', 'closed'] as const) {
        if (state === 'closed') {
          await fill(tutorial);
          await tutorial.getByRole('button', { name: 'Close the tutorial' }).click();
          await expect(tutorial).toHaveCount(0);
        }
        for (const route of routes) {
          await visit(page, route.path, route.path === '/' ? 'DLP & Encryption Playground' : (route.heading ?? route.title));
          for (const p of await layoutProblems(page)) problems.push(`${route.path} (tutorial ${state}): ${p}`);
        }
        for (const p of await menuProblems(page)) problems.push(`(tutorial ${state}) ${p}`);
      }

      // A challenge in play: its objective bar stands above every page.
      await visit(page, '/simulation/challenges', 'Troubleshooting Challenges');
      await page.getByRole('main').getByRole('button', { name: 'Start…' }).first().click();
      await page.getByRole('dialog').getByRole('button', { name: 'Start the challenge' }).click();
      await expect(page.getByTestId('objective-bar')).toBeVisible();
      for (const route of routes.filter((r) => r.path.startsWith('/monitor/'))) {
        await visit(page, route.path, route.heading ?? route.title);
        for (const p of await layoutProblems(page)) problems.push(`${route.path} (challenge in play): ${p}`);
      }
      expect(problems).toEqual([]);
    });
  });
}

/**
 * The header's parts where they sit side by side: the brand, the appliance selector, host name and
 * model, the clock and each tool. No two overlap, whether the tools share the row or wrap below
 * (a host part given no width of its own once ran its host name under the clock at 1366 px with the
 * tutorial open).
 */
function headerOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bar = document.querySelector('header.bar')!;
    const parts = [...bar.querySelectorAll('.brand, .host > *, .tools .clock > *, .tools > *:not(.clock)')].filter(
      (el) => el.getClientRects().length > 0,
    );
    const label = (el: Element) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}”`;
    const found: string[] = [];
    parts.forEach((a, i) => {
      const p = a.getBoundingClientRect();
      for (const b of parts.slice(i + 1)) {
        if (a.contains(b) || b.contains(a)) continue;
        const q = b.getBoundingClientRect();
        const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (x > 1 && y > 1) found.push(`${label(a)} overlaps ${label(b)} by ${Math.round(x)}×${Math.round(y)} px`);
      }
    });
    return found;
  });
}

test('the header’s parts never overlap, from 800 to 1920 px wide, with the tutorial open and closed', async ({ page }) => {
  await open(page, '/');
  const tutorial = page.getByRole('complementary', { name: 'Tutorial' });
  await expect(tutorial).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log Out' })).toBeVisible();
  const problems: string[] = [];
  for (const state of ['open', 'closed'] as const) {
    if (state === 'closed') await tutorial.getByRole('button', { name: 'Close the tutorial' }).click();
    for (const width of [800, 1024, 1180, 1280, 1366, 1440, 1600, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      for (const p of await headerOverlaps(page)) problems.push(`${width} px, tutorial ${state}: ${p}`);
    }
  }
  expect(problems).toEqual([]);
});

test('the welcome page’s pipeline picture keeps each stage’s name inside its stage, from 1024 to 1920 px wide', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByRole('complementary', { name: 'Tutorial' })).toBeVisible();
  const problems: string[] = [];
  for (const state of ['open', 'closed'] as const) {
    if (state === 'closed') await page.getByRole('button', { name: 'Close the tutorial' }).click();
    for (const width of [1024, 1180, 1280, 1366, 1440, 1600, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      const out = await page.evaluate(() =>
        [...document.querySelectorAll('main .stages > li')].flatMap((stage) => {
          const box = stage.getBoundingClientRect();
          const head = stage.firstElementChild!;
          const name = (head.textContent ?? '').trim();
          // The name's own extent, not its box's: text that runs past the stage's border.
          const range = document.createRange();
          range.selectNodeContents(head);
          const text = range.getBoundingClientRect();
          return text.right > box.right - 2 ? [`“${name}” ends at ${Math.round(text.right)}, its stage at ${Math.round(box.right)}`] : [];
        }),
      );
      for (const p of out) problems.push(`${width} px, tutorial ${state}: ${p}`);
    }
  }
  expect(problems).toEqual([]);
});
