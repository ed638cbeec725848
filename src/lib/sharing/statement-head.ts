/**
 * Everything a statement page puts in its <head> for machines: the preview
 * title and description, the `<title>`, the reference-manager tags
 * (`citation_*`, Dublin Core), the quote-card image and the JSON-LD.
 * Used by `src/pages/statements/[id].astro` at build time.
 */
import type { ActorData } from '../../schemas/actors.ts';
import type { SourceData } from '../../schemas/sources.ts';
import type { StatementData } from '../../schemas/statements.ts';
import { SITE } from '../site.ts';
import { absoluteUrl, urls } from '../routes/urls.ts';
import { speakerWithHedge } from '../text/attribution.ts';
import { joinPassages } from '../text/text.ts';
import { statementLd } from './json-ld.ts';
import { statementPreview, statementTitle, type PreviewInput } from './previews.ts';

type Entry<T> = { id: string; data: T };

/** What the head is made from: the statement, its speaker and sources, and its preview input (from `SiteData`). */
export interface StatementHeadInput {
  statement: Entry<StatementData>;
  speaker: Entry<Pick<ActorData, 'name' | 'kind'>>;
  sources: readonly Entry<Pick<SourceData, 'label' | 'headline'>>[];
  preview: PreviewInput;
  /** The site's public address (`Astro.site`). */
  site: URL | string | undefined;
}

export interface StatementHead {
  title: string;
  documentTitle: string;
  description: string;
  citationMeta: { name: string; content: string }[];
  image: { url: string; alt: string };
  jsonLd: unknown;
}

export function statementHead({ statement, speaker, sources, preview: previewInput, site }: StatementHeadInput): StatementHead {
  const first = statement.data.renderings[0];
  const preview = statementPreview(previewInput);
  const url = absoluteUrl(urls.statement(statement.id), site);
  const jsonLd = statementLd({
    kind: statement.data.kind,
    url,
    text: joinPassages(first?.quotes ?? []),
    speaker: { name: speaker.data.name, url: absoluteUrl(urls.speaker(speaker.id), site), kind: speaker.data.kind },
    creditText: previewInput.hedge ? speakerWithHedge(speaker.data.name, previewInput.hedge) : undefined,
    attribution: first?.attribution,
    sources: sources.map((source) => ({ name: source.data.label, headline: source.data.headline, url: absoluteUrl(urls.source(source.id), site) })),
    isPartOf: { name: SITE.name, url: absoluteUrl(urls.home(), site) },
  });
  return {
    title: preview.title,
    documentTitle: statementTitle(previewInput, ` | ${SITE.shortName}`),
    description: preview.description,
    citationMeta: [
      // For reference managers (Zotero reads these): who, what, where; no date, since the sources give none.
      { name: 'citation_title', content: preview.title },
      { name: 'citation_author', content: speaker.data.name },
      { name: 'citation_publisher', content: SITE.name },
      { name: 'citation_public_url', content: url },
      { name: 'citation_language', content: 'en' },
      { name: 'DC.title', content: preview.title },
      { name: 'DC.creator', content: speaker.data.name },
      { name: 'DC.publisher', content: SITE.name },
      { name: 'DC.type', content: 'Text' },
      { name: 'DC.format', content: 'text/html' },
      { name: 'DC.identifier', content: url },
      { name: 'DC.language', content: 'en' },
      { name: 'DC.description', content: preview.description },
      ...sources.map((source) => ({ name: 'DC.source', content: source.data.label })),
    ],
    image: { url: absoluteUrl(urls.statementCard(statement.id), site), alt: `Quote card: ${preview.title}` },
    jsonLd,
  };
}
