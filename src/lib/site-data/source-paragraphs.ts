/**
 * A source page's paragraphs with the statements quoted from each, and its subheadings.
 * Used by SourceView at build time.
 */
import { paragraphIndexOf } from '../text/quote-match.ts';

export interface QuotingStatement {
  id: string;
  /** The passages of this statement that come from the source in question. */
  passages: readonly string[];
}

/**
 * For each paragraph of a source, the statements quoting from it, so the
 * source page can link every excerpt to the statement built from it.
 */
export function statementsByParagraph<T extends QuotingStatement>(paragraphs: readonly string[], statements: readonly T[]): T[][] {
  const byParagraph: T[][] = paragraphs.map(() => []);
  for (const statement of statements) {
    const indexes = new Set(statement.passages.map((passage) => paragraphIndexOf(passage, paragraphs)).filter((index) => index >= 0));
    for (const index of indexes) byParagraph[index]?.push(statement);
  }
  return byParagraph;
}

/** A source line with no closing punctuation and few words is a heading in the article. */
export function isSubheading(paragraph: string): boolean {
  return paragraph.length < 100 && !/[.!?:”"’)]$/.test(paragraph.trim());
}
