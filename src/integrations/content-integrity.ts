import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem, type CheckedEntry } from '../lib/content-check.ts';

/**
 * Runs the content check before Astro builds. Astro's own schema validation
 * does not fail on a dangling `reference()` and knows nothing of the sources'
 * texts, so a build must not start until this passes. The checked entries
 * are handed on (`onChecked`) to integrations that need the content, such as
 * the quote cards.
 */
export function contentIntegrity(options: { onChecked?: (entries: readonly CheckedEntry[]) => void } = {}): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const contentDir = fileURLToPath(new URL('./content/', config.root));
        const { problems, entries } = checkContent(contentDir);
        options.onChecked?.(entries);
        if (problems.length === 0) {
          logger.info(`${entries.length} entries passed the content check`);
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
