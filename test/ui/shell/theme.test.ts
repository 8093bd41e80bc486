import { describe, expect, it } from 'vitest';
import { chosenTheme, themeFor } from '../../../src/ui/shell/theme.ts';

describe('theme: the system decides until the learner chooses', () => {
  it('when nothing was chosen then the system preference is shown', () => {
    expect(themeFor(chosenTheme(null), true)).toBe('dark');
    expect(themeFor(chosenTheme(null), false)).toBe('light');
  });
  it('when a theme was chosen then it wins over the system', () => {
    expect(themeFor(chosenTheme('light'), true)).toBe('light');
    expect(themeFor(chosenTheme('dark'), false)).toBe('dark');
  });
  it('when the stored value is not a theme then it counts as no choice', () => {
    expect(chosenTheme('system')).toBeNull();
    expect(chosenTheme('')).toBeNull();
    expect(themeFor(chosenTheme('Dark'), true)).toBe('dark');
  });
});
