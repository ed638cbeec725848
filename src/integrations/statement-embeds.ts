/**
 * The `statement-embeds` Astro integration: writes each statement's embed
 * page (`/statements/<id>/embed/`) and oEmbed answer
 * (`/statements/<id>/oembed.json`) after the pages are built, from the same
 * shown words as the statement page (`shownStatement`). Runs in the build (astro.config.mjs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CheckedEntry } from '../lib/content-files/content-check.ts';
import { absoluteUrl, urls } from '../lib/routes/urls.ts';
import { embedModelOf } from '../lib/sharing/embed.ts';
import { embedPageHtml, oembedJson } from '../lib/sharing/embed-page.ts';
import { previewInputOfShown, statementPreview } from '../lib/sharing/previews.ts';
import { shownStatement } from '../lib/text/shown.ts';
import { readBuiltContent, statementsWithLookups } from './built-content.ts';

export interface StatementEmbedFiles {
  id: string;
  /** `statements/<id>/embed/index.html` */
  page: string;
  /** `statements/<id>/oembed.json` */
  oembed: string;
}

/** The embed page and oEmbed answer of every statement, for the site at `siteUrl`. */
export function statementEmbedFiles(entries: readonly CheckedEntry[], siteUrl: URL | string | undefined, site: { name: string; shortName: string }): StatementEmbedFiles[] {
  const { statements, actor, source } = statementsWithLookups(entries);
  return statements.map(({ id, data }) => {
    const shown = shownStatement(data, actor, source);
    const model = embedModelOf(shown, actor(data.speaker.id), absoluteUrl(urls.statement(id), siteUrl), site.name);
    const links = {
      embedUrl: absoluteUrl(urls.statementEmbed(id), siteUrl),
      homeUrl: absoluteUrl(urls.home(), siteUrl),
      favicon: urls.favicon(),
      siteShortName: site.shortName,
      title: statementPreview(previewInputOfShown(shown)).title,
    };
    return { id, page: embedPageHtml(model, links), oembed: oembedJson(model, links) };
  });
}

/** Prints one line: "embeds: 30 statements (embed page and oEmbed answer each)". */
export function statementEmbeds(site: { name: string; shortName: string }): AstroIntegration {
  let root = process.cwd();
  let siteUrl: URL | string | undefined;
  return {
    name: 'statement-embeds',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        siteUrl = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const files = statementEmbedFiles(readBuiltContent(path.join(root, 'content')), siteUrl, site);
        const out = (urlPath: string) => path.join(fileURLToPath(dir), urlPath);
        for (const { id, page, oembed } of files) {
          const pageFile = out(`${urls.statementEmbed(id)}index.html`);
          mkdirSync(path.dirname(pageFile), { recursive: true });
          writeFileSync(pageFile, page);
          writeFileSync(out(urls.statementOembed(id)), oembed);
        }
        logger.info(`embeds: ${files.length} statements (embed page and oEmbed answer each)`);
      },
    },
  };
}
