import { availableParallelism } from 'node:os';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      exclude: ['test/e2e/**', 'node_modules/**'],
      environment: 'node',
      setupFiles: ['test/setup.ts'],
      testTimeout: 20_000,
      // Vitest's default leaves one core free: on a two-core machine that is one worker, while many
      // files wait on child processes or the disk. Two workers there: 132 s instead of 196 s.
      maxWorkers: Math.max(2, availableParallelism() - 1),
    },
  }),
);
