import { describe, expect, it } from 'vitest';
import { statementHead } from '../../lib/sharing/statement-head.ts';
import { fixtureSite, SMALL_SITE } from '../helpers/site-fixture.ts';

const site = fixtureSite(SMALL_SITE);
const headOf = (id: string) => {
  const statement = site.statement(id);
  return statementHead({
    id,
    speaker: site.speakerOf(statement),
    renderings: statement.data.renderings.map((rendering) => ({ shown: site.shownOf(statement, rendering.source.id), source: site.source(rendering.source.id), attribution: rendering.attribution })),
    added: statement.data.added,
    changed: statement.data.changed,
    site: 'https://e.org',
  });
};
const meta = (head: ReturnType<typeof headOf>, key: string) => head.meta.filter((tag) => ('name' in tag ? tag.name : tag.property) === key).map((tag) => tag.content);

describe('the head of a statement page', () => {
  it('is a web page of the site, and links the card and page absolutely', () => {
    const head = headOf('answer-attack');
    // DC.source would become Zotero's website title: the site is the website, the sources are named in the description.
    expect(meta(head, 'DC.source')).toEqual([]);
    expect(meta(head, 'DC.type')).toEqual(['webpage']);
    expect(meta(head, 'citation_public_url')).toEqual(['https://e.org/statements/answer-attack/']);
    expect(head.image.url).toBe('https://e.org/statements/answer-attack/card.png');
    expect(head.image.alt).toBe(`Quote card: ${head.title} ${head.description}`);
  });
  it("keeps the hedge in the title, names the shown words' source, and says the other words it differently", () => {
    const head = headOf('answer-attack');
    expect(head.title).toContain('(reportedly)');
    expect(head.description).toContain('As reported in Second report');
    expect(head.description).toContain('[First report] words it differently.');
  });
  it("credits a direct quotation to its speaker and carries the site's dates", () => {
    const head = headOf('answer-attack');
    expect(meta(head, 'citation_author')).toEqual(['A Minister']);
    expect(meta(head, 'author')).toEqual(['A Minister']);
    expect(meta(head, 'citation_publication_date')).toEqual(['2026/11/20']);
    expect(meta(head, 'article:modified_time')).toEqual(['2026-11-30']);
  });
  it('writes a body as one name that reference managers do not split ("Last,")', () => {
    const withBody = fixtureSite({
      ...SMALL_SITE,
      statements: { ...SMALL_SITE.statements, 'cabinet-door': { ...SMALL_SITE.statements['door-open'], speaker: 'cabinet' } },
    });
    const statement = withBody.statement('cabinet-door');
    const head = statementHead({ id: statement.id, speaker: withBody.speakerOf(statement), renderings: [{ shown: withBody.shownOf(statement), source: withBody.source('first') }], added: '2026-11-20', site: 'https://e.org' });
    expect(meta(head, 'citation_author')).toEqual(['The Cabinet,']);
    expect(meta(head, 'author')).toEqual(['The Cabinet']);
  });
  it('names no author for reported speech, whose words are the source’s', () => {
    const head = headOf('guarantees');
    for (const key of ['citation_author', 'DC.creator', 'author']) expect(meta(head, key), key).toEqual([]);
    expect(JSON.stringify(head.jsonLd)).not.toContain('"creator"');
  });
});
