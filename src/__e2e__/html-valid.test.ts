/**
 * Every HTML file of the build passes html-validate, with the repository's
 * `.htmlvalidate.json`: the `recommended` and `document` presets, relaxed only
 * where they conflict with what Astro emits:
 *
 * - `require-sri` is limited to cross-origin resources (`target: "crossorigin"`).
 *   Astro does not write `integrity` attributes on the scripts and stylesheets
 *   it bundles; those are same-origin and content-hashed, and SRI guards
 *   against a compromised third-party host, which same-origin files do not have.
 *
 * (Should `compressHTML: false` come back in astro.config.mjs, Astro keeps the
 * templates' indentation and leaves spaces at line ends where an expression
 * renders nothing: `no-trailing-whitespace` would then need turning off too.)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listHtmlFiles } from './helpers/dist.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const CONFIG = path.join(REPO, '.htmlvalidate.json');

describe('html-validate', () => {
  const root = inject('distDir');
  const files = listHtmlFiles(root);

  it('uses the repository configuration', () => {
    expect(existsSync(CONFIG), `${CONFIG} is missing`).toBe(true);
  });

  it(`every HTML file of the build is valid (${files.length} files)`, async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of files) {
      // Validate under the path the file has in the repository's own dist/, so the
      // configuration is found from the repository root even when E2E_DIST points elsewhere.
      const filename = path.join(REPO, 'dist', file);
      const report = await validator.validateString(readFileSync(path.join(root, file), 'utf8'), filename);
      for (const result of report.results) {
        for (const message of result.messages) {
          const where = message.selector ? ` at ${message.selector}` : '';
          problems.push(`dist/${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}${where}`);
        }
      }
    }
    expect(problems.length, `html-validate problems:\n${problems.join('\n')}\n`).toBe(0);
  });
});
