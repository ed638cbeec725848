/**
 * The site's RSS feeds: all statements, one speaker's, one side's, one
 * topic's, and the corrections. Each holds the newest `FEED_SIZE` items (the
 * rest are on the pages), and each statement item carries the words, the
 * hedge and the source whose words they are. Used by the feed endpoints at build time.
 */
import rss from '@astrojs/rss';
import type { SiteData, Statement } from '../site-data/site-data.ts';
import { urls } from '../routes/urls.ts';
import { SITE } from '../site.ts';
import { curlyQuotes, statementPreview } from './previews.ts';
import { embedAttribution } from './embed.ts';
import type { LoggedCorrection } from '../corrections/corrections-log.ts';
import { correctionAnchor, correctionHeadline } from '../corrections/corrections-log.ts';

/** How many items a feed holds: the newest, so a feed stays small at any size of the site. */
export const FEED_SIZE = 50;

/** The newest `size` statements by the day each was published here; those of one day keep the sources' order. */
export function newestFirst<T extends { data: { added: string } }>(statements: readonly T[], size = FEED_SIZE): T[] {
  return statements
    .map((statement, index) => ({ statement, index }))
    .sort((a, b) => b.statement.data.added.localeCompare(a.statement.data.added) || a.index - b.index)
    .slice(0, size)
    .map(({ statement }) => statement);
}

const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);
const lastBuildDate = (days: readonly string[]) => {
  const last = [...days].sort().at(-1);
  return last ? `<lastBuildDate>${dayDate(last).toUTCString()}</lastBuildDate>` : '';
};

/** One statement as a feed item: the preview's title; the words with who, the hedge and whose words, then the site's summary. */
export function statementItem(site: SiteData, statement: Statement, siteUrl: URL | string | undefined) {
  const model = site.embedModelOf(statement, siteUrl);
  return {
    title: statementPreview(site.previewInputOf(statement)).title,
    description: `${model.words} ${embedAttribution(model)} In this site’s words: ${curlyQuotes(statement.data.summary)}`,
    link: urls.statement(statement.id),
    pubDate: dayDate(statement.data.added),
  };
}

/** A feed of statements (already in the site's order): the newest `FEED_SIZE`. */
export function statementFeed(site: SiteData, statements: readonly Statement[], options: { title: string; description: string; siteUrl: URL | undefined }) {
  const items = newestFirst(statements);
  return rss({
    title: `${SITE.name}: ${options.title}`,
    description: options.description,
    site: options.siteUrl ?? '',
    items: items.map((statement) => statementItem(site, statement, options.siteUrl)),
    customData: `<language>en</language>${lastBuildDate(items.map((statement) => statement.data.changed ?? statement.data.added))}`,
  });
}

/** The corrections feed: the newest `FEED_SIZE` corrections, each linking to the corrected entry's corrections. */
export function correctionsFeed(log: readonly LoggedCorrection[], siteUrl: URL | undefined) {
  const items = log.slice(0, FEED_SIZE);
  return rss({
    title: `${SITE.name}: corrections`,
    description: 'Every correction of a published entry, newest first: what changed and why.',
    site: siteUrl ?? '',
    items: items.map(({ entry, correction, index }) => ({
      title: `${correctionHeadline(correction)}: ${entry.label}`,
      description: `${correction.what} ${correction.why}${correction.before ? ` Shown before the correction: ${correction.before.join(' · ')}` : ''}`,
      // The correction's own place on the entry's page: two corrections of one entry are two items.
      link: `${entry.href}#${correctionAnchor(entry, index)}`,
      pubDate: dayDate(correction.day),
    })),
    customData: `<language>en</language>${lastBuildDate(items.map(({ correction }) => correction.day))}`,
  });
}
