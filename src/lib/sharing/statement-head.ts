/**
 * Everything a statement page puts in its <head> for machines: the preview
 * title and description, the `<title>`, the reference-manager tags
 * (`citation_*`, Dublin Core), the unfurlers' author and dates, the
 * quote-card image and the JSON-LD. Each view of the words names its source;
 * a reporter's sentence is never credited to the speaker.
 * Used by `src/pages/statements/[id].astro` at build time.
 */
import type { SourceData } from '../../schemas/sources.ts';
import { SITE } from '../site.ts';
import { absoluteUrl, urls } from '../routes/urls.ts';
import { speakerWithHedge } from '../text/attribution.ts';
import { segmentsText, type ShownStatement } from '../text/shown.ts';
import { statementLd } from './json-ld.ts';
import { previewInputOfShown, statementPreview, statementTitle } from './previews.ts';

type Entry<T> = { id: string; data: T };

/** What the head is made from (see `SiteData.shownOf`). */
export interface StatementHeadInput {
  id: string;
  speaker: Entry<{ name: string; kind: string }>;
  /** One per source rendering, the first first, each with its source. */
  renderings: readonly { shown: ShownStatement; source: Entry<Pick<SourceData, 'label' | 'headline'>>; attribution?: string | undefined }[];
  /** The site's own dates of the entry. */
  added: string;
  changed?: string | undefined;
  /** The site's public address (`Astro.site`). */
  site: URL | string | undefined;
}

export type HeadMeta = { name: string; content: string } | { property: string; content: string };

export interface StatementHead {
  title: string;
  documentTitle: string;
  description: string;
  meta: HeadMeta[];
  image: { url: string; alt: string };
  jsonLd: unknown;
}

/** A day as Highwire's `citation_publication_date` writes it: 2026/11/25. */
const highwireDate = (day: string) => day.replaceAll('-', '/');

export function statementHead({ id, speaker, renderings, added, changed, site }: StatementHeadInput): StatementHead {
  const lead = renderings[0];
  if (!lead) throw new Error(`statement ${id} has no rendering`);
  const previewInput = previewInputOfShown(lead.shown);
  const preview = statementPreview(previewInput);
  const url = absoluteUrl(urls.statement(id), site);
  const modified = changed ?? added;
  // Only a direct quotation has the speaker as its author; reported speech is the source's sentence, and the source names no author.
  const author = lead.shown.author.by === 'speaker' ? lead.shown.author.name : undefined;
  // Zotero splits an author tag into first and last names unless it is written "Last, First"; a body or an unnamed speaker is one name, so its last name is the whole.
  const citedAuthor = author && lead.shown.author.by === 'speaker' && !lead.shown.author.namedPerson ? `${author},` : author;
  const meta: HeadMeta[] = [
    // For reference managers (Zotero reads these): a page of this site, its title, author where the words are the speaker's, and the site's dates.
    { name: 'citation_title', content: preview.title },
    ...(citedAuthor ? [{ name: 'citation_author', content: citedAuthor }] : []),
    { name: 'citation_publisher', content: SITE.name },
    { name: 'citation_publication_date', content: highwireDate(added) },
    { name: 'citation_public_url', content: url },
    { name: 'citation_language', content: 'en' },
    { name: 'DC.title', content: preview.title },
    ...(citedAuthor ? [{ name: 'DC.creator', content: citedAuthor }] : []),
    { name: 'DC.publisher', content: SITE.name },
    { name: 'DC.date', content: added },
    // A page of this site: Zotero files it as a web page (not a journal article), with og:site_name as the website.
    { name: 'DC.type', content: 'webpage' },
    { name: 'DC.format', content: 'text/html' },
    { name: 'DC.identifier', content: url },
    { name: 'DC.language', content: 'en' },
    { name: 'DC.description', content: preview.description },
    // For link unfurlers (metascraper and the like).
    ...(author ? [{ name: 'author', content: author }] : []),
    { property: 'article:published_time', content: added },
    { property: 'article:modified_time', content: modified },
  ];
  return {
    title: preview.title,
    documentTitle: statementTitle(previewInput, ` | ${SITE.shortName}`),
    description: preview.description,
    meta,
    image: { url: absoluteUrl(urls.statementCard(id), site), alt: `Quote card: ${preview.title} ${preview.description}` },
    jsonLd: statementLd({
      kind: lead.shown.kind,
      url,
      name: preview.title,
      speaker: { name: speaker.data.name, url: absoluteUrl(urls.speaker(speaker.id), site), kind: speaker.data.kind },
      renderings: renderings.map(({ shown, source, attribution }) => ({
        text: segmentsText(shown.segments),
        source: { name: source.data.label, headline: source.data.headline, url: absoluteUrl(urls.source(source.id), site) },
        creditText: shown.hedge ? speakerWithHedge(speaker.data.name, shown.hedge) : undefined,
        attribution,
      })),
      isPartOf: { name: SITE.name, url: absoluteUrl(urls.home(), site) },
      datePublished: added,
      dateModified: modified,
    }),
  };
}
