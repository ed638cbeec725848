import { getViteConfig } from 'astro/config';

// Astro's Vite config, so component tests can render .astro files with the Container API.
export default getViteConfig({
  test: {
    include: ['src/__tests__/**/*.test.ts'],
  },
});
