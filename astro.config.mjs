// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentIntegrity } from './src/integrations/content-integrity.ts';

// The public address the site is served from; canonical URLs, feeds and link previews use it.
const site = process.env.SITE_URL ?? 'https://pakistan-afghanistan-2025.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [contentIntegrity(), mdx()],
});
