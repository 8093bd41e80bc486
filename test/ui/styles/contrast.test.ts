/**
 * Contrast of the colour pairs that the theme's variables alone decide, in both themes (WCAG 2
 * relative luminance): the menu bar's focus ring (NavMenu draws it in --brand-text, 3:1 needed
 * for a non-text indicator) and the severity scale's labels on its tinted bands (SeverityScale
 * writes them in --text on --sev-* mixed into --surface, 4.5:1 needed for their small text).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/ui/styles/theme.css', import.meta.url), 'utf8');

function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}
const light = block(':root');
const themes = { light, dark: { ...light, ...block(":root[data-theme='dark']") } };

type Rgb = readonly number[];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const channel = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const ratio = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** `color-mix(in srgb, a p, b)`. */
const mix = (a: Rgb, p: number, b: Rgb): Rgb => a.map((v, i) => v * p + b[i] * (1 - p));

describe.each(Object.entries(themes))('contrast in the %s theme', (_name, v) => {
  it('when a top menu has focus then its ring stands out from the bar, plain or hovered (≥ 3:1)', () => {
    expect(ratio(rgb(v['--brand-text']), rgb(v['--brand']))).toBeGreaterThanOrEqual(3);
    expect(ratio(rgb(v['--brand-text']), rgb(v['--menu-hover']))).toBeGreaterThanOrEqual(3);
  });
  it.each(['ignore', 'low', 'medium', 'high', 'critical'])(
    'when the %s band is drawn, hit or not, then its labels are readable (≥ 4.5:1)',
    (level) => {
      const band = rgb(v[`--sev-${level}`]);
      const surface = rgb(v['--surface']);
      for (const share of [0.22, 0.45]) expect(ratio(rgb(v['--text']), mix(band, share, surface))).toBeGreaterThanOrEqual(4.5);
    },
  );
});
