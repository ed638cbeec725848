/**
 * Structured data of a statement (schema.org Quotation or Claim) and its safe serialisation.
 * Used by SeoHead and the statement page at build time.
 */
/**
 * Serialises structured data for a `<script type="application/ld+json">`.
 * "<" is escaped so that text such as "</script>" in content cannot end the element.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface RenderingLdInput {
  /** The words as shown (`segmentsText`). */
  text: string;
  /** The source whose words they are. */
  source: { name: string; url: string; headline?: string | undefined };
  /** The speaker with the source's hedge, "Government of Pakistan (reportedly)", where this rendering has one. */
  creditText?: string | undefined;
  /** The source's own words attributing the statement, verbatim ("Islamabad reportedly warned"). */
  attribution?: string | undefined;
}

export interface StatementLdInput {
  kind: 'direct-quote' | 'paraphrase';
  /** The statement page. */
  url: string;
  name: string;
  /** The actor kind from the content; people and unnamed people are schema.org Persons. */
  speaker: { name: string; url: string; kind: string };
  /** One per source rendering, the first first. */
  renderings: readonly RenderingLdInput[];
  isPartOf: { name: string; url: string };
  /** The site's own dates of the entry. */
  datePublished: string;
  dateModified: string;
}

const actorLd = (speaker: StatementLdInput['speaker']) => ({
  '@type': speaker.kind === 'person' || speaker.kind === 'unnamed-person' ? 'Person' : 'Organization',
  name: speaker.name,
  url: speaker.url,
});

/**
 * Structured data for a statement page: the page (the site's, with the
 * site's dates) whose main entities are the statement's renderings, one node
 * per source, each with that source's words and that source alone. A direct
 * quotation is a `Quotation` whose `creator` is the speaker; reported speech is
 * a `Claim` that appears in its source and is `about` the speaker, because the
 * words are the reporter's: no node makes the speaker their author.
 */
export function statementLd(input: StatementLdInput) {
  const source = (rendering: RenderingLdInput) => ({
    '@type': 'NewsArticle',
    name: rendering.source.name,
    ...(rendering.source.headline ? { headline: rendering.source.headline } : {}),
    url: rendering.source.url,
  });
  const node = (rendering: RenderingLdInput) => ({
    '@type': input.kind === 'direct-quote' ? 'Quotation' : 'Claim',
    text: rendering.text,
    ...(input.kind === 'direct-quote' ? { creator: actorLd(input.speaker), isBasedOn: source(rendering) } : { about: actorLd(input.speaker), appearance: source(rendering) }),
    ...(rendering.creditText ? { creditText: rendering.creditText } : {}),
    ...(rendering.attribution ? { description: `As the source attributes it: “${rendering.attribution}”` } : {}),
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': input.url,
    url: input.url,
    name: input.name,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    isPartOf: { '@type': 'WebSite', name: input.isPartOf.name, url: input.isPartOf.url },
    mainEntity: input.renderings.map(node),
  };
}
