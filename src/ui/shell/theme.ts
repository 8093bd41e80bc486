/**
 * The colour theme: the learner's own choice once they made one (kept in localStorage), else the
 * system's, followed live. Nothing is stored until they choose, so a first visit on a light system
 * does not pin "light" for good.
 */

export type Theme = 'light' | 'dark';

/** The localStorage key of the learner's choice. */
export const THEME_KEY = 'theme';

/** The stored choice, if it is one (anything else counts as no choice). */
export const chosenTheme = (stored: string | null): Theme | null => (stored === 'light' || stored === 'dark' ? stored : null);

/** The theme to show: the choice, else the system's preference. */
export const themeFor = (choice: Theme | null, systemDark: boolean): Theme => choice ?? (systemDark ? 'dark' : 'light');
