/**
 * Focus after navigation: a new page takes the keyboard to its heading (`h1`), as a page load
 * would put a screen reader at the new content, instead of leaving it on `<body>` or on the menu
 * link that went away. A change of query alone (`?edit=NAME`, `?add`) stays with the page's own
 * forms, and the first load leaves focus alone (see `isNewPage`).
 */
import { fieldToFill, focusSoon } from '../shared/focus.ts';

/**
 * Whether going from the page at `before` to the page at `after` (paths, query removed) should move
 * focus. Not on the first load (`before` null): the browser starts at the top of the document, where
 * the skip link leads past the header and menus; taking focus to the heading there would skip those
 * for keyboard users and gain nothing for screen readers, which start reading at the top anyway.
 */
export function isNewPage(before: string | null, after: string): boolean {
  return before !== null && before !== after;
}

/**
 * Focuses the heading of the page that replaces the current one in `main`, once it is rendered
 * (pages load lazily), unless the new page focused something of its own first (the CLI's prompt).
 * Returns the cancel function, for a navigation that comes before the page does.
 */
export function focusNewHeading(main: HTMLElement): () => void {
  // The outgoing page's heading can still be shown while the next page loads.
  const stale = main.querySelector('h1');
  return focusSoon(
    () => {
      const h1 = main.querySelector('h1');
      return h1 === stale ? null : h1;
    },
    {
      when: () => {
        const active = document.activeElement;
        return !active || active === main || !main.contains(active);
      },
      timeout: 10_000,
    },
  );
}

/**
 * After a change of query alone (`?add`, `?edit=NAME` open a form in the page), the link that was
 * clicked may be gone with the list it sat in: then the form's field to fill takes focus. Focus
 * that survived (the link still shown) is left where it is; a query that opens no form moves nothing.
 */
export function focusOpenedForm(main: HTMLElement): () => void {
  return focusSoon(
    () => {
      const form = main.querySelector('form');
      return form && fieldToFill(form);
    },
    { timeout: 1500 },
  );
}
