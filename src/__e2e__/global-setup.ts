/**
 * Vitest global setup of the e2e suite: checks that the site is built and
 * serves `dist/` once for every test file. Tests get the server's origin with
 * `inject('baseUrl')` and the site's public origin (from its canonical links)
 * with `inject('siteOrigin')`.
 */
import type { TestProject } from 'vitest/node';
import { assertBuilt, distDir, siteOrigin } from './helpers/dist.ts';
import { startStaticServer } from './helpers/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server for `dist/`, e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
    /** Origin the site is published at, from `<link rel="canonical">`; '' when no page has one. */
    siteOrigin: string;
    /** Absolute path of the build served. */
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const root = distDir();
  assertBuilt(root);
  const server = await startStaticServer(root);
  project.provide('baseUrl', server.origin);
  project.provide('siteOrigin', siteOrigin(root) ?? '');
  project.provide('distDir', root);
  console.log(`e2e: serving ${root} at ${server.origin}`);
  return async () => {
    await server.close();
  };
}
