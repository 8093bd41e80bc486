import { defineConfig } from '@playwright/test';
import { chromiumExecutable, chromiumFlags } from './scripts/chromium.mjs';

/**
 * End-to-end tests drive the built app (vite preview) in the system's headless Chromium.
 * E2E_PORT and E2E_DIST let parallel work use its own server and build folder.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // On CI a failed test runs once more and, if it then passes, is reported as flaky by name: one
  // click in 13 fresh-clone runs waited 60 s for its button to be "stable" (no animation frame),
  // and a red run lands nothing. A test that fails twice still fails the run.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumExecutable() ?? undefined, args: chromiumFlags },
    trace: 'off',
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --port ${port} --outDir ${dist}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
