/**
 * The `content-integrity` Astro integration: the content check before every build and dev server.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../lib/content-files/content-check.ts';

/**
 * Runs the content check before Astro builds. Astro's own schema validation
 * does not fail on a dangling `reference()` and knows nothing of the sources'
 * texts, so a build must not start until this passes. `npm run build` runs
 * the check itself before starting Astro (so that a problem is reported
 * without Astro's error wrapper) and sets CONTENT_CHECKED=1 to skip it here.
 */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (process.env['CONTENT_CHECKED'] === '1' && command === 'build') return;
        const contentDir = fileURLToPath(new URL('./content/', config.root));
        const { problems, entries, drafts } = checkContent(contentDir);
        if (problems.length === 0) {
          logger.info(`${entries.length} entries passed the content check${drafts.length > 0 ? `; ${drafts.length} draft(s) in content/drafts/ left out` : ''}`);
          return;
        }
        const report = problems.map(formatProblem).join('\n  ');
        if (command === 'dev') {
          logger.error(`The content check found ${problems.length} problem(s):\n  ${report}`);
          return;
        }
        throw new Error(`The content check found ${problems.length} problem(s):\n  ${report}`);
      },
    },
  };
}
