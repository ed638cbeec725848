/**
 * How a source attributes the words it reports. The source's own attribution
 * ("Islamabad reportedly warned", "officials said") is stored verbatim on each
 * rendering; these functions derive the short hedge that travels with the
 * words on cards, previews, citations and in the open data.
 * Runs at build time and in the browser (search result cards and headings import it): it imports nothing.
 */

export interface AttributionFacts {
  /** The source's words attributing the passage, verbatim ("Islamabad reportedly warned"). */
  attribution?: string | undefined;
}

/** Hedges a source uses to say it has the words second-hand, in the order they are looked for. */
const HEDGES: readonly RegExp[] = [
  /\breportedly\b/i,
  /\ballegedly\b/i,
  /\bapparently\b/i,
  /\bis said to\b/i,
  /\baccording to\b[^,.;]*/i,
];
// "officials said", "a source told": an unnamed speaker's own name already says so ("Unnamed officials").

/**
 * The hedge in a source's attribution, in its own words ("reportedly",
 * "officials said"), or undefined when the source attributes the words plainly
 * ("he warned").
 */
export function hedgeIn(attribution: string | undefined): string | undefined {
  if (!attribution) return undefined;
  for (const pattern of HEDGES) {
    const match = attribution.match(pattern);
    if (match) return match[0].trim();
  }
  return undefined;
}

/**
 * The hedge shown beside the speaker's name: the source's hedge word, and the
 * unnamed intermediary the words came through when there is one
 * ("reportedly", "according to a source familiar with the talks").
 */
export function hedgePhrase(rendering: AttributionFacts, viaName?: string): string | undefined {
  const hedge = hedgeIn(rendering.attribution);
  const via = viaName ? `according to ${nameInSentence(viaName)}` : undefined;
  if (hedge && via) return /^according to/i.test(hedge) ? hedge : `${hedge}, ${via}`;
  return hedge ?? via;
}

/** "Government of Pakistan (reportedly)": the speaker's name carrying the source's hedge. */
export function speakerWithHedge(speaker: string, hedge: string | undefined): string {
  return hedge ? `${speaker} (${hedge})` : speaker;
}

/**
 * The speaker line of every statement card (lists and search results): the name with the source's hedge, then the
 * role ("Government of Pakistan (reportedly)", "Khawaja Asif, Pakistan’s Defence Minister"). The role comes as shown (curly quotes).
 */
export function cardSpeakerLine(speaker: string, role: string | undefined, hedge: string | undefined): string {
  return `${speakerWithHedge(speaker, hedge)}${role ? `, ${role}` : ''}`;
}

/** A listed name inside a sentence: "through a source familiar with the talks"; only a leading article is lowered, never a proper name. */
export const nameInSentence = (name: string) => name.replace(/^(A|An|The) /, (article) => article.toLowerCase());
