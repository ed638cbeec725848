/**
 * The link from a statement to its quoted words on its source's page:
 * the paragraph's anchor with a text directive for the passage the quotes
 * span there (see text-fragment.ts). Used by SourceExcerpt at build time.
 */
import { quotedPassage } from '../text/text.ts';
import { directiveFor, formatTextDirective } from './text-fragment.ts';
import { urls } from './urls.ts';

/** `/sources/<id>/#pN:~:text=…` for the quotes in paragraph `index` (0-based) of a source, or null when none of them is there. */
export function wordsInSourceHref(sourceId: string, index: number, paragraph: string, quotes: readonly string[]): string | null {
  const passage = quotedPassage(paragraph, quotes);
  return passage && urls.sourceWords(sourceId, index, formatTextDirective(directiveFor(paragraph, passage, index + 1)));
}
