import { getViteConfig } from 'astro/config';

// Astro's Vite config, so component tests can render .astro files with the Container API.
export default getViteConfig({
  test: {
    include: ['src/__tests__/**/*.test.ts'],
    // Some tests spawn npm scripts; on the shared 2-core machine, beside a test that builds the site, they can take over 5 s.
    testTimeout: 30_000,
  },
});
