import { joinPassages } from './text.ts';

export interface CitationInput {
  speaker: string;
  passages: readonly string[];
  kind: 'direct-quote' | 'paraphrase';
  sourceLabel: string;
  /** The outlet named by the source, if any. */
  outlet?: string | undefined;
  url: string;
  siteName: string;
}

const sourceName = (input: CitationInput) => (input.outlet ? `${input.sourceLabel}, ${input.outlet}` : input.sourceLabel);

/**
 * A plain-text citation of one statement as one source renders it. It carries
 * no access date: the page is static, so the reader adds the day they read it.
 */
export function plainCitation(input: CitationInput): string {
  const words = input.kind === 'direct-quote' ? `“${joinPassages(input.passages)}”.` : `(reported speech) ${joinPassages(input.passages).replace(/\.?$/, '.')}`;
  return `${input.speaker}: ${words} As reported in: ${sourceName(input)}. ${input.siteName}. ${input.url}`;
}

const escapeBibtex = (text: string) => text.replace(/([{}\\&%$#_^~])/g, '\\$1');

/** A BibTeX entry for one statement; `key` must be unique in the reader's bibliography. */
export function bibtexCitation(input: CitationInput & { key: string }): string {
  const passages = escapeBibtex(joinPassages(input.passages));
  // Reported speech is the reporter's sentence, so it is titled as such, not quoted.
  const title = input.kind === 'direct-quote' ? `{\`\`${passages}''}` : `{(reported speech) ${passages}}`;
  return [
    `@misc{${input.key},`,
    `  author = {{${escapeBibtex(input.speaker)}}},`,
    `  title = ${title},`,
    `  howpublished = {${escapeBibtex(input.siteName)}},`,
    `  note = {As reported in: ${escapeBibtex(sourceName(input))}},`,
    `  url = {${input.url}}`,
    '}',
  ].join('\n');
}
