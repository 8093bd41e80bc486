/** The simulator's version, written into every export. Keep in step with package.json. */
export const APP_VERSION = '0.1.0';
