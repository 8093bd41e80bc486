// Finds the system Chromium for browser tests: $CHROMIUM_PATH, then the usual install paths.
import { existsSync } from 'node:fs';

/** Flags that keep headless Chromium quiet on a machine without network. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** The Chromium executable, or null when none is installed. */
export function chromiumExecutable() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
  ];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}
