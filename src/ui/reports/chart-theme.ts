/**
 * Chart colours from the theme's CSS variables, read when a chart is drawn and again when the theme
 * changes, so light and dark both look right and no colour is hard-coded.
 */

/** The value of a CSS variable on the document, e.g. `cssVar('--sev-high')`. */
export const cssVar = (name: string): string => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** The colours every chart uses for text, grid lines and tooltips. */
export function chartTheme() {
  return {
    text: cssVar('--text'),
    muted: cssVar('--text-muted'),
    grid: cssVar('--border'),
    surface: cssVar('--surface'),
    font: cssVar('--font'),
  };
}

/** Calls `on` whenever the theme switches; returns the stop function. */
export function onThemeChange(on: () => void): () => void {
  const observer = new MutationObserver(on);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** One series of a bar chart: its legend label, a value per category, its colour as a CSS variable name. */
export interface Series {
  readonly label: string;
  readonly values: readonly number[];
  readonly color: string;
}
