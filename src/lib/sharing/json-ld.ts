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

export interface QuotationLdInput {
  url: string;
  text: string;
  /** The actor kind from the content; people and unnamed people are schema.org Persons. */
  speaker: { name: string; url: string; kind: string };
  sources: { name: string; url: string; headline?: string | undefined }[];
  isPartOf: { name: string; url: string };
  /** The speaker with the source's hedge, "Government of Pakistan (reportedly)", where the first rendering has one. */
  creditText?: string | undefined;
  /** The source's own words attributing the statement, verbatim ("Islamabad reportedly warned"). */
  attribution?: string | undefined;
}

/**
 * Structured data for a statement page: a schema.org `Quotation` for a direct
 * quotation; for reported speech a `Claim`, because the words are the
 * reporter's, not the speaker's.
 */
export function statementLd(input: QuotationLdInput & { kind: 'direct-quote' | 'paraphrase' }) {
  if (input.kind === 'direct-quote') return quotationLd(input);
  const { isBasedOn, ...rest } = quotationLd(input);
  return { ...rest, '@type': 'Claim', appearance: isBasedOn };
}

/**
 * schema.org `Quotation` for a statement page: `creator` the speaker (Person
 * or Organization), `isBasedOn` the source articles. A hedged statement
 * carries the hedge in `creditText` and the source's attribution in `description`.
 */
export function quotationLd(input: QuotationLdInput) {
  const speaker = {
    '@type': input.speaker.kind === 'person' || input.speaker.kind === 'unnamed-person' ? 'Person' : 'Organization',
    name: input.speaker.name,
    url: input.speaker.url,
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    '@id': input.url,
    url: input.url,
    text: input.text,
    creator: speaker,
    ...(input.creditText ? { creditText: input.creditText } : {}),
    ...(input.attribution ? { description: `As the source attributes it: “${input.attribution}”` } : {}),
    isBasedOn: input.sources.map((source) => ({
      '@type': 'NewsArticle',
      name: source.name,
      ...(source.headline ? { headline: source.headline } : {}),
      url: source.url,
    })),
    isPartOf: { '@type': 'WebSite', name: input.isPartOf.name, url: input.isPartOf.url },
  };
}
