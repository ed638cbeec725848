import { describe, expect, it } from 'vitest';
import { statementHead } from '../../lib/sharing/statement-head.ts';
import { fixtureSite, SMALL_SITE } from '../helpers/site-fixture.ts';

const site = fixtureSite(SMALL_SITE);
const headOf = (id: string) => {
  const statement = site.statement(id);
  return statementHead({
    statement,
    speaker: site.speakerOf(statement),
    sources: statement.data.renderings.map((rendering) => site.source(rendering.source.id)),
    preview: site.previewInputOf(statement),
    site: 'https://e.org',
  });
};
const meta = (head: ReturnType<typeof headOf>, name: string) => head.citationMeta.filter((tag) => tag.name === name).map((tag) => tag.content);

describe('the head of a statement page', () => {
  it('names every source the statement cites, and links the card and page absolutely', () => {
    const head = headOf('answer-attack');
    expect(meta(head, 'DC.source')).toEqual(['Second report', 'First report']);
    expect(meta(head, 'citation_public_url')).toEqual(['https://e.org/statements/answer-attack/']);
    expect(head.image.url).toBe('https://e.org/statements/answer-attack/card.png');
    expect(head.image.alt).toBe(`Quote card: ${head.title}`);
  });
  it('keeps the hedge in the title and the JSON-LD credit', () => {
    const head = headOf('answer-attack');
    expect(head.title).toContain('(reportedly)');
    expect(head.jsonLd).toMatchObject({ '@type': 'Quotation', creditText: 'A Minister (reportedly)' });
  });
});
