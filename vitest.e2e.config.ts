import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests against the built site (`dist/`): `npm run test:e2e`.
 * Run `npm run build` first; the global setup refuses to start without a build.
 */
export default defineConfig({
  test: {
    include: ['src/__e2e__/**/*.test.ts'],
    globalSetup: ['src/__e2e__/global-setup.ts'],
    // One test file at a time: each file drives its own headless Chromium,
    // and two of them at once on a 2-core machine only slows both down.
    fileParallelism: false,
    // Browser work (launch, page loads, axe) is slow next to unit tests.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 10_000,
  },
});
