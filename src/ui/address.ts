/** Addresses inside the app: hash routes (`#/simulation/compose`), which work from any static host. */

/** The link to a page. */
export const href = (path: string): string => `#${path}`;
